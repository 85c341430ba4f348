package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The store's statements, each prepared once per connection and run through here: bind, run, read an id. SQLite
 * compiles a statement's foreign keys and triggers into it, so preparing a DELETE or INSERT on the speech tables
 * costs more than running it, and an import runs some of them thousands of times. Used under the store's lock.
 */
final class Statements implements AutoCloseable {
    private final Connection db;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection db) {
        this.db = db;
    }

    /** The statement for {@code sql}, its parameters cleared; not to be closed by the caller. */
    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            prepared.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    int execute(String sql, @Nullable Object... args) throws SQLException {
        PreparedStatement ps = of(sql);
        Sql.bind(ps, args);
        return ps.executeUpdate();
    }

    /** The first column of the first row, for a query or for an INSERT ... RETURNING. */
    Optional<Long> queryId(String sql, @Nullable Object... args) throws SQLException {
        PreparedStatement ps = of(sql);
        Sql.bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    /** The first column of every row, in order. */
    List<Long> ids(String sql, @Nullable Object... args) throws SQLException {
        PreparedStatement ps = of(sql);
        Sql.bind(ps, args);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Runs an INSERT ... RETURNING id. */
    long insert(String sql, @Nullable Object... args) throws SQLException {
        return queryId(sql, args).orElseThrow(() -> new SQLException("no id returned by " + sql));
    }

    @Override
    public void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // The connection closes next; nothing is left to release.
            }
        }
        prepared.clear();
    }
}
