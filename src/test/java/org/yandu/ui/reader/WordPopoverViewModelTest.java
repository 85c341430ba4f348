package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.LookupResult;
import org.yandu.lookup.Occurrence;
import org.yandu.lookup.WordInfo;

/** What the compact popover shows, what "More" adds, and when it offers to import CC-CEDICT. */
class WordPopoverViewModelTest {
    private static final GlossaryEntry MASSES = GlossaryEntry.cedict("群眾", "群众", "qún zhòng",
            List.of("the masses", "the people", "the common people", "the crowd"));
    private static final GlossaryEntry MASS_LINE = GlossaryEntry.study("群众路线", "qún zhòng lù xiàn",
            "一切为了群众，一切依靠群众，从群众中来，到群众中去。", "the mass line", null, List.of());
    private static final Occurrence SEEN = new Occurrence(1, "讲话", 7, 0, 0, "群众路线是我们党的生命线。", 0, 4);

    private static WordPopoverViewModel model(String word, List<GlossaryEntry> exact, List<LookupResult.Part> parts,
                                              List<Occurrence> concordance, boolean dictionaryImported) {
        WordInfo info = new WordInfo(word, word, "pīn yīn", new LookupResult(word, exact, parts), List.of(), 1,
                concordance.size(), concordance);
        return WordPopoverViewModel.of(info, text -> "zì", dictionaryImported);
    }

    @Test
    void compactShowsTheFirstThreeDefinitionsAndMoreShowsTheRest() {
        WordPopoverViewModel model = model("群众", List.of(MASSES), List.of(), List.of(), true);
        assertEquals(List.of("the masses", "the people", "the common people"), model.summary());
        assertTrue(model.hasMore(), "the fourth definition is behind More");
        assertFalse(model.offersDictionary());
    }

    /** 为 read wéi where it was clicked: the wéi entry's meanings come first, the wèi entry is another reading. */
    @Test
    void theMeaningsOfTheReadingInContextComeFirstAndTheOthersAreMarked() {
        GlossaryEntry forWei = GlossaryEntry.cedict("為", "为", "wèi", List.of("because of", "for"));
        GlossaryEntry asWei = GlossaryEntry.cedict("為", "为", "wéi", List.of("to act as", "to take … as"));
        WordPopoverViewModel alone = model("为", List.of(forWei, asWei), List.of(), List.of(), true).readAs("wèi");
        assertEquals(List.of("because of", "for", "to act as"), alone.summary());
        WordPopoverViewModel here = alone.readAs("wéi");
        assertEquals(List.of("to act as", "to take … as", "because of"), here.summary());
        assertTrue(here.readOtherwise(forWei));
        assertFalse(here.readOtherwise(asWei));
        assertFalse(here.readOtherwise(GlossaryEntry.user("为", "", null, null, List.of())),
                "an entry without pinyin is no other reading");
    }

    @Test
    void aShortEntryWithNothingElseHasNoMore() {
        GlossaryEntry hao = GlossaryEntry.cedict("好", "好", "hǎo", List.of("good"));
        WordPopoverViewModel model = model("好", List.of(hao), List.of(), List.of(), true);
        assertEquals(List.of("good"), model.summary());
        assertFalse(model.hasMore(), "More would show the same line again");
    }

    @Test
    void theGlossCountsAsOneMeaningAndTheExplanationAndConcordanceAreMore() {
        WordPopoverViewModel model = model("群众路线", List.of(MASS_LINE), List.of(), List.of(SEEN), true);
        assertEquals(List.of("the mass line"), model.summary());
        assertTrue(model.hasMore());
    }

    @Test
    void withoutCedictAWordNoGlossaryKnowsOffersTheImportInsteadOfItsCharacters() {
        List<LookupResult.Part> parts = List.of(new LookupResult.Part("感", 0, List.of()),
                new LookupResult.Part("情", 1, List.of()), new LookupResult.Part("观", 2, List.of()));
        WordPopoverViewModel model = model("感情观", List.of(), parts, List.of(SEEN), false);
        assertTrue(model.offersDictionary());
        assertTrue(model.summary().isEmpty());
        assertTrue(model.compactParts().isEmpty(), "not the reading of each character alone");
        assertEquals(3, model.parts().size(), "the characters are still there behind More");
        assertTrue(model.hasMore());
    }

    @Test
    void withCedictAnUnknownWordShowsItsFirstPartsAndNoOffer() {
        List<LookupResult.Part> parts = List.of(new LookupResult.Part("群众", 0, List.of(MASSES)),
                new LookupResult.Part("路", 2, List.of()), new LookupResult.Part("线", 3, List.of()),
                new LookupResult.Part("好", 4, List.of()));
        WordPopoverViewModel model = model("群众路线好", List.of(), parts, List.of(), true);
        assertFalse(model.offersDictionary());
        assertEquals(List.of("群众", "路", "线"), model.compactParts().stream()
                .map(WordPopoverViewModel.PartLine::text).toList());
        assertEquals("zì", model.compactParts().get(1).pinyin(), "a part no glossary reads is read by the text tools");
        assertTrue(model.hasMore(), "the fourth part is behind More");
    }

    @Test
    void withoutCedictAWordTheStudyGlossaryKnowsOffersNothing() {
        WordPopoverViewModel model = model("群众路线", List.of(MASS_LINE), List.of(), List.of(), false);
        assertFalse(model.offersDictionary(), "the word has an entry");
        assertEquals(List.of("the mass line"), model.summary());
    }
}
