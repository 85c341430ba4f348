package org.yandu.library.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every query a sync runs can be served by an index on the change number, row-level security included: with
 * sequential scans ruled out, PostgreSQL still finds a plan for each without one. (On the tests' few rows it
 * would rightly read the tables whole; on a group's hundreds of thousands of notes it must not have to.)
 */
class GroupQueryPlansTest {
    /** Each query and the tables it reads. */
    private static final Map<String, List<String>> QUERIES = Map.of(
            GroupNotes.SINCE, List.of("notes", "unshared_notes"),
            GroupSpeeches.SINCE, List.of("speeches"),
            GroupAssignments.SINCE, List.of("assignments"),
            GroupReading.SINCE, List.of("reading"),
            GroupMembers.SINCE, List.of("members"),
            GroupGlossary.SINCE, List.of("glossary"),
            GroupCollections.SINCE, List.of("collections"));

    @RegisterExtension
    static final TestGroup group = new TestGroup();



    @Test
    void eachSyncQueryOfAMemberIsServedByAnIndex() throws Exception {
        try (Connection member = group.as(group.li())) {
            for (Map.Entry<String, List<String>> query : QUERIES.entrySet()) {
                String plan = plan(member, query.getKey());
                for (String table : query.getValue()) {
                    assertFalse(plan.contains("Seq Scan on " + table), plan);
                    // An index scan ("using notes_change") or a bitmap one ("on reading_change").
                    assertTrue(plan.contains("using " + table + "_change")
                            || plan.contains("Bitmap Index Scan on " + table + "_change"), plan);
                }
            }
        }
    }

    private static String plan(Connection connection, String sql) throws Exception {
        try (Statement settings = connection.createStatement()) {
            settings.execute("set enable_seqscan = off");
        }
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            explain.setLong(1, 1000);
            explain.setInt(2, 500);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
