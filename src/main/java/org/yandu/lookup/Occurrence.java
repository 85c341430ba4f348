package org.yandu.lookup;

/**
 * One place a word occurs in the library, shown by its sentence; clicking it opens the speech there.
 *
 * @param offset where the word starts in the paragraph's text
 */
public record Occurrence(long speechId, String speechTitle, long paragraphId, int paragraphPosition, int offset,
                         String sentence, int highlightStart, int highlightEnd) {
}
