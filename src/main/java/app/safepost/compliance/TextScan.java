package app.safepost.compliance;

import java.util.Arrays;

/**
 * The words, hashtags and @handles of a text with their UTF-16 offsets into the text as typed, each
 * word's folded key ({@link TextFolding}), its casing, and what separates it from the word before.
 * Keys sit in one char array with a single space after each, so the keys of consecutive words form
 * one slice ("amelia khan") that the roster index can look up directly. Invisible characters and
 * combining marks neither end a word nor separate two; a word spelled out letter by letter ("A m e l
 * i a", "A.M.E.L.I.A") is one word. Plain arrays, no strings per word.
 */
final class TextScan {

    // kinds and casing of a token
    static final int WORD = 1;
    static final int HASHTAG = 1 << 1;
    static final int HANDLE = 1 << 2;
    static final int CAPITALISED = 1 << 3;
    static final int ALL_CAPS = 1 << 4;
    static final int LOWER = 1 << 5;
    static final int HAS_DIGIT = 1 << 6;
    static final int POSSESSIVE = 1 << 7;
    static final int CAMEL = 1 << 8;
    static final int HAS_LETTER = 1 << 9;
    static final int CONSUMED = 1 << 10;

    // what lies between a token and the one before it
    static final int GAP_START = 1;
    static final int GAP_SPACE = 1 << 1;
    static final int GAP_NEWLINE = 1 << 2;
    static final int GAP_COMMA = 1 << 3;
    static final int GAP_COMMAS = 1 << 4;
    static final int GAP_HYPHEN = 1 << 5;
    static final int GAP_DOT = 1 << 6;
    static final int GAP_SENTENCE = 1 << 7;
    static final int GAP_UNDERSCORE = 1 << 8;
    static final int GAP_OTHER = 1 << 9;
    /** ! ? … ; or : */
    static final int GAP_STOP = 1 << 10;

    String text;
    int count;
    int[] start;
    int[] end;
    /** Where a name in this token ends: before a possessive 's. */
    int[] nameEnd;

    int[] keyStart;
    int[] keyEnd;
    int[] flags;
    int[] gap;
    int[] letters;
    char[] keys;
    /** For each key char, the index of the text char it came from. */
    int[] keySource;

    int keyLength;
    /** The text has a direction control (U+202A–U+202E, U+2066–U+2069): it may show otherwise than typed. */
    boolean hasDirectionControls;

    /** Texts longer than this get their own arrays rather than a thread's reused ones. */
    private static final int REUSE_LIMIT = 4_000;

    private static final ThreadLocal<TextScan[]> REUSED =
            ThreadLocal.withInitial(() -> new TextScan[] {new TextScan(""), new TextScan("")});

    private TextScan(String text) {
        this.text = text;
        int tokens = text.length() / 4 + 8;
        start = new int[tokens];
        end = new int[tokens];
        nameEnd = new int[tokens];
        keyStart = new int[tokens];
        keyEnd = new int[tokens];
        flags = new int[tokens];
        gap = new int[tokens];
        letters = new int[tokens];
        keys = new char[text.length() + tokens + 16];
        keySource = new int[keys.length];
    }

    static TextScan of(String text) {
        var scan = new TextScan(text);
        scan.scan();
        return scan;
    }

    /**
     * Scans into arrays this thread reuses, so a check allocates next to nothing. Slot 0 is for a
     * post's text, slot 1 for its alt texts; a scan is good until its slot is used again on this
     * thread.
     */
    static TextScan reused(int slot, String text) {
        if (text.length() > REUSE_LIMIT) {
            return of(text);
        }
        var scan = REUSED.get()[slot];
        scan.text = text;
        scan.count = 0;
        scan.keyLength = 0;
        scan.hasDirectionControls = false;
        if (scan.keys.length < text.length() + 16) {
            scan.keys = new char[text.length() * 2 + 16];
            scan.keySource = new int[scan.keys.length];
        }
        scan.scan();
        return scan;
    }

