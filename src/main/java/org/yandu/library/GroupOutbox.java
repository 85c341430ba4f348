package org.yandu.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.yandu.library.group.NoteState;

/**
 * What the group has not yet heard of from this library: the notes changed here and the speeches marked read.
 * Triggers fill it in the transaction of each change (migration 016), so no way of changing a note can forget it,
 * and a change and its entry are kept or lost together. A note is sent as it is when sent, under its newest
 * change's id, and settles the entries read for it; one made meanwhile stays for the next push.
 */
public final class GroupOutbox {
    private static final String NOTE = """
            SELECT a.id, a.group_id, s.fingerprint, json_object('paragraph', p.position, 'start', a.start_offset,
                'end', a.end_offset, 'quote', a.quote, 'prefix', a.prefix, 'suffix', a.suffix,
                'passage', (SELECT f.group_id FROM annotations f WHERE f.id = a.passage_id)),
                coalesce(a.color, ''), a.note, a.shared, a.group_revision, a.updated_at
            FROM annotations a JOIN speeches s ON s.id = a.speech_id LEFT JOIN paragraphs p ON p.id = a.paragraph_id
            WHERE a.group_id = ?""";

    private final Queries queries;
    private final Statements statements;

    GroupOutbox(Queries queries, Statements statements) {
        this.queries = queries;
        this.statements = statements;
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

    private static List<String> keywords(String stored) {
        return stored.isEmpty() ? List.of() : List.of(stored.split(ImportWriter.KEYWORD_SEPARATOR));
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
