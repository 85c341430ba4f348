package org.yandu.library;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Token lengths packed as unsigned LEB128 varints: one byte for nearly every Chinese word. */
final class TokenLengths {
    private TokenLengths() {
    }

    static byte[] encode(int[] lengths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lengths.length);
        for (int length : lengths) {
            if (length <= 0) {
                throw new IllegalArgumentException("a token has at least one character: " + Arrays.toString(lengths));
            }
            int rest = length;
            while (rest >= 0x80) {
                out.write(rest & 0x7F | 0x80);
                rest >>>= 7;
            }
            out.write(rest);
        }
        return out.toByteArray();
    }

    static int[] decode(byte[] bytes) {
        int[] lengths = new int[bytes.length];
        int count = 0;
        int value = 0;
        int shift = 0;
        for (byte b : bytes) {
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                lengths[count++] = value;
                value = 0;
                shift = 0;
            } else {
                shift += 7;
            }
        }
        return Arrays.copyOf(lengths, count);
    }
}
