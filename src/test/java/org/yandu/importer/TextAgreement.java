package org.yandu.importer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How far two imports of the same speech agree, as the quality bar measures it: the share of the characters
 * they have in the same order (their longest common subsequence), with full- and half-width punctuation folded
 * together and spaces left out.
 */
final class TextAgreement {
    private TextAgreement() {
    }

    /** The common subsequence's length over the longer text's: 1.0 for the same text. */
    static double inOrder(String a, String b) {
        String x = folded(a);
        String y = folded(b);
        return x.isEmpty() && y.isEmpty() ? 1.0 : (double) commonSubsequence(x, y) / Math.max(x.length(), y.length());
    }

    /** {@code text} with full- and half-width punctuation alike (，and ,) and without spacing. */
    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * The longest common subsequence by Hyyrö's bit-parallel method: the texts are speeches of tens of thousands of
     * characters, too many for the quadratic table.
     */
    static int commonSubsequence(String a, String b) {
        int words = (a.length() + 63) / 64;
        Map<Character, long[]> matches = new HashMap<>();
        for (int i = 0; i < a.length(); i++) {
            matches.computeIfAbsent(a.charAt(i), c -> new long[words])[i / 64] |= 1L << (i % 64);
        }
        long[] v = new long[words];
        Arrays.fill(v, -1L);
        for (int j = 0; j < b.length(); j++) {
            long[] m = matches.get(b.charAt(j));
            if (m != null) {
                step(v, m);
            }
        }
        int zeros = 0;
        for (int i = 0; i < a.length(); i++) {
            zeros += (v[i / 64] >>> (i % 64) & 1L) == 0 ? 1 : 0;
        }
        return zeros;
    }

    /** V = (V + U) | (V - U) with U = V &amp; M, over multi-word numbers. */
    private static void step(long[] v, long[] m) {
        long carry = 0;
        long borrow = 0;
        for (int w = 0; w < v.length; w++) {
            long u = v[w] & m[w];
            long sum = v[w] + u;
            long carried = Long.compareUnsigned(sum, v[w]) < 0 ? 1 : 0;
            sum += carry;
            carried |= carry == 1 && sum == 0 ? 1 : 0;
            long difference = v[w] - u;
            long borrowed = Long.compareUnsigned(v[w], u) < 0 ? 1 : 0;
            borrowed |= borrow == 1 && difference == 0 ? 1 : 0;
            difference -= borrow;
            v[w] = sum | difference;
            carry = carried;
            borrow = borrowed;
        }
    }
}
