package app.safepost.pupils;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a pupil's name: how long it may be, what it may not start with, its initials, and the one
 * place where pupils' names are compared. Names are stored exactly as typed; comparisons ignore accents
 * and case, so "Zoe" finds "Zoë".
 */
public final class PupilNameRules {

    /** A name may not start like a spreadsheet formula (= + - @) or with a tab or carriage return. */
    public static final String SAFE_START = "^$|^[^=+\\-@\\t\\r][\\s\\S]*$";

    public static final String UNSAFE_START_MESSAGE =
            "A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).";
    public static final int MAX_LENGTH = 60;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PupilNameRules() {}

    /** The comparison key of a name: no accents, lower case, single spaces, typographic apostrophes as '. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        var plain =
                MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'').replace('\u2018', '\'');
        return SPACES.matcher(plain).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether two names are the same name for comparison purposes. */
    public static boolean sameName(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** Whether a name starts like a spreadsheet formula or with a control character. */
    public static boolean startsUnsafely(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Initials of first name and surname, e.g. "AK" for Amelia Khan and "ED" for Edward da Silva. */
    public static String initials(String firstName, String surname) {
        return initial(firstName) + initial(surname);
    }

    private static String initial(String name) {
        var stripped = name == null ? "" : name.strip();
        return stripped.isEmpty()
                ? ""
                : stripped.substring(0, stripped.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
    }
}
