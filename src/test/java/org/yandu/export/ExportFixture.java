package org.yandu.export;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;

/** One {@link StudyLibrary} with notes for all of a class's tests, and a fresh output folder for each test. */
abstract class ExportFixture {
    @TempDir
    static Path shared;
    @TempDir
    Path out;
    static LibraryStore store;

    @BeforeAll
    static void library() {
        store = StudyLibrary.withNotes(shared.resolve("library.db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }
}
