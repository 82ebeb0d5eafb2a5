package app.safepost.compliance;

import static app.safepost.compliance.TextScan.CONSUMED;
import static app.safepost.compliance.TextScan.GAP_HYPHEN;
import static app.safepost.compliance.TextScan.GAP_SPACE;
import static app.safepost.compliance.TextScan.HANDLE;
import static app.safepost.compliance.TextScan.WORD;

import org.jspecify.annotations.Nullable;

/**
 * Where the roster's names stand in one scanned text: the look-ups that both the checks
 * ({@link PupilNameCheck}, {@link NeverPublishNames}) and the name mask ({@link NameMask}) make, so that
 * the mask hides what the checks take for a pupil's name. A name phrase of one or more words at a token, a first name and
 * surname joined up inside a token, the parts of a hashtag or handle, and the school's own name,
 * which is never a pupil's. The keys are {@link TextScan}'s, folded by {@link TextFolding}, so each
 * look-up sees through look-alike letters, compatibility forms, invisible characters and letters
 * spelled out one by one.
 */
final class NameLookup {

    /** The longest joined key the roster index keeps a length bit for. */
    static final int LONGEST_JOINED = 63;

    private NameLookup() {}

    /**
     * The pupils' name phrases (first, preferred or surname) that start at token i, shortest first,
     * into {@code ids} and their lengths in tokens into {@code lengths}; returns how many. The words of
     * a phrase of several are separated by spaces or a hyphen only ("van der Berg", "Ward-Prowse").
     */
    static int phrasesAt(RosterIndex roster, TextScan scan, int i, int[] ids, int[] lengths) {
        int found = 0;
        for (int length = 1; length <= roster.maxPhraseWords && i + length - 1 < scan.count; length++) {
            int id = phraseAt(roster, scan, i, length);
            if (id < 0) {
                break;
            }
            if (roster.isName(id)) {
                ids[found] = id;
                lengths[found] = length;
                found++;
            }
        }
        return found;
    }

    /**
     * The roster's phrase of this many tokens from token i, or -1; -1 also when those tokens cannot be
     * one phrase (a longer one starting at i cannot be either, so a caller walking longer stops there).
     */
    static int phraseAt(RosterIndex roster, TextScan scan, int i, int length) {
        int last = i + length - 1;
        if (length > 1
                && (!scan.is(i, WORD) || !scan.is(last, WORD) || (scan.gap[last] & ~(GAP_SPACE | GAP_HYPHEN)) != 0)) {
            return -1;
        }
        if (scan.is(last, HANDLE) || scan.keyEnd[last] == scan.keyStart[last]) {
            return -1;
        }
        return roster.phrases.get(scan.keys, scan.keyStart[i], scan.keyEnd[last]);
    }

    /** The pair joined up ("ameliakhan", "khanamelia") whose key is exactly keys [from, to), or -1. */
    static int joinedPair(RosterIndex roster, TextScan scan, int from, int to) {
        int length = to - from;
        return length > 0 && length <= LONGEST_JOINED && (roster.joinedLengths & (1L << length)) != 0
                ? roster.joined.get(scan.keys, from, to)
                : -1;
    }

    /**
     * The end of the longest pair joined up among keys [a, to) that starts at key a, or -1: a first
     * name and surname run together inside a hashtag, handle or word (#TeamAmeliaKhan, @amelia_khan1).
     */
    static int joinedPairFrom(RosterIndex roster, TextScan scan, int a, int to) {
        int hash = 0;
        int end = -1;
        for (int b = a; b < to && b - a < LONGEST_JOINED; b++) {
            hash = 31 * hash + scan.keys[b];
            int length = b - a + 1;
            if ((roster.joinedLengths & (1L << length)) != 0 && roster.joined.get(scan.keys, a, b + 1, hash) >= 0) {
                end = b + 1;
            }
        }
        return end;
    }

