package app.safepost.drafting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a post, word by word (whitespace kept with the word before
 * it), by longest common subsequence. Posts are short, so the quadratic table is small.
 */
public final class WordDiff {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Part(Kind kind, String text) {}

    private WordDiff() {}

    public static List<Part> between(String before, String after) {
        var a = words(before);
        var b = words(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var parts = new ArrayList<Part>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                append(parts, Kind.SAME, a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                append(parts, Kind.REMOVED, a.get(i++));
            } else {
                append(parts, Kind.ADDED, b.get(j++));
            }
        }
        return parts;
    }

    private static void append(List<Part> parts, Kind kind, String word) {
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            parts.set(parts.size() - 1, new Part(kind, parts.getLast().text() + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }

    /** Words with the whitespace after them, so joining the words gives the text back. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i));
            start = i;
        }
        return words;
    }
}
