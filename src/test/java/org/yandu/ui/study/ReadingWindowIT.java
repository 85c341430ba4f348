package org.yandu.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yandu.library.BackupFile;
import org.yandu.library.LibraryStore;
import org.yandu.library.SpeechStudied;
import org.yandu.settings.Language;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;

/** Read marks in the real window, headless: kept across a restart, and undone by restoring an earlier backup. */
class ReadingWindowIT extends RunningWindow {

    @BeforeEach
    void startWindow() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir)) {
            store.backups().create("manual");
        }
        launch();
    }

    @Test
    void aSpeechMarkedReadStaysReadUntilAnEarlierBackupIsRestored() throws Exception {
        openClassroom();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> classroomCell().map(c -> c.getStyleClass().contains("read")).orElse(false));

        restart();
        waitFor(() -> findTreeCell("2024年讲话选编").isPresent());
        waitFor(() -> classroomCell().map(c -> c.getStyleClass().contains("read")).orElse(false));

        clickOn("#menu-file");
        clickOn("#menu-restore");
        waitFor(() -> lookup("#backup-list").tryQuery().isPresent());
        clickOn(lookup(".button").match(n -> n instanceof Button b && b.isDefaultButton()).queryButton());
        waitFor(() -> lookup(".alert.confirmation").tryQuery().isPresent());
        clickOn(lookup(".alert.confirmation .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
        waitFor(() -> classroomCell().map(c -> !c.getStyleClass().contains("read")).orElse(false));
        assertFalse(classroomCell().orElseThrow().getStyleClass().contains("read"));
        assertTrue(lookup("#reader-text").queryAs(StyleClassedTextArea.class).getText()
                .contains(TestLibraries.CLASSROOM_BODY), "the open speech is shown again after the restore");
    }

    /** An earlier version's damaged backup is listed, marked, never chosen: the sound one is, and can be restored. */
    @Test
    void aDamagedBackupIsListedMarkedAndCannotBeRestored() throws Exception {
        Path damaged = Files.writeString(dir.resolve("backups/library-20991231-235959-000-daily.db"), "坏了".repeat(99));
        clickOn("#menu-file");
        clickOn("#menu-restore");
        waitFor(() -> lookup("#backup-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<BackupFile> list = lookup("#backup-list").queryAs(ListView.class);
        Button restore = lookup(".button").match(n -> n instanceof Button b && b.isDefaultButton()).queryButton();

        assertEquals(List.of(damaged, false),
                List.of(list.getItems().get(0).file(), list.getItems().get(0).restorable()));
        assertTrue(list.getSelectionModel().getSelectedItem().restorable(), "the sound one is chosen");
        assertFalse(restore.isDisabled());
        interact(() -> list.getSelectionModel().select(0));
        assertTrue(restore.isDisabled(), "a damaged backup cannot be restored");
        assertTrue(lookup("#backup-list .list-cell").queryAll().stream().anyMatch(cell -> cell.isDisabled()
                && ((ListCell<?>) cell).getText().endsWith(Messages.of(Language.SYSTEM).get("restore.damaged"))));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertTrue(Files.exists(damaged), "the reader's file is left alone");
    }

    @Test
    void theWeeksSummaryListsTheSpeechReadAndOpensItAgain() throws Exception {
        openClassroom();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> classroomCell().map(c -> c.getStyleClass().contains("read")).orElse(false));
        clickOn(treeCell(TestLibraries.LOOSE_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> !area.getText().contains(TestLibraries.CLASSROOM_BODY));

        clickOn("#menu-study");
        clickOn("#menu-week");
        waitFor(() -> lookup("#study-speeches").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<SpeechStudied> speeches = lookup("#study-speeches").queryAs(ListView.class);
        SpeechStudied classroom = speeches.getItems().stream()
                .filter(s -> s.title().equals(TestLibraries.CLASSROOM_TITLE)).findFirst().orElseThrow();
        assertTrue(classroom.finished(), "finished this week");
        Node row = lookup("#study-speeches .list-cell")
                .match((Node n) -> n instanceof ListCell<?> cell && cell.getItem() == classroom).query();
        doubleClickOn(row);

        waitFor(() -> area.getText().contains(TestLibraries.CLASSROOM_BODY));
        assertTrue(lookup("#study-speeches").tryQuery().isEmpty(), "the summary closes");
    }

    private Optional<Node> classroomCell() {
        return findTreeCell(TestLibraries.CLASSROOM_TITLE);
    }
}
