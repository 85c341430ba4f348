package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The store's SQL run the one way: under the store's monitor, a write refused first by
 * {@link LibraryStore#requireWritable()}, and an {@link SQLException} turned into one {@link LibraryException}
 * saying what could not be done ({@link LibraryStore#failure}). {@code what} reads as "Could not {@code what} in the
 * library …".
 */
final class Queries {
    /** Reads one row of a result set, the cursor already on it. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final LibraryStore store;
    private final Connection db;
    private final Statements statements;

    Queries(LibraryStore store, Connection db, Statements statements) {
        this.store = store;
        this.db = db;
        this.statements = statements;
    }

    /** Every row of {@code sql}, each read by {@code mapper}. */
    <T> List<T> query(String what, String sql, RowMapper<T> mapper, @Nullable Object... args) {
        return read(what, () -> rows(sql, mapper, args));
    }

    /** The first row of {@code sql}, if there is one. */
    <T> Optional<T> queryOne(String what, String sql, RowMapper<T> mapper, @Nullable Object... args) {
        return read(what, () -> first(sql, mapper, args));
    }

    /** Work that only reads, perhaps in several statements. */
    <T> T read(String what, Sql.Work<T> work) {
        synchronized (store) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw store.failure(what, e);
            }
        }
    }

    /** One statement that changes the library, committed when it returns; how many rows it changed. */
    int update(String what, String sql, @Nullable Object... args) {
        store.awaitTreesChecked();
        synchronized (store) {
            store.requireWritable();
            try {
                return statements.execute(sql, args);
            } catch (SQLException e) {
                throw store.failure(what, e);
            }
        }
    }

    /** Work that changes the library, in one transaction. */
    <T> T inTransaction(String what, Sql.Work<T> work) {
        store.awaitTreesChecked();
        synchronized (store) {
            store.requireWritable();
            try {
                return Sql.inTransaction(db, work);
            } catch (SQLException e) {
                throw store.failure(what, e);
            }
        }
    }

    /** {@link #inTransaction} for a step with no result. */
    void runInTransaction(String what, Sql.Step step) {
        inTransaction(what, Sql.work(step));
    }

    /** {@link #query} for work already under the monitor (inside {@link #read} or {@link #inTransaction}). */
    <T> List<T> rows(String sql, RowMapper<T> mapper, @Nullable Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            Sql.bind(ps, args);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        }
    }

    /** {@link #queryOne} for work already under the monitor. */
    <T> Optional<T> first(String sql, RowMapper<T> mapper, @Nullable Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        }
    }
}
