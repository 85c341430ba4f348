package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenLengthsTest {
    @Test
    void lengthsComeBackAsTheyWent() {
        for (int[] lengths : List.of(new int[] {}, new int[] {1}, new int[] {2, 2, 2, 1}, new int[] {7, 1},
                new int[] {8}, new int[] {1, 300, 9, 1, 1, 16})) {
            assertArrayEquals(lengths, TokenLengths.decode(TokenLengths.encode(lengths)));
        }
    }

    @Test
    void aParagraphTakesABitPerCharacter() {
        assertEquals(126 / 8 + 1, TokenLengths.encode(new int[] {2, 4, 100, 20}).length);
    }

    @Test
    void theEarlierVarintsConvert() {
        byte[] varints = {2, 2, (byte) 0xAC, 0x02, 1};
        assertArrayEquals(new int[] {2, 2, 300, 1}, TokenLengths.decodeVarints(varints));
    }

    @Test
    void anEmptyTokenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TokenLengths.encode(new int[] {3, 0}));
    }
}
