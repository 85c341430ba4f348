package org.yandu.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.yandu.library.group.Assignment;
import org.yandu.library.group.GroupCollection;
import org.yandu.library.group.GroupMember;
import org.yandu.library.group.GroupNote;
import org.yandu.library.group.GroupTerm;
import org.yandu.library.group.NoteState;
import org.yandu.library.group.ReadingState;

/**
 * The group's changes applied here, a page at a time, each page in one transaction with the change number it
 * reaches, and with the outbox's triggers held off so that they are not sent back. A sync stopped midway applies
 * a page again to the same effect.
 */
public final class GroupArrivals {
    private final Queries queries;
    private final Statements statements;
    private final Annotations annotations;
    private final GroupTerms terms;
    private final GroupFolders folders;

    GroupArrivals(Queries queries, Statements statements, Annotations annotations, GroupTerms terms,
                  GroupFolders folders) {
        this.queries = queries;
        this.statements = statements;
        this.annotations = annotations;
        this.terms = terms;
        this.folders = folders;
    }

    /** Applies the group's glossary changed up to {@code upTo}; its terms then wait to be segmented. */
    public void applyGlossary(List<GroupTerm> changed, long upTo) {
        inApplying(GroupStream.GLOSSARY, upTo, me -> terms.apply(changed));
    }

    /** Applies the group's collections published or withdrawn up to {@code upTo}. */
    public void applyCollections(List<GroupCollection> changed, long upTo) {
        inApplying(GroupStream.COLLECTIONS, upTo, me -> folders.apply(changed));
    }

    /**
     * Applies the group's notes changed up to change number {@code upTo}, in one transaction with the number, so a
     * sync stopped midway applies them again, to the same effect. This member's notes from their other devices
     * become this library's own (unless changed here since, which the next push settles); the notes others
     * shared are kept apart, read-only.
     */
    public void applyNotes(List<GroupNote> changes, long upTo) {
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

    /**
     * Stores the speeches the group shared that this library lacks (one it has by its fingerprint is left as it
     * is), each as a source of its own, all in one transaction, their words left for the background segmentation,
     * then records how far the speeches were applied. A sync stopped between the two stores nothing twice: the
     * speech is found by its fingerprint the next time.
     */
    public int applySpeeches(List<GroupSpeech> speeches, long upTo, LibraryStore store) {
        List<SourceDraft> missing = new ArrayList<>();
        for (GroupSpeech speech : speeches) {
            boolean here = queries.queryOne("look for a speech", "SELECT 1 FROM speeches WHERE fingerprint = ?",
                    rs -> true, speech.fingerprint()).isPresent();
            if (!here) {
                missing.add(new SourceDraft(new SourceFile("group:" + speech.fingerprint(), speech.speech().title(),
                        "group", "UTF-8", 0, speech.fingerprint()), List.of(speech.speech())));
            }
        }
        int added = store.recordImports(missing).stream().mapToInt(ImportRecord::added).sum();
        queries.runInTransaction("record the group's speeches applied", () -> {
            if (added > 0) {
                folders.refill();
            }
            pulled(GroupStream.SPEECHES, upTo);
        });
        return added;
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

    /**
     * Places this member's notes that came from another device before their speech was here, now that it is
     * (published to the group, or imported); how many.
     */
    public int placeWaitingNotes() {
        int[] placed = {0};
        applying("place your notes that waited for their speech", me -> {
            List<GroupNote> waiting = queries.rows("SELECT g.group_id, g.speech_fingerprint, g.anchor, g.colour,"
                    + " g.body, g.tags, g.shared, g.edited_at, g.revision FROM group_notes g JOIN speeches s"
                    + " ON s.fingerprint = g.speech_fingerprint WHERE g.author = ?", rs -> new GroupNote(
                    new NoteState(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6).isEmpty() ? List.of()
                            : List.of(rs.getString(6).split("\n", -1)), rs.getBoolean(7), false, 0,
                            Instant.parse(rs.getString(8))), me, rs.getInt(9), 0), me);
            for (GroupNote note : waiting) {
                statements.execute("DELETE FROM group_notes WHERE group_id = ?", note.state().id().toString());
                applyOwn(note, me);
                placed[0]++;
            }
        });
        return placed[0];
    }

    /** Work applying pulled changes, and the place reached, in one go. */
    private void inApplying(GroupStream stream, long upTo, Applying work) {
        applying("apply the group's " + stream.name().toLowerCase(Locale.ROOT), me -> {
            work.apply(me);
            pulled(stream, upTo);
        });
    }

    /** Work in one transaction with the outbox's triggers held off, given this member's user name. */
    private void applying(String what, Applying work) {
        queries.runInTransaction(what, () -> {
            String me = queries.first("SELECT user_name FROM group_link", rs -> rs.getString(1)).orElseThrow(
                    () -> new LibraryException("This library belongs to no group: there are no changes to apply"));
            statements.execute("UPDATE group_link SET applying = 1");
            work.apply(me);
            statements.execute("UPDATE group_link SET applying = 0");
        });
    }

    private interface Applying {
        void apply(String me) throws SQLException;
    }

    private void pulled(GroupStream stream, long upTo) throws SQLException {
        statements.execute("INSERT INTO group_pulled(stream, up_to) VALUES (?, ?) ON CONFLICT(stream)"
                + " DO UPDATE SET up_to = max(up_to, excluded.up_to)", stream.name(), upTo);
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
                        + " shared, edited_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?)", id, change.author(),
                note.speechFingerprint(), note.anchor(), note.colour(), note.body(), String.join("\n", note.tags()),
                note.shared() ? 1 : 0, note.editedAt().toString(), change.revision());
    }

    /** Where a note sits, as its anchor's JSON says (what {@link GroupOutbox} wrote). */
    private record Place(String quote, String prefix, String suffix, int paragraph) {
    }

    private Place place(String json) throws SQLException {
        // An anchor that is not JSON (written past Yandu, with psql) leaves the note orphaned, not the sync stuck.
        return queries.first("SELECT coalesce(json_extract(a, '$.quote'), ''), coalesce(json_extract(a, '$.prefix'),"
                + " ''), coalesce(json_extract(a, '$.suffix'), ''), coalesce(json_extract(a, '$.paragraph'), 0)"
                + " FROM (SELECT CASE WHEN json_valid(?1) THEN ?1 ELSE '{}' END AS a)", rs -> new Place(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), json)
                .orElseThrow();
    }
}
