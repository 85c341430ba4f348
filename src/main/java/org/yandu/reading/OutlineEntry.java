package org.yandu.reading;

/**
 * One line of the outline: a heading, or a body paragraph's lead-in indented under its heading.
 *
 * @param depth indentation, 0 for the speech's top heading level
 * @param itemIndex the display item to jump to
 */
public record OutlineEntry(String label, int depth, int itemIndex, boolean leadIn) {
}
