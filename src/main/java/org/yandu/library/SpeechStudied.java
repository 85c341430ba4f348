package org.yandu.library;

/**
 * One speech the reader worked on since a moment: the active reading time, the highlights and notes made, and
 * whether it was finished in that time.
 */
public record SpeechStudied(long speechId, String title, long secondsRead, int notesWritten, boolean finished) {
}
