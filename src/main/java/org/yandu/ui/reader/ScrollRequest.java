package org.yandu.ui.reader;

/**
 * Asks the reader view to bring a display item to the top. The serial makes a repeated jump to the same
 * place a new value, so listeners see it.
 */
public record ScrollRequest(int itemIndex, long serial) {
}
