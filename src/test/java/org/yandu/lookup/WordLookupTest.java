package org.yandu.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.glossary.GlossarySource;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;

class WordLookupTest {
    @TempDir
    static Path dir;
    private static LibraryStore store;
    private static WordLookup lookup;

    @BeforeAll
    static void library() {
        BundledLibrary bundled = BundledLibrary.open(dir);
        store = bundled.store();
        lookup = new WordLookup(store, bundled.glossary());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static int occurrences(String word, Long speechId) {
        int count = 0;
        for (Speech s : store.speeches()) {
            if (speechId != null && s.id() != speechId) {
                continue;
            }
            for (Paragraph p : store.paragraphs(s.id())) {
                for (int at = p.text().indexOf(word); at >= 0; at = p.text().indexOf(word, at + 1)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aStudyTermShowsItsReadingEntriesCountsAndEveryOccurrence() {
        Speech guide = store.speeches().stream().filter(s -> s.title().equals("新形势下党的群众工作的根本指南"))
                .findFirst().orElseThrow();
        WordInfo info = lookup.lookup("群众路线", guide.id());
        assertEquals("qún zhòng lù xiàn", info.pinyin());
        assertEquals(GlossarySource.STUDY, info.entries().exact().get(0).source());
        assertEquals(occurrences("群众路线", null), info.countInLibrary());
        assertEquals(occurrences("群众路线", guide.id()), info.countInSpeech());
        assertTrue(info.countInSpeech() > 0 && info.countInLibrary() > info.countInSpeech());
        assertEquals(guide.id(), info.concordance().get(0).speechId(), "the open speech's occurrences come first");
        for (Occurrence o : info.concordance()) {
            assertEquals("群众路线", o.sentence().substring(o.highlightStart(), o.highlightEnd()));
        }
        assertTrue(info.concordance().size() <= WordLookup.CONCORDANCE_LIMIT);
    }

    @Test
    void pinyinFollowsTheGlossaryWhereHanlpIsWrong() {
        assertEquals("wèi rén mín fú wù", lookup.lookup("为人民服务", null).pinyin());
    }

    @Test
    void aWordWithNoEntryFallsBackToItsParts() {
        WordInfo info = lookup.lookup("群众满意度", null);
        assertTrue(info.entries().exact().isEmpty());
        assertFalse(info.entries().parts().isEmpty());
        assertEquals("qún zhòng mǎn yì dù", info.pinyin());
    }

    @Test
    void traditionalTextIsLookedUpUnderItsSimplifiedForm() {
        WordInfo info = lookup.lookup("群眾路線", null);
        assertEquals("群众路线", info.form());
        assertEquals(occurrences("群众路线", null), info.countInLibrary());
    }
}
