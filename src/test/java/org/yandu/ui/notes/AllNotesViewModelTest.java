package org.yandu.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.export.ExportFormat;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportScope;
import org.yandu.export.StudyNotes;
import org.yandu.export.StudyNotesCollector;
import org.yandu.export.Vocabulary;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.SharedNote;
import org.yandu.library.Speech;
import org.yandu.ui.TestLibraries;

/** The All Notes list over a real library: what each filter keeps, the orders, and the export scope. */
class AllNotesViewModelTest {
    private static final Instant MAY_1 = Instant.parse("2025-05-01T09:00:00Z");
    private static final Instant MAY_10 = Instant.parse("2025-05-10T09:00:00Z");
    private static final Instant JUNE_1 = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant JUNE_20 = Instant.parse("2025-06-20T09:00:00Z");

    @TempDir
    Path dir;
    LibraryStore store;
    AllNotesViewModel model = new AllNotesViewModel(ZoneOffset.UTC);
    Annotation education;
    Annotation reform;
    Annotation firstMove;
    Annotation village;
    Annotation lifeline;
    Annotation orphan;

    @BeforeEach
    void annotateLibrary() {
        store = TestLibraries.open(dir);
        long classroom = speech(TestLibraries.CLASSROOM_TITLE);
        firstMove = place(classroom, "先手棋", HighlightColor.GREEN, "", List.of(), JUNE_1, JUNE_1);
        education = place(classroom, "民族复兴", HighlightColor.YELLOW, "Key sentence", List.of("教育", "重点"),
                MAY_1, JUNE_20);
        Paragraph reformParagraph = store.paragraphs(classroom).stream()
                .filter(p -> p.text().startsWith("改革是")).findFirst().orElseThrow();
        reform = store.annotations().noteOnParagraph(reformParagraph.id(), "改革是动力", List.of("改革"));
        village = place(speech(TestLibraries.VILLAGE_TITLE), "乡村振兴", HighlightColor.BLUE, "", List.of("重点"),
                MAY_10, MAY_10);
        long loose = speech(TestLibraries.LOOSE_TITLE);
        orphan = place(loose, "已经删去的一句话", HighlightColor.PINK, "原来的笔记", List.of("复习"), MAY_1, MAY_1);
        lifeline = place(loose, "生命线", HighlightColor.PINK, "", List.of(), JUNE_1, JUNE_1);
        model.show(AllNotesViewModel.Library.readFrom(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void othersSharedNotesAreListedWhenAskedByMemberReadOnlyAndFilteredLikeTheReadersOwn() {
        AllNotesViewModel.Library mine = AllNotesViewModel.Library.readFrom(store);
        long classroom = speech(TestLibraries.CLASSROOM_TITLE);
        SharedNote wang = new SharedNote("g1", classroom, "wang", "王芳", 2, 0, 4, "民族复兴", "BLUE", "王的体会",
                List.of("重点"), JUNE_20);
        SharedNote zhao = new SharedNote("g2", speech(TestLibraries.LOOSE_TITLE), "zhao", "赵强", -1, 0, 0, "别的版本",
                "", "赵的问题", List.of(), MAY_10);
        model.show(new AllNotesViewModel.Library(mine.annotations(), mine.positions(), mine.snapshot(),
                List.of(wang, zhao)));
        int own = model.shown().size();
        assertTrue(model.shown().stream().allMatch(AllNotesViewModel.Entry::own), "the reader's own at first");
        assertEquals(List.of("王芳", "赵强"), model.authors().stream().map(SharedNote::authorName).toList());

        model.whoseProperty().set(new AllNotesViewModel.Whose("wang", false));
        assertEquals(List.of("王的体会"), notes(model.shown()));
        assertFalse(model.shown().get(0).own());
        assertEquals(HighlightColor.BLUE, model.shown().get(0).annotation().color());
        assertEquals(1, model.totalProperty().get());

        model.whoseProperty().set(AllNotesViewModel.Whose.EVERYONE);
        assertEquals(own + 2, model.shown().size());
        model.orphanedOnlyProperty().set(true);
        assertTrue(notes(model.shown()).contains("赵的问题"), "not found in this copy: with the orphans");
        assertFalse(notes(model.shown()).contains("王的体会"));
        model.orphanedOnlyProperty().set(false);
        model.tags().add("重点");
        assertTrue(notes(model.shown()).contains("王的体会"), "tags narrow others' notes too");
        assertFalse(model.exportScope().speechIds().isEmpty(),
                "the export takes the reader's own");
    }

    private static List<String> notes(List<AllNotesViewModel.Entry> entries) {
        return entries.stream().map(e -> e.annotation().note()).toList();
    }

    private long speech(String title) {
        return store.speeches().stream().filter(s -> s.title().equals(title)).map(Speech::id).findFirst().orElseThrow();
    }

    /** Places the quote as a notes file from another library would: with the text around it, if it is there. */
    private Annotation place(long speechId, String quote, HighlightColor color, String note, List<String> tags,
                             Instant created, Instant updated) {
        Paragraph paragraph = store.paragraphs(speechId).stream().filter(p -> p.text().contains(quote)).findFirst()
                .orElse(null);
        String text = paragraph == null ? "" : paragraph.text();
        int at = text.indexOf(quote);
        return store.annotations().place(speechId, quote, at < 0 ? "" : text.substring(Math.max(0, at - 10), at),
                at < 0 ? "" : text.substring(at + quote.length(), Math.min(text.length(), at + quote.length() + 10)),
                paragraph == null ? -1 : paragraph.position(), color, note, tags, created, updated);
    }

    private List<Long> shown() {
        return model.shown().stream().map(e -> e.annotation().id()).toList();
    }

    private static List<Long> ids(Annotation... annotations) {
        return java.util.Arrays.stream(annotations).map(Annotation::id).toList();
    }

    @Test
    void everyNoteIsListedInSpeechOrderWithTheOrphanedKeptAndMarked() {
        assertEquals(ids(education, firstMove, reform, village, lifeline, orphan), shown(),
                "the library tree's order, each speech in reading order, its orphaned last");
        assertEquals(6, model.totalProperty().get());
        AllNotesViewModel.Entry lost = model.shown().get(5);
        assertTrue(lost.orphaned());
        assertEquals("已经删去的一句话", lost.annotation().quote());
        assertEquals(TestLibraries.LOOSE_TITLE, lost.speechTitle());
        AllNotesViewModel.Entry reformEntry = model.shown().get(2);
        assertFalse(reformEntry.orphaned());
        Paragraph reformParagraph = store.paragraphs(reform.speechId()).stream()
                .filter(p -> p.id() == reform.paragraphId()).findFirst().orElseThrow();
        assertEquals(reformParagraph.position(), reformEntry.position(), "where opening it scrolls to");
        assertEquals(List.of("复习", "改革", "教育", "重点"), model.tagsInUse());
    }

    @Test
    void textMatchesQuoteNoteTagsAndSpeechTitleWordByWord() {
        model.textProperty().set("民族");
        assertEquals(ids(education), shown());
        model.textProperty().set("key");
        assertEquals(ids(education), shown(), "the note, regardless of case");
        model.textProperty().set("复习");
        assertEquals(ids(orphan), shown(), "a tag");
        model.textProperty().set("乡村振兴的几点");
        assertEquals(ids(village), shown(), "the speech title");
        model.textProperty().set("路线  删去");
        assertEquals(ids(orphan), shown(), "every word matches somewhere: 路线 in the title, 删去 in the quote");
        model.textProperty().set("民族 删去");
        assertEquals(List.of(), shown(), "every word must match");
    }

    @Test
    void tagsColoursNotesAndOrphanedNarrowTheList() {
        model.tags().addAll(List.of("重点", "改革"));
        assertEquals(ids(education, reform, village), shown(), "any of the chosen tags");
        model.tags().clear();
        model.colours().addAll(List.of(HighlightColor.PINK, HighlightColor.GREEN));
        assertEquals(ids(firstMove, lifeline, orphan), shown(), "a paragraph note has no colour to match");
        model.colours().clear();
        model.withNoteProperty().set(true);
        assertEquals(ids(education, reform, orphan), shown());
        model.orphanedOnlyProperty().set(true);
        assertEquals(ids(orphan), shown());
        model.clearFilters();
        assertEquals(6, shown().size());
    }

    @Test
    void aCollectionOrASpeechNarrowsToItsNotes() {
        List<String> choices = model.speechChoices().stream().map(AllNotesViewModel.SpeechChoice::title).toList();
        assertEquals(List.of("2024年讲话选编", "教育专题", TestLibraries.CLASSROOM_TITLE, TestLibraries.VILLAGE_TITLE,
                TestLibraries.LOOSE_TITLE), choices);
        model.speechProperty().set(model.speechChoices().get(0));
        assertEquals(ids(education, firstMove, reform, village), shown());
        model.speechProperty().set(model.speechChoices().get(4));
        assertEquals(ids(lifeline, orphan), shown());
    }

    @Test
    void datesKeepNotesCreatedOrEditedInTheRange() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.fromProperty().set(LocalDate.of(2025, 6, 1));
        assertEquals(ids(education, firstMove, reform, lifeline), shown(),
                "民族复兴 was created in May but edited in June; the paragraph note today");
        model.toProperty().set(LocalDate.of(2025, 6, 1));
        assertEquals(ids(firstMove, lifeline), shown(), "both days included");
        model.fromProperty().set(LocalDate.of(2025, 5, 10));
        model.toProperty().set(LocalDate.of(2025, 5, 1));
        assertEquals(ids(education, village, orphan), shown(), "a range given backwards means the same days");
        model.fromProperty().set(today);
        model.toProperty().set(null);
        assertEquals(ids(reform), shown());
    }

    @Test
    void dateOrdersPutTheNewestFirst() {
        model.orderProperty().set(AllNotesViewModel.Order.CREATED);
        assertEquals(ids(reform, lifeline, firstMove, village, orphan, education), shown(),
                "equal times: the later made first");
        model.orderProperty().set(AllNotesViewModel.Order.EDITED);
        assertEquals(ids(reform, education, lifeline, firstMove, village, orphan), shown());
        model.tags().add("重点");
        assertEquals(ids(education, village), shown(), "the order holds under a filter");
    }

    @Test
    void theExportScopeHoldsTheShownNotesAndTheirSpeeches() {
        model.tags().add("重点");
        model.orderProperty().set(AllNotesViewModel.Order.EDITED);
        ExportScope scope = model.exportScope();
        model.clearFilters();
        StudyNotes notes = new StudyNotesCollector(store, Vocabulary.BARE).collect(scope,
                ExportOptions.defaults(ExportFormat.MARKDOWN), (done, total, title) -> { }, () -> false);
        assertEquals(List.of(TestLibraries.CLASSROOM_TITLE, TestLibraries.VILLAGE_TITLE),
                notes.speeches().stream().map(s -> s.speech().title()).toList(), "speech order, whatever the sort");
        assertEquals(List.of(education.id(), village.id()), notes.speeches().stream()
                .flatMap(s -> s.notes().stream()).map(n -> n.annotation().id()).toList(),
                "the filter as it was when the scope was taken");
    }

    @Test
    void aTagNoLongerUsedIsNoLongerChosen() {
        model.tags().addAll(List.of("改革", "复习"));
        assertEquals(ids(reform, orphan), shown());
        store.annotations().delete(reform.id());
        model.show(AllNotesViewModel.Library.readFrom(store));
        assertEquals(List.of("复习"), List.copyOf(model.tags()));
        assertEquals(ids(orphan), shown());
        assertEquals(5, model.totalProperty().get());
    }
}
