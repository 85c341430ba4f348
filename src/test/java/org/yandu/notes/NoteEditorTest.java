package org.yandu.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.Annotation;
import org.yandu.library.Annotations;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.SourceFile;
import org.yandu.library.SpeechDraft;

class NoteEditorTest {
    @TempDir
    Path dir;
    private LibraryStore store;
    private NoteEditor editor;
    private long paragraph;
    private long next;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"));
        long speech = store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), null,
                List.of(new SpeechDraft("标题", false, null, null, null, null, List.of(),
                        List.of(ParagraphDraft.body("密切联系群众是我们党的优良作风。"),
                                ParagraphDraft.body("我们要始终保持同人民群众的血肉联系。"))))).speechIds().get(0);
        paragraph = store.paragraphs(speech).get(0).id();
        next = store.paragraphs(speech).get(1).id();
        editor = new NoteEditor(store.annotations());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createIsUndoneAndRedoneWithItsId() {
        Annotation a = editor.highlight(paragraph, 0, 6, HighlightColor.YELLOW, "", List.of("作风"));
        editor.undo();
        assertTrue(store.annotations().all().isEmpty());
        assertEquals(a, editor.redo().orElseThrow());
        assertEquals(List.of(a), store.annotations().all());
    }

    @Test
    void recolourAndEditAreUndoneAndRedone() {
        Annotation a = editor.highlight(paragraph, 0, 6, HighlightColor.YELLOW, "", List.of());
        editor.update(a.id(), HighlightColor.PINK, "", List.of());
        editor.update(a.id(), HighlightColor.PINK, "重要", List.of("重点"));
        editor.undo();
        Annotation afterOne = store.annotations().find(a.id()).orElseThrow();
        assertEquals(HighlightColor.PINK, afterOne.color());
        assertEquals("", afterOne.note());
        editor.undo();
        assertEquals(HighlightColor.YELLOW, store.annotations().find(a.id()).orElseThrow().color());
        editor.redo();
        editor.redo();
        Annotation redone = store.annotations().find(a.id()).orElseThrow();
        assertEquals("重要", redone.note());
        assertEquals(List.of("重点"), redone.tags());
        assertFalse(editor.canRedo());
    }

    @Test
    void deleteIsUndoneExactly() {
        Annotation a = editor.noteOnParagraph(paragraph, "整段：作风建设。", List.of("作风"));
        editor.delete(a.id());
        assertTrue(store.annotations().find(a.id()).isEmpty());
        assertEquals(a, editor.undo().orElseThrow());
        editor.redo();
        assertTrue(store.annotations().find(a.id()).isEmpty());
    }

    @Test
    void typingANoteIsOneStepToUndo() {
        Annotation a = editor.highlight(paragraph, 0, 6, HighlightColor.GREEN, "", List.of());
        editor.saveTyping(a.id(), "密");
        editor.saveTyping(a.id(), "密切");
        editor.saveTyping(a.id(), "密切联系");
        assertEquals("密切联系", store.annotations().find(a.id()).orElseThrow().note());
        editor.undo();
        assertEquals("", store.annotations().find(a.id()).orElseThrow().note());
        editor.undo();
        assertTrue(store.annotations().all().isEmpty());
        assertFalse(editor.canUndo());
    }

    @Test
    void aHighlightAcrossParagraphsIsMadeUndoneRecolouredAndDeletedInOneStepEach() {
        Annotation made = editor.highlightPassage(List.of(new Annotations.Span(paragraph, 11, 16),
                new Annotations.Span(next, 0, 4)), HighlightColor.YELLOW, "", List.of());
        assertEquals("优良作风。\n我们要始", made.quote(), "shown joined");

        editor.update(made.id(), HighlightColor.BLUE, "连着读", List.of());
        editor.delete(made.id());
        assertTrue(store.annotations().all().isEmpty());
        Annotation back = editor.undo().orElseThrow();
        assertEquals(made.quote(), back.quote());
        assertEquals(2, store.annotations().all().size(), "both parts are back");
        assertTrue(store.annotations().all().stream().allMatch(a -> a.color() == HighlightColor.BLUE));
        editor.undo();
        assertTrue(store.annotations().all().stream().allMatch(a -> a.color() == HighlightColor.YELLOW));
        editor.undo();
        assertTrue(store.annotations().all().isEmpty(), "one undo takes back both parts");
        assertEquals(made.quote(), editor.redo().orElseThrow().quote());
        assertEquals(2, store.annotations().all().size());
    }
}
