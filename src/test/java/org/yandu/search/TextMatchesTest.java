package org.yandu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.search.TextMatches.Span;

/** Every occurrence of every part of a query, as the search results and the find bar mark them. */
class TextMatchesTest {
    @Test
    void everyOccurrenceNotOnlyTheFirst() {
        assertEquals(List.of(new Span(0, 2), new Span(5, 7)), TextMatches.of("人民至上，人民是根本。", "人民"));
    }

    @Test
    void everyPartOverlappingOnesJoined() {
        assertEquals(List.of(new Span(0, 3), new Span(4, 6)), TextMatches.of("为人民，人民群众", "为人 人民"));
    }

    @Test
    void foldedAsLibrarySearch() {
        assertEquals(List.of(new Span(0, 3), new Span(4, 7)), TextMatches.of("ＡＢＣ与abc", "aBc"));
    }

    @Test
    void aBlankQueryMatchesNothing() {
        assertEquals(List.of(), TextMatches.of("人民", " "));
    }
}
