package app.safepost.compliance;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A finding as a screen says it: what it is about in words first, the policy clause after them ("Full
 * name of a pupil (policy clause 12): …"), never a bare code in front. The API keeps the finding's
 * {@code clause} code and message as they are.
 */
public final class FindingWords {

    /** What each clause a check names is about, in the school's words. */
    private static final Map<String, String> ABOUT = Map.of(
            "P3", "Photo not from a school iPad",
            "P5", "Computing Lead's guidance",
            "P12", "Full name of a pupil",
            "P13", "A pupil's name on a class account",
            "P15", "A pupil without photo consent");

    /** A message that starts with its clause's code: "P12: …" or "P12 (alt text 2): …". */
    private static final Pattern CODE_FIRST =
            Pattern.compile("^(P\\d+)( \\(alt text (\\d+)\\))?: (.*)$", Pattern.DOTALL);

    private FindingWords() {}

    /** The finding's message with the words first and the clause after them. */
    public static String onScreen(Finding finding) {
        return onScreen(finding.message());
    }

    /** The same for any message that may start with a clause code (a photo's device check, P3). */
    public static String onScreen(String message) {
        var matcher = CODE_FIRST.matcher(message);
        if (!matcher.matches()) {
            return message; // already in words: contact details, live location, length, hidden characters
        }
        var code = matcher.group(1);
        var where = matcher.group(3) == null ? "" : " in alt text " + matcher.group(3);
        return ABOUT.getOrDefault(code, "Policy") + where + " (" + clause(code) + "): " + matcher.group(4);
    }

    /** "policy clause 12" for P12; a check beyond the policy keeps its name. */
    public static String clause(String code) {
        return code.matches("P\\d+") ? "policy clause " + code.substring(1) : code;
    }
}
