package org.yandu.library;

import org.yandu.failure.Explanation;

/**
 * Characters asked for that a paragraph does not have. It carries the offsets and the paragraph's length, so a
 * caller names the paragraph as its user knows it (the command line by the number {@code show} prints), never
 * by the library's row id.
 */
public class RangeOutsideParagraphException extends LibraryException {
    private final int start;
    private final int end;
    private final int length;

    public RangeOutsideParagraphException(int start, int end, int length) {
        super("Characters " + start + " to " + end + " are not in the paragraph (it has " + length + " characters)",
                Explanation.of(LibraryProblem.RANGE_OUTSIDE, start, end, length));
        this.start = start;
        this.end = end;
        this.length = length;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int length() {
        return length;
    }
}
