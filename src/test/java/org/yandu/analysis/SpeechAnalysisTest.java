package org.yandu.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;

class SpeechAnalysisTest {
    @TempDir
    static Path dir;
    private static LibraryStore store;
    private static GlossaryService glossary;
    private static SpeechAnalysis analysis;

    @BeforeAll
    static void library() {
        BundledLibrary bundled = BundledLibrary.open(dir);
        store = bundled.store();
        glossary = bundled.glossary();
        analysis = new SpeechAnalysis(store, glossary.text());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long speech(String title) {
        return store.speeches().stream().filter(s -> s.title().equals(title)).map(Speech::id).findFirst().orElseThrow();
    }

    @Test
    void keywordsAreComputedOnceAndKeptInTheLibrary() {
        long id = speech("新形势下党的群众工作的根本指南");
        assertTrue(store.analysis(id, "keywords").isEmpty());
        List<String> keywords = analysis.keywords(id);
        assertTrue(keywords.contains("群众"), keywords.toString());
        assertTrue(keywords.size() <= SpeechAnalysis.KEYWORDS);
        assertTrue(keywords.stream().allMatch(k -> k.length() >= 2), keywords.toString());
        assertEquals(String.join("\n", keywords), store.analysis(id, "keywords").orElseThrow());
        store.putAnalysis(id, "keywords", "缓存\n命中");
        assertEquals(List.of("缓存", "命中"), analysis.keywords(id), "the cached value is used, not recomputed");
    }

    @Test
    void theSummaryIsSentencesOfTheSpeech() {
        long id = speech("植根人民溯党源 心系群众谋发展");
        String summary = analysis.summary(id, 3);
        assertFalse(summary.isBlank());
        assertEquals(summary, store.analysis(id, "summary.3").orElseThrow());
    }

    @Test
    void glossaryCandidatesAreFrequentPhrasesInNoGlossary() {
        List<String> candidates = analysis.glossaryCandidates(glossary.glossary(), 10);
        assertFalse(candidates.isEmpty());
        assertTrue(candidates.stream().noneMatch(glossary.glossary()::contains), candidates.toString());
    }
}
