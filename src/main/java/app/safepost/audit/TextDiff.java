package app.safepost.audit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A word-by-word diff of two long texts (a policy's body, a guidance note), as runs of kept, removed
 * and added text. Pure, so the screen and its tests see the same runs.
 */
public final class TextDiff {

    /** Texts at least this long, or with a line break, are shown as a diff rather than before → after. */
    public static final int LONG_TEXT = 80;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind {
        KEPT,
        REMOVED,
        ADDED
    }

    public record Run(Kind kind, String text) {}

    private TextDiff() {}

    /** Whether a change between these values reads better as a text diff. */
    public static boolean isLongText(@Nullable Object before, @Nullable Object after) {
        return isLong(before) || isLong(after);
    }

    private static boolean isLong(@Nullable Object value) {
        return value instanceof String text && (text.length() >= LONG_TEXT || text.indexOf('\n') >= 0);
    }

    /** The runs that turn {@code before} into {@code after}; neighbouring runs of one kind are merged. */
    public static List<Run> between(@Nullable String before, @Nullable String after) {
        var from = tokens(before);
        var to = tokens(after);
        var patch = DiffUtils.diff(from, to);
        var runs = new ArrayList<Run>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(runs, Kind.KEPT, from.subList(position, start));
            add(runs, Kind.REMOVED, delta.getSource().getLines());
            add(runs, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(runs, Kind.KEPT, from.subList(position, from.size()));
        return runs;
    }

    private static List<String> tokens(@Nullable String text) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Run> runs, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        var text = String.join("", tokens);
        if (!runs.isEmpty() && runs.getLast().kind() == kind) {
            runs.set(runs.size() - 1, new Run(kind, runs.getLast().text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }
}
