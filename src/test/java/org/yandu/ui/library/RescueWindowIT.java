package org.yandu.ui.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yandu.library.LibraryStore;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** A damaged or emptied library with a backup beside it: the window offers the backup and opens it restored. */
class RescueWindowIT extends RunningWindow {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theNewestSoundBackupIsOfferedAndRestored(boolean emptied) throws Exception {
        Path library = dir.resolve("library.db");
        try (LibraryStore store = TestLibraries.open(dir)) {
            store.backups().create("manual");
        }
        byte[] damaged = emptied ? new byte[0] : "不是数据库".repeat(300).getBytes(StandardCharsets.UTF_8);
        Files.write(library, damaged);

        start(library);
        waitFor(() -> lookup(".alert.warning").tryQuery().isPresent());
        clickOn(lookup(".alert.warning .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
        waitFor(() -> findTreeCell("2024年讲话选编").isPresent());

        List<Path> aside;
        try (Stream<Path> files = Files.list(dir)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("library.db.damaged-")).toList();
        }
        assertEquals(1, aside.size(), aside.toString());
        assertArrayEquals(damaged, Files.readAllBytes(aside.get(0)), "the old bytes are kept");
    }

    /**
     * Declined, the offer is not lost: the window says the library was not opened and how to restore it, and
     * File → Restore from Backup… lists the backups and restores one.
     */
    @Test
    void aDeclinedOfferCanBeTakenUpLaterFromTheFileMenu() throws Exception {
        Path library = dir.resolve("library.db");
        try (LibraryStore store = TestLibraries.open(dir)) {
            store.backups().create("manual");
        }
        Files.write(library, "不是数据库".repeat(300).getBytes(StandardCharsets.UTF_8));

        start(library);
        waitFor(() -> lookup(".alert.warning").tryQuery().isPresent());
        clickOn(lookup(".alert.warning .button").match(n -> n instanceof Button b && b.isCancelButton()).queryButton());
        waitFor(() -> lookup(".reader-placeholder").tryQuery()
                .map(n -> ((Label) n).getText().contains("File → Restore from Backup…")).orElse(false));

        clickOn("#menu-file");
        clickOn("#menu-restore");
        waitFor(() -> lookup("#backup-list").tryQuery().isPresent());
        assertEquals(1, lookup("#backup-list").queryListView().getItems().size());
        clickOn(lookup(".button").match(n -> n instanceof Button b && b.isDefaultButton()).queryButton());
        waitFor(() -> lookup(".alert.confirmation").tryQuery().isPresent());
        clickOn(lookup(".alert.confirmation .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryButton());
        waitFor(() -> findTreeCell("2024年讲话选编").isPresent());
    }
}
