package org.yandu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.Function;
import org.yandu.library.group.Assignment;
import org.yandu.library.group.GroupMember;

/**
 * This library's side of its study group (ADR 0022): which group it belongs to, what the member chose to share,
 * and what the last syncs brought (members, assignments, others' notes and reading). What waits to be sent is its
 * {@link #outbox()}; what comes from the group is applied by its {@link #arrivals()}.
 */
public final class LibraryGroup {
    private final Queries queries;
    private final Statements statements;
    private final GroupOutbox outbox;
    private final GroupArrivals arrivals;
    private final GroupTerms terms;
    private final GroupFolders folders;

    LibraryGroup(Queries queries, Statements statements, Annotations annotations) {
        this.queries = queries;
        this.statements = statements;
        this.outbox = new GroupOutbox(queries, statements);
        this.terms = new GroupTerms(queries, statements);
        this.folders = new GroupFolders(queries, statements);
        this.arrivals = new GroupArrivals(queries, statements, annotations, terms, folders);
    }

    /** The changes made here that the group has not heard of. */
    public GroupOutbox outbox() {
        return outbox;
    }

    /** The group's changes, applied here. */
    public GroupArrivals arrivals() {
        return arrivals;
    }

    /** The group's glossary as the last sync brought it. */
    public GroupTerms terms() {
        return terms;
    }

    /** The group's published collections, as collections of this library. */
    public GroupFolders folders() {
        return folders;
    }

