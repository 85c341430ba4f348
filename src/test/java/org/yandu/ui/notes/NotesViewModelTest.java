package org.yandu.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.SharedNote;
import org.yandu.library.Speech;
import org.yandu.notes.NoteEditor;
import org.yandu.reading.SpeechDocument;
import org.yandu.settings.Language;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TypedTags;
import org.yandu.ui.reader.ReaderText;
import org.yandu.ui.reader.SpeechAnnotations;

/** Highlights and notes as the reader and the notes panel see them, on a real library. */
class NotesViewModelTest {
    @TempDir
    Path dir;
    LibraryStore store;
    NoteEditor editor;
    Speech speech;
    SpeechDocument document;

    @BeforeEach
    void openLibrary() {
        store = TestLibraries.open(dir);
        editor = new NoteEditor(store.annotations());
        speech = store.speeches().stream().filter(s -> s.title().equals(TestLibraries.CLASSROOM_TITLE))
                .findFirst().orElseThrow();
        document = SpeechDocument.of(speech, store.paragraphs(speech.id()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Paragraph body() {
        return store.paragraphs(speech.id()).stream().filter(p -> p.text().equals(TestLibraries.CLASSROOM_BODY))
                .findFirst().orElseThrow();
    }

    private SpeechAnnotations notes() {
        return SpeechAnnotations.of(speech.id(), store.paragraphs(speech.id()),
                store.annotations().ofSpeech(speech.id()), List.of());
    }

    private int itemOf(Paragraph p) {
        return document.itemIndexOf(p.position());
    }

    @Test
    void aHighlightBecomesAColouredRunOfTheParagraph() {
        Paragraph body = body();
        editor.highlight(body.id(), 0, 2, HighlightColor.GREEN, "", List.of());
        SpeechAnnotations notes = notes();
        var text = ReaderText.of(document, Messages.of(Language.ENGLISH), null, null, notes);
        List<StyledSegment<String, Collection<String>>> runs = runs(text, itemOf(body));
        assertEquals("教育", runs.get(0).getSegment());
        assertTrue(runs.get(0).getStyle().containsAll(List.of("body", "hl", "hl-green")));
        assertFalse(runs.get(1).getStyle().contains("hl"));
        assertEquals(TestLibraries.CLASSROOM_BODY,
                String.join("", runs.stream().map(StyledSegment::getSegment).toList()),
                "the text is unchanged");
        assertEquals(List.of(new SpeechAnnotations.Mark(0, 2, HighlightColor.GREEN, notes.annotations().get(0).id())),
                notes.marks(body.position(), body.text().length()));
        assertFalse(notes.hasNote(body.position()), "a bare highlight puts no note glyph in the margin");
        assertEquals("教育", notes.highlightAt(body.position(), 1).orElseThrow().quote());
        assertTrue(notes.highlightAt(body.position(), 2).isEmpty());
    }

    @Test
    void undoTakesTheHighlightAwayAndRedoBringsItBack() {
        Paragraph body = body();
        editor.highlight(body.id(), 2, 4, HighlightColor.PINK, "", List.of());
        editor.undo();
        assertTrue(notes().marks(body.position(), body.text().length()).isEmpty());
        editor.redo();
        assertEquals(HighlightColor.PINK, notes().marks(body.position(), body.text().length()).get(0).color());
    }

    @Test
    void overlappingHighlightsShowTheLaterOneOnTop() {
        Paragraph body = body();
        editor.highlight(body.id(), 0, 6, HighlightColor.YELLOW, "", List.of());
        editor.highlight(body.id(), 2, 4, HighlightColor.BLUE, "", List.of());
        var runs = runs(ReaderText.of(document, Messages.of(Language.ENGLISH), null, null, notes()), itemOf(body));
        assertEquals(List.of("教育", "是强", "国建", TestLibraries.CLASSROOM_BODY.substring(6)),
                runs.stream().map(StyledSegment::getSegment).toList());
        assertTrue(runs.get(1).getStyle().contains("hl-blue"));
        assertTrue(runs.get(2).getStyle().contains("hl-yellow"));
    }

    @Test
    void othersNotesAreListedAmongTheReadersOwnInReadingOrderAndHiddenWhenAsked() {
        List<Paragraph> paragraphs = store.paragraphs(speech.id()).stream()
                .filter(p -> p.text().length() > 6).toList();
        Paragraph earlier = paragraphs.get(0);
        Paragraph later = paragraphs.get(paragraphs.size() - 1);
        Annotation mine = editor.highlight(later.id(), 2, 5, HighlightColor.BLUE, "我的", List.of());
        SharedNote before = shared("wang", "王芳", earlier.position(), 0, 2, "王的");
        SharedNote sameWords = shared("zhao", "赵强", later.position(), 2, 5, "赵的");
        SharedNote lacking = shared("wang", "王芳", -1, 0, 0, "找不到的");
        SpeechAnnotations notes = SpeechAnnotations.of(speech.id(), store.paragraphs(speech.id()),
                store.annotations().ofSpeech(speech.id()), List.of(lacking, sameWords, before));

        assertEquals(List.of("王的", "我的", "赵的", "—", "找不到的"), bodies(NotesPanelViewModel.rows(notes, true)),
                "by place, the reader's own first on the same words; those this copy lacks with the orphans");
        assertEquals(List.of("我的"), bodies(NotesPanelViewModel.rows(notes, false)));
        assertEquals(List.of(sameWords), notes.othersAt(later.position()));
        assertEquals(mine.id(), NotesPanelViewModel.rows(notes, true).get(1).annotation().id());
        assertEquals(SpeechAnnotations.memberStyle("wang"), SpeechAnnotations.memberStyle("wang"));
        assertTrue(SpeechAnnotations.memberStyle("zhao").matches("-member-colour: -member-[0-7];"));
    }

    private SharedNote shared(String author, String name, int position, int start, int end, String body) {
        return new SharedNote(author + body, speech.id(), author, name, position, start, end, "原话", "", body, List.of(),
                Instant.parse("2026-12-06T08:00:00Z"));
    }

    private static List<String> bodies(List<NotesPanelViewModel.Row> rows) {
        return rows.stream().map(r -> r.annotation() != null ? r.annotation().note()
                : r.other() != null ? r.other().body() : "—").toList();
    }

    @Test
    void notesPanelListsInReadingOrderWithOrphanedOnesLast() {
        List<Paragraph> paragraphs = store.paragraphs(speech.id()).stream()
                .filter(p -> p.text().length() > 6).toList();
        Paragraph later = paragraphs.get(paragraphs.size() - 1);
        Paragraph earlier = paragraphs.get(0);
        Annotation second = editor.highlight(later.id(), 0, 3, HighlightColor.BLUE, "后面", List.of());
        Annotation first = editor.noteOnParagraph(earlier.id(), "前面", List.of("复习"));
        Annotation third = editor.highlight(later.id(), 4, 6, HighlightColor.YELLOW, "", List.of());
        SpeechAnnotations notes = notes();
        Annotation orphan = new Annotation(99, speech.id(), null, 0, 0, "旧的话", "", "", HighlightColor.GREEN,
                "找不到了", List.of(), first.created(), first.updated(), null, null);
        List<Annotation> withOrphan = new ArrayList<>(notes.annotations());
        withOrphan.add(0, orphan);
        List<NotesPanelViewModel.Row> rows = NotesPanelViewModel.rows(
                new SpeechAnnotations(speech.id(), notes.paragraphIds(), withOrphan), true);
        assertEquals(5, rows.size());
        assertEquals(first.id(), rows.get(0).annotation().id());
        assertEquals(second.id(), rows.get(1).annotation().id());
        assertEquals(third.id(), rows.get(2).annotation().id());
        assertTrue(rows.get(3).orphanedHeading());
        assertNull(rows.get(3).annotation());
        assertEquals("旧的话", rows.get(4).annotation().quote());
        assertEquals(2, NotesPanelViewModel.indexOf(rows, third.id()));
        assertTrue(notes.hasNote(earlier.position()), "a paragraph note marks the margin");
        assertTrue(notes.hasNote(later.position()), "so does a highlight with a note");
        assertEquals(List.of("复习"), store.annotations().tags());
    }

    @Test
    void typedTagsAreSplitAndCleaned() {
        assertEquals(List.of("复习", "教育", "key"), TypedTags.parse(" 复习，教育、#key  复习 "));
        assertEquals(List.of(), TypedTags.parse("  "));
    }

    private static List<StyledSegment<String, Collection<String>>> runs(
            ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> text, int paragraph) {
        return text.getParagraph(paragraph).getStyledSegments();
    }
}
