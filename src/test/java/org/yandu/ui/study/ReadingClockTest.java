package org.yandu.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Active reading time: pauses count up to the idle limit, time away from the window not at all. */
class ReadingClockTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long IDLE = ReadingClock.IDLE_AFTER_NANOS;

    @Test
    void timeBetweenActivitiesCountsAndFractionsWaitForTheNextSave() {
        ReadingClock clock = new ReadingClock();
        clock.start(0);
        clock.activity(10 * SECOND);
        clock.activity(25 * SECOND + SECOND / 2);
        assertEquals(25, clock.takeSeconds(25 * SECOND + SECOND / 2));
        clock.activity(30 * SECOND);
        assertEquals(5, clock.takeSeconds(30 * SECOND), "the half second left over joins the next save");
        assertEquals(30, clock.secondsSinceStart());
    }

    @Test
    void aLongPauseCountsOnlyUpToTheIdleLimitEvenAcrossSaves() {
        ReadingClock clock = new ReadingClock();
        clock.start(0);
        long taken = 0;
        for (long t = 30 * SECOND; t <= 3600 * SECOND; t += 30 * SECOND) {
            taken += clock.takeSeconds(t);
        }
        assertEquals(IDLE / SECOND, taken, "a window left open for an hour adds the idle limit, not an hour");
        clock.activity(3700 * SECOND);
        clock.activity(3710 * SECOND);
        assertEquals(10, clock.takeSeconds(3710 * SECOND), "reading again counts again");
    }

    @Test
    void timeWithoutFocusIsNotReading() {
        ReadingClock clock = new ReadingClock();
        clock.start(0);
        clock.activity(20 * SECOND);
        clock.focus(false, 30 * SECOND);
        clock.activity(60 * SECOND);
        assertEquals(30, clock.takeSeconds(90 * SECOND), "nothing counts between losing focus and regaining it");
        clock.focus(true, 100 * SECOND);
        clock.activity(110 * SECOND);
        assertEquals(10, clock.takeSeconds(110 * SECOND));
    }

    @Test
    void startingAgainResetsTheCountButNotTheFocus() {
        ReadingClock clock = new ReadingClock();
        clock.focus(false, 0);
        clock.start(5 * SECOND);
        clock.activity(50 * SECOND);
        assertEquals(0, clock.takeSeconds(60 * SECOND));
        clock.focus(true, 60 * SECOND);
        clock.start(60 * SECOND);
        clock.activity(70 * SECOND);
        assertEquals(10, clock.secondsSinceStart());
    }
}
