package org.yandu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yandu.BundledLibrary;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphHit;
import org.yandu.library.SearchGrams;
import org.yandu.library.Speech;
import org.yandu.library.SpeechField;

/** Search against plain substring truth on the bundled library. */
class LibrarySearchTest {
    @TempDir
    static Path dir;
    private static LibraryStore store;
    private static List<Paragraph> all;

    @BeforeAll
    static void importBundled() {
        store = LibraryStore.open(dir.resolve("library.db"));
        new Importer(store).importPaths(List.of(BundledLibrary.speeches()),
                ImportProgress.NONE);
        all = new ArrayList<>();
        for (Speech s : store.speeches()) {
            all.addAll(store.paragraphs(s.id()));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<Long> truth(String query) {
        String folded = SearchGrams.fold(query);
        return all.stream().filter(p -> SearchGrams.fold(p.text()).contains(folded)).map(Paragraph::id)
                .collect(Collectors.toSet());
    }

    /** Paragraphs holding every whitespace-separated part; none for a query without parts. */
    private static Set<Long> truthOfParts(String query) {
        Set<Long> result = null;
        for (String part : SearchGrams.fold(query).strip().split("\\s+", -1)) {
            if (!part.isEmpty()) {
                Set<Long> matching = truth(part);
                if (result == null) {
                    result = matching;
                } else {
                    result.retainAll(matching);
                }
            }
        }
        return result == null ? Set.of() : result;
    }

    private static Set<Long> found(String query) {
        return store.search(query, 100_000, 0).hits().stream().map(h -> h.paragraph().id()).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"民", "党", "，", "“", "9", "民生", "群众", "干部", "为民", "人民", "党的", "路线是",
            "为人民", "中国梦", "执政为民", "群众路线", "为人民服务", "从群众中来", "血肉联系", "9月28日", "“鱼水相依”",
            "党的群众路线教育实践活动", "乐民之乐者,民亦乐其乐", "145次"})
    void everyParagraphContainingTheQueryIsFound(String query) {
        Set<Long> expected = truth(query);
        assertTrue(!expected.isEmpty(), "the query should occur: " + query);
        assertEquals(expected, found(query));
        assertEquals(expected.size(), store.search(query, 5, 0).total());
    }

    @Test
    void recallHoldsForEveryWindowOfARealParagraph() {
        String text = all.stream().filter(p -> p.text().length() > 60).findFirst().orElseThrow().text();
        for (int length = 1; length <= 5; length++) {
            for (int start = 0; start + length <= 60; start += 7) {
                String query = text.substring(start, start + length);
                if (!query.isBlank()) {
                    assertEquals(truth(query), found(query), query);
                }
            }
        }
    }

    /** A query typed in traditional characters finds what its simplified form finds (issue #15). */
    @ParameterizedTest
    @CsvSource({"群眾路線, 群众路线", "為人民服務, 为人民服务", "黨的建設, 党的建设"})
    void aTraditionalQueryFindsWhatItsSimplifiedFormFinds(String traditional, String simplified) {
        LibrarySearch search = new LibrarySearch(store);
        SearchResults asked = search.search(traditional, 0, 1000);
        assertTrue(asked.total() > 0, traditional);
        assertEquals(search.search(simplified, 0, 1000).total(), asked.total());
        assertEquals(traditional, asked.query(), "the results name the query as typed");
    }

    @Test
    void partsSeparatedBySpacesMustAllOccur() {
        Set<Long> both = new HashSet<>(truth("群众"));
        both.retainAll(truth("改革"));
        assertTrue(!both.isEmpty() && both.size() < truth("群众").size());
        assertEquals(both, truthOfParts("群众 改革"));
        assertEquals(both, found("群众 改革"));
        assertEquals(both, found("  群众\t改革 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "AND", "OR", "NOT", "群众 OR", "NEAR(群众 路线)", "*", "群*", "(", ")",
            "^群众", "a:b", "unigrams:x", "'", "\\", "\uD83D", "群\uDC00众", "%", "_", "--", ";DROP TABLE paragraphs;",
            "", "   ", "\u3000"})
    void hostileQueriesNeverFail(String query) {
        assertEquals(truthOfParts(query), found(query), query);
    }

    @Test
    void resultsAreGroupedBySpeechWithTheMatchedSentence() {
        SearchResults results = new LibrarySearch(store).search("血肉联系", 0, 20);
        assertEquals(truth("血肉联系").size(), results.total());
        Set<Long> speeches = new HashSet<>();
        for (SearchResults.SpeechMatches speech : results.speeches()) {
            assertTrue(speeches.add(speech.speechId()), "each speech once per page");
            for (SearchResults.Match m : speech.matches()) {
                assertEquals("血肉联系", m.sentence().substring(m.highlightStart(), m.highlightEnd()));
                assertTrue(m.sentence().length() <= 122, m.sentence());
            }
        }
        List<ParagraphHit> page2 = store.search("群众", 10, 10).hits();
        List<ParagraphHit> page1 = store.search("群众", 10, 0).hits();
        assertTrue(page1.stream().noneMatch(page2::contains), "pages do not overlap");
    }

    @Test
    void everyOccurrenceInTheSentenceIsMarked() {
        int twice = 0;
        for (SearchResults.SpeechMatches speech : new LibrarySearch(store).search("人民", 0, 200).speeches()) {
            for (SearchResults.Match m : speech.matches()) {
                int occurrences = m.sentence().split("人民", -1).length - 1;
                assertEquals(occurrences, m.marks().size(), m.sentence());
                twice += occurrences > 1 ? 1 : 0;
            }
        }
        assertTrue(twice > 0, "some sentence holds the word twice, else this proves nothing");
    }

    /** The speech's title, abstract and keywords are found as such, by a traditional query too, and come first. */
    @Test
    void aSpeechsFieldsAreFoundFirstAndLabelledByATraditionalQueryToo() {
        LibrarySearch search = new LibrarySearch(store);
        SearchResults title = search.search("植根人民溯黨源", 0, 20);
        assertEquals(1, title.total(), "the title, not its title line again");
        SearchResults.Match titleMatch = title.speeches().get(0).matches().get(0);
        assertEquals(SpeechField.TITLE, titleMatch.field());
        assertEquals(0, titleMatch.paragraphPosition(), "opens at the speech's top");
        assertEquals("植根人民溯党源", titleMatch.sentence().substring(titleMatch.highlightStart(),
                titleMatch.highlightEnd()));

        List<SearchResults.Match> power = search.search("用權", 0, 20).speeches().get(0).matches();
        assertEquals(SpeechField.ABSTRACT, power.get(0).field());
        assertEquals(SpeechField.KEYWORDS, power.get(1).field());
        assertEquals("党的群众路线；党员干部；为政；服务；用权；整风", power.get(1).sentence());
        int at = power.get(1).sentence().indexOf("用权");
        assertEquals(List.of(new TextMatches.Span(at, at + 2)), power.get(1).marks());
        assertTrue(power.subList(2, power.size()).stream().allMatch(m -> m.field() == null), "paragraphs after");
    }
}
