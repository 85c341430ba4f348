package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's one way to run SQL: a failure is one library error saying what, and a write is all or nothing. */
class QueriesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedReadSaysWhatCouldNotBeReadInWhichLibrary() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            long speech = speech(store);
            drop(file, "lookups");
            LibraryException e = assertThrows(LibraryException.class, () -> store.lookups().ofSpeech(speech));
            assertTrue(e.getMessage().startsWith("Could not read the lookups of speech " + speech + " in the library "
                    + store.file() + ": "), e.getMessage());
            assertInstanceOf(SQLException.class, e.getCause());
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNothingWritten() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            long speech = speech(store);
            store.reading().record(speech, 1, 30);
            drop(file, "reading_days"); // the second of the two statements of a reading record now fails
            LibraryException e = assertThrows(LibraryException.class, () -> store.reading().record(speech, 0, 60));
            assertTrue(e.getMessage().startsWith("Could not save the progress of speech " + speech), e.getMessage());
            ReadingProgress progress = store.reading().progress(speech);
            assertEquals(1, progress.position(), "the position of the failed record was rolled back");
            assertEquals(30, progress.secondsRead());
        }
    }

    private static long speech(LibraryStore store) {
        return store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), null,
                List.of(new SpeechDraft("标题", false, null, null, null, null, List.of(),
                        List.of(ParagraphDraft.body("第一段。"), ParagraphDraft.body("第二段。"))))).speechIds().get(0);
    }

    /** Another connection takes a table away beneath the store, as a damaged or tampered file would. */
    private static void drop(Path file, String table) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            st.execute("DROP TABLE " + table);
        }
    }
}
