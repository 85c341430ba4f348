package org.yandu.library.group;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The group's glossary on the server. Organisers put and remove terms; every member reads them. A removed term
 * stays as a row marked so, with a change number of its own, which is how members' devices hear of it.
 */
public final class GroupGlossary {
    private static final String PUT = "insert into yandu.glossary (term, pinyin, explanation, english, tags)"
            + " values (?, ?, ?, ?, ?) on conflict (term) do update set pinyin = excluded.pinyin,"
            + " explanation = excluded.explanation, english = excluded.english, tags = excluded.tags,"
            + " deleted = false";
    static final String SINCE = "select term, pinyin, explanation, english, tags, deleted, change"
            + " from yandu.glossary where change > ? order by change limit ?";

    private GroupGlossary() {
    }

    /** Adds a term, or changes the one of that name (bringing it back if it was removed). */
    public static void put(GroupConnection organiser, GroupTerm term) {
        try (PreparedStatement put = organiser.jdbc().prepareStatement(PUT)) {
            put.setString(1, term.term());
            put.setString(2, term.pinyin());
            put.setString(3, Objects.requireNonNullElse(term.explanation(), ""));
            put.setString(4, Objects.requireNonNullElse(term.english(), ""));
            put.setArray(5, organiser.jdbc().createArrayOf("text", term.tags().toArray()));
            put.executeUpdate();
        } catch (SQLException e) {
            throw new GroupException("Could not put " + term.term() + " into the group's glossary: "
                    + e.getMessage(), e);
        }
    }

    /** Takes a term out of the group's glossary; whether it was in it. */
    public static boolean remove(GroupConnection organiser, String term) {
        return Transactions.updateOne(organiser, "take " + term + " out of the group's glossary",
                "update yandu.glossary set deleted = true where term = ? and not deleted", term);
    }

    /** The terms put or removed since {@code since}, in change order, at most {@code limit}. */
    public static List<GroupTerm> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "glossary", SINCE, since, limit, row -> new GroupTerm(row.getString(1),
                row.getString(2), row.getString(3), row.getString(4),
                Arrays.asList((String[]) row.getArray(5).getArray()), row.getBoolean(6), row.getLong(7)));
    }
}
