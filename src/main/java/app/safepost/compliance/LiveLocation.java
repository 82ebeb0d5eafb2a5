package app.safepost.compliance;

import java.util.HashMap;
import java.util.List;

/**
 * Beyond the policy, a warning: words that say where a trip is now ("we are at the zoo right now",
 * "currently at", "here at the museum today") tell a stranger where the children are. Past tense
 * ("we were at the zoo today") passes.
 */
final class LiveLocation {

    static final String CLAUSE = "live-location";

    /** Say where the class is now on their own. */
    private static final String[][] NOW_AT = {
        {"currently", "at"},
        {"currently", "in"},
        {"currently", "visiting"},
        {"live", "from"},
        {"just", "arrived", "at"},
        {"just", "arrived", "in"},
        {"on", "our", "way", "to"},
        {"we", "are", "now", "at"},
        {"we're", "now", "at"},
        {"right", "now", "at"}
    };
    /** Say where the class is, and are live when a word of time now is in the same sentence. */
    private static final String[][] PRESENCE = {
        {"we", "are", "at"},
        {"we're", "at"},
        {"we", "are", "in"},
        {"we're", "in"},
        {"here", "at"},
        {"here", "in"},
        {"we", "are", "visiting"},
        {"we're", "visiting"},
        {"we", "have", "arrived", "at"},
        {"we've", "arrived", "at"}
    };

    private static final String[][] NOW = {
        {"right", "now"},
        {"now"},
        {"today"},
        {"this", "morning"},
        {"this", "afternoon"},
        {"tonight"},
        {"at", "the", "moment"},
        {"currently"}
    };

    static {
        for (String[][] patterns : new String[][][] {NOW_AT, PRESENCE, NOW}) {
            for (String[] pattern : patterns) {
                for (int p = 0; p < pattern.length; p++) {
                    // "we're" is matched as the key "were" written with an apostrophe
                    pattern[p] = pattern[p].indexOf('\'') >= 0 ? pattern[p].replace("'", "") + "'" : pattern[p];
                }
            }
        }
    }

    private LiveLocation() {}

    /** The first words of the patterns above, so most words are passed over after one look-up. */
    private static final CharKeyTable FIRST_WORDS;

    static {
        var first = new HashMap<String, Integer>();
        for (String[][] patterns : new String[][][] {NOW_AT, PRESENCE}) {
            for (String[] pattern : patterns) {
                String word = pattern[0];
                first.put(word.endsWith("'") ? word.substring(0, word.length() - 1) : word, 1);
            }
        }
        FIRST_WORDS = new CharKeyTable(first);
    }

    static void check(TextScan scan, int altText, List<Finding> out) {
        for (int i = 0; i < scan.count; i++) {
            if (FIRST_WORDS.get(scan.keys, scan.keyStart[i], scan.keyEnd[i]) < 0) {
                continue;
            }
            int end = matchAny(scan, i, NOW_AT);
            if (end >= 0) {
                add(scan, altText, out, i, end);
                i = end;
                continue;
            }
            end = matchAny(scan, i, PRESENCE);
            if (end < 0) {
                continue;
            }
            int sentenceStart = i;
            while (sentenceStart > 0 && !scan.startsSentence(sentenceStart)) {
                sentenceStart--;
            }
            for (int t = sentenceStart; t < scan.count && (t == sentenceStart || !scan.startsSentence(t)); t++) {
                int nowEnd = matchAny(scan, t, NOW);
                if (nowEnd >= 0 && (t < i || t > end)) {
                    add(scan, altText, out, Math.min(i, t), Math.max(end, nowEnd));
                    i = Math.max(end, nowEnd);
                    break;
                }
            }
        }
    }

    private static int matchAny(TextScan scan, int i, String[][] patterns) {
        for (String[] pattern : patterns) {
            int end = match(scan, i, pattern);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private static int match(TextScan scan, int i, String[] pattern) {
        if (i + pattern.length > scan.count) {
            return -1;
        }
        for (int p = 0; p < pattern.length; p++) {
            int t = i + p;
            if (p > 0 && !scan.gapOnlySpace(t)) {
                return -1;
            }
            String word = pattern[p];
            if (!scan.is(t, TextScan.WORD)) {
                return -1;
            }
            boolean contraction = word.charAt(word.length() - 1) == '\'';
            if (!scan.keyEquals(t, word, contraction ? word.length() - 1 : word.length())
                    || contraction != hasApostrophe(scan, t)) {
                return -1;
            }
        }
        return i + pattern.length - 1;
    }

    private static boolean hasApostrophe(TextScan scan, int token) {
        for (int k = scan.start[token]; k < scan.end[token]; k++) {
            if (NameKeys.isApostrophe(scan.text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static void add(TextScan scan, int altText, List<Finding> out, int first, int last) {
        String where = altText < 0 ? "" : " (alt text " + (altText + 1) + ")";
        out.add(new Finding(
                CLAUSE,
                Severity.WARN,
                "Live location" + where + ": this says where the children are "
                        + "right now. Post about a trip afterwards, or leave out where you are.",
                scan.start[first],
                scan.nameEnd[last],
                altText));
    }
}
