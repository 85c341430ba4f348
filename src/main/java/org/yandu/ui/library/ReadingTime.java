package org.yandu.ui.library;

import org.yandu.ui.base.Messages;

/** Reading time as a reader says it: "12 min", "1 h 5 min". */
public final class ReadingTime {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;

    private ReadingTime() {
    }

    public static String format(long seconds, Messages messages) {
        if (seconds > 0 && seconds < MINUTE) {
            return messages.get("time.underAMinute");
        }
        long minutes = seconds / MINUTE;
        return seconds < HOUR ? messages.format("time.minutes", minutes)
                : messages.format("time.hoursMinutes", seconds / HOUR, minutes % MINUTE);
    }
}
