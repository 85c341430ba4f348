package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Binding a statement's values: all of them or none, so a missing one is never run as NULL or a stale value. */
class SqlTest {
    @Test
    void aStatementGivenTooFewOrTooManyValuesIsRefused() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
             PreparedStatement ps = db.prepareStatement("SELECT ? + ?")) {
            Sql.bind(ps, 1, 2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
            IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> Sql.bind(ps, 5));
            assertEquals("the statement takes 2 values, 1 were given", few.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Sql.bind(ps, 1, 2, 3));
        }
    }
}
