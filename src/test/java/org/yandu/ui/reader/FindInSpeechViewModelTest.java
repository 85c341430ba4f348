package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.ui.reader.FindInSpeechViewModel.Hit;

/** Find in the open speech: what is counted, which match is current, and how next and previous move. */
class FindInSpeechViewModelTest {
    private static final List<String> SPEECH = List.of("长篇讲话", "人民至上，人民是根本。", "没有这个词。",
            "为人民服务。");

    private static FindInSpeechViewModel find(String query, int atItem) {
        FindInSpeechViewModel find = new FindInSpeechViewModel();
        find.search(SPEECH, atItem);
        find.queryProperty().set(query);
        return find;
    }

    @Test
    void everyOccurrenceIsCountedInOrder() {
        FindInSpeechViewModel find = find("人民", 0);
        assertEquals(List.of(new Hit(1, 0, 2), new Hit(1, 5, 7), new Hit(3, 1, 3)), find.hitsProperty().get());
        assertEquals(0, find.currentProperty().get());
    }

    @Test
    void nextAndPreviousWrapAround() {
        FindInSpeechViewModel find = find("人民", 0);
        find.next();
        find.next();
        assertEquals(new Hit(3, 1, 3), find.currentHit());
        find.next();
        assertEquals(0, find.currentProperty().get(), "after the last, the first");
        find.previous();
        assertEquals(2, find.currentProperty().get(), "before the first, the last");
    }

    @Test
    void theFirstCurrentMatchIsWhereTheReaderIs() {
        assertEquals(new Hit(3, 1, 3), find("人民", 2).currentHit());
        assertEquals(new Hit(1, 0, 2), find("人民", 4).currentHit(), "none after the reader: from the top");
    }

    @Test
    void matchingIsLibrarySearchsFolding() {
        FindInSpeechViewModel find = new FindInSpeechViewModel();
        find.search(List.of("ＡＢＣ与abc"), 0);
        find.queryProperty().set("Abc");
        assertEquals(2, find.hitsProperty().get().size(), "full width and case fold as in library search");
    }

    @Test
    void anEmptyQueryOrNoMatchHasNoCurrent() {
        for (String query : List.of("", "   ", "不存在")) {
            FindInSpeechViewModel find = find(query, 0);
            assertEquals(List.of(), find.hitsProperty().get());
            assertEquals(-1, find.currentProperty().get());
            assertNull(find.currentHit());
            find.next();
            find.previous();
            assertEquals(-1, find.currentProperty().get(), "next and previous do nothing: " + query);
        }
    }

    @Test
    void changingTheQueryFindsAgainFromTheCurrentMatch() {
        FindInSpeechViewModel find = find("人民", 0);
        find.next();
        find.next();
        find.queryProperty().set("人");
        assertEquals(new Hit(3, 1, 2), find.currentHit());
    }
}
