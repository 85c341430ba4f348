package org.yandu.library.group;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a page of a group's changes: the rows of a query whose parameters are the number to read after, then a
 * limit, in change order. */
final class Changes {
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Changes() {
    }

    static <T> List<T> since(GroupConnection member, String what, String sql, long since, int limit, Row<T> row) {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement select = member.jdbc().prepareStatement(sql)) {
            select.setLong(1, since);
            select.setInt(2, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
        } catch (SQLException e) {
            throw new GroupException("Could not read the group's " + what + " since " + since + ": "
                    + e.getMessage(), e);
        }
        return rows;
    }
}
