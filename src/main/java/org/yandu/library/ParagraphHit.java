package org.yandu.library;

/** A paragraph that matched a search, with the speech it belongs to. */
public record ParagraphHit(Paragraph paragraph, String speechTitle) {
}
