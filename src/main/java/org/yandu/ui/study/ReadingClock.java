package org.yandu.ui.study;

/**
 * Active reading time of the open speech. The reader is taken to be reading while the window has focus and
 * something happens (a scroll, a key, the mouse moving over the text) at least every {@link #IDLE_AFTER_NANOS};
 * a longer pause counts only up to that limit, like KOReader's "max time per page", so a window left open over
 * lunch adds two minutes, not an hour. Plain Java with the time passed in, so it is tested without a clock.
 */
public final class ReadingClock {
    static final long IDLE_AFTER_NANOS = 120_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private boolean focused = true;
    private boolean counting;
    private long lastActivity;
    /** Time up to here has been counted; never before {@link #lastActivity}. */
    private long countedUntil;
    /** Counted time not yet handed out by {@link #takeSeconds}; whole seconds leave, the rest waits. */
    private long pendingNanos;
    private long totalNanos;

    /** A speech was opened (or the reader came back to one): counting starts now, from zero. */
    public void start(long now) {
        counting = focused;
        lastActivity = now;
        countedUntil = now;
        pendingNanos = 0;
        totalNanos = 0;
    }

    /** The reader did something in the window. */
    public void activity(long now) {
        count(now);
        counting = focused;
        lastActivity = now;
        countedUntil = now;
    }

    /** The window gained or lost focus; time away from it is not reading. */
    public void focus(boolean hasFocus, long now) {
        count(now);
        focused = hasFocus;
        counting = hasFocus;
        lastActivity = now;
        countedUntil = now;
    }

    /** Hands out the whole seconds read since the last call, for saving; the fraction stays for the next. */
    public long takeSeconds(long now) {
        count(now);
        long seconds = pendingNanos / NANOS_PER_SECOND;
        pendingNanos -= seconds * NANOS_PER_SECOND;
        return seconds;
    }

    /** Seconds read since {@link #start}, including those already taken. */
    public long secondsSinceStart() {
        return totalNanos / NANOS_PER_SECOND;
    }

    private void count(long now) {
        if (!counting) {
            return;
        }
        long end = Math.min(now, lastActivity + IDLE_AFTER_NANOS);
        if (end > countedUntil) {
            pendingNanos += end - countedUntil;
            totalNanos += end - countedUntil;
            countedUntil = end;
        }
    }
}
