package org.yandu.library;

import java.time.Instant;
import java.util.List;

/**
 * A highlight or note in a speech. A highlight has a colour; a note on a whole paragraph may have none.
 * {@code quote}, {@code prefix} and {@code suffix} are the marked words and a little text on either side,
 * kept so the annotation can find its words again when the paragraphs change.
 *
 * @param paragraphId the paragraph it is on, or null when it is orphaned (its words could not be found)
 * @param start offset of the first marked character in the paragraph (meaningless when orphaned)
 * @param end offset after the last marked character (meaningless when orphaned)
 * @param color null for a plain note on a paragraph
 * @param note the reader's note, empty when there is none
 */
public record Annotation(long id, long speechId, Long paragraphId, int start, int end, String quote, String prefix,
                         String suffix, HighlightColor color, String note, List<String> tags, Instant created,
                         Instant updated) {
    public Annotation {
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
    }

    public boolean orphaned() {
        return paragraphId == null;
    }

    public boolean isHighlight() {
        return color != null;
    }
}
