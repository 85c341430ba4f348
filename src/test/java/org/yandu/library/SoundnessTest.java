package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check at open, in its two steps, on a library whose search index alone is damaged: its b-trees are sound, so
 * writes go through at once; the whole file's check, which compares FTS5's index, finds it and refuses writes from
 * then on.
 */
class SoundnessTest {
    @TempDir
    Path dir;

    @Test
    void writesWaitForTheBTreesAloneAndTheWholeFilesCheckComesWhenAsked() throws Exception {
        Path file = dir.resolve("library.db");
        StudyCopy.open(file).close();
        damageTheSearchIndex(file);

        try (LibraryStore store = LibraryStore.openOrReadBesideCheckingLater(file)) {
            assertTrue(store.damage().isEmpty(), "its b-trees are sound");
            assertFalse(store.soundnessChecked().isDone(), "the whole file's check waits to be asked");
            StudyCopy.highlight(store, "生命线", "写得进去");
            store.checkWholeFile();
            String found = store.soundnessChecked().join().orElseThrow();
            assertTrue(found.contains("fts5") || found.contains("FTS5") || found.contains("malformed"), found);
            assertEquals(found, store.damage().orElseThrow(), "what was found counts from then on");
            assertThrows(LibraryDamagedException.class, () -> StudyCopy.highlight(store, "根本工作路线", "写不进去"));
        }
        try (LibraryStore store = LibraryStore.open(file)) {
            assertTrue(store.soundnessChecked().join().isPresent(), "opened as the command line does: checked whole");
        }
    }

    /**
     * The window asks for both checks once its lookups are ready: a library closed before the whole file's check was
     * asked for (its b-trees' answered, or not even asked for) closes at once.
     */
    @ParameterizedTest(name = "the b-trees checked first: {0}")
    @ValueSource(booleans = {true, false})
    void aLibraryClosedBeforeItsWholeCheckWasAskedForClosesAtOnce(boolean treesChecked) {
        Path file = dir.resolve("library.db");
        StudyCopy.open(file).close();
        LibraryStore store = LibraryStore.openOrReadBesideCheckingLater(file);
        if (treesChecked) {
            assertTrue(store.damage().isEmpty());
        }
        assertFalse(store.soundnessChecked().isDone(), "the whole file's check waits to be asked");
        store.close();
        assertTrue(store.soundnessChecked().join().isEmpty(), "the check stops with the library, finding nothing");
    }

    /** Zeroes a block of the search index's data, leaving every b-tree as SQLite wants it. */
    private static void damageTheSearchIndex(Path file) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE paragraph_pairs_data SET block = zeroblob(length(block))"
                    + " WHERE id = (SELECT max(id) FROM paragraph_pairs_data)"));
        }
    }
}
