package org.yandu.library.group;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A member's notes on the group's server: pushed from the client's outbox, each change applied at most once, and
 * read back as changes since a number. The server's policies decide whose notes these may be.
 */
public final class GroupNotes {
    /** One change from the outbox: its id, made by the client when the change was made, and the note's state. */
    public record Push(UUID pushId, NoteState note) {
    }

    private static final String UPSERT = "insert into yandu.notes (id, speech_fingerprint, anchor, colour, body, tags,"
            + " shared, deleted, base_revision, edited_at) values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set speech_fingerprint = excluded.speech_fingerprint,"
            + " anchor = excluded.anchor, colour = excluded.colour, body = excluded.body, tags = excluded.tags,"
            + " shared = excluded.shared, deleted = excluded.deleted, base_revision = excluded.base_revision,"
            + " edited_at = excluded.edited_at returning revision";
    /**
     * The notes changed, and the shared notes unshared, since a number, merged in change order. Each side is cut to
     * the page in its index's order before they are merged: merged first, every row after the number was read and
     * sorted for each page, all of a group's notes for a new member's every page.
     */
    static final String SINCE = "with page as (select ?::bigint as after, ?::int as size)"
            + " select * from ((select id, speech_fingerprint, anchor::text, colour, body, tags, shared, deleted,"
            + " base_revision, edited_at, author, revision, change, false from yandu.notes"
            + " where change > (select after from page) order by change limit (select size from page))"
            + " union all (select note_id, '', '{}', '', '', '{}'::text[], false, true, 0, now(), '', 0, change, true"
            + " from yandu.unshared_notes where change > (select after from page) order by change"
            + " limit (select size from page))) changed order by 13 limit (select size from page)";

    private GroupNotes() {
    }

    /**
     * Applies the pushes in one transaction: all or none, so a push cut off midway is simply sent again. A push
     * the server has seen before is skipped and reported so.
     */
    public static List<PushResult> push(GroupConnection group, List<Push> pushes) {
        Connection member = group.jdbc();
        try {
            return Transactions.inTransaction(member, () -> {
                List<PushResult> results = new ArrayList<>(pushes.size());
                for (Push push : pushes) {
                    results.add(apply(member, push));
                }
                return results;
            });
        } catch (SQLException e) {
            throw new GroupException("The group's server did not take " + pushes.size() + " changed notes: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The notes this member may read that changed after {@code since}, and those that stopped being shared with
     * them, in change order, at most {@code limit}.
     */
    public static List<GroupNote> since(GroupConnection member, long since, int limit) {
        return Changes.since(member, "notes", SINCE, since, limit, GroupNotes::note);
    }

    /** The kept revisions of one of the member's own notes, oldest first (the server shows no one else's). */
    public static List<NoteRevision> revisions(GroupConnection member, UUID noteId) {
        List<NoteRevision> revisions = new ArrayList<>();
        try (PreparedStatement select = member.jdbc().prepareStatement("select revision, colour, body, tags,"
                + " deleted, edited_at, overwritten_by_another_edit from yandu.note_revisions where note_id = ?"
                + " order by revision")) {
            select.setObject(1, noteId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new NoteRevision(rows.getInt(1), rows.getString(2), rows.getString(3),
                            Arrays.asList((String[]) rows.getArray(4).getArray()), rows.getBoolean(5),
                            rows.getTimestamp(6).toInstant(), rows.getBoolean(7)));
                }
            }
        } catch (SQLException e) {
            throw new GroupException("Could not read the revisions of the note " + noteId + ": " + e.getMessage(),
                    e);
        }
        return revisions;
    }

    private static PushResult apply(Connection member, Push push) throws SQLException {
        NoteState note = push.note();
        try (PreparedStatement recorded = member.prepareStatement(
                "insert into yandu.pushes (id) values (?) on conflict do nothing")) {
            recorded.setObject(1, push.pushId());
            if (recorded.executeUpdate() == 0) {
                return new PushResult(push.pushId(), note.id(), true, 0);
            }
        }
        try (PreparedStatement upsert = member.prepareStatement(UPSERT)) {
            upsert.setObject(1, note.id());
            upsert.setString(2, note.speechFingerprint());
            upsert.setString(3, note.anchor());
            upsert.setString(4, note.colour());
            upsert.setString(5, note.body());
            upsert.setArray(6, member.createArrayOf("text", note.tags().toArray()));
            upsert.setBoolean(7, note.shared());
            upsert.setBoolean(8, note.deleted());
            upsert.setInt(9, note.baseRevision());
            upsert.setTimestamp(10, Timestamp.from(note.editedAt()));
            try (ResultSet revision = upsert.executeQuery()) {
                revision.next();
                return new PushResult(push.pushId(), note.id(), false, revision.getInt(1));
            }
        }
    }

    private static GroupNote note(ResultSet row) throws SQLException {
        Array tags = row.getArray(6);
        NoteState state = new NoteState(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), Arrays.asList((String[]) tags.getArray()), row.getBoolean(7),
                row.getBoolean(8), row.getInt(9), row.getTimestamp(10).toInstant());
        return new GroupNote(state, row.getString(11), row.getInt(12), row.getLong(13), row.getBoolean(14));
    }
}
