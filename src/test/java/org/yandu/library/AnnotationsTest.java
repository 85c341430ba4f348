package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsTest {
    private static final String OPENING = "群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证和关键所在。"
            + "党员领导干部必须强化群众观念，牢固树立正确的感情观、公仆观、政绩观、名利观，扎根人民，帮民解困、为民谋利。";
    private static final String SECOND = "树立“鱼水相依”的感情观，真心实意热爱群众。对人民群众的感情，直接检验党员干部人生境界的高低，"
            + "也直接影响党群干群关系。只有具备真挚而深厚的百姓情怀，才能形成为民利民的自觉自愿。";
    private static final String THIRD = "树立“以民为先”的公仆观，敬业尽责服务群众。对于共产党人来说，无论职位多高、权力多大，"
            + "都是人民的公仆，绝不是高高在上的“官老爷”。任何时候都要把党和人民的利益放在首位。";

    @TempDir
    Path dir;
    private LibraryStore store;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static SpeechDraft speech(String... body) {
        List<ParagraphDraft> paragraphs = new ArrayList<>();
        paragraphs.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, "树立正确的群众观"));
        for (String text : body) {
            paragraphs.add(ParagraphDraft.body(text));
        }
        return new SpeechDraft("树立正确的群众观", false, null, null, null, null, List.of(), paragraphs);
    }

    private long importVersion(String hash, String... body) {
        SourceFile file = new SourceFile("/speeches/群众观.txt", "群众观.txt", "txt", "UTF-8", 1, hash);
        return store.recordImport(file, null, List.of(speech(body))).speechIds().get(0);
    }

    private Paragraph paragraph(long speechId, String containing) {
        return store.paragraphs(speechId).stream().filter(p -> p.text().contains(containing)).findFirst().orElseThrow();
    }

    private Annotation highlight(long speechId, String words, HighlightColor color) {
        Paragraph p = paragraph(speechId, words);
        int at = p.text().indexOf(words);
        return store.annotations().highlight(p.id(), at, at + words.length(), color, "", List.of());
    }

    /** The text an annotation marks now. */
    private String marked(Annotation a) {
        Paragraph p = store.paragraphs(a.speechId()).stream().filter(x -> x.id() == a.paragraphId()).findFirst()
                .orElseThrow();
        return p.text().substring(a.start(), a.end());
    }

    @Test
    void highlightsAndNotesAreKeptWithTheirQuoteAndContext() {
        long speech = importVersion("v1", OPENING, SECOND);
        Annotation a = highlight(speech, "真心实意热爱群众", HighlightColor.YELLOW);
        assertEquals("真心实意热爱群众", a.quote());
        assertEquals("树立“鱼水相依”的感情观，", a.prefix());
        assertTrue(a.suffix().startsWith("。对人民群众的感情"));
        Annotation note = store.annotations().noteOnParagraph(paragraph(speech, "群众路线").id(), "第一段：总论。",
                List.of("总论", "#群众路线", " 总论 "));
        assertEquals(OPENING, note.quote());
        assertFalse(note.isHighlight());
        assertEquals(List.of("总论", "群众路线"), note.tags());
        assertEquals(List.of(note.id(), a.id()),
                store.annotations().ofSpeech(speech).stream().map(Annotation::id).toList());
        assertEquals(List.of("总论", "群众路线"), store.annotations().tags());
    }

    @Test
    void editRecolourDeleteAndRestore() {
        long speech = importVersion("v1", OPENING, SECOND);
        Annotation a = highlight(speech, "生命线", HighlightColor.YELLOW);
        Annotation changed = store.annotations().update(a.id(), HighlightColor.GREEN, "党的生命线\n第二行", List.of("重点"));
        assertEquals(HighlightColor.GREEN, changed.color());
        assertEquals("党的生命线\n第二行", changed.note());
        assertEquals(List.of("重点"), changed.tags());
        assertTrue(store.annotations().delete(a.id()));
        assertTrue(store.annotations().find(a.id()).isEmpty());
        Annotation back = store.annotations().restore(changed);
        assertEquals(changed, back);
    }

    @Test
    void offsetsOutsideTheParagraphAreRefusedByName() {
        long speech = importVersion("v1", OPENING);
        Paragraph p = paragraph(speech, "群众路线");
        LibraryException e = assertThrows(LibraryException.class,
                () -> store.annotations().highlight(p.id(), 10, 9999, HighlightColor.BLUE, "", List.of()));
        assertTrue(e.getMessage().contains("9999"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> store.annotations().highlight(p.id(), 0, 3, null, "", List.of()));
        assertTrue(store.annotations().all().isEmpty());
    }

    @Test
    void aHighlightCuttingAnEmojiTakesTheWholeCharacter() {
        String withEmoji = "为人民服务👍，这是我们的宗旨。";
        long speech = importVersion("v1", withEmoji);
        Paragraph p = paragraph(speech, "为人民服务");
        int inside = withEmoji.indexOf("👍") + 1;
        Annotation a = store.annotations().highlight(p.id(), inside, inside + 2, HighlightColor.YELLOW, "", List.of());
        assertEquals("👍，", a.quote());
        assertEquals(inside - 1, a.start());
        Annotation endInside = store.annotations().highlight(p.id(), 0, inside, HighlightColor.GREEN, "", List.of());
        assertEquals("为人民服务👍", endInside.quote());
        store.close();
        store = LibraryStore.open(dir.resolve("library.db"));
        assertEquals(List.of("为人民服务👍", "👍，"), store.annotations().ofSpeech(speech).stream()
                .map(Annotation::quote).toList());
        assertEquals("👍，", marked(store.annotations().find(a.id()).orElseThrow()));
    }

    @Test
    void aCorrectedSourceFileUpdatesTheSpeechInPlaceAndHighlightsFindTheirWords() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        Annotation moved = highlight(speech, "真心实意热爱群众", HighlightColor.YELLOW);
        Annotation widthChanged = highlight(speech, "群众观念，牢固树立", HighlightColor.GREEN);
        Annotation acrossSplit = highlight(speech, "敬业尽责服务群众", HighlightColor.BLUE);
        Annotation removed = highlight(speech, "官老爷", HighlightColor.PINK);

        String secondEdited = "我们常说：" + SECOND;
        String openingHalfWidth = OPENING.replace("，", ",");
        String thirdWithout = THIRD.replace("绝不是高高在上的“官老爷”。", "");
        int split = thirdWithout.indexOf("对于共产党人");
        long again = importVersion("v2", openingHalfWidth, secondEdited, thirdWithout.substring(0, split),
                thirdWithout.substring(split));

        assertEquals(speech, again, "the same speech, updated in place");
        assertEquals(1, store.speeches().size());
        assertEquals("真心实意热爱群众", marked(store.annotations().find(moved.id()).orElseThrow()));
        assertEquals("群众观念,牢固树立", marked(store.annotations().find(widthChanged.id()).orElseThrow()));
        assertEquals("敬业尽责服务群众", marked(store.annotations().find(acrossSplit.id()).orElseThrow()));
        Annotation orphan = store.annotations().find(removed.id()).orElseThrow();
        assertTrue(orphan.orphaned());
        assertEquals("官老爷", orphan.quote());
        assertEquals(4, store.annotations().ofSpeech(speech).size());
    }

    @Test
    void aShortQuoteWhoseParagraphWasDeletedIsOrphanedWithTheOtherPlaceSuggestedNotMovedThere() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        Annotation note = highlight(speech, "人民的公仆", HighlightColor.YELLOW);
        store.annotations().update(note.id(), HighlightColor.YELLOW, "公仆观", List.of());
        String elsewhere = "始终做人民的公仆，这是党员的本分。";
        importVersion("v2", OPENING, SECOND, elsewhere);

        Annotation after = store.annotations().find(note.id()).orElseThrow();
        assertTrue(after.orphaned(), "its paragraph is gone: the same words elsewhere are not its words");
        assertEquals("公仆观", after.note());
        Annotation.Suggestion suggestion = after.suggestion();
        assertEquals(paragraph(speech, "始终做").id(), suggestion.paragraphId());
        assertEquals("人民的公仆", elsewhere.substring(suggestion.start(), suggestion.end()));
    }

    @Test
    void aShortQuoteKeepsItsPlaceWhenItsSentenceIsReworded() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        Annotation a = highlight(speech, "服务群众", HighlightColor.GREEN);
        String reworded = THIRD.replace("树立“以民为先”的公仆观，敬业尽责服务群众。", "要树立以民为先的公仆观，尽心尽责地服务群众！");
        importVersion("v2", OPENING, SECOND, reworded);
        Annotation after = store.annotations().find(a.id()).orElseThrow();
        assertFalse(after.orphaned());
        assertEquals("服务群众", marked(after));
        assertEquals(paragraph(speech, "尽心尽责").id(), after.paragraphId());
    }

    @Test
    void aNoteOnAParagraphThatWasSplitIsSuggestedOnItsLongerPartAndPlacedThereOnlyWhenAccepted() {
        long speech = importVersion("v1", OPENING, SECOND);
        Annotation note = store.annotations().noteOnParagraph(paragraph(speech, "鱼水相依").id(), "感情观", List.of());
        int cut = SECOND.indexOf("只有具备");
        // A paragraph break alone leaves the speech as it was (the same words); a correction elsewhere brings it in.
        importVersion("v2", OPENING.replace("关键所在", "关键"), SECOND.substring(0, cut), SECOND.substring(cut));

        Annotation orphan = store.annotations().find(note.id()).orElseThrow();
        assertTrue(orphan.orphaned(), "covering part of its paragraph would misquote it");
        assertEquals(SECOND, orphan.quote());
        assertEquals(paragraph(speech, "鱼水相依").id(), orphan.suggestion().paragraphId());

        org.yandu.notes.NoteEditor editor = new org.yandu.notes.NoteEditor(store.annotations());
        Annotation placed = editor.placeAtSuggestion(note.id());
        assertFalse(placed.orphaned());
        assertEquals(SECOND.substring(0, cut), placed.quote(), "it marks the words it is on now");
        assertEquals(null, placed.suggestion());
        assertEquals("感情观", placed.note());

        Annotation undone = editor.undo().orElseThrow();
        assertTrue(undone.orphaned());
        assertEquals(SECOND, undone.quote());
        assertEquals(orphan.suggestion(), undone.suggestion());
        assertEquals(placed, editor.redo().orElseThrow().withNote(placed.note()));
    }

    @Test
    void anAnnotationFromAnotherLibraryIsPlacedOnItsWords() {
        long speech = importVersion("v1", OPENING, SECOND);
        Instant made = Instant.parse("2026-01-02T03:04:05Z");
        Annotation placed = store.annotations().place(speech, "真心实意热爱群众", "的感情观，", "。对人民", 2,
                HighlightColor.ORANGE, "别处的笔记", List.of("导入"), made, made);
        assertEquals("真心实意热爱群众", marked(placed));
        assertEquals(made, placed.created());
        Annotation lost = store.annotations().place(speech, "不在这篇讲话里的话", "", "", 0, null, "孤立的笔记",
                List.of(), made, made);
        assertTrue(lost.orphaned());
        assertEquals("不在这篇讲话里的话", lost.quote());
    }

    @Test
    void theParagraphsCarryingNotesAreFoundByTheirPosition() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        Annotation second = highlight(speech, "真心实意热爱群众", HighlightColor.YELLOW);
        Annotation third = highlight(speech, "敬业尽责", HighlightColor.BLUE);
        Instant made = Instant.parse("2026-01-02T03:04:05Z");
        store.annotations().place(speech, "不在这篇讲话里的话", "", "", 0, null, "孤立的笔记", List.of(), made, made);
        assertEquals(Map.of(second.paragraphId(), 2, third.paragraphId(), 3),
                store.annotations().paragraphPositions());
    }

    @Test
    void lookupsAreRememberedPerSpeech() {
        long speech = importVersion("v1", OPENING, SECOND);
        store.lookups().record(speech, "生命线", "群众路线是我们党的生命线和根本工作路线");
        store.lookups().record(speech, "公仆观", "牢固树立正确的感情观、公仆观");
        store.lookups().record(speech, "生命线", "another sentence");
        List<Lookup> lookups = store.lookups().ofSpeech(speech);
        assertEquals(List.of("生命线", "公仆观"), lookups.stream().map(Lookup::term).toList());
        assertEquals(2, lookups.get(0).times());
        assertEquals("群众路线是我们党的生命线和根本工作路线", lookups.get(0).sentence());
    }

    @Test
    void anAnnotatedSpeechThatLeavesItsFileIsKept() {
        long speech = importVersion("v1", OPENING, SECOND);
        highlight(speech, "生命线", HighlightColor.YELLOW);
        importVersion("v2", "完全不同的另一篇讲话，讲的是别的事情，和原来的文字没有关系。");
        assertEquals(2, store.speeches().size());
        assertTrue(store.speech(speech).isPresent());
        assertEquals("生命线", marked(store.annotations().ofSpeech(speech).get(0)));
    }

    /** A highlight from {@code from} in the first paragraph to the end of {@code to} in the second. */
    private List<Annotation> passage(long speech, String from, String to, String note) {
        Paragraph first = paragraph(speech, from);
        Paragraph second = paragraph(speech, to);
        int start = first.text().indexOf(from);
        int end = second.text().indexOf(to) + to.length();
        return store.annotations().highlightPassage(List.of(new Annotations.Span(first.id(), start,
                first.text().length()), new Annotations.Span(second.id(), 0, end)), HighlightColor.BLUE, note,
                List.of("群众观"));
    }

    @Test
    void aHighlightAcrossParagraphsKeepsEveryParagraphAndShowsAsOne() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        List<Annotation> parts = passage(speech, "扎根人民", "树立“鱼水相依”的感情观", "两段");

        assertEquals(2, parts.size());
        assertEquals("扎根人民，帮民解困、为民谋利。", parts.get(0).quote());
        assertEquals("树立“鱼水相依”的感情观", parts.get(1).quote());
        assertEquals(parts.get(0).id(), parts.get(1).passage(), "the second part names the first");
        assertEquals("两段", parts.get(0).note());
        assertEquals("", parts.get(1).note(), "the note is the first part's");
        List<Annotation> shown = Passages.joined(store.annotations().ofSpeech(speech));
        assertEquals(1, shown.size());
        assertEquals("扎根人民，帮民解困、为民谋利。\n树立“鱼水相依”的感情观", shown.get(0).quote());
        assertEquals(List.of("群众观"), shown.get(0).tags());
    }

    @Test
    void aPassageIsRecolouredAndDeletedWholeFromAnyPart() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        List<Annotation> parts = passage(speech, "扎根人民", "树立“鱼水相依”的感情观", "");
        Annotation first = store.annotations().update(parts.get(1).id(), HighlightColor.PINK, "改了", List.of());

        assertEquals(parts.get(0).id(), first.id(), "a change made on a later part is the passage's");
        assertEquals("改了", first.note());
        assertTrue(store.annotations().ofSpeech(speech).stream().allMatch(a -> a.color() == HighlightColor.PINK));
        assertTrue(store.annotations().delete(parts.get(1).id()));
        assertTrue(store.annotations().ofSpeech(speech).isEmpty(), "no part is left behind");
    }

    @Test
    void aPassageWithAPartOutsideItsParagraphIsNotStoredAtAll() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        Paragraph first = paragraph(speech, "扎根人民");
        Paragraph second = paragraph(speech, "鱼水相依");
        List<Annotations.Span> spans = List.of(new Annotations.Span(first.id(), 0, 5),
                new Annotations.Span(second.id(), 0, second.text().length() + 3));

        assertThrows(RangeOutsideParagraphException.class,
                () -> store.annotations().highlightPassage(spans, HighlightColor.BLUE, "", List.of()));
        assertTrue(store.annotations().ofSpeech(speech).isEmpty(), "the first part was not kept alone");
    }

    @Test
    void eachPartOfAPassageFindsItsWordsAfterAReimport() {
        long speech = importVersion("v1", OPENING, SECOND, THIRD);
        List<Annotation> parts = passage(speech, "扎根人民", "树立“鱼水相依”的感情观", "");
        importVersion("v2", "新加的一段开头。", OPENING, "我们常说：" + SECOND, THIRD);

        List<Annotation> now = store.annotations().passage(parts.get(1).id());
        assertEquals(List.of("扎根人民，帮民解困、为民谋利。", "树立“鱼水相依”的感情观"), now.stream().map(this::marked).toList());
        assertEquals(List.of(parts.get(0).id(), parts.get(0).id()), now.stream().map(Annotation::passage).toList());
    }
}
