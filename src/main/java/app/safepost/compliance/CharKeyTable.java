package app.safepost.compliance;

import java.util.Map;

/**
 * An immutable open-addressing map from strings to ints that can be queried with a slice of a char
 * array, so the hot path looks words up without making strings.
 */
final class CharKeyTable {

    static final int MISSING = -1;

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    CharKeyTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        });
    }

    /** The same hash as {@link String#hashCode()} of the slice. */
    static int hash(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    int get(char[] chars, int from, int to) {
        return get(chars, from, to, hash(chars, from, to));
    }

    int get(char[] chars, int from, int to, int hash) {
        int length = to - from;
        int slot = spread(hash) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (hashes[slot] == hash && key.length() == length && matches(key, chars, from)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    int get(String key) {
        var chars = key.toCharArray();
        return get(chars, 0, chars.length);
    }

    private static boolean matches(String key, char[] chars, int from) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
