package org.yandu.library;

import org.jspecify.annotations.Nullable;

/** One stored paragraph of a speech; position counts from 0 in reading order. */
public record Paragraph(long id, long speechId, int position, ParagraphKind kind, int headingLevel,
                        @Nullable String leadIn, String text) {
}
