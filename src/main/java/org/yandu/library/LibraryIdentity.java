package org.yandu.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.yandu.failure.Explanation;

/**
 * Tells a Yandu library from another program's SQLite database before anything is written: Yandu would otherwise
 * add its tables and WAL to whatever file {@code --library} names. A library carries {@link #APPLICATION_ID} in
 * its header (migration 010 stamps it); one from before that is known by its migration table.
 */
final class LibraryIdentity {
    /** The bytes of "YNDU" as SQLite's {@code application_id}. */
    static final int APPLICATION_ID = 0x594E_4455;

    private LibraryIdentity() {
    }

    /** Passes a Yandu library or an empty database (a new library); refuses anything else, reading only. */
    static void require(Connection db, Path file) throws SQLException {
        int id = scalar(db, "PRAGMA application_id");
        if (id == APPLICATION_ID || scalar(db, "SELECT count(*) FROM sqlite_master") == 0) {
            return;
        }
        if (id == 0 && scalar(db, "SELECT count(*) FROM sqlite_master"
                + " WHERE type = 'table' AND name = 'schema_migrations'") == 1) {
            return;
        }
        throw new LibraryException(file + " is not a Yandu library: it is a database of another program. It has"
                + " not been changed; choose a Yandu library, or a new file, with --library.",
                Explanation.of(LibraryProblem.NOT_A_LIBRARY, file));
    }

    private static int scalar(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}
