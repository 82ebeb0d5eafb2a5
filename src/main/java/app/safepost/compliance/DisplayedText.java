package app.safepost.compliance;

import com.ibm.icu.text.Bidi;
import java.util.List;

/**
 * A text with direction controls (U+202A–U+202E, U+2066–U+2069) as a reader sees it: each line laid
 * out by the Unicode bidirectional algorithm (ICU's {@link Bidi}), the controls themselves left out,
 * and for each shown character the offset where it was typed. So "nahk" typed after a right-to-left
 * override (U+202E) is checked as "khan", which is what it shows, and a finding still points at what
 * the author typed.
 * <p>
 * The controls are a finding of their own ({@code hidden-characters}), which blocks: nothing in a school's post
 * needs them, and they can make a post read differently from what a check, or an approver, sees
 * typed.
 */
final class DisplayedText {

    static final String CLAUSE = "hidden-characters";

    private final String shown;
    private final int[] typedAt;

    private DisplayedText(String shown, int[] typedAt) {
        this.shown = shown;
        this.typedAt = typedAt;
    }

    static DisplayedText of(String typed) {
        var shown = new StringBuilder(typed.length());
        var typedAt = new int[typed.length()];
        int lineStart = 0;
        while (lineStart <= typed.length()) {
            int lineEnd = lineStart;
            while (lineEnd < typed.length() && !isLineBreak(typed.charAt(lineEnd))) {
                lineEnd++;
            }
            layOut(typed, lineStart, lineEnd, shown, typedAt);
            if (lineEnd < typed.length()) {
                typedAt[shown.length()] = lineEnd;
                shown.append(typed.charAt(lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return new DisplayedText(shown.toString(), typedAt);
    }

    String text() {
        return shown;
    }

    /** Where the shown char at {@code shownIndex} was typed. */
    int typedAt(int shownIndex) {
        return typedAt[shownIndex];
    }

    /** Each finding that points into the shown text, pointed at what was typed instead; the others as they are. */
    void pointIntoTyped(List<Finding> found, List<Finding> out) {
        for (Finding finding : found) {
            if (finding.start() < 0 || finding.end() <= finding.start()) {
                out.add(finding);
                continue;
            }
            int from = Integer.MAX_VALUE;
            int to = -1;
            for (int i = finding.start(); i < finding.end(); i++) {
                from = Math.min(from, typedAt[i]);
                to = Math.max(to, typedAt[i] + 1);
            }
            out.add(new Finding(finding.clause(), finding.severity(), finding.message(), from, to, finding.altText()));
        }
    }

    /**
     * One blocking finding for each stretch of typed text the controls act on: from an opening control
     * to its closing one (or the end of the line), or a closing control on its own.
     */
    static void hiddenControls(String typed, int altText, List<Finding> out) {
        int reachedTo = -1;
        int spanStart = -1;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!TextFolding.isDirectionControl(c) || i < reachedTo) {
                continue;
            }
            int end = isClosing(c) ? i + 1 : closingOf(typed, i);
            if (spanStart >= 0 && i > reachedTo) {
                add(out, altText, spanStart, reachedTo);
                spanStart = -1;
            }
            if (spanStart < 0) {
                spanStart = i;
            }
            reachedTo = Math.max(reachedTo, end);
        }
        if (spanStart >= 0) {
            add(out, altText, spanStart, reachedTo);
        }
    }

    private static void add(List<Finding> out, int altText, int start, int end) {
        String where = altText < 0 ? "" : " (alt text " + (altText + 1) + ")";
        out.add(new Finding(
                CLAUSE,
                Severity.BLOCK,
                "Hidden characters" + where + ": this text contains hidden "
                        + "direction marks, which can make it show something other than what was typed. Delete this "
                        + "part and type it again.",
                start,
                end,
                altText));
    }

    /** Just after the control that closes the one opened at i, or the end of its line. */
    private static int closingOf(String typed, int i) {
        int depth = 0;
        for (int k = i; k < typed.length(); k++) {
            char c = typed.charAt(k);
            if (isLineBreak(c)) {
                return k;
            }
            if (TextFolding.isDirectionControl(c)) {
                depth += isClosing(c) ? -1 : 1;
                if (depth == 0) {
                    return k + 1;
                }
            }
        }
        return typed.length();
    }

    /** Pop directional formatting (U+202C) or pop directional isolate (U+2069). */
    private static boolean isClosing(char c) {
        return c == '\u202C' || c == '\u2069';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** One line in the order it is shown, the controls left out. */
    private static void layOut(String typed, int from, int to, StringBuilder shown, int[] typedAt) {
        if (from >= to) {
            return;
        }
        var bidi = new Bidi();
        bidi.setPara(typed.substring(from, to), Bidi.LEVEL_DEFAULT_LTR, null);
        for (int r = 0; r < bidi.countRuns(); r++) {
            var run = bidi.getVisualRun(r);
            int start = from + run.getStart();
            int end = start + run.getLength();
            if (run.isOddRun()) {
                for (int k = end; k > start; ) {
                    int cp = typed.codePointBefore(k);
                    cp = k - Character.charCount(cp) < start
                            ? typed.charAt(k - 1)
                            : cp; // half a pair at the run's edge
                    k -= Character.charCount(cp);
                    append(typed, k, cp, shown, typedAt);
                }
            } else {
                for (int k = start; k < end; ) {
                    int cp = typed.codePointAt(k);
                    cp = k + Character.charCount(cp) > end ? typed.charAt(k) : cp;
                    append(typed, k, cp, shown, typedAt);
                    k += Character.charCount(cp);
                }
            }
        }
    }

    private static void append(String typed, int at, int cp, StringBuilder shown, int[] typedAt) {
        if (TextFolding.isDirectionControl(cp)) {
            return;
        }
        for (int unit = 0; unit < Character.charCount(cp); unit++) {
            typedAt[shown.length()] = at + unit;
            shown.append(typed.charAt(at + unit));
        }
    }
}
