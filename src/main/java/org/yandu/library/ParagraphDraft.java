package org.yandu.library;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph as the importer found it, before it has an id in the library.
 *
 * @param headingLevel 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）; 0 unless kind is HEADING
 * @param leadIn the enumerating lead-in of a body paragraph (一是, 第一, 首先 …) for the outline, or null
 */
public record ParagraphDraft(ParagraphKind kind, int headingLevel, @Nullable String leadIn, String text) {
    public ParagraphDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (kind == ParagraphKind.HEADING && headingLevel < 1) {
            throw new IllegalArgumentException("a heading needs a level of 1 or more: " + text);
        }
    }

    public static ParagraphDraft body(String text) {
        return new ParagraphDraft(ParagraphKind.BODY, 0, null, text);
    }
}
