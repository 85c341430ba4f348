package org.yandu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sqlite.Function;
import org.yandu.library.group.Assignment;
import org.yandu.library.group.GroupMember;
import org.yandu.library.group.GroupNote;
import org.yandu.library.group.NoteState;
import org.yandu.library.group.ReadingState;

/**
 * This library's side of its study group (ADR 0022): which group, the outbox of note changes the group has not
 * heard of, and the group's changes applied here. Triggers fill the outbox in the transaction of each change
 * (migration 016), so no way of changing a note can forget it, and a change and its entry are kept or lost
 * together. Pulled changes are applied with the outbox's triggers held off, so they are not sent back.
 */
public final class LibraryGroup {
    private static final String NOTE = """
            SELECT a.id, a.group_id, s.fingerprint, json_object('paragraph', p.position, 'start', a.start_offset,
                'end', a.end_offset, 'quote', a.quote, 'prefix', a.prefix, 'suffix', a.suffix,
                'passage', (SELECT f.group_id FROM annotations f WHERE f.id = a.passage_id)),
                coalesce(a.color, ''), a.note, a.shared, a.group_revision, a.updated_at
            FROM annotations a JOIN speeches s ON s.id = a.speech_id LEFT JOIN paragraphs p ON p.id = a.paragraph_id
            WHERE a.group_id = ?""";

    private final Queries queries;
    private final Statements statements;
    private final Annotations annotations;

    LibraryGroup(Queries queries, Statements statements, Annotations annotations) {
        this.queries = queries;
        this.statements = statements;
        this.annotations = annotations;
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

    /** Leaves the group: the notes stay, as this library's own; what waited for the group and others' notes go. */
    public void leave() {
        queries.runInTransaction("leave the group", () -> {
            for (String table : List.of("group_link", "group_pulled", "outbox", "group_deleted_notes",
                    "group_notes", "group_members", "group_assignments", "group_reading", "reading_outbox")) {
                statements.execute("DELETE FROM " + table);
            }
            statements.execute("UPDATE annotations SET group_id = NULL, group_revision = 0, shared = 0");
        });
    }

    /** The notes other members shared on a speech, oldest first. */
    public List<SharedNote> sharedNotes(long speechId) {
        return queries.query("read the group's notes on speech " + speechId, """
                SELECT g.group_id, g.author, g.anchor, g.colour, g.body, g.tags, g.edited_at
                FROM group_notes g JOIN speeches s ON s.fingerprint = g.speech_fingerprint
                WHERE s.id = ? AND g.author <> (SELECT user_name FROM group_link)
                ORDER BY g.edited_at""", rs -> new SharedNote(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6).isEmpty() ? List.of()
                : List.of(rs.getString(6).split("\n", -1)), Instant.parse(rs.getString(7))), speechId);
    }

    /** Shares a note with the group, or takes it back to the reader alone; a passage's parts go together. */
    public void share(long annotationId, boolean shared) {
        queries.update("share note " + annotationId, "UPDATE annotations SET shared = ?1 WHERE id = ?2"
                + " OR passage_id = (SELECT coalesce(passage_id, -1) FROM annotations WHERE id = ?2)",
                shared ? 1 : 0, annotationId);
    }

    /** How many notes have changes the group has not heard of. */
    public int waiting() {
        return queries.queryOne("count the changes waiting for the group",
                "SELECT count(DISTINCT note_id) FROM outbox", rs -> rs.getInt(1)).orElse(0);
    }

