package org.yandu.library;

/**
 * A descriptive field of a speech that matched a search.
 *
 * @param text the field's whole text; keywords joined by {@code ；}
 */
public record FieldHit(long speechId, String speechTitle, SpeechField field, String text) {
}
