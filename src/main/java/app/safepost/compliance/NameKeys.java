package app.safepost.compliance;

import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Names and words as keys for comparison, folded as the text of a post is ({@link TextFolding}: look-alike
 * letters, compatibility forms, accents and invisible characters) and with apostrophes (' ’ ʼ)
 * dropped. So Zoë, ZOE, Zoe and Ｚｏｅ match, and so do O'Neill, O’Neill and ONeill. Hyphens and
 * spaces separate the words of a name; the roster index also keeps each name joined up for hashtags
 * and handles.
 */
final class NameKeys {

    private NameKeys() {}

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
    }

    static boolean isHyphen(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
    }

    static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** The words of a name, folded and joined by single spaces: "Ward-Prowse" → "ward prowse". */
    static String spaced(String name) {
        return words(name, " ");
    }

    private static final int CACHE_LIMIT = 10_000;
    private static final ConcurrentHashMap<String, String> SPACED = new ConcurrentHashMap<>();

    /** {@link #spaced}, remembered: for the guidance's words, which every check folds again. */
    static String spacedCached(String words) {
        String cached = SPACED.get(words);
        if (cached == null) {
            if (SPACED.size() > CACHE_LIMIT) {
                SPACED.clear();
            }
            cached = spaced(words);
            SPACED.put(words, cached);
        }
        return cached;
    }

    /** The name folded with nothing between its words: "van der Berg" → "vanderberg". */
    static String joined(String name) {
        return words(name, "");
    }

    /** A variant for names with umlauts, as they are often typed without them: Müller → "mueller". */
    static @Nullable String umlautsSpelledOut(String name) {
        if (name.chars().noneMatch(c -> "äöüÄÖÜ".indexOf(c) >= 0)) {
            return null;
        }
        return spaced(name.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue"));
    }

    private static String words(String name, String separator) {
        String plain = plainWords(name, separator);
        if (plain != null) {
            return plain;
        }
        var scan = TextScan.of(name);
        var result = new StringBuilder(name.length());
        for (int t = 0; t < scan.count; t++) {
            if (t > 0) {
                result.append(separator);
            }
            result.append(scan.keys, scan.keyStart[t], scan.keyEnd[t] - scan.keyStart[t]);
        }
        return result.toString();
    }

    /** The quick way for names of plain ASCII letters, spaces and hyphens; null for any other. */
    private static @Nullable String plainWords(String name, String separator) {
        var result = new StringBuilder(name.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (pendingSeparator && !result.isEmpty()) {
                    result.append(separator);
                }
                pendingSeparator = false;
                result.append((char) (c | 0x20));
            } else if (c == ' ' || c == '-') {
                pendingSeparator = true;
            } else {
                return null;
            }
        }
        return result.toString();
    }
}
