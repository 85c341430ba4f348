package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A library that cannot grow (SQLite's page limit: a real "database or disk is full") reports that, not what follows.
 */
class FullLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsTheErrorATransactionReportsNotTheRollbackAfterIt() throws Exception {
        Path file = dir.resolve("library.db");
        LibraryStore.open(file).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            long pages;
            try (ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                pages = rs.getLong(1);
            }
            st.execute("PRAGMA max_page_count = " + pages);
            SQLException e = assertThrows(SQLException.class, () -> Sql.inTransaction(db, () -> {
                try (PreparedStatement ps = db.prepareStatement(
                        "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)")) {
                    for (int i = 0; i < 100; i++) {
                        Sql.bind(ps, 1000 + i, "x".repeat(100_000));
                        ps.executeUpdate();
                    }
                }
                return null;
            }));
            SQLiteException sqlite = (SQLiteException) e;
            assertEquals(SQLiteErrorCode.SQLITE_FULL, sqlite.getResultCode(), e.toString());
            assertTrue(e.getMessage().contains("database or disk is full"), e.getMessage());
            assertEquals(FailureReason.DISK_FULL, FailureReason.of(new LibraryException("Could not", e)));
            assertTrue(db.getAutoCommit(), "the connection is back in auto-commit, ready for the next write");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_migrations WHERE version >= 1000")) {
                assertEquals(0, rs.getInt(1), "nothing of the failed transaction stays");
            }
        }
    }
}
