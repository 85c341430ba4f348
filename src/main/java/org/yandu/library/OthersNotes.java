package org.yandu.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes others in the group shared on a speech, placed on this library's copy: each part found by its quote and
 * the words around it as the reader's own notes are after a re-import (only a sure place counts: a note of another
 * is never shown on words that may not be its own), and a passage's parts, one a paragraph as their author's library
 * keeps them, joined into one note as the reader's own are ({@link Passages}).
 */
final class OthersNotes {
    /** Others' notes on the library's speeches ({@code %s}: which), by speech, oldest edit first. */
    private static final String SHARED = """
            WITH g AS (SELECT n.*, CASE WHEN json_valid(n.anchor) THEN n.anchor ELSE '{}' END AS a FROM group_notes n)
            SELECT s.id, g.group_id, coalesce(json_extract(g.a, '$.passage'), g.group_id), g.author,
                   coalesce(m.display_name, g.author), coalesce(json_extract(g.a, '$.quote'), ''),
                   coalesce(json_extract(g.a, '$.prefix'), ''), coalesce(json_extract(g.a, '$.suffix'), ''),
                   coalesce(json_extract(g.a, '$.paragraph'), -1), g.colour, g.body, g.tags, g.edited_at
            FROM g JOIN speeches s ON s.fingerprint = g.speech_fingerprint
            LEFT JOIN group_members m ON m.name = g.author
            WHERE %s g.author <> (SELECT user_name FROM group_link)
            ORDER BY s.id, g.edited_at, g.group_id""";

    /** One shared note as the group keeps it: a passage's parts share their {@code passage} key. */
    private record Part(long speechId, String groupId, String passage, String author, String authorName,
                        String quote, String prefix, String suffix, int hint, String colour, String body,
                        String tags, String edited) {
    }

    private final Queries queries;

    OthersNotes(Queries queries) {
        this.queries = queries;
    }

    List<SharedNote> of(long speechId) {
        return placed(queries.query("read the group's notes on speech " + speechId,
                SHARED.formatted("s.id = ? AND"), OthersNotes::part, speechId));
    }

    /** Every note others shared on the library's speeches, speech by speech. */
    List<SharedNote> all() {
        return placed(queries.query("read the group's notes", SHARED.formatted(""), OthersNotes::part));
    }

    private static Part part(ResultSet rs) throws SQLException {
        return new Part(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    /** The parts placed speech by speech (each speech's paragraphs read once), passages joined. */
    private List<SharedNote> placed(List<Part> parts) {
        Map<Long, List<Part>> bySpeech = new LinkedHashMap<>();
        parts.forEach(part -> bySpeech.computeIfAbsent(part.speechId(), k -> new ArrayList<>()).add(part));
        List<SharedNote> notes = new ArrayList<>(parts.size());
        bySpeech.forEach((speechId, onSpeech) -> notes.addAll(placedIn(speechId, onSpeech)));
        return notes;
    }

    private List<SharedNote> placedIn(long speechId, List<Part> parts) {
        List<Integer> positions = new ArrayList<>();
        List<String> texts = queries.query("read the paragraphs of speech " + speechId,
                "SELECT position, text FROM paragraphs WHERE speech_id = ? ORDER BY position", rs -> {
                    positions.add(rs.getInt(1));
                    return rs.getString(2);
                }, speechId);
        Map<String, List<SharedNote>> passages = new LinkedHashMap<>();
        for (Part part : parts) {
            passages.computeIfAbsent(part.passage(), k -> new ArrayList<>()).add(place(part, texts, positions));
        }
        return passages.values().stream().map(OthersNotes::joined).toList();
    }

    private static SharedNote place(Part part, List<String> texts, List<Integer> positions) {
        Anchor.Found found = part.quote().isEmpty() ? null
                : Anchor.locate(texts, part.quote(), part.prefix(), part.suffix(), part.hint());
        Anchor.Place place = found != null && found.sure() ? found.place() : null;
        return new SharedNote(part.groupId(), part.speechId(), part.author(), part.authorName(),
                place == null ? -1 : positions.get(place.paragraph()), place == null ? 0 : place.start(),
                place == null ? 0 : place.end(), part.quote(), part.colour(), part.body(),
                part.tags().isEmpty() ? List.of() : List.of(part.tags().split("\n", -1)), Instant.parse(part.edited()));
    }

    /** A passage as one note: where its first part found in this copy is, with every part's words, a line each. */
    private static SharedNote joined(List<SharedNote> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<SharedNote> ordered = new ArrayList<>(parts);
        ordered.sort((a, b) -> Integer.compare(order(a), order(b)));
        SharedNote first = ordered.get(0);
        String quotes = String.join("\n", ordered.stream().map(SharedNote::quote).toList());
        return new SharedNote(first.groupId(), first.speechId(), first.author(), first.authorName(), first.position(),
                first.start(), first.end(), quotes, first.colour(), first.body(), first.tags(), first.edited());
    }

    /** Reading order; a part not found in this copy after those found. */
    private static int order(SharedNote part) {
        return part.placed() ? part.position() : Integer.MAX_VALUE;
    }
}
