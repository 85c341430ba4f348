package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening checks before it writes: what the file is, and through which name it is already open. */
class LibraryOpenChecksTest {
    @TempDir
    Path dir;

    private static int applicationId(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            return rs.getInt(1);
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("places.sqlite");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)");
            st.execute("INSERT INTO bookmarks(url) VALUES ('https://example.org')");
        }
        byte[] before = Files.readAllBytes(file);
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a Yandu library"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("places.sqlite-wal")), "no WAL was added");
        assertFalse(Files.exists(dir.resolve("backups")), "no backup was made");
    }

    @Test
    void aDatabaseStampedByAnotherProgramIsRefusedEvenWithoutTables() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            st.execute("PRAGMA application_id = 42");
            st.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        assertThrows(LibraryException.class, () -> LibraryStore.open(file));
        assertEquals(42, applicationId(file));
    }

    @Test
    void aNewLibraryAndAnOlderOneAreStampedAsYandus() throws Exception {
        Path fresh = dir.resolve("new.db");
        LibraryStore.open(fresh).close();
        assertEquals(LibraryIdentity.APPLICATION_ID, applicationId(fresh));

        Path older = dir.resolve("older.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + older)) {
            Migrations.apply(db, 1);
        }
        assertEquals(0, applicationId(older));
        try (LibraryStore store = LibraryStore.open(older)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
        }
        assertEquals(LibraryIdentity.APPLICATION_ID, applicationId(older));
        LibraryStore.open(older).close();
    }

    @Test
    void aSecondOpenInThisProcessThroughASymlinkOrAHardLinkIsRefused() throws Exception {
        Path library = dir.resolve("library.db");
        Path symlink = Files.createSymbolicLink(dir.resolve("symlink.db"), library.getFileName());
        try (LibraryStore store = LibraryStore.open(library)) {
            Path hardLink = Files.createLink(dir.resolve("hardlink.db"), library);
            for (Path other : List.of(library, symlink, hardLink)) {
                LibraryInUseException e = assertThrows(LibraryInUseException.class, () -> LibraryStore.open(other));
                assertTrue(e.getMessage().contains("already open"), e.getMessage());
            }
            assertTrue(store.isEmpty(), "the first store still reads");
            store.putSetting("after", "refusals");
        }
        try (LibraryStore store = LibraryStore.open(symlink)) {
            assertEquals(library.toRealPath(), store.file());
            assertEquals("refusals", store.setting("after").orElseThrow());
        }
    }
}
