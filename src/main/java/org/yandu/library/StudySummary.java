package org.yandu.library;

/** What the reader did since a moment (e.g. the start of this week). */
public record StudySummary(int speechesRead, int notesWritten, long secondsRead) {
}
