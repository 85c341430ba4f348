package org.yandu.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.SpeechField;

/**
 * A page of search results grouped by speech, speeches in the order of their best match.
 *
 * @param total fields and paragraphs matching in the whole library, whatever page this is: each is one match
 * @param exact false when more than {@code total} match (a search of the library stops counting at ten thousand)
 */
public record SearchResults(String query, int total, boolean exact, List<SpeechMatches> speeches) {
    public SearchResults {
        speeches = List.copyOf(speeches);
    }

    /** The matches of one speech on this page, in the order found: its fields' first. */
    public record SpeechMatches(long speechId, String title, List<Match> matches) {
        public SpeechMatches {
            matches = List.copyOf(matches);
        }
    }

    /**
     * One matching paragraph or field of a speech, shown by the sentence holding the match.
     *
     * @param field the field that matched, or null for a paragraph
     * @param paragraphId the matching paragraph; -1 for a field
     * @param paragraphPosition where the reader opens: the paragraph's position, or 0, the speech's top, for a field
     *     (the reader shows every field in the speech's header)
     * @param marks every occurrence of the query in {@code sentence}, in order; never empty
     */
    public record Match(@Nullable SpeechField field, long paragraphId, int paragraphPosition, String sentence,
                        List<TextMatches.Span> marks) {
        public Match {
            marks = List.copyOf(marks);
            if (marks.isEmpty()) {
                throw new IllegalArgumentException("a match marks at least one occurrence in " + sentence);
            }
        }

        /** Start of the first matched text within {@code sentence}: where the reader flashes when it opens. */
        public int highlightStart() {
            return marks.get(0).start();
        }

        /** End (exclusive) of the first matched text within {@code sentence}. */
        public int highlightEnd() {
            return marks.get(0).end();
        }
    }
}