    boolean is(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    boolean gapIs(int token, int flag) {
        return (gap[token] & flag) != 0;
    }

    /** Only spaces or tabs (no line break, no punctuation) between this token and the one before. */
    boolean gapOnlySpace(int token) {
        return gap[token] == GAP_SPACE;
    }

    boolean startsSentence(int token) {
        return (gap[token] & (GAP_START | GAP_SENTENCE)) != 0;
    }

    int keyLength(int token) {
        return keyEnd[token] - keyStart[token];
    }

    boolean keyEquals(int token, String word) {
        return keyEquals(token, word, word.length());
    }

    /** The token's key equals the first {@code length} chars of {@code word}. */
    boolean keyEquals(int token, String word, int length) {
        if (keyEnd[token] - keyStart[token] != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (keys[keyStart[token] + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void scan() {
        String t = text;
        int n = t.length();
        int previousEnd = 0;
        int i = 0;
        int spelledOut = 0;
        boolean mayMerge = false;
        while (i < n) {
            char c = t.charAt(i);
            boolean afterWord = i > 0 && isTokenCharBefore(i);
            if ((c == '#' || c == '\uFF03') && !afterWord && i + 1 < n && isTagCharAt(i + 1)) {
                int j = i + 1;
                while (j < n && isTagCharAt(j)) {
                    j += widthAt(j);
                }
                if (addToken(HASHTAG, i, j, i + 1, previousEnd)) {
                    previousEnd = j;
                }
                spelledOut = 0;
                i = j;
            } else if (c == '@' && !afterWord && i + 1 < n && isHandleChar(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < n
                        && (isHandleChar(t.charAt(j))
                                || (t.charAt(j) == '@' && j + 1 < n && isHandleChar(t.charAt(j + 1))))) {
                    j++;
                }
                while (j > i + 1 && (t.charAt(j - 1) == '.' || t.charAt(j - 1) == '-')) {
                    j--;
                }
                if (addToken(HANDLE, i, j, i + 1, previousEnd)) {
                    previousEnd = j;
                }
                spelledOut = 0;
                i = j;
            } else if (kindAt(i, c) == LETTER_OR_DIGIT) {
                int j = wordEnd(i);
                addToken(WORD, i, j, i, previousEnd);
                int k = count - 1;
                if (!isSingleLetter(k)) {
                    spelledOut = 0;
                } else {
                    spelledOut = spelledOut > 0 && spacedLetterGap(end[k - 1], start[k]) ? spelledOut + 1 : 1;
                }
                mayMerge |= spelledOut >= SPELLED_OUT_MINIMUM;
                previousEnd = j;
                i = j;
            } else {
                i += widthAt(i);
            }
        }
        if (mayMerge) {
            mergeSpelledOutWords();
        }
    }

    private static final int LETTER_OR_DIGIT = 1;
    private static final int INSIDE = 2;
    private static final int OTHER = 0;

    /** Whether the code point at i is a letter or digit, folds to nothing inside a word, or neither. */
    private int kindAt(int i, char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? LETTER_OR_DIGIT : OTHER;
        }
        var folded = TextFolding.of(text.codePointAt(i));
        if (folded.is(TextFolding.DIRECTION)) {
            hasDirectionControls = true; // every code point outside a handle passes here
        }
        return folded.isLetterOrDigit() ? LETTER_OR_DIGIT : folded.is(TextFolding.INSIDE_WORD) ? INSIDE : OTHER;
    }

    private int widthAt(int i) {
        return Character.isHighSurrogate(text.charAt(i))
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))
                ? 2
                : 1;
    }

    /** Where the word starting at i ends: letters, digits, marks, invisible characters, apostrophes between letters. */
    private int wordEnd(int i) {
        String t = text;
        int n = t.length();
        int j = i + widthAt(i);
        while (j < n) {
            char d = t.charAt(j);
            if (kindAt(j, d) != OTHER) {
                j += widthAt(j);
            } else if (NameKeys.isApostrophe(d) && j + 1 < n && letterFollows(j + 1) && letterPrecedes(j, i)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** The first code point from i that is not invisible is a letter. */
    private boolean letterFollows(int i) {
        for (int k = i; k < text.length(); k += widthAt(k)) {
            char c = text.charAt(k);
            if (c < 128) {
                return Character.isLetter(c);
            }
            var folded = TextFolding.of(text.codePointAt(k));
            if (!folded.is(TextFolding.INSIDE_WORD)) {
                return folded.is(TextFolding.LETTER);
            }
        }
        return false;
    }

    /** The last code point before i (and from the word's start on) that is not invisible is a letter. */
    private boolean letterPrecedes(int i, int wordStart) {
        for (int k = i; k > wordStart; ) {
            int cp = text.codePointBefore(k);
            k -= Character.charCount(cp);
            var folded = TextFolding.of(cp);
            if (!folded.is(TextFolding.INSIDE_WORD)) {
                return folded.is(TextFolding.LETTER);
            }
        }
        return false;
    }

    private boolean isTokenCharBefore(int i) {
        char c = text.charAt(i - 1);
        if (c < 128) {
            return NameKeys.isLetterOrDigit(c) || c == '_';
        }
        return TextFolding.of(text.codePointBefore(i)).isLetterOrDigit();
    }

    private boolean isTagCharAt(int i) {
        char c = text.charAt(i);
        return c == '_' || kindAt(i, c) != OTHER;
    }

    /** Letters of a word spelled out one by one ("A m e l i a", "A.M.E.L.I.A") count as that word from this many on. */
    static final int SPELLED_OUT_MINIMUM = 3;

    /** One space, dot, hyphen or middle dot, or a dot and a space, between two letters spelled out. */
    private boolean spacedLetterGap(int from, int to) {
        if (to - from == 1) {
            char c = text.charAt(from);
            return c == ' ' || c == '.' || c == '\u00B7' || NameKeys.isHyphen(c);
        }
        return to - from == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == ' ';
    }

    /**
     * Joins each run of at least {@link #SPELLED_OUT_MINIMUM} single letters separated by
     * {@link #spacedLetterGap one separator} into one word, rewriting the tokens and keys in place.
     * Two letters stay apart: "A K" and "A.K." are initials.
     */
    private void mergeSpelledOutWords() {
        int written = 0;
        int keyWritten = 0;
        int t = 0;
        while (t < count) {
            int last = t;
            if (isSingleLetter(t)) {
                while (last + 1 < count && isSingleLetter(last + 1) && spacedLetterGap(end[last], start[last + 1])) {
                    last++;
                }
                if (last - t + 1 < SPELLED_OUT_MINIMUM) {
                    last = t;
                }
            }
            int from = keyWritten;
            int upper = 0;
            int flag = flags[t] & ~(CAPITALISED | ALL_CAPS | LOWER | CAMEL);
            boolean lowerSeen = false;
            for (int u = t; u <= last; u++) {
                for (int k = keyStart[u]; k < keyEnd[u]; k++) {
                    keys[keyWritten] = keys[k];
                    keySource[keyWritten++] = keySource[k];
                }
                if (last > t) {
                    boolean isUpper = (flags[u] & CAPITALISED) != 0;
                    flag |= isUpper && lowerSeen ? CAMEL : 0;
                    lowerSeen |= !isUpper;
                    upper += isUpper ? 1 : 0;
                }
            }
            int keyEndOfWord = keyWritten;
            keySource[keyWritten] = nameEnd[last];
            keys[keyWritten++] = ' ';
            if (last > t) {
                int total = last - t + 1;
                flag |= (flags[t] & CAPITALISED) | (upper == 0 ? LOWER : upper == total ? ALL_CAPS : 0);
                letters[written] = total;
            } else {
                flag = flags[t];
                letters[written] = letters[t];
            }
            start[written] = start[t];
            end[written] = end[last];
            nameEnd[written] = nameEnd[last];
            gap[written] = gap[t];
            flags[written] = flag;
            keyStart[written] = from;
            keyEnd[written] = keyEndOfWord;
            written++;
            t = last + 1;
        }
        count = written;
        keyLength = keyWritten;
    }

    private boolean isSingleLetter(int t) {
        return flags[t] == (WORD | HAS_LETTER | (flags[t] & (CAPITALISED | LOWER | ALL_CAPS))) && letters[t] == 1;
    }

    private boolean addToken(int kind, int from, int to, int bodyFrom, int previousEnd) {
        if (count == start.length) {
            grow();
        }
        int k = count;
        int flag = kind;
        int nameTo = to;
        if (kind == WORD
                && to - from >= 3
                && (text.charAt(to - 1) == 's' || text.charAt(to - 1) == 'S')
                && NameKeys.isApostrophe(text.charAt(to - 2))) {
            flag |= POSSESSIVE;
            nameTo = to - 2;
        }
        int upper = 0;
        int lower = 0;
        boolean firstLetterSeen = false;
        boolean lowerSeen = false;
        int ks = keyLength;
        ensureKeyRoom(nameTo - bodyFrom + 1);
        for (int i = bodyFrom; i < nameTo; ) {
            char c = text.charAt(i);
            boolean isUpper;
            boolean isLetter;
            if (c < 128) {
                isUpper = c >= 'A' && c <= 'Z';
                isLetter = isUpper || (c >= 'a' && c <= 'z');
                if (isLetter || (c >= '0' && c <= '9')) {
                    keys[keyLength] = isUpper ? (char) (c + 32) : c;
                    keySource[keyLength++] = i;
                }
                if (c >= '0' && c <= '9') {
                    flag |= HAS_DIGIT;
                }
                i++;
            } else {
                int cp = text.codePointAt(i);
                var folded = TextFolding.of(cp);
                String key = folded.key();
                ensureKeyRoom(key.length() + (nameTo - i) + 1);
                for (int p = 0; p < key.length(); p++) {
                    keys[keyLength] = key.charAt(p);
                    keySource[keyLength++] = i;
                }
                isLetter = folded.is(TextFolding.LETTER);
                isUpper = folded.is(TextFolding.UPPER);
                if (folded.is(TextFolding.DIGIT)) {
                    flag |= HAS_DIGIT;
                }
                i += Character.charCount(cp);
            }
            if (isLetter) {
                if (!firstLetterSeen) {
                    firstLetterSeen = true;
                    flag |= isUpper ? CAPITALISED : 0;
                } else if (isUpper && lowerSeen) {
                    flag |= CAMEL;
                }
                if (isUpper) {
                    upper++;
                } else {
                    lower++;
                    lowerSeen = true;
                }
            }
        }
        if (upper + lower == 0 && kind != WORD) {
            keyLength = ks;
            return false;
        }
        if (upper + lower > 0) {
            flag |= HAS_LETTER;
        }
        if (upper == 0 && lower > 0) {
            flag |= LOWER;
        } else if (lower == 0 && upper >= 2) {
            flag |= ALL_CAPS;
        }
        start[k] = from;
        end[k] = to;
        nameEnd[k] = nameTo;
        keyStart[k] = ks;
        keyEnd[k] = keyLength;
        letters[k] = upper + lower;
        keys[keyLength] = ' ';
        keySource[keyLength] = nameTo;
        keyLength++;
        flags[k] = flag;
        gap[k] = k == 0 ? GAP_START | describeGap(0, from) : describeGap(previousEnd, from);
        count++;
        return true;
    }

    private int describeGap(int from, int to) {
        int result = 0;
        int commas = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int kind = c < 128
                    ? ASCII_SPACING[c]
                    : TextFolding.of(text.codePointAt(i)).kind();
            if ((kind & TextFolding.SPACE) != 0) {
                result |= GAP_SPACE;
                space = true;
            } else if ((kind & TextFolding.LINE_BREAK) != 0) {
                result |= GAP_NEWLINE | GAP_SENTENCE;
                space = true;
            } else if (c == ',' || c == '\uFF0C') {
                commas++;
            } else if (NameKeys.isHyphen(c)) {
                result |= GAP_HYPHEN;
            } else if (c == '.') {
                result |= GAP_DOT;
            } else if (c == '!' || c == '?' || c == '\u2026' || c == ';' || c == ':') {
                result |= GAP_SENTENCE | GAP_STOP;
            } else if (c == '_') {
                result |= GAP_UNDERSCORE;
            } else if (c < 128 || !isInvisible(i)) {
                result |= GAP_OTHER;
            }
        }
        if ((result & GAP_DOT) != 0 && space) {
            result |= GAP_SENTENCE;
        }
        if (commas == 1) {
            result |= GAP_COMMA;
        } else if (commas > 1) {
            result |= GAP_COMMAS;
        }
        return result;
    }

    /** Spaces and line breaks among ASCII characters, as {@link TextFolding} kinds. */
    private static final int[] ASCII_SPACING = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACING[c] = TextFolding.of(c).kind() & (TextFolding.SPACE | TextFolding.LINE_BREAK);
        }
    }

    /** An invisible character (or a lone combining mark): no part of what separates two words. */
    private boolean isInvisible(int i) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return true; // the pair was judged at its first half
        }
        return TextFolding.of(text.codePointAt(i)).is(TextFolding.INSIDE_WORD);
    }

    private static boolean isHandleChar(char c) {
        return NameKeys.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private void ensureKeyRoom(int extra) {
        if (keyLength + extra + 1 > keys.length) {
            int size = Math.max(keys.length * 2, keyLength + extra + 16);
            keys = Arrays.copyOf(keys, size);
            keySource = Arrays.copyOf(keySource, size);
        }
    }

    private void grow() {
        int size = start.length * 2;
        start = Arrays.copyOf(start, size);
        end = Arrays.copyOf(end, size);
        nameEnd = Arrays.copyOf(nameEnd, size);
        keyStart = Arrays.copyOf(keyStart, size);
        keyEnd = Arrays.copyOf(keyEnd, size);
        flags = Arrays.copyOf(flags, size);
        gap = Arrays.copyOf(gap, size);
        letters = Arrays.copyOf(letters, size);
    }
}
