package org.yandu.library;

/** What role a paragraph plays in a speech; the reader styles each kind differently. */
public enum ParagraphKind {
    TITLE, SUBTITLE, AUTHOR, HEADING, BODY
}
