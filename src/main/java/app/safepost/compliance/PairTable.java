package app.safepost.compliance;

import java.util.Map;

/** An immutable open-addressing map from a pair of ints to an int, without boxing. */
final class PairTable {

    static final int MISSING = -1;

    private final long[] keys;
    private final int[] values;
    private final boolean[] used;
    private final int mask;

    PairTable(Map<Long, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = spread(key) & mask;
            while (used[slot]) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            values[slot] = value;
        });
    }

    static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFFFFFFL);
    }

    int get(int first, int second) {
        long key = key(first, second);
        int slot = spread(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return MISSING;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
