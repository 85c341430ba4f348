package org.yandu.library.group;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The queries a sync runs on the group's server, one a stream, each reading "changes since a number" in pages, and
 * the tables each reads. Each must be served by the index on the change number (row-level security included), or
 * a sync would read a group's hundreds of thousands of notes whole for every page; their plans show it.
 */
public enum SyncQuery {
    MEMBERS(GroupMembers.SINCE, GroupMembers::since, "members"),
    SPEECHES(GroupSpeeches.SINCE, GroupSpeeches::since, "speeches"),
    COLLECTIONS(GroupCollections.SINCE, GroupCollections::since, "collections"),
    ASSIGNMENTS(GroupAssignments.SINCE, GroupAssignments::since, "assignments"),
    GLOSSARY(GroupGlossary.SINCE, GroupGlossary::since, "glossary"),
    READING(GroupReading.SINCE, GroupReading::since, "reading"),
    NOTES(GroupNotes.SINCE, GroupNotes::since, "notes", "unshared_notes");

    private interface Page {
        List<?> read(GroupConnection member, long since, int limit);
    }

    private final String sql;
    private final Page page;
    private final List<String> tables;

    SyncQuery(String sql, Page page, String... tables) {
        this.sql = sql;
        this.page = page;
        this.tables = List.of(tables);
    }

    /** The tables the query reads. */
    public List<String> tables() {
        return tables;
    }

    /** One page of changes, read as a sync reads it; how many rows came. */
    public int page(GroupConnection member, long since, int limit) {
        return page.read(member, since, limit).size();
    }

    /** How the server plans the query for this member (EXPLAIN's lines). */
    public String plan(GroupConnection member, long since, int limit) {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = member.jdbc().prepareStatement("explain " + sql)) {
            explain.setLong(1, since);
            explain.setInt(2, limit);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new GroupException("Could not read the server's plan of the " + this + " query: "
                    + e.getMessage(), e);
        }
        return plan.toString();
    }

    /**
     * Whether the plan reads {@code table} through its change index (an index scan, "using notes_change", or a
     * bitmap one, "on reading_change") and never whole.
     */
    public static boolean servedByIndex(String plan, String table) {
        return !plan.contains("Seq Scan on " + table)
                && (plan.contains("using " + table + "_change") || plan.contains("Bitmap Index Scan on " + table
                + "_change"));
    }
}
