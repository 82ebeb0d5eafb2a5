package app.safepost.compliance;

import static app.safepost.compliance.TextScan.CAMEL;
import static app.safepost.compliance.TextScan.CONSUMED;
import static app.safepost.compliance.TextScan.HANDLE;
import static app.safepost.compliance.TextScan.HASHTAG;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pupils' names in free text replaced by {@value #MASK}, for readers who may not see them. It reads
 * text as the checks do ({@link TextScan}, {@link RosterIndex}, {@link NameLookup}), so it hides what
 * they recognise as a pupil's name: every first, preferred and surname on the roster as a word in
 * any case or accent, possessive or not ("[name]'s"), names of several words ("van der Berg",
 * "Ward-Prowse"), names inside hashtags and handles (#WellDoneAmelia, @amelia_khan) and first name
 * and surname joined up; and however they were typed ({@link TextFolding}): look-alike letters of
 * other scripts, full-width and mathematical letters, invisible characters inside, letters spelled
 * out one by one. A run of names ("Amelia Khan", "KHAN, Amelia") becomes one mask. It masks too much
 * rather than too little: a word that is also a pupil's name ("Will", "May") is masked wherever it
 * stands. The school's own name kept with the roster index is never masked.
 * <p>
 * A text with direction controls (U+202A–U+202E, U+2066–U+2069) can show a name that is not in
 * what was typed ("Amelia nahk" with "nahk" between U+202E and U+202C shows "Amelia khan"), and a display that ignores some
 * controls can show yet another order. So such a text is masked both as typed and as shown
 * ({@link DisplayedText}, each shown character mapped back to where it was typed), and the controls
 * are left out of what the reader gets: it then shows in the order it was typed on every display,
 * with no name in either reading. Immutable and thread-safe; build a new one when the roster changes.
 */
public final class NameMask {

    public static final String MASK = "[name]";

    private static final NameMask NONE = new NameMask(RosterIndex.empty());

    private final RosterIndex roster;

    private NameMask(RosterIndex roster) {
        this.roster = roster;
    }

    /** Masks nothing: for readers who may see pupils' names. */
    public static NameMask none() {
        return NONE;
    }

    /**
     * The mask of a roster. The school's name the index was built with is never masked, as the checks
     * never take it for a pupil's.
     */
    public static NameMask of(RosterIndex roster) {
        return roster.size() == 0 ? NONE : new NameMask(roster);
    }

    /** Whether this mask hides anything. */
    public boolean masks() {
        return roster.size() > 0;
    }

    /** The text with every pupil's name masked. */
    public @Nullable String mask(@Nullable String text) {
        return apply(text, false);
    }

    /**
     * The text with only pupils' full names masked: a run of names that holds one pupil's first (or
     * preferred) name and surname together, in either order or joined up. For a document the school
     * publishes and its readers must read word by word (a policy), where masking every word that is
     * also a first name ("may", "will") would leave its sentences unreadable.
     */
    public @Nullable String maskFullNames(@Nullable String text) {
        return apply(text, true);
    }

    private @Nullable String apply(@Nullable String text, boolean fullNamesOnly) {
        if (text == null || text.isEmpty() || roster.size() == 0) {
            return text;
        }
        var typed = TextScan.of(text);
        var hidden = new BitSet(text.length());
        for (var run : runs(typed, fullNamesOnly)) {
            hidden.set(run.from(), run.to());
        }
        if (!typed.hasDirectionControls) {
            return hidden.isEmpty() ? text : replace(text, hidden, false);
        }
        var shown = DisplayedText.of(text);
        for (var run : runs(TextScan.of(shown.text()), fullNamesOnly)) {
            for (int k = run.from(); k < run.to(); k++) {
                hidden.set(shown.typedAt(k));
            }
        }
        return replace(text, hidden, true);
    }

    /** The stretches of the scanned text to mask: each run of names, or only those holding a full name. */
    private List<Span> runs(TextScan scan, boolean fullNamesOnly) {
        var spans = names(scan);
        spans.sort(Comparator.comparingInt(Span::from));
        var runs = new ArrayList<Span>();
        for (int first = 0; first < spans.size(); ) {
            int last = first;
            int to = spans.get(first).to();
            while (last + 1 < spans.size()
                    && onlySeparators(scan.text, to, spans.get(last + 1).from())) {
                last++;
                to = Math.max(to, spans.get(last).to());
            }
            if (!fullNamesOnly || holdsFullName(spans, first, last)) {
                runs.add(new Span(spans.get(first).from(), to, -1, false));
            }
            first = last + 1;
        }
        return runs;
    }

    /** Every pupil's name in the scanned text, the school's name left out. */
    private List<Span> names(TextScan scan) {
        NameLookup.markSchoolNames(roster, scan);
        var spans = new ArrayList<Span>();
        int[] ids = new int[roster.maxPhraseWords];
        int[] lengths = new int[roster.maxPhraseWords];
        for (int i = 0; i < scan.count; i++) {
            if (scan.is(i, CONSUMED)) {
                continue;
            }
            if (scan.is(i, HASHTAG) || scan.is(i, HANDLE) || scan.is(i, CAMEL)) {
                inside(scan, i, spans);
            } else {
                i = words(scan, i, ids, lengths, spans);
            }
        }
        return spans;
    }

    /** The longest name of one or more words starting at word i, else the word joining two names; returns the last token used. */
    private int words(TextScan scan, int i, int[] ids, int[] lengths, List<Span> spans) {
        int found = NameLookup.phrasesAt(roster, scan, i, ids, lengths);
        for (int f = found - 1; f >= 0; f--) {
            int last = i + lengths[f] - 1;
            if (scan.keyEnd[last] - scan.keyStart[i] >= 2) {
                spans.add(new Span(scan.start[i], scan.nameEnd[last], ids[f], false));
                return last;
            }
        }
        if (NameLookup.joinedPair(roster, scan, scan.keyStart[i], scan.keyEnd[i]) >= 0) {
            spans.add(new Span(scan.start[i], scan.nameEnd[i], -1, true));
        }
        return i;
    }

    /** Names inside a hashtag, a handle or a camel-case word: the whole of it, two names joined, or its parts. */
    private void inside(TextScan scan, int i, List<Span> spans) {
        int from = scan.keyStart[i];
        int to = scan.keyEnd[i];
        if (to - from < 2) {
            return;
        }
        int[] school = NameLookup.schoolNameInside(roster, scan, i);
        int whole = roster.phrases.get(scan.keys, from, to);
        if (whole >= 0 && roster.isName(whole) && school == null) {
            spans.add(new Span(scan.keySource[from], after(scan, to - 1), whole, false));
            return;
        }
        var found = new ArrayList<Span>();
        joinedInside(scan, from, to, school, found);
        partsInside(scan, from, to, school, found);
        found.sort(Comparator.comparingInt(Span::from));
        Span open = null;
        for (var span : found) {
            if (open != null && onlySeparators(scan.text, open.to(), span.from())) {
                open = new Span(open.from(), Math.max(open.to(), span.to()), open.phrase(), open.pair() || span.pair());
            } else {
                if (open != null) {
                    spans.add(open);
                }
                open = span;
            }
        }
        if (open != null) {
            spans.add(open);
        }
    }

    private void joinedInside(TextScan scan, int from, int to, int @Nullable [] school, List<Span> found) {
        for (int a = from; a < to; a++) {
            int end = NameLookup.inSchoolName(school, a) ? -1 : NameLookup.joinedPairFrom(roster, scan, a, to);
            if (end > 0) {
                found.add(new Span(scan.keySource[a], after(scan, end - 1), -1, true));
                a = end - 1;
            }
        }
    }

    /** Parts of a hashtag or handle ({@link NameLookup#startsPart}): #WellDoneAmelia, @jgp_ward_prowse. */
    private void partsInside(TextScan scan, int from, int to, int @Nullable [] school, List<Span> found) {
        var bounds = new ArrayList<Integer>();
        bounds.add(from);
        for (int k = from + 1; k < to; k++) {
            if (NameLookup.startsPart(scan, k)) {
                bounds.add(k);
            }
        }
        bounds.add(to);
        int parts = bounds.size() - 1;
        for (int p = 0; p < parts; p++) {
            int best = -1;
            int bestEnd = p;
            for (int q = p; q < parts && q <= p + roster.maxPhraseWords; q++) {
                int start = bounds.get(p);
                int end = bounds.get(q + 1);
                int id = end - start >= 2 ? roster.phrases.get(scan.keys, start, end) : -1;
                if (id >= 0 && roster.isName(id) && !NameLookup.inSchoolName(school, start)) {
                    best = id;
                    bestEnd = q;
                }
            }
            if (best >= 0) {
                found.add(
                        new Span(scan.keySource[bounds.get(p)], after(scan, bounds.get(bestEnd + 1) - 1), best, false));
                p = bestEnd;
            }
        }
    }

    /** Where the text char a key came from ends: past both halves of a letter outside the basic plane. */
    private static int after(TextScan scan, int keyIndex) {
        int at = scan.keySource[keyIndex];
        return at + Character.charCount(scan.text.codePointAt(at));
    }

    /** The text with each stretch of hidden chars as one mask, and the direction controls left out if asked. */
    private static String replace(String text, BitSet hidden, boolean withoutDirectionControls) {
        var out = new StringBuilder(text.length());
        boolean masking = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (withoutDirectionControls && TextFolding.isDirectionControl(c)) {
                continue;
            }
            if (!hidden.get(i)) {
                out.append(c);
                masking = false;
            } else if (!masking) {
                out.append(MASK);
                masking = true;
            }
        }
        return out.toString();
    }

    /** A pupil's first name and surname next to each other in the run, in either order, or joined up. */
    private boolean holdsFullName(List<Span> spans, int first, int last) {
        for (int s = first; s <= last; s++) {
            if (spans.get(s).pair()) {
                return true;
            }
            if (s < last
                    && pairOfOnePupil(spans.get(s).phrase(), spans.get(s + 1).phrase())) {
                return true;
            }
        }
        return false;
    }

    private boolean pairOfOnePupil(int one, int other) {
        if (one < 0 || other < 0) {
            return false;
        }
        return (roster.isGiven(one) && roster.isSurname(other) && roster.pairs.get(one, other) >= 0)
                || (roster.isSurname(one) && roster.isGiven(other) && roster.pairs.get(other, one) >= 0);
    }

    /** Nothing but spaces, line breaks, commas and invisible characters between two names: one run. */
    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (c != ','
                    && c != '\uFF0C'
                    && (TextFolding.of(c).kind()
                                    & (TextFolding.SPACE | TextFolding.LINE_BREAK | TextFolding.INSIDE_WORD))
                            == 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * One masked stretch of the text: UTF-16 offsets into it, the name phrase it matched (-1 for a
     * joined pair or a run) and whether it is a first name and surname joined up.
     */
    private record Span(int from, int to, int phrase, boolean pair) {}
}
