package app.safepost.moderation.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Masks pupils' names in free text for readers who may not see them (governors): every first name,
 * preferred name and surname on the roster, as whole words in any case, becomes {@value #MASK}. It
 * masks too much rather than too little: an ordinary word that is also a pupil's name is masked.
 */
public final class NameMask {

    public static final String MASK = "[name]";
    private static final NameMask NONE = new NameMask(null);

    private final @Nullable Pattern names;

    private NameMask(@Nullable Pattern names) {
        this.names = names;
    }

    /** Masks nothing: for readers who may see pupils' names. */
    public static NameMask none() {
        return NONE;
    }

    public static NameMask of(Collection<String> names) {
        var words = new LinkedHashSet<String>();
        for (var name : names) {
            if (name == null) {
                continue;
            }
            for (var word : name.strip().split("[\\s]+")) {
                if (word.length() >= 2) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty()) {
            return NONE;
        }
        var alternatives = words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // A run of names ("Amelia Hughes", "Hughes, Amelia") becomes one mask.
        var one = "(?:" + alternatives + ")(?:'s|’s)?";
        return new NameMask(Pattern.compile("(?<![\\p{L}\\p{N}])" + one + "(?:[\\s,]+" + one + ")*(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether this mask hides anything (a governor's reading). */
    public boolean masks() {
        return names != null;
    }

    public @Nullable String mask(@Nullable String text) {
        if (text == null || names == null) {
            return text;
        }
        return names.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }
}
