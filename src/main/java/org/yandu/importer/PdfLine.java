package org.yandu.importer;

/**
 * One line of text as a PDF page places it, in points from the page's top left corner.
 *
 * @param left where its first visible character starts (a leading space glyph does not count, so text indented
 *     with typed full-width spaces reads as indented)
 * @param right where its last character ends
 * @param baseline how far down the page it sits
 * @param size its largest font size, as printed (scaling included)
 */
record PdfLine(String text, float left, float right, float baseline, float size) {
}
