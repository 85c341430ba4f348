package org.yandu.library.group;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Work on a group's server in one transaction: committed whole, or rolled back whole on any failure. */
final class Transactions {
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Sets one row's values on a statement of a batch. */
    interface Row<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs {@code sql} once for each item, as one batch in one transaction; a failure, named by {@code what} the
     * server did not take, leaves none of them written.
     */
    static <T> void batch(GroupConnection group, String what, String sql, List<T> items, Row<T> row) {
        Connection connection = group.jdbc();
        try {
            inTransaction(connection, () -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (T item : items) {
                        row.bind(statement, item);
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw new GroupException("The group's server did not take " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs an update of at most one row, keyed by {@code key}; whether it changed one. A failure names {@code what}
     * could not be done.
     */
    static boolean updateOne(GroupConnection group, String what, String sql, Object key) {
        try (PreparedStatement update = group.jdbc().prepareStatement(sql)) {
            update.setObject(1, key);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new GroupException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs the work in a transaction of its own, or as part of the caller's when one is open. */
    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
