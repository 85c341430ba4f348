package org.yandu.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.GlossarySource;
import org.yandu.glossary.UserGlossaryCsv;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.UserTerm;
import org.yandu.lookup.Occurrence;
import org.yandu.lookup.WordLookup;
import org.yandu.reading.SpeechDocument;
import org.yandu.search.LibrarySearch;
import org.yandu.search.SearchResults;
import org.yandu.settings.Language;
import org.yandu.text.Tones;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SameThreadTaskExecutor;
import org.yandu.ui.glossary.GlossaryViewModel;
import org.yandu.ui.reader.ReaderText;
import org.yandu.ui.reader.SpeechWords;
import org.yandu.ui.reader.WordPopoverViewModel;
import org.yandu.ui.search.SearchViewModel;

/** The popover, word, search and glossary view-models on a real library of the bundled speeches. */
class StudyViewModelsTest {
    @TempDir
    static Path dir;
    static LibraryStore store;
    static GlossaryService service;
    static WordLookup lookup;
    static Messages messages = Messages.of(Language.ENGLISH);

    @BeforeAll
    static void importSpeeches() {
        BundledLibrary bundled = BundledLibrary.open(dir);
        store = bundled.store();
        service = bundled.glossary();
        lookup = new WordLookup(store, service);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The popover reads the occurrence clicked as the text above it does, not the word alone (issue #15). */
    @Test
    void popoverReadsTheWordAsItIsReadWhereItWasClicked() {
        String sentence = "必须以最广大人民的根本利益为最高标准";
        Speech speech = speechContaining(sentence);
        SpeechDocument document = SpeechDocument.of(speech, store.paragraphs(speech.id()));
        List<String> texts = ReaderText.itemTexts(document, messages);
        String text = texts.get(itemContaining(texts, sentence));
        int at = text.indexOf(sentence) + sentence.indexOf("为");
        WordPopoverViewModel alone = WordPopoverViewModel.of(lookup.lookup("为", speech.id()), service.text()::pinyin,
                false);

        assertEquals("wèi", alone.pinyin(), "alone, 为 reads as its commonest use");
        WordPopoverViewModel here = alone.readAs(WordPopoverViewModel.readingInContext(service.text(), text, at,
                at + 1, Tones.CITATION));
        assertEquals("wéi", here.pinyin());
        assertEquals(entries(alone), entries(here), "the dictionaries' readings stay with their entries");
    }

    private static Set<GlossaryEntry> entries(WordPopoverViewModel model) {
        return model.sections().stream().flatMap(s -> s.entries().stream()).collect(Collectors.toSet());
    }

    /** With spoken tones the popover reads 不 and 一 as said where they were clicked; else as dictionaries print them. */
    @Test
    void popoverReadsOneAndNotInTheTonesTheTextShows() {
        String sentence = "这不是勇于胜利。";
        Speech speech = speechContaining(sentence);
        SpeechDocument document = SpeechDocument.of(speech, store.paragraphs(speech.id()));
        List<String> texts = ReaderText.itemTexts(document, messages);
        String text = texts.get(itemContaining(texts, sentence));
        int at = text.indexOf(sentence) + 1;
        WordPopoverViewModel alone = WordPopoverViewModel.of(lookup.lookup("不是", speech.id()),
                service.text()::pinyin, true);

        assertEquals("bù shì", alone.readAs(WordPopoverViewModel.readingInContext(service.text(), text, at, at + 2,
                Tones.CITATION)).pinyin());
        assertEquals("bú shì", alone.readAs(WordPopoverViewModel.readingInContext(service.text(), text, at, at + 2,
                Tones.SPOKEN)).pinyin());
        assertTrue(alone.sections().stream().flatMap(s -> s.entries().stream())
                .allMatch(e -> e.pinyin().isEmpty() || e.pinyin().startsWith("bù")),
                "the dictionaries' entries keep their citation tones");
    }

    @Test
    void popoverModelHasPinyinStudyEntryFirstCountsAndConcordance() {
        Speech speech = speechContaining("群众路线");
        WordPopoverViewModel model = WordPopoverViewModel.of(lookup.lookup("群众路线", speech.id()),
                service.text()::pinyin, true);
        assertEquals("qún zhòng lù xiàn", model.pinyin());
        assertTrue(model.found());
        assertEquals(GlossarySource.STUDY, model.sections().get(0).source());
        GlossaryEntry study = model.sections().get(0).entries().get(0);
        assertTrue(study.explanation() != null && study.english() != null, "study entries explain and translate");
        assertTrue(model.countInSpeech() > 0 && model.countInLibrary() >= model.countInSpeech());
        Occurrence first = model.concordance().get(0);
        assertEquals(speech.id(), first.speechId(), "the open speech's occurrences come first");
        assertEquals("群众路线", first.sentence().substring(first.highlightStart(), first.highlightEnd()));
        assertTrue(model.parts().isEmpty(), "a known word needs no parts");
        assertTrue(model.userEntry().isEmpty());
    }

    @Test
    void aWordNoGlossaryKnowsShowsItsPartsWithPinyin() {
        WordPopoverViewModel model = WordPopoverViewModel.of(lookup.lookup("群众路线好", null),
                service.text()::pinyin, true);
        assertFalse(model.found());
        assertEquals(List.of("群众路线", "好"), model.parts().stream().map(WordPopoverViewModel.PartLine::text).toList());
        assertEquals("hǎo", model.parts().get(1).pinyin());
        assertFalse(model.parts().get(0).meaning().isEmpty());
    }

    @Test
    void speechWordsFollowTheStoredTokensAndMarkGlossaryTerms() {
        Speech speech = speechContaining("群众路线");
        SpeechDocument document = SpeechDocument.of(speech, store.paragraphs(speech.id()));
        SpeechWords words = words(document);
        List<String> texts = ReaderText.itemTexts(document, messages);
        int item = itemContaining(texts, "群众路线");
        int at = texts.get(item).indexOf("群众路线");
        SpeechWords.Word word = words.wordAt(item, at + 1);
        assertEquals(new SpeechWords.Word(at, at + 4), word);
        assertTrue(words.terms(item).contains(word), "a study term is marked");
        assertEquals(texts.get(item).length(), words.words(item).stream().mapToInt(SpeechWords.Word::length).sum());
    }

    @Test
    void aNewUserTermIsOneWordInTheOpenSpeechAtOnce() {
        Speech speech = speechContaining("以民为镜");
        SpeechDocument document = SpeechDocument.of(speech, store.paragraphs(speech.id()));
        List<String> texts = ReaderText.itemTexts(document, messages);
        int item = itemContaining(texts, "以民为镜");
        int at = texts.get(item).indexOf("以民为镜");
        assertTrue(words(document).wordAt(item, at).length() < 4, "not one word before");
        service.putUserTerm(new UserTerm("以民为镜", "yǐ mín wéi jìng", "以人民为镜子", "take the people as a mirror",
                List.of("作风")));
        try {
            SpeechWords words = words(document);
            assertEquals(new SpeechWords.Word(at, at + 4), words.wordAt(item, at + 2));
            assertTrue(words.terms(item).contains(new SpeechWords.Word(at, at + 4)));
            WordPopoverViewModel model = WordPopoverViewModel.of(lookup.lookup("以民为镜", speech.id()),
                    service.text()::pinyin, true);
            assertEquals("take the people as a mirror", model.userEntry().orElseThrow().english());
            assertEquals("yǐ mín wéi jìng", model.pinyin());
        } finally {
            service.removeUserTerm("以民为镜");
        }
        assertTrue(words(document).wordAt(item, at).length() < 4, "removed again");
    }

    @Test
    void searchWaitsForTypingToPauseAndDropsStaleQueries() {
        List<Runnable> timers = new ArrayList<>();
        SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
        LibrarySearch search = new LibrarySearch(store);
        SearchViewModel model = new SearchViewModel((delay, task) -> timers.add(task),
                (work, done) -> tasks.execute(BackgroundTask.on(Lane.SEARCH, "error.search", work).onSuccess(done)),
                search::search);
        model.queryProperty().set("群");
        model.queryProperty().set("群众");
        model.queryProperty().set("群众路线");
        assertTrue(model.searchingProperty().get());
        timers.forEach(Runnable::run);
        assertEquals(1, model.searchesRun(), "only the last query ran");
        assertFalse(model.searchingProperty().get());
        int total = model.totalProperty().get();
        assertTrue(total > SearchViewModel.PAGE_SIZE, "the bundled speeches mention it often: " + total);
        assertTrue(model.rows().get(0) instanceof SearchViewModel.SpeechRow);
        SearchViewModel.MatchRow match = (SearchViewModel.MatchRow) model.rows().get(1);
        assertEquals("群众路线", match.match().sentence().substring(match.match().highlightStart(),
                match.match().highlightEnd()));
        assertTrue(model.rows().get(model.rows().size() - 1) instanceof SearchViewModel.MoreRow more
                && more.remaining() == total - SearchViewModel.PAGE_SIZE);
        model.more();
        long matches = model.rows().stream().filter(r -> r instanceof SearchViewModel.MatchRow).count();
        assertEquals(Math.min(total, 2 * SearchViewModel.PAGE_SIZE), matches);

        model.queryProperty().set("");
        assertTrue(model.rows().isEmpty());
        timers.clear();
        model.queryProperty().set("没有这样的句子啊");
        timers.forEach(Runnable::run);
        assertEquals(0, model.totalProperty().get());
        assertEquals(List.of(), tasks.shownFailures(), "every search ran");
    }

    /** A library whose search stopped counting at the first page (past ten thousand, as at 100,000 speeches). */
    @Test
    void aSearchThatStoppedCountingOffersMoreWithoutANumberAndStillPages() {
        LibrarySearch search = new LibrarySearch(store);
        SearchViewModel model = new SearchViewModel((delay, task) -> task.run(), (work, done) -> {
            try {
                done.accept(work.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, (query, page, size) -> {
            SearchResults found = search.search(query, page, size);
            return new SearchResults(found.query(), (page + 1) * size, false, found.speeches());
        });
        model.queryProperty().set("群众");
        assertFalse(model.totalExactProperty().get());
        assertEquals(SearchViewModel.PAGE_SIZE, model.totalProperty().get());
        assertTrue(model.rows().get(model.rows().size() - 1) instanceof SearchViewModel.MoreRow more
                && !more.exact(), "more, however many");
        model.more();
        assertEquals(2 * SearchViewModel.PAGE_SIZE,
                model.rows().stream().filter(r -> r instanceof SearchViewModel.MatchRow).count());
        model.queryProperty().set("");
        assertTrue(model.totalExactProperty().get());
    }

    @Test
    void aSearchRowOfASpeechsFieldIsLabelledWithTheField() {
        SearchViewModel model = new SearchViewModel((delay, task) -> task.run(), (work, done) -> {
            try {
                done.accept(work.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, new LibrarySearch(store)::search);
        model.queryProperty().set("植根人民");
        List<SearchViewModel.MatchRow> matches = model.rows().stream()
                .filter(r -> r instanceof SearchViewModel.MatchRow).map(r -> (SearchViewModel.MatchRow) r).toList();
        assertEquals(List.of("search.field.title", "search.field.abstract"),
                matches.stream().limit(2).map(SearchViewModel.MatchRow::labelKey).toList(),
                "the first bundled speech's title and abstract, first");
        assertTrue(model.rows().get(0) instanceof SearchViewModel.SpeechRow speech
                && speech.speechId() == matches.get(1).speechId(), "under their speech");
        assertEquals(null, matches.get(matches.size() - 1).labelKey(), "a paragraph has no label");
        assertEquals("Abstract", messages.get(matches.get(1).labelKey()));
        assertEquals("摘要", Messages.of(Language.CHINESE).get(matches.get(1).labelKey()));
    }

    @Test
    void glossaryManagerFiltersAndRoundTripsCsv() throws Exception {
        GlossaryViewModel model = new GlossaryViewModel();
        model.show(List.of(
                GlossaryEntry.user("以民为镜", "yǐ mín wéi jìng", "以人民为镜子", "the people as a mirror", List.of("作风")),
                GlossaryEntry.user("两个确立", "liǎng gè què lì", null, "the Two Establishes", List.of())));
        assertEquals(2, model.shown().size());
        model.filterProperty().set("yi min");
        assertEquals(List.of("以民为镜"), model.shown().stream().map(GlossaryEntry::term).toList());
        model.filterProperty().set("作风");
        assertEquals(1, model.shown().size());
        model.filterProperty().set("");
        Path file = dir.resolve("mine.csv");
        UserGlossaryCsv.export(file, model.all());
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temp file is left");
        }
        List<UserTerm> read = new ArrayList<>();
        assertEquals(2, GlossaryViewModel.importFrom(file, read::add).entries().size());
        assertEquals("the Two Establishes", read.get(0).english());
    }

    private static SpeechWords words(SpeechDocument document) {
        long id = document.speech().id();
        return SpeechWords.of(document, store.paragraphs(id), store.tokens(id),
                ReaderText.itemTexts(document, messages), service.text(), service.glossary());
    }

    private static int itemContaining(List<String> texts, String word) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in the speech");
    }

    private static Speech speechContaining(String word) {
        for (Speech speech : store.speeches()) {
            if (store.paragraphs(speech.id()).stream().anyMatch(p -> p.text().contains(word))) {
                return speech;
            }
        }
        throw new AssertionError(word + " is in no bundled speech");
    }
}