    /** {@code yandu_uuid()}: a random UUID, the group's ids being UUIDs made by whoever makes the thing. */
    static void register(Connection db) throws SQLException {
        Function.create(db, "yandu_uuid", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(UUID.randomUUID().toString());
            }
        });
    }

    public Optional<GroupMembership> membership() {
        return queries.queryOne("read the library's group", "SELECT url, user_name, joined_at FROM group_link",
                rs -> new GroupMembership(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
    }

    /** The group's change number up to which this library has applied the stream's changes. */
    public long pulledUpTo(GroupStream stream) {
        return queries.queryOne("read how far the group's " + stream + " were applied",
                "SELECT up_to FROM group_pulled WHERE stream = ?", rs -> rs.getLong(1), stream.name()).orElse(0L);
    }

    /**
     * Makes this library a member's copy of a group: from now on each change to a note waits in the outbox, and
     * the notes already here are its first entries (private, as every note is until shared).
     */
    public void join(String url, String user) {
        queries.runInTransaction("join the group at " + url, () -> {
            statements.execute("INSERT INTO group_link(one, url, user_name, joined_at) VALUES (1, ?, ?, ?)", url,
                    user, Instant.now().toString());
            statements.execute("UPDATE annotations SET group_id = yandu_uuid() WHERE group_id IS NULL");
            statements.execute("INSERT INTO outbox(push_id, note_id, made_at) SELECT yandu_uuid(), group_id,"
                    + " updated_at FROM annotations");
            queueAllReading();
        });
    }

    /**
     * Lets the organisers see which speeches this member has read, or stops it; every speech read is sent again
     * with the choice.
     */
    public void showReading(boolean shown) {
        queries.runInTransaction("change who sees what you read", () -> {
            statements.execute("UPDATE group_link SET shows_reading = ?", shown ? 1 : 0);
            queueAllReading();
        });
    }

    private void queueAllReading() throws SQLException {
        statements.execute("INSERT OR REPLACE INTO reading_outbox(speech_fingerprint, made_at)"
                + " SELECT s.fingerprint, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM reading_progress r"
                + " JOIN speeches s ON s.id = r.speech_id WHERE r.read_at IS NOT NULL");
    }

    /** Whether the organisers may see which speeches this member has read. */
    public boolean showsReading() {
        return queries.queryOne("read who sees what you read", "SELECT shows_reading FROM group_link",
                rs -> rs.getBoolean(1)).orElse(false);
    }

    /**
     * Leaves the group: the notes stay, as this library's own, and the group's collections as its collections; what
     * waited for the group and others' notes go, and the group's terms once segmented without them.
     */
    public void leave() {
        queries.runInTransaction("leave the group", () -> {
            for (String table : List.of("group_link", "group_pulled", "outbox", "group_deleted_notes",
                    "group_notes", "group_members", "group_assignments", "group_reading", "reading_outbox")) {
                statements.execute("DELETE FROM " + table);
            }
            statements.execute("UPDATE annotations SET group_id = NULL, group_revision = 0, shared = 0");
            terms.forgetAll();
            folders.forgetAll();
        });
    }

    /** The notes others shared on a speech, oldest edit first, placed on this library's copy ({@link OthersNotes}). */
    public List<SharedNote> sharedNotes(long speechId) {
        return new OthersNotes(queries).of(speechId);
    }

    /** Every note others shared on the library's speeches, speech by speech, placed as {@link #sharedNotes}. */
    public List<SharedNote> allSharedNotes() {
        return new OthersNotes(queries).all();
    }

    /** Shares every note of a speech with the group, or takes them all back; how many changed. */
    public int shareSpeech(long speechId, boolean shared) {
        return queries.update("share the notes of speech " + speechId, "UPDATE annotations SET shared = ?"
                + " WHERE speech_id = ? AND shared <> ?", shared ? 1 : 0, speechId, shared ? 1 : 0);
    }

    /** The note's name in the group, once the library belongs to one. */
    public Optional<UUID> groupIdOf(long annotationId) {
        return queries.queryOne("read the group's name of note " + annotationId, "SELECT group_id FROM annotations"
                + " WHERE id = ? AND group_id IS NOT NULL", rs -> UUID.fromString(rs.getString(1)), annotationId);
    }

    /** Shares a note with the group, or takes it back to the reader alone; a passage's parts go together. */
    public void share(long annotationId, boolean shared) {
        queries.update("share note " + annotationId, "UPDATE annotations SET shared = ?1 WHERE id = ?2"
                + " OR passage_id = (SELECT coalesce(passage_id, -1) FROM annotations WHERE id = ?2)",
                shared ? 1 : 0, annotationId);
    }

    /** The group's members, as last pulled, by the name the group sees. */
    public List<GroupMember> members() {
        return queries.query("read the group's members", "SELECT name, display_name, organiser, active"
                + " FROM group_members ORDER BY display_name", rs -> new GroupMember(rs.getString(1), rs.getString(2),
                rs.getBoolean(3), rs.getBoolean(4), 0));
    }

    /** What the group is set to read, the soonest due first. */
    public List<Assignment> assignments() {
        return queries.query("read the group's assignments", "SELECT id, title, speech_fingerprints, due, note"
                + " FROM group_assignments ORDER BY due IS NULL, due, title", rs -> new Assignment(
                UUID.fromString(rs.getString(1)), rs.getString(2), List.of(rs.getString(3).split("\n", -1)),
                rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)), rs.getString(5), false, 0));
    }

    /**
     * The assignments as the library tree shows them, the soonest due first: each with its speeches here and, for an
     * organiser, how many of them each member has read (of the members who let organisers see it).
     */
    public List<AssignedReading> assignedReading() {
        boolean organiser = organises();
        return assignments().stream().map(a -> assigned(a, organiser)).toList();
    }

    /** Whether this library's member organises the group, as the last sync brought the members. */
    public boolean organises() {
        return queries.queryOne("read whether this member organises the group", "SELECT organiser FROM"
                + " group_members WHERE name = (SELECT user_name FROM group_link)", rs -> rs.getBoolean(1))
                .orElse(false);
    }

    private AssignedReading assigned(Assignment assignment, boolean organiser) {
        String fingerprints = String.join("\n", assignment.speechFingerprints());
        // The fingerprints, one a line, as rows: one query whatever their number.
        String listed = "WITH RECURSIVE f(n, fp, rest) AS (SELECT 0, '', ? || char(10) UNION ALL SELECT n + 1,"
                + " substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1) FROM f"
                + " WHERE rest <> '')";
        List<Long> here = queries.query("read an assignment's speeches", listed + " SELECT s.id FROM f JOIN speeches s"
                + " ON s.fingerprint = f.fp ORDER BY f.n", rs -> rs.getLong(1), fingerprints);
        Map<String, Integer> readBy = new LinkedHashMap<>();
        if (organiser) {
            queries.query("read who read an assignment", listed + " SELECT coalesce(m.display_name, r.member),"
                    + " sum(r.read) FROM f JOIN group_reading r ON r.speech_fingerprint = f.fp"
                    + " LEFT JOIN group_members m ON m.name = r.member GROUP BY r.member ORDER BY 1",
                    rs -> readBy.put(rs.getString(1), rs.getInt(2)), fingerprints);
        }
        return new AssignedReading(assignment.id().toString(), assignment.title(), assignment.due(),
                assignment.note(), here, assignment.speechFingerprints().size() - here.size(), readBy);
    }

    /** For an organiser: the members who let them see it, and whether each has read the speech. */
    public Map<String, Boolean> readingOf(String speechFingerprint) {
        Map<String, Boolean> reading = new LinkedHashMap<>();
        queries.query("read who read a speech", "SELECT member, read FROM group_reading WHERE speech_fingerprint = ?"
                + " ORDER BY member", rs -> reading.put(rs.getString(1), rs.getBoolean(2)), speechFingerprint);
        return reading;
    }
}