    /**
     * Whether the key at keyIndex starts a new part of its token: a capital after a small letter
     * (WellDone), a capitalised word after capitals (JGPAmelia), a letter after a digit or the other
     * way round, or anything after _ . - and the like (@amelia_khan). Invisible characters between
     * are passed over; the keys of one character (ß → "ss") never split.
     */
    static boolean startsPart(TextScan scan, int keyIndex) {
        int at = scan.keySource[keyIndex];
        if (keyIndex == 0 || at == 0 || at == scan.keySource[keyIndex - 1]) {
            return false;
        }
        String text = scan.text;
        char c = text.charAt(at);
        char b = text.charAt(at - 1);
        if (c < 128 && b < 128 && (at + 1 >= text.length() || text.charAt(at + 1) < 128)) {
            return startsAsciiPart(c, b, at + 1 < text.length() ? text.charAt(at + 1) : ' ');
        }
        int before = visibleBefore(text, at);
        if (before < 0) {
            return false;
        }
        var folded = TextFolding.of(text.codePointAt(at));
        var previous = TextFolding.of(before);
        if (!previous.isLetterOrDigit() || folded.is(TextFolding.DIGIT) != previous.is(TextFolding.DIGIT)) {
            return true;
        }
        if (!folded.is(TextFolding.UPPER)) {
            return false;
        }
        if (!previous.is(TextFolding.UPPER)) {
            return previous.is(TextFolding.LETTER);
        }
        int next = visibleAfter(text, at + Character.charCount(text.codePointAt(at)));
        return next >= 0
                && TextFolding.of(next).is(TextFolding.LETTER)
                && !TextFolding.of(next).is(TextFolding.UPPER);
    }

    /** {@link #startsPart} where the character, the one before and the one after are ASCII: most hashtags and handles. */
    private static boolean startsAsciiPart(char c, char before, char next) {
        boolean digit = c >= '0' && c <= '9';
        boolean digitBefore = before >= '0' && before <= '9';
        boolean upperBefore = before >= 'A' && before <= 'Z';
        boolean lowerBefore = before >= 'a' && before <= 'z';
        if (!(digitBefore || upperBefore || lowerBefore) || digit != digitBefore) {
            return true;
        }
        return c >= 'A' && c <= 'Z' && (lowerBefore || (upperBefore && next >= 'a' && next <= 'z'));
    }

    /** The last code point before {@code at} that is not invisible, or -1. */
    private static int visibleBefore(String text, int at) {
        for (int k = at; k > 0; ) {
            int cp = text.codePointBefore(k);
            if (!TextFolding.of(cp).is(TextFolding.INSIDE_WORD)) {
                return cp;
            }
            k -= Character.charCount(cp);
        }
        return -1;
    }

    /** The first code point from {@code at} on that is not invisible, or -1. */
    private static int visibleAfter(String text, int at) {
        for (int k = at; k < text.length(); ) {
            int cp = text.codePointAt(k);
            if (!TextFolding.of(cp).is(TextFolding.INSIDE_WORD)) {
                return cp;
            }
            k += Character.charCount(cp);
        }
        return -1;
    }

    /** Marks the school's own name, in full or shortened, as {@link TextScan#CONSUMED}: none of its words is a pupil's. */
    static void markSchoolNames(RosterIndex roster, TextScan scan) {
        if (roster.schoolNames.length == 0) {
            return;
        }
        String firstWord = roster.schoolNames[0][0];
        for (int i = 0; i < scan.count; i++) {
            if (!scan.keyEquals(i, firstWord)) {
                continue;
            }
            for (String[] name : roster.schoolNames) {
                int words = schoolNameAt(scan, i, name);
                if (words > 0) {
                    for (int t = i; t < i + words; t++) {
                        scan.flags[t] |= CONSUMED;
                    }
                    i += words - 1;
                    break;
                }
            }
        }
    }

    /** How many tokens from i spell this name, separated by spaces or hyphens; 0 if they do not. */
    private static int schoolNameAt(TextScan scan, int i, String[] name) {
        if (i + name.length > scan.count) {
            return 0;
        }
        for (int w = 0; w < name.length; w++) {
            int t = i + w;
            if (!scan.is(t, WORD)
                    || !scan.keyEquals(t, name[w])
                    || (w > 0 && (scan.gap[t] & ~(GAP_SPACE | GAP_HYPHEN)) != 0)) {
                return 0;
            }
        }
        return name.length;
    }

    /** Where the school's name joined up lies in token i's key, as {from, to}; null if it is not there. */
    static int @Nullable [] schoolNameInside(RosterIndex roster, TextScan scan, int i) {
        int from = scan.keyStart[i];
        int to = scan.keyEnd[i];
        for (String joined : roster.schoolNamesJoined) {
            for (int a = from; a + joined.length() <= to; a++) {
                if (regionEquals(scan, a, joined)) {
                    return new int[] {a, a + joined.length()};
                }
            }
        }
        return null;
    }

    /** A name found at key {@code from} is the school's when it starts inside the school's name found in its token. */
    static boolean inSchoolName(int @Nullable [] school, int from) {
        return school != null && from >= school[0] && from < school[1];
    }

    private static boolean regionEquals(TextScan scan, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (scan.keys[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
