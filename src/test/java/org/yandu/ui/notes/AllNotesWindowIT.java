package org.yandu.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import org.yandu.settings.Language;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;

/** Study → All Notes in the real window, headless: filter, open a note in the reader, delete and undo, orphaned. */
class AllNotesWindowIT extends RunningWindow {
    private static final String ORPHANED_QUOTE = "修订稿里删去的一句话";

    final Messages messages = Messages.of(Language.SYSTEM);

    @BeforeEach
    void startWindow() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir)) {
            highlight(store, TestLibraries.CLASSROOM_TITLE, "先手棋", HighlightColor.YELLOW);
            highlight(store, TestLibraries.LOOSE_TITLE, "生命线", HighlightColor.GREEN);
            Instant made = Instant.parse("2025-05-01T09:00:00Z");
            store.annotations().place(speech(store, TestLibraries.VILLAGE_TITLE).id(), ORPHANED_QUOTE, "", "", 0,
                    HighlightColor.BLUE, "旧笔记", List.of("复习"), made, made);
        }
        launch();
    }

    @Test
    void escOrCtrlWClosesIt() throws Exception {
        for (KeyCode[] close : List.of(new KeyCode[] {KeyCode.ESCAPE}, new KeyCode[] {KeyCode.CONTROL, KeyCode.W})) {
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
            waitFor(() -> lookup("#all-notes-list").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                    .orElse(false));
            Node list = lookup("#all-notes-list").query();
            javafx.stage.Window window = list.getScene().getWindow();
            interact(() -> {
                window.requestFocus();
                list.requestFocus();
            });
            waitFor(window::isFocused);
            press(close).release(close);
            waitFor(() -> !window.isShowing());
        }
    }

    @Test
    void filtersOpensANoteInTheReaderAndFollowsEdits() throws Exception {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> lookup("#all-notes-list").tryQuery().isPresent());
        ListView<?> list = lookup("#all-notes-list").queryAs(ListView.class);
        waitFor(() -> list.getItems().size() == 3);
        assertEquals(messages.format("allNotes.count", 3, 3), count());

        clickOn("#all-notes-filter").write("先手");
        waitFor(() -> list.getItems().size() == 1);
        assertEquals(messages.format("allNotes.count", 1, 3), count());

        openRow(list, 0);
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains(TestLibraries.CLASSROOM_BODY));

        interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        type(KeyCode.DELETE);
        waitFor(() -> list.getItems().isEmpty());
        assertEquals(messages.format("allNotes.count", 0, 2), count(), "deleted through the note editor");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> list.getItems().size() == 1);
        assertEquals(messages.format("allNotes.count", 1, 3), count(), "and undone");
    }

    @Test
    void anOrphanedNoteIsListedAndOpensItsSpeechAtTheTop() throws Exception {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> lookup("#all-notes-list").tryQuery().isPresent());
        ListView<?> list = lookup("#all-notes-list").queryAs(ListView.class);
        clickOn("#all-notes-orphaned");
        waitFor(() -> list.getItems().size() == 1);
        assertTrue(lookup(".orphaned-mark").queryAll().stream().anyMatch(Node::isVisible), "marked as orphaned");
        Label quote = lookup(".note-quote").queryAll().stream().map(n -> (Label) n)
                .filter(l -> ORPHANED_QUOTE.equals(l.getText())).findFirst().orElseThrow();

        doubleClickOn(quote);
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains("要坚持农业农村优先发展。"));
        assertTrue(lookup(".all-notes-status").queryAs(Label.class).getText().contains(ORPHANED_QUOTE),
                "the window says the quote could not be placed");
    }

    private void openRow(ListView<?> list, int index) {
        interact(() -> {
            list.getSelectionModel().select(index);
            list.requestFocus();
        });
        type(KeyCode.ENTER);
    }

    private String count() {
        return lookup("#all-notes-count").queryAs(Label.class).getText();
    }

    private static Speech speech(LibraryStore store, String title) {
        return store.speeches().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static void highlight(LibraryStore store, String title, String words, HighlightColor color) {
        Paragraph p = store.paragraphs(speech(store, title).id()).stream().filter(x -> x.text().contains(words))
                .findFirst().orElseThrow();
        int at = p.text().indexOf(words);
        store.annotations().highlight(p.id(), at, at + words.length(), color, "", List.of());
    }
}
