package org.yandu.library;

import java.util.function.LongConsumer;

/**
 * The distinct 4-character shingles of a text, each as its four UTF-16 units packed into a long (so the set is
 * exact), kept in an open-addressing hash table: a speech's couple of thousand are collected and compared several
 * times faster than sorted.
 */
final class Shingles {
    static final int LENGTH = 4;
    private static final long EMPTY = 0;
    /** 65,536 slots (512 KB): a table sized for all shingles distinct up to a text of 32,768 characters. */
    private static final int MAX_INITIAL_BITS = 16;

    private final long[] slots;
    private final int shift;
    private final boolean hasEmpty;
    private final int size;

    private Shingles(long[] slots, int shift, boolean hasEmpty, int size) {
        this.slots = slots;
        this.shift = shift;
        this.hasEmpty = hasEmpty;
        this.size = size;
    }

    static Shingles of(String text) {
        int count = Math.max(0, text.length() - LENGTH + 1);
        // Sized for all shingles distinct, up to a cap: a very long text repeats most of its shingles, and a table
        // sized by its length alone took 512 MB for one of 17 million characters. Past the cap it grows as it fills.
        int bits = Math.min(MAX_INITIAL_BITS, Math.max(1, 33 - Integer.numberOfLeadingZeros(count)));
        long[] slots = new long[1 << bits];
        boolean hasEmpty = false;
        int size = 0;
        for (int i = 0; i < count; i++) {
            long shingle = (long) text.charAt(i) << 48 | (long) text.charAt(i + 1) << 32
                    | (long) text.charAt(i + 2) << 16 | text.charAt(i + 3);
            if (shingle == EMPTY) {
                size += hasEmpty ? 0 : 1;
                hasEmpty = true;
            } else if (add(slots, shingle) && ++size * 2 > slots.length) {
                slots = grown(slots);
            }
        }
        return new Shingles(slots, 64 - Integer.numberOfTrailingZeros(slots.length), hasEmpty, size);
    }

    /** Whether {@code shingle} was new to the table, which has room for it. */
    private static boolean add(long[] slots, long shingle) {
        int at = slot(shingle, 64 - Integer.numberOfTrailingZeros(slots.length));
        while (slots[at] != EMPTY && slots[at] != shingle) {
            at = (at + 1) & (slots.length - 1);
        }
        boolean added = slots[at] == EMPTY;
        slots[at] = shingle;
        return added;
    }

    private static long[] grown(long[] slots) {
        long[] larger = new long[slots.length * 2];
        for (long shingle : slots) {
            if (shingle != EMPTY) {
                add(larger, shingle);
            }
        }
        return larger;
    }

    int size() {
        return size;
    }

    /** How many shingles the two sets share. */
    int common(Shingles other) {
        if (other.size < size) {
            return other.common(this);
        }
        int common = hasEmpty && other.hasEmpty ? 1 : 0;
        for (long shingle : slots) {
            common += shingle != EMPTY && other.contains(shingle) ? 1 : 0;
        }
        return common;
    }

    void forEach(LongConsumer action) {
        if (hasEmpty) {
            action.accept(EMPTY);
        }
        for (long shingle : slots) {
            if (shingle != EMPTY) {
                action.accept(shingle);
            }
        }
    }

    private boolean contains(long shingle) {
        for (int at = slot(shingle, shift); slots[at] != EMPTY; at = (at + 1) & (slots.length - 1)) {
            if (slots[at] == shingle) {
                return true;
            }
        }
        return false;
    }

    /** Fibonacci hashing: the top bits of the product, so all four characters count. */
    private static int slot(long shingle, int shift) {
        return (int) ((shingle * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
