package app.safepost.compliance;

import static app.safepost.compliance.TextScan.HANDLE;
import static app.safepost.compliance.TextScan.HASHTAG;

import java.util.List;

/**
 * P5: the Computing Lead's guidance. Required hashtags, forbidden words and hashtags, only allowed
 * @handles, at most so many @handles; each with the severity the guidance gives it.
 */
final class GuidanceChecks {

    static final String CLAUSE = "P5";

    private GuidanceChecks() {}

    static void check(TextScan scan, Guidance guidance, List<Finding> out) {
        requiredHashtags(scan, guidance, out);
        forbiddenHashtags(scan, guidance, out);
        forbiddenWords(scan, guidance, Finding.NOT_IN_TEXT, out);
        handles(scan, guidance, out);
    }

    private static void requiredHashtags(TextScan scan, Guidance guidance, List<Finding> out) {
        for (String required : guidance.requiredHashtags()) {
            String tag = strip(required, '#');
            if (tag.isEmpty()) {
                continue;
            }
            boolean present = false;
            for (int i = 0; i < scan.count && !present; i++) {
                present = scan.is(i, HASHTAG) && bodyEquals(scan, i, tag);
            }
            if (!present) {
                out.add(Finding.aboutThePost(
                        CLAUSE,
                        guidance.requiredSeverity(),
                        "P5: the computing lead's guidance asks for #" + tag + " on this account. Add it."));
            }
        }
    }

    private static void forbiddenHashtags(TextScan scan, Guidance guidance, List<Finding> out) {
        if (guidance.forbiddenHashtags().isEmpty()) {
            return;
        }
        for (int i = 0; i < scan.count; i++) {
            if (!scan.is(i, HASHTAG)) {
                continue;
            }
            for (String forbidden : guidance.forbiddenHashtags()) {
                if (bodyEquals(scan, i, strip(forbidden, '#'))) {
                    out.add(new Finding(
                            CLAUSE,
                            guidance.forbiddenSeverity(),
                            "P5: the computing lead's guidance does not allow this hashtag. Remove it.",
                            scan.start[i],
                            scan.end[i]));
                    break;
                }
            }
        }
    }

    /** Whole words or phrases, case and accents ignored; also used on alt texts. */
    static void forbiddenWords(TextScan scan, Guidance guidance, int altText, List<Finding> out) {
        for (String forbidden : guidance.forbiddenWords()) {
            String key = NameKeys.spacedCached(forbidden);
            if (key.isEmpty()) {
                continue;
            }
            for (int i = 0; i < scan.count; i++) {
                int last = phraseAt(scan, i, key);
                if (last >= 0) {
                    String where = altText < 0 ? "" : " (alt text " + (altText + 1) + ")";
                    out.add(new Finding(
                            CLAUSE,
                            guidance.forbiddenSeverity(),
                            "P5" + where + ": the computing lead's guidance does not allow this word. Rephrase it.",
                            scan.start[i],
                            scan.end[last],
                            altText));
                    i = last;
                }
            }
        }
    }

    /** The last token of the phrase starting at token i, or -1. */
    private static int phraseAt(TextScan scan, int i, String key) {
        int from = scan.keyStart[i];
        if (from + key.length() > scan.keyLength) {
            return -1;
        }
        for (int k = 0; k < key.length(); k++) {
            if (scan.keys[from + k] != key.charAt(k)) {
                return -1;
            }
        }
        int end = from + key.length();
        for (int t = i; t < scan.count; t++) {
            if (scan.keyEnd[t] == end) {
                return t;
            }
            if (scan.keyEnd[t] > end) {
                return -1;
            }
        }
        return -1;
    }

    private static void handles(TextScan scan, Guidance guidance, List<Finding> out) {
        int tagged = 0;
        int firstOver = -1;
        int lastEnd = -1;
        for (int i = 0; i < scan.count; i++) {
            if (!scan.is(i, HANDLE)) {
                continue;
            }
            tagged++;
            if (guidance.limitsTags() && tagged == guidance.maxTags() + 1) {
                firstOver = scan.start[i];
            }
            lastEnd = scan.end[i];
            if (!guidance.allowedHandles().isEmpty() && !allowed(scan, i, guidance)) {
                out.add(new Finding(
                        CLAUSE,
                        guidance.handleSeverity(),
                        "P5: this @handle is not on the list of "
                                + "accounts the computing lead's guidance lets this account tag. Remove the tag.",
                        scan.start[i],
                        scan.end[i]));
            }
        }
        if (firstOver >= 0) {
            out.add(new Finding(
                    CLAUSE,
                    guidance.tagCountSeverity(),
                    "P5: the computing lead's guidance allows at most "
                            + guidance.maxTags() + " tagged @handles in a post and this one tags " + tagged
                            + ". Remove some tags.",
                    firstOver,
                    lastEnd));
        }
    }

    private static boolean allowed(TextScan scan, int i, Guidance guidance) {
        for (String handle : guidance.allowedHandles()) {
            if (bodyEquals(scan, i, strip(handle, '@'))) {
                return true;
            }
        }
        return false;
    }

    /** The hashtag's or handle's text after its # or @ equals this, case ignored. */
    private static boolean bodyEquals(TextScan scan, int i, String body) {
        int from = scan.start[i] + 1;
        return scan.end[i] - from == body.length() && scan.text.regionMatches(true, from, body, 0, body.length());
    }

    private static String strip(String value, char prefix) {
        String stripped = value.strip();
        return !stripped.isEmpty() && (stripped.charAt(0) == prefix || stripped.charAt(0) == '\uFF03')
                ? stripped.substring(1)
                : stripped;
    }
}
