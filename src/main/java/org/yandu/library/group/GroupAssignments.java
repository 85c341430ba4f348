package org.yandu.library.group;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What a group is set to read. Organisers set and withdraw assignments; every member reads them. */
public final class GroupAssignments {
    private static final String SET = "insert into yandu.assignments (id, title, speech_fingerprints, due, note)"
            + " values (?, ?, ?, ?, ?) on conflict (id) do update set title = excluded.title,"
            + " speech_fingerprints = excluded.speech_fingerprints, due = excluded.due, note = excluded.note,"
            + " withdrawn = false";
    static final String SINCE = "select id, title, speech_fingerprints, due, note, withdrawn, change"
            + " from yandu.assignments where change > ? order by change limit ?";

    private GroupAssignments() {
    }

    /** Sets (or changes) an assignment. */
    public static void set(GroupConnection organiser, Assignment assignment) {
        try (PreparedStatement set = organiser.jdbc().prepareStatement(SET)) {
            set.setObject(1, assignment.id());
            set.setString(2, assignment.title());
            set.setArray(3, organiser.jdbc().createArrayOf("text", assignment.speechFingerprints().toArray()));
            set.setDate(4, assignment.due() == null ? null : Date.valueOf(assignment.due()));
            set.setString(5, assignment.note());
            set.executeUpdate();
        } catch (SQLException e) {
            throw new GroupException("Could not set the assignment \"" + assignment.title() + "\": "
                    + e.getMessage(), e);
        }
    }

    public static List<Assignment> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "assignments", SINCE, since, limit, row -> {
            Date due = row.getDate(4);
            return new Assignment(row.getObject(1, UUID.class), row.getString(2),
                    Arrays.asList((String[]) row.getArray(3).getArray()), due == null ? null : due.toLocalDate(),
                    row.getString(5), row.getBoolean(6), row.getLong(7));
        });
    }
}