    /** Up to {@code limit} notes with changes waiting, the longest waiting first, each as it is now. */
    public List<OutgoingNote> outgoing(int limit) {
        return queries.read("read the changes waiting for the group", () -> {
            Map<String, List<String>> pushes = new LinkedHashMap<>();
            queries.rows("SELECT note_id, push_id FROM outbox WHERE note_id IN (SELECT note_id FROM outbox"
                    + " GROUP BY note_id ORDER BY min(made_at), min(rowid) LIMIT ?) ORDER BY made_at, rowid", rs ->
                    pushes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2)), limit);
            List<OutgoingNote> notes = new ArrayList<>();
            for (Map.Entry<String, List<String>> note : pushes.entrySet()) {
                notes.add(new OutgoingNote(note.getValue(), state(note.getKey())));
            }
            return notes;
        });
    }

    /**
     * The group has these notes: their outbox entries go, and each keeps the revision the server gave it (0 when
     * the server had applied the push before, whose revision the next pull brings).
     */
    public void sent(List<OutgoingNote> notes, List<Integer> revisions) {
        queries.runInTransaction("record the changes the group received", () -> {
            for (int i = 0; i < notes.size(); i++) {
                OutgoingNote note = notes.get(i);
                for (String push : note.pushIds()) {
                    statements.execute("DELETE FROM outbox WHERE push_id = ?", push);
                }
                String id = note.state().id().toString();
                if (revisions.get(i) > 0) {
                    statements.execute("UPDATE annotations SET group_revision = ? WHERE group_id = ?",
                            revisions.get(i), id);
                }
                if (note.state().deleted()) {
                    statements.execute("DELETE FROM group_deleted_notes WHERE group_id = ?", id);
                }
            }
        });
    }

    /**
     * Applies the group's notes changed up to change number {@code upTo}, in one transaction with the number, so a
     * sync stopped midway applies them again, to the same effect. This member's notes from their other devices
     * become this library's own (unless changed here since, which the next push settles); the notes others
     * shared are kept apart, read-only.
     */
    public void apply(List<GroupNote> changes, long upTo) {
        inApplying(GroupStream.NOTES, upTo, me -> {
            for (GroupNote change : changes) {
                if (change.unshared()) {
                    statements.execute("DELETE FROM group_notes WHERE group_id = ? AND author <> ?",
                            change.state().id().toString(), me);
                } else if (change.author().equals(me)) {
                    applyOwn(change, me);
                } else {
                    applyOthers(change, me);
                }
            }
        });
    }

    /** A speech of this library as the group is to have it (an organiser publishes it). */
    public GroupSpeech speechToShare(long speechId) {
        return queries.read("read speech " + speechId + " to share it", () -> {
            String fingerprint = queries.first("SELECT fingerprint FROM speeches WHERE id = ?",
                    rs -> rs.getString(1), speechId).orElseThrow(() -> new LibraryException("There is no speech "
                            + speechId + " in the library"));
            SpeechDraft draft = queries.first("SELECT title, title_derived, subtitle, author, speech_date, abstract,"
                    + " keywords FROM speeches WHERE id = ?", rs -> new SpeechDraft(rs.getString(1), rs.getBoolean(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), keywords(rs.getString(7)),
                    queries.rows("SELECT kind, heading_level, lead_in, text FROM paragraphs WHERE speech_id = ?"
                            + " ORDER BY position", p -> new ParagraphDraft(ParagraphKind.valueOf(p.getString(1)),
                            p.getInt(2), p.getString(3), p.getString(4)), speechId)), speechId).orElseThrow();
            return new GroupSpeech(fingerprint, draft);
        });
    }

    /**
     * Stores the speeches the group shared that this library lacks (one it has by its fingerprint is left as it
     * is), each as a source of its own, their words left for the background segmentation, then records how far
     * the speeches were applied. A sync stopped between the two stores nothing twice: the speech is found by its
     * fingerprint the next time.
     */
    public int applySpeeches(List<GroupSpeech> speeches, long upTo, LibraryStore store) {
        int added = 0;
        for (GroupSpeech speech : speeches) {
            boolean here = queries.queryOne("look for a speech", "SELECT 1 FROM speeches WHERE fingerprint = ?",
                    rs -> true, speech.fingerprint()).isPresent();
            if (!here) {
                SourceFile source = new SourceFile("group:" + speech.fingerprint(), speech.speech().title(), "group",
                        "UTF-8", 0, speech.fingerprint());
                added += store.recordImport(source, null, List.of(speech.speech())).added();
            }
        }
        queries.runInTransaction("record the group's speeches applied", () -> pulled(GroupStream.SPEECHES, upTo));
        return added;
    }

    /** The speeches marked read or unread here that the group has not heard of. */
    public List<OutgoingReading> readingToSend() {
        return queries.query("read the reading waiting for the group", """
                SELECT o.speech_fingerprint, r.read_at IS NOT NULL, o.made_at FROM reading_outbox o
                LEFT JOIN speeches s ON s.fingerprint = o.speech_fingerprint
                LEFT JOIN reading_progress r ON r.speech_id = s.id ORDER BY o.made_at""",
                rs -> new OutgoingReading(rs.getString(1), rs.getBoolean(2), rs.getString(3)));
    }

    /** The group has this reading; a speech marked again meanwhile still waits. */
    public void readingSent(List<OutgoingReading> sent) {
        queries.runInTransaction("record the reading the group received", () -> {
            for (OutgoingReading reading : sent) {
                statements.execute("DELETE FROM reading_outbox WHERE speech_fingerprint = ? AND made_at = ?",
                        reading.speechFingerprint(), reading.markedAt());
            }
        });
    }

    /**
     * Applies the group's reading: this member's from their other devices marks the speech here (unless marked
     * here since); others', which only an organiser is given, is kept for the assignments' view.
     */
    public void applyReading(List<ReadingState> states, long upTo) {
        inApplying(GroupStream.READING, upTo, me -> {
            for (ReadingState state : states) {
                if (!state.member().equals(me)) {
                    statements.execute("INSERT OR REPLACE INTO group_reading(member, speech_fingerprint, read)"
                            + " VALUES (?, ?, ?)", state.member(), state.speechFingerprint(), state.read() ? 1 : 0);
                } else if (queries.first("SELECT 1 FROM reading_outbox WHERE speech_fingerprint = ?", rs -> true,
                        state.speechFingerprint()).isEmpty()) {
                    markRead(state.speechFingerprint(), state.read());
                }
            }
        });
    }

    private void markRead(String fingerprint, boolean read) throws SQLException {
        String now = Instant.now().toString();
        statements.execute("INSERT INTO reading_progress(speech_id, read_at) SELECT id, ? FROM speeches"
                + " WHERE fingerprint = ? ON CONFLICT(speech_id) DO UPDATE SET read_at = CASE WHEN ? THEN"
                + " coalesce(read_at, excluded.read_at) END", read ? now : null, fingerprint, read ? 1 : 0);
    }

    public void applyMembers(List<GroupMember> members, long upTo) {
        inApplying(GroupStream.MEMBERS, upTo, me -> {
            for (GroupMember member : members) {
                statements.execute("INSERT OR REPLACE INTO group_members(name, display_name, organiser, active)"
                        + " VALUES (?, ?, ?, ?)", member.name(), member.displayName(), member.organiser() ? 1 : 0,
                        member.active() ? 1 : 0);
            }
        });
    }

    public void applyAssignments(List<Assignment> assignments, long upTo) {
        inApplying(GroupStream.ASSIGNMENTS, upTo, me -> {
            for (Assignment assignment : assignments) {
                statements.execute("DELETE FROM group_assignments WHERE id = ?", assignment.id().toString());
                if (!assignment.withdrawn()) {
                    statements.execute("INSERT INTO group_assignments(id, title, speech_fingerprints, due, note)"
                            + " VALUES (?, ?, ?, ?, ?)", assignment.id().toString(), assignment.title(),
                            String.join("\n", assignment.speechFingerprints()),
                            assignment.due() == null ? null : assignment.due().toString(), assignment.note());
                }
            }
        });
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

    /** For an organiser: the members who let them see it, and whether each has read the speech. */
    public Map<String, Boolean> readingOf(String speechFingerprint) {
        Map<String, Boolean> reading = new LinkedHashMap<>();
        queries.query("read who read a speech", "SELECT member, read FROM group_reading WHERE speech_fingerprint = ?"
                + " ORDER BY member", rs -> reading.put(rs.getString(1), rs.getBoolean(2)), speechFingerprint);
        return reading;
    }

    /** Work applying pulled changes (with the outbox's triggers held off), and the place reached, in one go. */
    private void inApplying(GroupStream stream, long upTo, Applying work) {
        queries.runInTransaction("apply the group's " + stream.name().toLowerCase(Locale.ROOT), () -> {
            String me = queries.first("SELECT user_name FROM group_link", rs -> rs.getString(1)).orElseThrow(
                    () -> new LibraryException("This library belongs to no group: there are no changes to apply"));
            statements.execute("UPDATE group_link SET applying = 1");
            work.apply(me);
            statements.execute("UPDATE group_link SET applying = 0");
            pulled(stream, upTo);
        });
    }

    private interface Applying {
        void apply(String me) throws SQLException;
    }

    private void pulled(GroupStream stream, long upTo) throws SQLException {
        statements.execute("INSERT INTO group_pulled(stream, up_to) VALUES (?, ?) ON CONFLICT(stream)"
                + " DO UPDATE SET up_to = max(up_to, excluded.up_to)", stream.name(), upTo);
    }

    private static List<String> keywords(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(ImportWriter.KEYWORD_SEPARATOR));
    }

    private void applyOwn(GroupNote change, String me) throws SQLException {
        NoteState note = change.state();
        String id = note.id().toString();
        boolean changedHere = queries.first("SELECT 1 FROM outbox WHERE note_id = ?", rs -> true, id).isPresent();
        if (changedHere) {
            return;
        }
        Optional<long[]> local = queries.first("SELECT id, group_revision FROM annotations WHERE group_id = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, id);
        if (local.isPresent() && note.deleted()) {
            statements.execute("DELETE FROM annotations WHERE id = ?", local.get()[0]);
            return;
        }
        if (note.deleted() || local.isPresent() && local.get()[1] == change.revision()) {
            return;
        }
        Optional<Long> speech = queries.first("SELECT id FROM speeches WHERE fingerprint = ?", rs -> rs.getLong(1),
                note.speechFingerprint());
        if (speech.isEmpty()) {
            // A note on a speech this library lacks is kept with the group's notes until the speech comes.
            applyOthers(change, me);
            return;
        }
        Place place = place(note.anchor());
        HighlightColor colour = note.colour().isEmpty() ? null : HighlightColor.valueOf(note.colour());
        Annotation placed = local.isPresent()
                ? annotations.refreshHere(local.get()[0], speech.get(), place.quote(), place.prefix(),
                        place.suffix(), place.paragraph(), colour, note.body(), note.tags(), note.editedAt())
                : annotations.placeHere(speech.get(), place.quote(), place.prefix(), place.suffix(),
                        place.paragraph(), colour, note.body(), note.tags(), note.editedAt(), note.editedAt());
        statements.execute("UPDATE annotations SET group_id = ?, group_revision = ?, shared = ? WHERE id = ?", id,
                change.revision(), note.shared() ? 1 : 0, placed.id());
    }

    private void applyOthers(GroupNote change, String me) throws SQLException {
        NoteState note = change.state();
        String id = note.id().toString();
        statements.execute("DELETE FROM group_notes WHERE group_id = ?", id);
        if (note.deleted() || !(note.shared() || change.author().equals(me))) {
            return;
        }
        statements.execute("INSERT INTO group_notes(group_id, author, speech_fingerprint, anchor, colour, body, tags,"
                        + " edited_at, revision) VALUES (?,?,?,?,?,?,?,?,?)", id, change.author(),
                note.speechFingerprint(), note.anchor(), note.colour(), note.body(), String.join("\n", note.tags()),
                note.editedAt().toString(), change.revision());
    }

    /** Where a note sits, as its anchor's JSON says (what {@link #NOTE} wrote). */
    private record Place(String quote, String prefix, String suffix, int paragraph) {
    }

    private Place place(String json) throws SQLException {
        // An anchor that is not JSON (written past Yandu, with psql) leaves the note orphaned, not the sync stuck.
        return queries.first("SELECT json_extract(a, '$.quote'), json_extract(a, '$.prefix'),"
                + " json_extract(a, '$.suffix'), coalesce(json_extract(a, '$.paragraph'), 0)"
                + " FROM (SELECT CASE WHEN json_valid(?1) THEN ?1 ELSE '{}' END AS a)", rs -> new Place(
                        text(rs.getString(1)), text(rs.getString(2)), text(rs.getString(3)), rs.getInt(4)), json)
                .orElseThrow();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The note as it is now, or its tombstone when it was deleted here. */
    private NoteState state(String groupId) throws SQLException {
        Optional<NoteState> note = queries.first(NOTE, rs -> {
            List<String> tags = queries.rows("SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY tag",
                    tag -> tag.getString(1), rs.getLong(1));
            return new NoteState(UUID.fromString(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), tags, rs.getBoolean(7), false, rs.getInt(8), Instant.parse(rs.getString(9)));
        }, groupId);
        if (note.isPresent()) {
            return note.get();
        }
        return queries.first("SELECT speech_fingerprint, group_revision, deleted_at FROM group_deleted_notes"
                        + " WHERE group_id = ?", rs -> new NoteState(UUID.fromString(groupId), rs.getString(1),
                        "{}", "", "", List.of(), false, true, rs.getInt(2), Instant.parse(rs.getString(3))), groupId)
                .orElseThrow(() -> new LibraryException("The note " + groupId + " waits for the group but is"
                        + " neither in the library nor deleted from it"));
    }
}
