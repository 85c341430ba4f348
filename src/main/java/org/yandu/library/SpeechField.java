package org.yandu.library;

/**
 * The descriptive fields of a speech that search finds besides its paragraphs, in the order their matches are
 * shown: a title match is the best hit. The author is not one: every author the importer stores comes from a byline
 * it keeps as the speech's AUTHOR paragraph, at the speech's top, so a name is found there already.
 *
 * <p>The ordinal is the field's place in the field index's rowids (speech id * 4 + ordinal; see migration 015), so
 * the order is part of the library's format.
 */
public enum SpeechField {
    TITLE, SUBTITLE, ABSTRACT, KEYWORDS
}
