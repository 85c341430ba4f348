package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.UserTerm;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.SpeechDocument;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;
import org.yandu.text.TraditionalStandard;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.glossary.CandidatesViewModel;

/** The reading aids' view-models: pinyin over characters, traditional display, suggested terms, flashes. */
class ReadingAidsTest {
    @TempDir
    static Path dir;
    static LibraryStore store;
    static GlossaryService service;
    static ChineseText text;

    @BeforeAll
    static void open() {
        store = TestLibraries.open(dir);
        service = GlossaryService.open(store, ChineseText.load());
        text = service.text();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void rubyPairsEachCharacterWithItsReadingPolyphonesIncluded() {
        String sentence = "为人民服务。";
        List<RubyLayout.RubyWord> words = RubyLayout.of(sentence, text.pinyinSyllables(sentence), words(sentence));
        List<String> pairs = new ArrayList<>();
        words.forEach(w -> w.chars().forEach(c -> pairs.add(c.text() + ":" + c.reading())));
        assertEquals(List.of("为:wèi", "人:rén", "民:mín", "服:fú", "务:wù", "。:null"), pairs);
        assertEquals("wèi rén mín fú wù", RubyLayout.readings(words));
        RubyLayout.RubyWord last = words.get(words.size() - 1);
        assertEquals("。", last.text());
        assertFalse(last.hasReading(), "punctuation has no reading");
        assertEquals(sentence.length(), words.get(words.size() - 1).end());
    }

    @Test
    void rubyKeepsWordsWholeAndFallsBackToCharacters() {
        String sentence = "坚持群众路线";
        List<RubyLayout.RubyWord> byWord = RubyLayout.of(sentence, text.pinyinSyllables(sentence), words(sentence));
        assertTrue(byWord.stream().anyMatch(w -> w.text().equals("群众路线") || w.text().equals("群众")));
        assertEquals("jiān chí qún zhòng lù xiàn", RubyLayout.readings(byWord));
        List<RubyLayout.RubyWord> byChar = RubyLayout.of(sentence, null, List.of());
        assertEquals(6, byChar.size());
        assertNull(byChar.get(0).chars().get(0).reading());
    }

    @Test
    void traditionalDisplayKeepsOffsetsAndLooksUpTheSimplifiedForm() {
        List<String> items = List.of("坚持群众路线，发扬优良传统。", "", "Keywords　群众路线");
        DisplayScript script = DisplayScript.traditional(7, items,
                t -> text.toTraditional(t, TraditionalStandard.GENERAL));
        for (int i = 0; i < items.size(); i++) {
            assertEquals(items.get(i).length(), script.shown(i, items.get(i)).length(), "item " + i);
        }
        String shown = script.shown(0, items.get(0));
        assertTrue(shown.contains("群眾路線"), shown);
        int at = items.get(0).indexOf("群众路线");
        assertEquals("群眾路線", shown.substring(at, at + 4), "the word sits at the same offsets");
        assertEquals("群众路线", text.lookupForm(shown.substring(at, at + 4)));
        assertEquals(items.get(1), script.shown(1, items.get(1)));
    }

    @Test
    void outlineLabelsAndKeywordsAreShownAsTheTextAroundThemIs() {
        List<String> items = List.of("标题", "一是坚持群众路线，发扬优良传统。", "二是发扬优良传统");
        DisplayScript script = DisplayScript.traditional(7, items,
                t -> text.toTraditional(t, TraditionalStandard.GENERAL));
        assertEquals("群眾路線", script.shownPart("群众路线", 0), "a keyword, found in any item");
        assertEquals("二是發揚優良傳統", script.shownPart("二是发扬优良传统", 2));
        assertEquals("一是堅持群眾…", script.shownPart("一是坚持群众…", 1), "a label cut short");
        assertEquals("不在文中", script.shownPart("不在文中", 1), "what the speech does not contain stays");
        assertEquals("", script.shownPart("", 1));
    }

    @Test
    void aConversionThatChangesLengthFallsBackToCharacters() {
        String converted = DisplayScript.convertKeepingLength("群众路线", s -> s.length() > 1 ? s + "!" : switch (s) {
            case "众" -> "眾";
            case "线" -> "線";
            default -> s;
        });
        assertEquals("群眾路線", converted);
    }

    @Test
    void acceptingASuggestedTermPutsItInTheGlossaryAndOffTheList() {
        String phrase = "人生境界";
        assertFalse(service.glossary().contains(phrase));
        List<CandidatesViewModel.Candidate> found = CandidatesViewModel.withCounts(List.of(phrase, "根本工作路线"),
                store, text);
        assertEquals("rén shēng jìng jiè", found.get(0).pinyin());
        assertTrue(found.get(0).count() >= 1, "it occurs in the library");
        List<UserTerm> saved = new ArrayList<>();
        CandidatesViewModel model = new CandidatesViewModel(term -> {
            saved.add(term);
            service.putUserTerm(term);
        });
        assertTrue(model.loadingProperty().get());
        model.show(found);
        assertFalse(model.loadingProperty().get());
        model.accept(found.get(0));
        assertEquals(List.of(found.get(1)), model.candidates());
        assertEquals(phrase, saved.get(0).term());
        assertEquals("", saved.get(0).explanation());
        assertTrue(service.glossary().contains(phrase), "the glossary has it now");
        service.removeUserTerm(phrase);
    }

    @Test
    void aJumpToAMatchFlashesTheMatchedWordInItsParagraph() {
        Speech speech = store.speeches().stream().filter(s -> s.title().equals(TestLibraries.LOOSE_TITLE))
                .findFirst().orElseThrow();
        SpeechDocument document = SpeechDocument.of(speech, store.paragraphs(speech.id()));
        ReaderViewModel reader = new ReaderViewModel();
        reader.show(document, 0);
        DisplayItem body = document.items().stream().filter(i -> i.text().contains("生命线")).findFirst().orElseThrow();
        String sentence = "群众路线是我们党的生命线和根本工作路线。";
        int hit = sentence.indexOf("生命线");
        reader.flashMatch(body.paragraph(), sentence, hit, hit + 3);
        ReaderViewModel.Flash flash = reader.flashProperty().get();
        assertEquals(document.items().indexOf(body), flash.itemIndex());
        assertEquals("生命线", body.text().substring(flash.start(), flash.end()));
        reader.flashMatch(body.paragraph(), "…" + sentence.substring(2), hit - 1, hit + 2);
        assertEquals("生命线", body.text().substring(reader.flashProperty().get().start(),
                reader.flashProperty().get().end()), "a shortened sentence still finds the word");
    }

    @Test
    void keywordsAndScriptBelongToTheOpenSpeechOnly() {
        Speech speech = store.speeches().get(0);
        ReaderViewModel reader = new ReaderViewModel();
        reader.showKeywords(speech.id(), List.of("群众"));
        assertTrue(reader.keywordsProperty().get().isEmpty(), "nothing is open yet");
        reader.show(SpeechDocument.of(speech, store.paragraphs(speech.id())), 0);
        reader.showKeywords(speech.id() + 1000, List.of("别的"));
        assertTrue(reader.keywordsProperty().get().isEmpty());
        reader.showKeywords(speech.id(), List.of("群众", "路线"));
        assertEquals(List.of("群众", "路线"), reader.keywordsProperty().get());
    }

    private static List<SpeechWords.Word> words(String sentence) {
        return text.segment(sentence).stream().map((Token t) -> new SpeechWords.Word(t.start(), t.end())).toList();
    }
}
