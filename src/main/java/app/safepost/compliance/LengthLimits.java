package app.safepost.compliance;

import com.twitter.twittertext.TwitterTextParser;
import java.text.BreakIterator;
import java.util.List;

/**
 * Beyond the policy, a warning: the post is longer than its platform takes. X weighs characters as
 * twitter-text does (280, links 23, most CJK characters and emoji 2); Bluesky counts graphemes
 * (300); Mastodon counts characters (500, a link 23).
 */
final class LengthLimits {

    static final String CLAUSE = "length-limit";
    static final int X_LIMIT = 280;
    static final int BLUESKY_LIMIT = 300;
    static final int MASTODON_LIMIT = 500;
    static final int MASTODON_LINK = 23;

    private LengthLimits() {}

    static void check(String text, AccountRules.Platform platform, List<Finding> out) {
        switch (platform) {
            case X -> x(text, out);
            case BLUESKY -> bluesky(text, out);
            case MASTODON -> mastodon(text, out);
        }
    }

    /** The text's length as the platform counts it, against the platform's limit. */
    static PostLength measure(String text, AccountRules.Platform platform) {
        return switch (platform) {
            case X -> new PostLength(xWeightedLength(text), X_LIMIT);
            case BLUESKY -> new PostLength(graphemes(text), BLUESKY_LIMIT);
            case MASTODON -> new PostLength(mastodonLength(text), MASTODON_LIMIT);
        };
    }

    private static int graphemes(String text) {
        var graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static int mastodonLength(String text) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int linkEnd = linkEnd(text, i);
            if (linkEnd > i) {
                count += MASTODON_LINK;
                i = linkEnd;
            } else {
                count++;
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return count;
    }

    private static void x(String text, List<Finding> out) {
        // every character weighs at most 2 and only text with a dot has links, which weigh 23
        if (text.length() * 2 <= X_LIMIT && text.indexOf('.') < 0) {
            return;
        }
        int weighted = xWeightedLength(text);
        if (weighted > X_LIMIT) {
            var parsed = TwitterTextParser.parseTweet(text);
            int from = Math.min(text.length(), Math.max(0, parsed.validTextRange.end + 1));
            add(out, "X", parsed.weightedLength, X_LIMIT, from, text.length());
        }
    }

    /**
     * The length X gives the text, as twitter-text's {@code parseTweet} counts it, but quicker: its
     * emoji and link expressions run only on the words that may hold an emoji or a link. Links and
     * emoji never span a space, so the count of the whole is the sum of the counts of its words.
     */
    static int xWeightedLength(String text) {
        if (text.isBlank() && text.trim().isEmpty()) {
            return 0; // as twitter-text: nothing but spaces is an empty post
        }
        int from = 0;
        int to = text.length();
        int total = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                total++;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to
                    && !(text.charAt(j) == ' '
                            || text.charAt(j) == '\n'
                            || text.charAt(j) == '\t'
                            || text.charAt(j) == '\r')) {
                j++;
            }
            int simple = simpleWeight(text, i, j);
            if (simple >= 0) {
                total += simple;
            } else if (i == 0) {
                total += TwitterTextParser.parseTweet(text.substring(0, j)).weightedLength;
            } else {
                // with the space before it: a link's start depends on the character before
                total += TwitterTextParser.parseTweet(text.substring(i - 1, j)).weightedLength - 1;
            }
            i = j;
        }
        return total;
    }

    /** The weight of a word with no possible link, emoji sequence or decomposed letter; -1 otherwise. */
    private static int simpleWeight(String text, int from, int to) {
        int weight = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < 0x7F) {
                if (c == '.'
                        && k > from
                        && k + 2 < to
                        && Character.isLetterOrDigit(text.charAt(k - 1))
                        && isAsciiLetter(text.charAt(k + 1))
                        && isAsciiLetter(text.charAt(k + 2))) {
                    return -1; // may be a link: example.org
                }
                if (c == ':' && k + 2 < to && text.charAt(k + 1) == '/') {
                    return -1;
                }
                weight++;
            } else if (c >= 0xA0 && c <= 0x24F && c != 0xA9 && c != 0xAE) {
                weight++;
            } else if (Character.isHighSurrogate(c) && k + 1 < to && isLoneEmoji(text, k, from, to)) {
                weight += 2;
                k++;
            } else {
                return -1;
            }
        }
        return weight;
    }

    /** A pictograph on its own, no modifier, joiner or flag: 2 whether or not counted as emoji. */
    private static boolean isLoneEmoji(String text, int k, int from, int to) {
        int codePoint = text.codePointAt(k);
        if (codePoint < 0x1F300 || codePoint > 0x1FAFF || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)) {
            return false;
        }
        if (k > from && (text.charAt(k - 1) == '\u200D' || text.charAt(k - 1) == '\uFE0F')) {
            return false;
        }
        int next = k + 2;
        if (next >= to) {
            return true;
        }
        char after = text.charAt(next);
        return after < 0x7F
                || (after >= 0xA0 && after <= 0x24F)
                || (Character.isHighSurrogate(after)
                        && next + 1 < to
                        && text.codePointAt(next) >= 0x1F300
                        && text.codePointAt(next) <= 0x1FAFF
                        && !(text.codePointAt(next) >= 0x1F3FB && text.codePointAt(next) <= 0x1F3FF));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void bluesky(String text, List<Finding> out) {
        if (text.length() <= BLUESKY_LIMIT) {
            return;
        }
        var graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int count = 0;
        int overflowAt = -1;
        for (int boundary = graphemes.next(); boundary != BreakIterator.DONE; boundary = graphemes.next()) {
            count++;
            if (count == BLUESKY_LIMIT) {
                overflowAt = boundary;
            }
        }
        if (count > BLUESKY_LIMIT) {
            add(out, "Bluesky", count, BLUESKY_LIMIT, overflowAt, text.length());
        }
    }

    private static void mastodon(String text, List<Finding> out) {
        if (text.length() <= MASTODON_LIMIT) {
            return;
        }
        int count = 0;
        int overflowAt = -1;
        int i = 0;
        while (i < text.length()) {
            int at = i;
            int linkEnd = linkEnd(text, i);
            if (linkEnd > i) {
                count += MASTODON_LINK;
                i = linkEnd;
            } else {
                count++;
                i += Character.charCount(text.codePointAt(i));
            }
            if (overflowAt < 0 && count > MASTODON_LIMIT) {
                overflowAt = at;
            }
        }
        if (count > MASTODON_LIMIT) {
            add(out, "Mastodon", count, MASTODON_LIMIT, overflowAt, text.length());
        }
    }

    private static int linkEnd(String text, int i) {
        if (!(text.startsWith("http://", i) || text.startsWith("https://", i))
                || (i > 0 && !Character.isWhitespace(text.charAt(i - 1)))) {
            return i;
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static void add(List<Finding> out, String platform, int length, int limit, int from, int to) {
        out.add(new Finding(
                CLAUSE,
                Severity.WARN,
                "Too long for " + platform + ": it takes " + limit + " characters and this post counts " + length
                        + ". Shorten it.",
                from,
                Math.max(from, to)));
    }
}
