package org.yandu.ui.app;

/**
 * The longest gap between frames of the FX thread, fed with each frame's moment in nanoseconds: a gap far over a
 * frame's 16 ms is a stall the reader sees (nothing redrawn, no key or click answered). Watches until a settle
 * after the moment it is told to end.
 */
final class FrameGaps {
    private static final long NONE = Long.MIN_VALUE;

    private long last = NONE;
    private long longest;
    private long end = Long.MAX_VALUE;

    /** Records a frame at {@code nanos}; true once it is past the end, when the watch is over. */
    boolean frame(long nanos) {
        if (last != NONE) {
            longest = Math.max(longest, nanos - last);
        }
        last = nanos;
        return nanos >= end;
    }

    /** Ends the watch {@code settleNanos} after the last frame recorded: what the start left to do still counts. */
    void endAfter(long settleNanos) {
        end = last == NONE ? Long.MIN_VALUE : last + settleNanos;
    }

    /** The longest gap between two frames so far, in whole milliseconds; 0 before the second frame. */
    long longestMillis() {
        return longest / 1_000_000;
    }
}
