package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Small JDBC helpers shared by the store's classes: bind arguments, one transaction (statements: {@link Statements}).
 */
final class Sql {
    private Sql() {
    }

    /** Binds {@code args} in order; a null is SQL NULL. */
    static void bind(PreparedStatement ps, @Nullable Object... args) throws SQLException {
        // A value too few would otherwise run as the previous run's value or NULL, writing wrong rows silently.
        int expected = ps.getParameterMetaData().getParameterCount();
        if (expected != args.length) {
            throw new IllegalArgumentException("the statement takes " + expected + " values, " + args.length
                    + " were given");
        }
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Work with no result (a write), which a {@link Work} would have to end with a meaningless null. */
    interface Step {
        void run() throws SQLException;
    }

    /** The step as work whose result nobody reads. */
    static Work<Boolean> work(Step step) {
        return () -> {
            step.run();
            return true;
        };
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

    /** {@link #inTransaction(Connection, Work)} for a step with no result. */
    static void runInTransaction(Connection db, Step step) throws SQLException {
        inTransaction(db, work(step));
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
