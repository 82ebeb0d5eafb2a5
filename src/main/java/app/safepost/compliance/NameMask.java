package app.safepost.compliance;

import static app.safepost.compliance.TextScan.CAMEL;
import static app.safepost.compliance.TextScan.GAP_HYPHEN;
import static app.safepost.compliance.TextScan.GAP_NEWLINE;
import static app.safepost.compliance.TextScan.GAP_SENTENCE;
import static app.safepost.compliance.TextScan.GAP_SPACE;
import static app.safepost.compliance.TextScan.HANDLE;
import static app.safepost.compliance.TextScan.HASHTAG;
import static app.safepost.compliance.TextScan.WORD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pupils' names in free text replaced by {@value #MASK}, for readers who may not see them. It reads
 * text as the checks do ({@link TextScan}, {@link RosterIndex}), so it hides what they recognise as a
 * pupil's name: every first, preferred and surname on the roster as a word in any case or accent,
 * possessive or not ("[name]'s"), names of several words ("van der Berg", "Ward-Prowse"), names inside
 * hashtags and handles (#WellDoneAmelia, @amelia_khan) and first name and surname joined up. A run
 * of names ("Amelia Khan", "KHAN, Amelia") becomes one mask. It masks too much rather than too
 * little: a word that is also a pupil's name ("Will", "May") is masked wherever it stands. The
 * school's own name (without "Primary School" and the like) is never masked. Immutable and
 * thread-safe; build a new one when the roster changes.
 */
public final class NameMask {

    public static final String MASK = "[name]";

    /** Words that end a school's name without telling one school from another. */
    private static final Set<String> SCHOOL_WORDS = Set.of("primary", "school", "academy", "infant", "infants",
            "junior", "juniors", "nursery", "college", "church", "england", "ce", "c", "of", "e", "rc", "catholic",
            "free", "community", "federation", "trust");
    private static final NameMask NONE = new NameMask(RosterIndex.empty(), null);
    /** The longest joined key the roster index keeps a length bit for. */
    private static final int LONGEST_JOINED = 63;

    private final RosterIndex roster;
    private final String[] schoolWords;
    private final String schoolJoined;

    private NameMask(RosterIndex roster, @Nullable String schoolName) {
        this.roster = roster;
        var words = new ArrayList<>(schoolName == null ? List.<String>of()
                : Arrays.asList(NameKeys.spaced(schoolName).split(" ")));
        words.removeIf(String::isEmpty);
        while (!words.isEmpty() && SCHOOL_WORDS.contains(words.getLast())) {
            words.removeLast();
        }
        this.schoolWords = words.toArray(String[]::new);
        this.schoolJoined = String.join("", words);
    }

    /** Masks nothing: for readers who may see pupils' names. */
    public static NameMask none() {
        return NONE;
    }

    /**
     * The mask of a roster.
     *
     * @param schoolName the school's name from its profile, which is never masked, or null
     */
    public static NameMask of(RosterIndex roster, @Nullable String schoolName) {
        return roster.size() == 0 ? NONE : new NameMask(roster, schoolName);
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
        var scan = TextScan.of(text);
        var spans = new ArrayList<Span>();
        for (int i = 0; i < scan.count; i++) {
            int school = schoolNameAt(scan, i);
            if (school > 0) {
                i += school - 1;
            } else if (scan.is(i, HASHTAG) || scan.is(i, HANDLE) || scan.is(i, CAMEL)) {
                inside(scan, i, spans);
            } else {
                i = words(scan, i, spans);
            }
        }
        return spans.isEmpty() ? text : replace(text, spans, fullNamesOnly);
    }

    /** How many words from token i spell the school's name; 0 when it does not start there. */
    private int schoolNameAt(TextScan scan, int i) {
        if (schoolWords.length == 0 || i + schoolWords.length > scan.count) {
            return 0;
        }
        for (int w = 0; w < schoolWords.length; w++) {
            int t = i + w;
            if (!scan.is(t, WORD) || !scan.keyEquals(t, schoolWords[w])
                    || (w > 0 && (scan.gap[t] & ~(GAP_SPACE | GAP_NEWLINE | GAP_SENTENCE | GAP_HYPHEN)) != 0)) {
                return 0;
            }
        }
        return schoolWords.length;
    }

    /** The longest name of one or more words starting at word i, else the word joining two names; returns the last token used. */
    private int words(TextScan scan, int i, List<Span> spans) {
        int best = -1;
        int bestLast = i;
        for (int length = 1; length <= roster.maxPhraseWords && i + length - 1 < scan.count; length++) {
            int last = i + length - 1;
            if (!scan.is(last, WORD) || scan.keyLength(last) == 0
                    || (length > 1 && (scan.gap[last] & ~(GAP_SPACE | GAP_HYPHEN)) != 0)) {
                break;
            }
            int id = roster.phrases.get(scan.keys, scan.keyStart[i], scan.keyEnd[last]);
            if (id < 0) {
                break;
            }
            if (isName(id) && scan.keyEnd[last] - scan.keyStart[i] >= 2) {
                best = id;
                bestLast = last;
            }
        }
        if (best >= 0) {
            spans.add(new Span(scan.start[i], scan.nameEnd[bestLast], best, false));
            return bestLast;
        }
        int from = scan.keyStart[i];
        int to = scan.keyEnd[i];
        if (to - from <= LONGEST_JOINED && (roster.joinedLengths & (1L << (to - from))) != 0
                && roster.joined.get(scan.keys, from, to) >= 0) {
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
        int school = schoolInside(scan, from, to);
        int whole = roster.phrases.get(scan.keys, from, to);
        if (whole >= 0 && isName(whole) && school < 0) {
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

    private void joinedInside(TextScan scan, int from, int to, int school, List<Span> found) {
        for (int a = from; a < to; a++) {
            int hash = 0;
            int end = -1;
            for (int b = a; b < to && b - a < LONGEST_JOINED; b++) {
                hash = 31 * hash + scan.keys[b];
                int length = b - a + 1;
                if ((roster.joinedLengths & (1L << length)) != 0
                        && roster.joined.get(scan.keys, a, b + 1, hash) >= 0 && !inSchool(school, a, b + 1)) {
                    end = b + 1;
                }
            }
            if (end > 0) {
                found.add(new Span(scan.keySource[a], after(scan, end - 1), -1, true));
                a = end - 1;
            }
        }
    }

    /** Parts of a hashtag or handle split at capitals, digits and _ . -: #WellDoneAmelia, @jgp_ward_prowse. */
    private void partsInside(TextScan scan, int from, int to, int school, List<Span> found) {
        var bounds = new ArrayList<Integer>();
        bounds.add(from);
        for (int k = from + 1; k < to; k++) {
            if (startsPart(scan, k)) {
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
                if (id >= 0 && isName(id) && !inSchool(school, start, end)) {
                    best = id;
                    bestEnd = q;
                }
            }
            if (best >= 0) {
                found.add(new Span(scan.keySource[bounds.get(p)], after(scan, bounds.get(bestEnd + 1) - 1), best, false));
                p = bestEnd;
            }
        }
    }

    /** Where the text char a key came from ends: past both halves of a letter outside the basic plane. */
    private static int after(TextScan scan, int keyIndex) {
        int at = scan.keySource[keyIndex];
        return at + 1 < scan.text.length() && Character.isHighSurrogate(scan.text.charAt(at)) ? at + 2 : at + 1;
    }

    private static boolean startsPart(TextScan scan, int keyIndex) {
        int at = scan.keySource[keyIndex];
        if (at == scan.keySource[keyIndex - 1] || at == 0) {
            return false;
        }
        var text = scan.text;
        char c = text.charAt(at);
        char before = text.charAt(at - 1);
        boolean nextLower = at + 1 < text.length() && Character.isLowerCase(text.charAt(at + 1));
        return (Character.isUpperCase(c) && (Character.isLowerCase(before) || (Character.isUpperCase(before) && nextLower)))
                || (!NameKeys.isLetterOrDigit(before) && !NameKeys.isWordInternal(before))
                || Character.isDigit(c) != Character.isDigit(before);
    }

    /** Where the school's name joined up starts among the keys [from, to) of one token (#JesseGrayPrimary), or -1. */
    private int schoolInside(TextScan scan, int from, int to) {
        int length = schoolJoined.length();
        if (length == 0) {
            return -1;
        }
        for (int at = from; at + length <= to; at++) {
            if (scan.keys[at] == schoolJoined.charAt(0)
                    && new String(scan.keys, at, length).equals(schoolJoined)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether keys [from, to) overlap the school's name found at {@code school}. */
    private boolean inSchool(int school, int from, int to) {
        return school >= 0 && from < school + schoolJoined.length() && school < to;
    }

    private boolean isName(int phrase) {
        return roster.isGiven(phrase) || roster.isSurname(phrase);
    }

    private String replace(String text, List<Span> spans, boolean fullNamesOnly) {
        spans.sort(Comparator.comparingInt(Span::from));
        var out = new StringBuilder(text.length());
        int written = 0;
        for (int first = 0; first < spans.size(); ) {
            int last = first;
            while (last + 1 < spans.size() && onlySeparators(text, spans.get(last).to(), spans.get(last + 1).from())) {
                last++;
            }
            if (!fullNamesOnly || holdsFullName(spans, first, last)) {
                int from = Math.max(written, spans.get(first).from());
                out.append(text, written, from).append(MASK);
                written = Math.max(from, spans.get(last).to());
            }
            first = last + 1;
        }
        return out.append(text, written, text.length()).toString();
    }

    /** A pupil's first name and surname next to each other in the run, in either order, or joined up. */
    private boolean holdsFullName(List<Span> spans, int first, int last) {
        for (int s = first; s <= last; s++) {
            if (spans.get(s).pair()) {
                return true;
            }
            if (s < last && pairOfOnePupil(spans.get(s).phrase(), spans.get(s + 1).phrase())) {
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
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ',' && c != '\uFF0C' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    /**
     * One masked stretch of the text: UTF-16 offsets into it, the name phrase it matched (-1 for a
     * joined pair) and whether it is a first name and surname joined up.
     */
    private record Span(int from, int to, int phrase, boolean pair) {
    }
}
