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
 * @param passage for a highlight across paragraphs, the id of its first part (see {@link Passages}); else null
 */
public record Annotation(long id, long speechId, @Nullable Long paragraphId, int start, int end, String quote,
                         String prefix, String suffix, @Nullable HighlightColor color, String note, List<String> tags,
                         Instant created, Instant updated, @Nullable Suggestion suggestion,
                         @Nullable Long passage) {
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
                updated, suggestion, passage);
    }

    /** The passage as one: this first part's place and note, the quote of every part, the last part's suffix. */
    Annotation asPassage(String joinedQuote, String lastSuffix) {
        return new Annotation(id, speechId, paragraphId, start, end, joinedQuote, prefix, lastSuffix, color, note, tags,
                created, updated, suggestion, passage);
    }

    /** Whether it is (a part of, or the whole of) a highlight across paragraphs. */
    public boolean inPassage() {
        return passage != null;
    }

    /** The id that names what the reader made: the passage's first part, or this annotation itself. */
    public long passageKey() {
        return passage == null ? id : passage;
    }

    /** A part of a passage after its first: it carries no note or tags of its own. */
    public boolean continuesPassage() {
        return passage != null && passage.longValue() != id;
    }

    public boolean orphaned() {
        return paragraphId == null;
    }

    public boolean isHighlight() {
        return color != null;
    }
}
