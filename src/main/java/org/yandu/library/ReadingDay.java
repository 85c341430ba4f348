package org.yandu.library;

import java.time.LocalDate;

/** Active reading time spent on one speech on one day, what the week's summary adds up. */
public record ReadingDay(LocalDate day, long seconds) {
}
