package org.yandu.search;

import java.util.List;

/**
 * A page of search results grouped by speech, speeches in the order of their best match.
 *
 * @param total paragraphs matching in the whole library, whatever page this is
 */
public record SearchResults(String query, int total, List<SpeechMatches> speeches) {
    public SearchResults {
        speeches = List.copyOf(speeches);
    }

    /** The matches of one speech on this page, in the order found. */
    public record SpeechMatches(long speechId, String title, List<Match> matches) {
        public SpeechMatches {
            matches = List.copyOf(matches);
        }
    }

    /**
     * One matching paragraph, shown by the sentence holding the match.
     *
     * @param highlightStart start of the matched text within {@code sentence}
     * @param highlightEnd end (exclusive) of the matched text within {@code sentence}
     */
    public record Match(long paragraphId, int paragraphPosition, String sentence, int highlightStart,
                        int highlightEnd) {
    }
}
