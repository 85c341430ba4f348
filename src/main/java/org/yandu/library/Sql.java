package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers shared by the store's classes: bind arguments, one transaction (statements: {@link Statements}). */
final class Sql {
    private Sql() {
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction. The first error is the one thrown: after a full disk or an I/O error
     * SQLite has often rolled back already, and the ROLLBACK (or the COMMIT of returning to auto-commit) then fails
     * with "no transaction is active", which would hide why; those later failures ride along as suppressed.
     */
    static <T> T inTransaction(Connection db, Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            endAfter(db, e);
            throw e;
        }
        db.setAutoCommit(true);
        return result;
    }

    private static void endAfter(Connection db, Exception first) {
        try {
            db.rollback();
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
        try {
            db.setAutoCommit(true); // sqlite-jdbc is back in auto-commit even when the COMMIT this runs fails
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }
}
