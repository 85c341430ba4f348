package org.yandu.library.group;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a group's server in one transaction: committed whole, or rolled back whole on any failure. */
final class Transactions {
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
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
