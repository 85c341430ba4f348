package org.yandu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.Function;

/**
 * Token lengths stored as where the tokens start: one bit per character of the paragraph (lowest bit first), set
 * where a token begins, and one more set bit just past the last character. Tokens cover the text without gaps, so
 * that is all of them, in an eighth of a byte per character (a varint per token took a byte per word).
 */
final class TokenLengths {
    private TokenLengths() {
    }

    static byte[] encode(int[] lengths) {
        int total = 0;
        for (int length : lengths) {
            if (length <= 0) {
                throw new IllegalArgumentException("a token has at least one character: " + Arrays.toString(lengths));
            }
            total += length;
        }
        byte[] starts = new byte[total / 8 + 1];
        int at = 0;
        for (int length : lengths) {
            starts[at >>> 3] |= (byte) (1 << (at & 7));
            at += length;
        }
        starts[at >>> 3] |= (byte) (1 << (at & 7));
        return starts;
    }

    static int[] decode(byte[] starts) {
        int[] lengths = new int[starts.length * 8];
        int count = 0;
        int previous = -1;
        for (int i = 0; i < starts.length; i++) {
            for (int bits = starts[i] & 0xFF; bits != 0; bits &= bits - 1) {
                int at = i * 8 + Integer.numberOfTrailingZeros(bits);
                if (previous >= 0) {
                    lengths[count++] = at - previous;
                }
                previous = at;
            }
        }
        return Arrays.copyOf(lengths, count);
    }

    /** The format libraries before version 9 stored: unsigned LEB128 varints, one per token. */
    static int[] decodeVarints(byte[] bytes) {
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

    /** Makes the conversion from the earlier format callable from SQL, for the migration that rewrites them. */
    static void register(Connection db) throws SQLException {
        Function.create(db, "yandu_token_starts", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(encode(decodeVarints(value_blob(0))));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
