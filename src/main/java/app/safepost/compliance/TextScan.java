package app.safepost.compliance;

/**
 * The words, hashtags and @handles of a text with their UTF-16 offsets, each word's normalised key
 * ({@link NameKeys}), its casing, and what separates it from the word before. Keys sit in one char
 * array with a single space after each, so the keys of consecutive words form one slice ("amelia
 * khan") that the roster index can look up directly. Plain arrays, no strings per word.
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

    /** Texts longer than this get their own arrays rather than a thread's reused ones. */
    private static final int REUSE_LIMIT = 4_000;
    private static final ThreadLocal<TextScan[]> REUSED = ThreadLocal.withInitial(
            () -> new TextScan[] {new TextScan(""), new TextScan("")});

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
        while (i < n) {
            char c = t.charAt(i);
            boolean afterWord = i > 0 && isTokenChar(t.charAt(i - 1));
            if ((c == '#' || c == '\uFF03') && !afterWord && i + 1 < n && isTagChar(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && isTagChar(t.charAt(j))) {
                    j++;
                }
                if (addToken(HASHTAG, i, j, i + 1, previousEnd)) {
                    previousEnd = j;
                }
                i = j;
            } else if (c == '@' && !afterWord && i + 1 < n && isHandleChar(t.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (isHandleChar(t.charAt(j))
                        || (t.charAt(j) == '@' && j + 1 < n && isHandleChar(t.charAt(j + 1))))) {
                    j++;
                }
                while (j > i + 1 && (t.charAt(j - 1) == '.' || t.charAt(j - 1) == '-')) {
                    j--;
                }
                if (addToken(HANDLE, i, j, i + 1, previousEnd)) {
                    previousEnd = j;
                }
                i = j;
            } else if (NameKeys.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = t.charAt(j);
                    if (NameKeys.isLetterOrDigit(d) || NameKeys.isWordInternal(d)) {
                        j++;
                    } else if (NameKeys.isApostrophe(d) && j + 1 < n && Character.isLetter(t.charAt(j + 1))
                            && Character.isLetter(t.charAt(j - 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                addToken(WORD, i, j, i, previousEnd);
                previousEnd = j;
                i = j;
            } else {
                i++;
            }
        }
    }

    private boolean addToken(int kind, int from, int to, int bodyFrom, int previousEnd) {
        if (count == start.length) {
            grow();
        }
        int k = count;
        int flag = kind;
        int nameTo = to;
        if (kind == WORD && to - from >= 3 && (text.charAt(to - 1) == 's' || text.charAt(to - 1) == 'S')
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
        for (int i = bodyFrom; i < nameTo; i++) {
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
            } else {
                ensureKeyRoom(NameKeys.MAX_FOLDED + (nameTo - i) + 1);
                isLetter = Character.isLetter(c);
                isUpper = isLetter && (Character.isUpperCase(c) || Character.isTitleCase(c));
                if (Character.isDigit(c)) {
                    flag |= HAS_DIGIT;
                }
                int before = keyLength;
                keyLength = NameKeys.fold(c, keys, keyLength);
                for (int p = before; p < keyLength; p++) {
                    keySource[p] = i;
                }
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
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')) {
                result |= GAP_SPACE;
                space = true;
            } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
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
            } else {
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

    private static boolean isTokenChar(char c) {
        return NameKeys.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isTagChar(char c) {
        return NameKeys.isLetterOrDigit(c) || c == '_' || NameKeys.isWordInternal(c);
    }

    private static boolean isHandleChar(char c) {
        return NameKeys.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private void ensureKeyRoom(int extra) {
        if (keyLength + extra + 1 > keys.length) {
            int size = Math.max(keys.length * 2, keyLength + extra + 16);
            keys = java.util.Arrays.copyOf(keys, size);
            keySource = java.util.Arrays.copyOf(keySource, size);
        }
    }

    private void grow() {
        int size = start.length * 2;
        start = java.util.Arrays.copyOf(start, size);
        end = java.util.Arrays.copyOf(end, size);
        nameEnd = java.util.Arrays.copyOf(nameEnd, size);
        keyStart = java.util.Arrays.copyOf(keyStart, size);
        keyEnd = java.util.Arrays.copyOf(keyEnd, size);
        flags = java.util.Arrays.copyOf(flags, size);
        gap = java.util.Arrays.copyOf(gap, size);
        letters = java.util.Arrays.copyOf(letters, size);
    }
}
