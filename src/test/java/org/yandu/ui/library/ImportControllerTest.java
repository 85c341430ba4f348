package org.yandu.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.importer.ImportReport;
import org.yandu.library.LibraryStore;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SameThreadTaskExecutor;
import org.yandu.ui.base.StudyServices;

/** Imports from the window, into a real library from real files, with the work run on the test's thread. */
class ImportControllerTest {
    private static final String SPEECH = "在学习会上的讲话\n\n同志们：\n\n今天我们在这里学习，要把学习成果转化为推动工作的实际行动。\n";

    @TempDir
    Path dir;

    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final LibraryViewModel library = new LibraryViewModel();
    private final List<ImportReport> announced = new ArrayList<>();
    private int changes;
    private boolean writable = true;

    private ImportController controller(LibraryStore store) {
        ImportController imports = new ImportController(tasks, () -> Messages.of(Language.ENGLISH), library,
                new StudyServices(), () -> writable, () -> changes++);
        imports.use(store);
        imports.onImportFinished(announced::add);
        return imports;
    }

    @Test
    void anImportIsListedAnnouncedAndCountedOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("speech.txt"), SPEECH, StandardCharsets.UTF_8);
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportController imports = controller(store);
            imports.importPaths(List.of(file));

            assertEquals(1, library.speechCount(), "the tree lists the new speech");
            assertEquals(1, announced.size());
            assertEquals(1, announced.get(0).added());
            assertEquals(1, changes, "what shows the library's notes is told once");
            assertFalse(imports.importingProperty().get(), "no import is pending once it is in");
            assertEquals("1 speech in the library", tasks.idleStatus());
            assertEquals(List.of(), tasks.shownFailures());
        }
    }

    @Test
    void nothingIsImportedWhileTheLibraryIsOnlyRead() throws Exception {
        Path file = Files.writeString(dir.resolve("speech.txt"), SPEECH, StandardCharsets.UTF_8);
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            writable = false;
            controller(store).importPaths(List.of(file));

            assertTrue(store.isEmpty());
            assertEquals(List.of(), announced);
            assertEquals(0, changes);
        }
    }

    @Test
    void aFailedImportIsShownAndLeavesNothingPending() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportController imports = controller(store);
            store.close();
            imports.importPaths(List.of(Files.writeString(dir.resolve("speech.txt"), SPEECH, StandardCharsets.UTF_8)));

            assertEquals(List.of("error.import"), tasks.shownFailures());
            assertFalse(imports.importingProperty().get());
            assertEquals(List.of(), announced);
        }
    }
}
