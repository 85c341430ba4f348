package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stall arithmetic of the start-up marks, fed with frame moments as the FX thread's timer gives them. */
class FrameGapsTest {
    private static final long MS = 1_000_000;

    @Test
    void theLongestGapBetweenTwoFramesIsKeptInWholeMilliseconds() {
        FrameGaps gaps = new FrameGaps();
        assertEquals(0, gaps.longestMillis(), "no gap before the second frame");

        gaps.frame(1_000 * MS);
        gaps.frame(1_016 * MS);
        gaps.frame(1_140 * MS + MS / 2);
        gaps.frame(1_156 * MS);

        assertEquals(124, gaps.longestMillis());
    }

    @Test
    void theWatchGoesOnUntilTheSettleAfterTheLastFrameBeforeItWasEnded() {
        FrameGaps gaps = new FrameGaps();
        assertFalse(gaps.frame(0));
        assertFalse(gaps.frame(16 * MS));

        gaps.endAfter(2_000 * MS);

        assertFalse(gaps.frame(1_000 * MS), "still settling");
        assertFalse(gaps.frame(2_015 * MS));
        assertTrue(gaps.frame(2_016 * MS), "over at the settle's end");
        assertEquals(1_015, gaps.longestMillis(), "a stall in the settle counts");
    }

    @Test
    void aWatchEndedBeforeAnyFrameEndsAtTheFirst() {
        FrameGaps gaps = new FrameGaps();
        gaps.endAfter(2_000 * MS);

        assertTrue(gaps.frame(5 * MS));
        assertEquals(0, gaps.longestMillis());
    }
}
