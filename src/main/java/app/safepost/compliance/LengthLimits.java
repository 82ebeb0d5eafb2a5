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

    private LengthLimits() {
    }

    static void check(String text, AccountRules.Platform platform, List<Finding> out) {
        switch (platform) {
            case X -> x(text, out);
            case BLUESKY -> bluesky(text, out);
            case MASTODON -> mastodon(text, out);
        }
    }

    private static void x(String text, List<Finding> out) {
        // every character weighs at most 2 and only text with a dot has links, which weigh 23
        if (text.length() * 2 <= X_LIMIT && text.indexOf('.') < 0) {
            return;
        }
        var parsed = TwitterTextParser.parseTweet(text);
        if (parsed.weightedLength > X_LIMIT) {
            int from = Math.min(text.length(), Math.max(0, parsed.validTextRange.end + 1));
            add(out, "X", parsed.weightedLength, X_LIMIT, from, text.length());
        }
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
        out.add(new Finding(CLAUSE, Severity.WARN, "Too long for " + platform + ": it takes " + limit
                + " characters and this post counts " + length + ". Shorten it.", from, Math.max(from, to)));
    }
}
