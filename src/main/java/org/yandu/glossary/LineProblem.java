package org.yandu.glossary;

/**
 * A line of an input file that could not be used.
 *
 * @param line the 1-based line number
 * @param reason why, in plain words (e.g. {@code missing [pinyin]})
 * @param text the line itself, shortened to {@value #MAX_TEXT} characters
 */
public record LineProblem(int line, String reason, String text) {

    /** The longest excerpt of the line kept in a problem. */
    public static final int MAX_TEXT = 120;

    public LineProblem {
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason + (text == null || text.isEmpty() ? "" : " — " + text);
    }
}
