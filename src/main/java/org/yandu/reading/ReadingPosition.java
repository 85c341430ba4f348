package org.yandu.reading;

/**
 * Where the reader was: a speech and the paragraph at the top of the view.
 * Paragraph positions are the library's, so the place survives changes to how the header is shown.
 */
public record ReadingPosition(long speechId, int paragraph) {
    public static ReadingPosition parse(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a reading position: " + value);
        }
        return new ReadingPosition(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }

    public String format() {
        return speechId + ":" + paragraph;
    }
}
