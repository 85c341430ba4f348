package org.yandu.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/**
 * An orphaned note whose words stand elsewhere in the speech, with other words around them: the notes panel says
 * where they may be, and Place It Here puts the note there (it is not moved without the reader).
 */
class SuggestedPlaceWindowIT extends RunningWindow {
    private static final String QUOTE = "民族复兴";

    @BeforeEach
    void startWindow() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir)) {
            long classroom = store.speeches().stream().filter(s -> s.title().equals(TestLibraries.CLASSROOM_TITLE))
                    .map(Speech::id).findFirst().orElseThrow();
            Instant made = Instant.parse("2026-03-01T08:00:00Z");
            Annotation orphan = store.annotations().place(classroom, QUOTE, "在一段已经删去的话里，我们说", "是最要紧的。",
                    -1, HighlightColor.BLUE, "旧版里的笔记", List.of(), made, made);
            assertTrue(orphan.orphaned());
        }
        launch();
    }

    @Test
    void theSuggestedPlaceIsShownAndTakenOnlyWhenTheReaderSaysSo() throws Exception {
        openClassroom();
        TabPane tabs = lookup(".side-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> notes = lookup("#notes-list").queryAs(ListView.class);
        waitFor(() -> notes.getItems().size() == 2);
        assertTrue(((NotesPanelViewModel.Row) notes.getItems().get(0)).orphanedHeading());
        waitFor(() -> lookup(".note-suggestion").tryQuery().isPresent());
        NotesPanelViewModel.Row orphan = (NotesPanelViewModel.Row) notes.getItems().get(1);
        assertEquals(3, orphan.suggested(), "the body paragraph after title, date and author");

        clickOn(lookup(".note-suggestion").queryAs(Label.class));
        Button place = lookup("#note-place-here").queryAs(Button.class);
        waitFor(place::isVisible);
        clickOn(place);

        waitFor(() -> notes.getItems().size() == 1);
        NotesPanelViewModel.Row row = (NotesPanelViewModel.Row) notes.getItems().get(0);
        assertFalse(row.annotation().orphaned());
        assertEquals(QUOTE, row.annotation().quote());
        assertEquals("旧版里的笔记", row.annotation().note());
        waitFor(() -> lookup("#reader-text").lookup(".hl-blue").tryQuery().isPresent());
    }
}
