package org.yandu.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yandu.library.FieldHit;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphHit;
import org.yandu.library.SearchGrams;
import org.yandu.library.SearchPage;
import org.yandu.library.SpeechField;
import org.yandu.search.SearchResults.Match;
import org.yandu.search.SearchResults.SpeechMatches;
import org.yandu.text.ChineseText;

/**
 * Search over the whole library: substring matches of every query part in speeches' fields (title, subtitle,
 * abstract, keywords) and paragraphs, grouped by speech, with sentences.
 */
public final class LibrarySearch {
    private final LibraryStore store;

    public LibrarySearch(LibraryStore store) {
        this.store = store;
    }

    /**
     * Page {@code page} (from 0) of {@code pageSize} matching fields and paragraphs, fields first. A query in
     * traditional characters (群眾路線) finds what its simplified form finds, as the speeches are written.
     */
    public SearchResults search(String asked, int page, int pageSize) {
        String query = ChineseText.simplified(asked);
        SearchPage found = store.searchLibrary(query, pageSize, page * pageSize);
        String firstPart = SearchGrams.foldQuery(query).strip().split("\\s+", -1)[0];
        Map<Long, List<Match>> bySpeech = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (FieldHit hit : found.fields()) {
            titles.put(hit.speechId(), hit.speechTitle());
            bySpeech.computeIfAbsent(hit.speechId(), id -> new ArrayList<>())
                    .add(match(hit.field(), -1, 0, hit.text(), query, firstPart));
        }
        for (ParagraphHit hit : found.hits()) {
            long speechId = hit.paragraph().speechId();
            titles.put(speechId, hit.speechTitle());
            bySpeech.computeIfAbsent(speechId, id -> new ArrayList<>()).add(match(null, hit.paragraph().id(),
                    hit.paragraph().position(), hit.paragraph().text(), query, firstPart));
        }
        List<SpeechMatches> speeches = new ArrayList<>();
        bySpeech.forEach((id, matches) -> speeches.add(new SpeechMatches(id, titles.getOrDefault(id, ""), matches)));
        return new SearchResults(asked, found.total(), found.exact(), speeches);
    }

    /**
     * The sentence around the first part's first occurrence, with every part's occurrences in it marked; a title,
     * subtitle or keyword list whole, short as they are (the keywords' separator ends a sentence).
     */
    private static Match match(@Nullable SpeechField field, long paragraphId, int position, String text, String query,
                               String firstPart) {
        int at = Math.max(0, SearchGrams.fold(text).indexOf(firstPart));
        Sentence sentence = field == null || field == SpeechField.ABSTRACT
                ? Sentence.around(text, at, at + firstPart.length()) : new Sentence(text, at, at + firstPart.length());
        List<TextMatches.Span> marks = TextMatches.of(sentence.text(), query);
        if (marks.isEmpty()) {
            marks = List.of(new TextMatches.Span(sentence.highlightStart(), sentence.highlightEnd()));
        }
        return new Match(field, paragraphId, position, sentence.text(), marks);
    }
}
