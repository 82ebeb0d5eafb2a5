package app.safepost.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Ordinary English words (63,628 of them, from SCOWL as Debian's wbritish has them: see
 * {@code english-words.txt} and docs/decisions/0020-names-however-typed.md), to tell a surname
 * after a pupil's first name ("Amelia Earhart") from an ordinary word written with a capital ("Amelia
 * For A Great Week"). Loaded once, on first use, into one byte array of letters, their offsets and an
 * open-addressing table of word numbers: about 1.5 MB, and a look-up by a slice of folded keys makes
 * no string.
 */
final class EnglishWords {

    /** Among SCOWL's commonest words (its size 10): "for", "today", "class", "good". */
    static final int COMMONEST = 1;
    /** The word list also has it capitalised, as a name or a place: "Nightingale", "Bridges", "Lee". */
    static final int ALSO_A_NAME = 1 << 1;
    /** Not a word of the list. */
    static final int NOT_A_WORD = -1;

    private static final String RESOURCE = "english-words.txt";

    private final byte[] letters;
    private final int[] offsets;
    private final byte[] flags;
    private final int[] slots;
    private final int mask;

    private EnglishWords(byte[] letters, int[] offsets, byte[] flags, int words) {
        this.letters = letters;
        this.offsets = offsets;
        this.flags = flags;
        int capacity = Integer.highestOneBit(Math.max(4, words * 2)) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int w = 0; w < words; w++) {
            int slot = spread(hash(w)) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = w + 1;
        }
    }

    static EnglishWords list() {
        return Loaded.WORDS;
    }

    int size() {
        return offsets.length - 1;
    }

    /** The word's flags ({@link #COMMONEST}, {@link #ALSO_A_NAME}), or {@link #NOT_A_WORD}. */
    int lookUp(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = spread(hash) & mask;
        int word;
        while ((word = slots[slot]) != 0) {
            if (matches(word - 1, chars, from, to)) {
                return flags[word - 1];
            }
            slot = (slot + 1) & mask;
        }
        return NOT_A_WORD;
    }

    int lookUp(String word) {
        var chars = word.toCharArray();
        return lookUp(chars, 0, chars.length);
    }

    boolean contains(String word) {
        return lookUp(word) != NOT_A_WORD;
    }

    private boolean matches(int word, char[] chars, int from, int to) {
        int start = offsets[word];
        if (offsets[word + 1] - start != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (letters[start + i - from] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private int hash(int word) {
        int hash = 0;
        for (int i = offsets[word]; i < offsets[word + 1]; i++) {
            hash = 31 * hash + letters[i];
        }
        return hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static EnglishWords load() {
        var letters = new byte[640 * 1024];
        var offsets = new int[70_000];
        var flags = new byte[70_000];
        int words = 0;
        int length = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EnglishWords.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                int end = tab < 0 ? line.length() : tab;
                if (words + 2 > offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    flags = Arrays.copyOf(flags, flags.length * 2);
                }
                if (length + end > letters.length) {
                    letters = Arrays.copyOf(letters, letters.length * 2);
                }
                offsets[words] = length;
                for (int i = 0; i < end; i++) {
                    letters[length++] = (byte) line.charAt(i);
                }
                int flag = 0;
                for (int i = end + 1; i < line.length(); i++) {
                    flag |= line.charAt(i) == 'c' ? COMMONEST : line.charAt(i) == 'p' ? ALSO_A_NAME : 0;
                }
                flags[words++] = (byte) flag;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offsets[words] = length;
        return new EnglishWords(
                Arrays.copyOf(letters, length), Arrays.copyOf(offsets, words + 1), Arrays.copyOf(flags, words), words);
    }

    /** Loaded on first use, once per JVM. */
    private static final class Loaded {
        static final EnglishWords WORDS = load();
    }
}
