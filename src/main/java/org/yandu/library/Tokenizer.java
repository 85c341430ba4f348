package org.yandu.library;

/**
 * Splits a paragraph's text into words: the lengths of consecutive tokens that cover the text exactly. An import
 * calls it on its worker thread, not the caller's.
 */
@FunctionalInterface
public interface Tokenizer {
    int[] tokenLengths(String text);
}
