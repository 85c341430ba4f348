package org.yandu.library;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
 * @param suggestion when orphaned, where its words may be now, for the reader to accept or not; else null
 */
public record Annotation(long id, long speechId, @Nullable Long paragraphId, int start, int end, String quote,
                         String prefix, String suffix, @Nullable HighlightColor color, String note, List<String> tags,
                         Instant created, Instant updated, @Nullable Suggestion suggestion) {
    /** Characters {@code [start, end)} of a paragraph of the speech that may hold an orphaned annotation's words. */
    public record Suggestion(long paragraphId, int start, int end) {
    }

    public Annotation {
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
    }

    /** The same annotation with another note (what is being typed, before it is saved). */
    public Annotation withNote(String text) {
        return new Annotation(id, speechId, paragraphId, start, end, quote, prefix, suffix, color, text, tags, created,
                updated, suggestion);
    }

    public boolean orphaned() {
        return paragraphId == null;
    }

    public boolean isHighlight() {
        return color != null;
    }
}
