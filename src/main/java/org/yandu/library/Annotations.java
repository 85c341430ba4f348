package org.yandu.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reader's highlights and notes in the library. Every change is one committed transaction when the method
 * returns: there is no Save. Calls are serialised with the rest of the library on the store's monitor.
 */
public final class Annotations {
    private static final String COLUMNS = """
            SELECT a.id, a.speech_id, a.paragraph_id, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix,
                   a.color, a.note, a.created_at, a.updated_at,
                   (SELECT group_concat(tag, char(31) ORDER BY tag) FROM annotation_tags t
                     WHERE t.annotation_id = a.id),
                   a.suggested_paragraph_id, a.suggested_start, a.suggested_end, a.passage_id
              FROM annotations a LEFT JOIN paragraphs p ON p.id = a.paragraph_id
            """;
    private static final String READING_ORDER =
            " ORDER BY a.speech_id, p.position IS NULL, p.position, a.start_offset, a.id";

    private final Queries queries;
    private final Statements statements;

    Annotations(Queries queries, Statements statements) {
        this.queries = queries;
        this.statements = statements;
    }

    /** Highlights characters {@code start} (inclusive) to {@code end} (exclusive) of a paragraph. */
    public Annotation highlight(long paragraphId, int start, int end, HighlightColor color, String note,
                                List<String> tags) {
        if (color == null) {
            throw new IllegalArgumentException("a highlight needs a colour");
        }
        return queries.inTransaction("save the annotation", () -> create(paragraphId, start, end, color, note, tags));
    }

    /** Characters {@code [start, end)} of a paragraph: one part of a highlight across paragraphs. */
    public record Span(long paragraphId, int start, int end) {
    }

    /**
     * Highlights a passage across paragraphs, one part for each span, in one transaction: all or nothing. The
     * note and tags go on the first part. One span makes a plain highlight.
     *
     * @param spans the parts in reading order, each within its paragraph
     * @return the parts as stored, the first part first
     */
    public List<Annotation> highlightPassage(List<Span> spans, HighlightColor color, String note,
                                             List<String> tags) {
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a passage has at least one part");
        }
        return queries.inTransaction("save the annotation", () -> {
            List<Long> ids = new ArrayList<>();
            Set<Long> speeches = new HashSet<>();
            for (Span span : spans) {
                boolean first = ids.isEmpty();
                Annotation part = create(span.paragraphId(), span.start(), span.end(), color, first ? note : "",
                        first ? tags : List.of());
                ids.add(part.id());
                speeches.add(part.speechId());
            }
            if (speeches.size() > 1) {
                throw new LibraryException("The parts of a highlight must be in one speech");
            }
            linkParts(ids);
            List<Annotation> parts = new ArrayList<>();
            for (long id : ids) {
                parts.add(read(id).orElseThrow());
            }
            return parts;
        });
    }

    /**
     * Makes annotations already stored the parts of one passage, the first given first (a passage restored from
     * a notes file). Fewer than two leave them as they are.
     */
    public void joinIntoPassage(List<Long> ids) {
        queries.inTransaction("join the parts of a highlight", () -> {
            linkParts(ids);
            return ids.size();
        });
    }

    private void linkParts(List<Long> ids) throws SQLException {
        if (ids.size() < 2) {
            return;
        }
        for (long id : ids) {
            statements.execute("UPDATE annotations SET passage_id = ? WHERE id = ?", ids.get(0), id);
        }
    }

    /** Every part of the passage annotation {@code id} belongs to, first part first; or just the annotation. */
    public List<Annotation> passage(long id) {
        return queries.read("read annotation " + id, () -> partsOf(id));
    }

    private List<Annotation> partsOf(long id) throws SQLException {
        Annotation a = read(id).orElseThrow(() -> LibraryException.gone("There is no annotation " + id
                + " in the library"));
        if (!a.inPassage()) {
            return List.of(a);
        }
        return Passages.firstPartFirst(queries.rows(COLUMNS + " WHERE a.passage_id = ?" + READING_ORDER,
                Annotations::annotation, a.passageKey()));
    }

    /** A note on a whole paragraph, without a highlight colour. */
    public Annotation noteOnParagraph(long paragraphId, String note, List<String> tags) {
        return queries.inTransaction("save the annotation", () -> create(paragraphId, 0, -1, null, note, tags));
    }

    /**
     * Recolours, re-notes or re-tags what annotation {@code id} is part of: every part of a passage takes the
     * colour, its first part the note and tags. Returns that first part (the annotation itself when alone).
     */
    public Annotation update(long id, @Nullable HighlightColor color, String note, List<String> tags) {
        return queries.inTransaction("change annotation " + id, () -> {
            long first = partsOf(id).get(0).id();
            String now = Instant.now().toString();
            statements.execute("UPDATE annotations SET color = ?, updated_at = ? WHERE id = ? OR passage_id = ?",
                    color == null ? null : color.name(), now, first, first);
            statements.execute("UPDATE annotations SET note = ? WHERE id = ?", note == null ? "" : note, first);
            replaceTags(first, tags);
            return read(first).orElseThrow();
        });
    }

    /** Deletes the annotation, and the other parts of its passage if it is one. */
    public boolean delete(long id) {
        return queries.inTransaction("delete annotation " + id, () -> {
            long key = read(id).map(Annotation::passageKey).orElse(id);
            return statements.execute("DELETE FROM annotations WHERE id = ? OR passage_id = ?", key, key) > 0;
        });
    }

    /** Puts a deleted annotation back exactly as it was (undo of a delete). */
    public Annotation restore(Annotation a) {
        return queries.inTransaction("restore annotation " + a.id(), () -> {
            statements.execute("INSERT INTO annotations(id, speech_id, quote, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?)", a.id(), a.speechId(), a.quote(), a.created().toString(),
                    a.updated().toString());
            return putBack(a);
        });
    }

    /** Makes an annotation exactly as {@code a} was: its place, words, colour, note, tags and times (undo, redo). */
    public Annotation replace(Annotation a) {
        return queries.inTransaction("change annotation " + a.id(), () -> putBack(a));
    }

    /**
     * Moves an annotation onto characters {@code [start, end)} of a paragraph of its speech (an orphan onto its
     * suggested place): it marks the words there from now on.
     */
    public Annotation moveTo(long id, long paragraphId, int start, int end) {
        return queries.inTransaction("place annotation " + id, () -> {
            ParagraphText paragraph = paragraph(paragraphId);
            String text = paragraph.text();
            Annotation a = read(id).orElseThrow(() -> LibraryException.gone("There is no annotation " + id
                    + " in the library"));
            if (a.speechId() != paragraph.speechId() || start < 0 || end <= start || end > text.length()) {
                throw new LibraryException("Characters " + start + " to " + end + " of paragraph " + paragraphId
                        + " are not in the speech of annotation " + id);
            }
            statements.execute("UPDATE annotations SET paragraph_id = ?, start_offset = ?, end_offset = ?, quote = ?,"
                            + " prefix = ?, suffix = ?, suggested_paragraph_id = NULL, suggested_start = NULL,"
                            + " suggested_end = NULL, updated_at = ? WHERE id = ?",
                    paragraphId, start, end, text.substring(start, end), Anchor.prefixOf(text, start),
                    Anchor.suffixOf(text, end), Instant.now().toString(), id);
            return read(id).orElseThrow();
        });
    }

    /**
     * Adds an annotation made elsewhere (a JSON export of another library) to a speech of this one, placed on
     * its quote's words in the speech's paragraphs, near paragraph position {@code hint} if it is there more
     * than once; orphaned when the words are not surely in the speech (see {@link Anchor}). Keeps its times.
     */
    public Annotation place(long speechId, String quote, String prefix, String suffix, int hint,
                            @Nullable HighlightColor color, String note, List<String> tags, Instant created,
                            Instant updated) {
        return queries.inTransaction("add an annotation to speech " + speechId,
                () -> placeHere(speechId, quote, prefix, suffix, hint, color, note, tags, created, updated));
    }

    /** {@link #place} inside the caller's transaction (the group's sync places a note from another device so). */
    Annotation placeHere(long speechId, String quote, String prefix, String suffix, int hint,
                         @Nullable HighlightColor color, String note, List<String> tags, Instant created,
                         Instant updated) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        paragraphsOf(speechId, ids, texts);
        long id = statements.insert("INSERT INTO annotations(speech_id, quote, prefix, suffix, color, note,"
                        + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id",
                speechId, quote, prefix, suffix, color == null ? null : color.name(), note == null ? "" : note,
                created.toString(), updated.toString());
        anchor(id, Anchor.locate(texts, quote, prefix, suffix, hint), ids);
        replaceTags(id, tags);
        return read(id).orElseThrow();
    }

    public Optional<Annotation> find(long id) {
        return queries.queryOne("read annotation " + id, COLUMNS + " WHERE a.id = ?", Annotations::annotation, id);
    }

    /** The speech's annotations in reading order; orphaned ones last. */
    public List<Annotation> ofSpeech(long speechId) {
        return queries.query("read the notes of speech " + speechId, COLUMNS + " WHERE a.speech_id = ?" + READING_ORDER,
                Annotations::annotation, speechId);
    }

    /** Every annotation of the library, speech by speech in reading order. */
    public List<Annotation> all() {
        return queries.query("read the notes", COLUMNS + READING_ORDER, Annotations::annotation);
    }

    /** The position in its speech of every paragraph carrying an annotation or suggested for one, by paragraph id. */
    public Map<Long, Integer> paragraphPositions() {
        return queries.read("read where the notes are", () -> positions("SELECT p.id, p.position FROM paragraphs p"
                + " WHERE p.id IN (SELECT paragraph_id FROM annotations"
                + " UNION SELECT suggested_paragraph_id FROM annotations)"));
    }

    /** Every tag in use, for completion. */
    public List<String> tags() {
        return queries.query("read the tags", "SELECT DISTINCT tag FROM annotation_tags ORDER BY tag",
                rs -> rs.getString(1));
    }

    /**
     * Takes the speech's annotations off its paragraphs before they are replaced, returning the position of the
     * paragraph each was on (where to look first when they are placed again). Inside the caller's transaction.
     */
    Map<Long, Integer> detach(long speechId) throws SQLException {
        Map<Long, Integer> positions = positions("SELECT a.id, p.position FROM annotations a"
                + " JOIN paragraphs p ON p.id = a.paragraph_id WHERE a.speech_id = ?", speechId);
        statements.execute("UPDATE annotations SET paragraph_id = NULL, start_offset = NULL, end_offset = NULL"
                + " WHERE speech_id = ?", speechId);
        return positions;
    }

    /**
     * Places every annotation of the speech on its words in the current paragraphs, looking first where it was;
     * those whose words are gone, or not surely theirs, become orphaned (with the place suggested, if any).
     * Inside the caller's transaction. Returns how many are orphaned.
     */
    int reanchor(long speechId, Map<Long, Integer> positions) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        paragraphsOf(speechId, ids, texts);
        int orphaned = 0;
        for (Annotation a : queries.rows(COLUMNS + " WHERE a.speech_id = ?" + READING_ORDER, Annotations::annotation,
                speechId)) {
            Anchor.Found found = Anchor.locate(texts, a.quote(), a.prefix(), a.suffix(),
                    positions.getOrDefault(a.id(), -1));
            if (!anchor(a.id(), found, ids)) {
                orphaned++;
            }
        }
        return orphaned;
    }

    /**
     * Sets an annotation to what it became elsewhere (on another device of the reader's), inside the caller's
     * transaction, keeping its id; it is placed again only when its words or their surroundings changed.
     */
    Annotation refreshHere(long id, long speechId, String quote, String prefix, String suffix, int hint,
                           @Nullable HighlightColor color, String note, List<String> tags, Instant updated)
            throws SQLException {
        Annotation before = read(id).orElseThrow();
        statements.execute("UPDATE annotations SET color = ?, note = ?, updated_at = ? WHERE id = ?",
                color == null ? null : color.name(), note, updated.toString(), id);
        replaceTags(id, tags);
        if (before.speechId() != speechId || !before.quote().equals(quote) || !before.prefix().equals(prefix)
                || !before.suffix().equals(suffix)) {
            statements.execute("UPDATE annotations SET speech_id = ?, quote = ?, prefix = ?, suffix = ? WHERE id = ?",
                    speechId, quote, prefix, suffix, id);
            List<Long> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            paragraphsOf(speechId, ids, texts);
            anchor(id, Anchor.locate(texts, quote, prefix, suffix, hint), ids);
        }
        return read(id).orElseThrow();
    }

    /**
     * Puts an annotation where it was found: on the place when sure, else orphaned with the place suggested (or
     * none). Returns whether it is placed.
     */
    private boolean anchor(long id, Anchor.@Nullable Found found, List<Long> paragraphIds) throws SQLException {
        Anchor.Place place = found == null ? null : found.place();
        Long paragraphId = place == null ? null : paragraphIds.get(place.paragraph());
        Integer start = place == null ? null : place.start();
        Integer end = place == null ? null : place.end();
        boolean sure = found != null && found.sure();
        statements.execute("UPDATE annotations SET paragraph_id = ?, start_offset = ?, end_offset = ?,"
                        + " suggested_paragraph_id = ?, suggested_start = ?, suggested_end = ? WHERE id = ?",
                sure ? paragraphId : null, sure ? start : null, sure ? end : null,
                sure ? null : paragraphId, sure ? null : start, sure ? null : end, id);
        return sure;
    }

    /** Stores an annotation on characters {@code [start, end)} (to the end when negative); in a transaction. */
    private Annotation create(long paragraphId, int start, int end, @Nullable HighlightColor color, String note,
                              List<String> tags) throws SQLException {
        ParagraphText paragraph = paragraph(paragraphId);
        String text = paragraph.text();
        int to = end < 0 ? text.length() : end;
        // Offsets are UTF-16 units; a range cutting a surrogate pair (an emoji) would quote half a
        // character, so it grows to the whole character: the start moves back, the end forward (before
        // the check, so both ends inside one emoji mark that emoji).
        int from = Anchor.splitsPair(text, start) ? start - 1 : start;
        int until = Anchor.splitsPair(text, to) ? to + 1 : to;
        if (from < 0 || until <= from || until > text.length()) {
            throw new RangeOutsideParagraphException(start, to, text.length());
        }
        String now = Instant.now().toString();
        long id = statements.insert("INSERT INTO annotations(speech_id, paragraph_id, start_offset, end_offset,"
                        + " quote, prefix, suffix, color, note, created_at, updated_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                        + " RETURNING id",
                paragraph.speechId(), paragraphId, from, until, text.substring(from, until),
                Anchor.prefixOf(text, from), Anchor.suffixOf(text, until),
                color == null ? null : color.name(), note == null ? "" : note, now, now);
        replaceTags(id, tags);
        return read(id).orElseThrow();
    }

    private Annotation putBack(Annotation a) throws SQLException {
        Annotation.Suggestion suggestion = a.suggestion();
        if (statements.execute("UPDATE annotations SET paragraph_id = ?, start_offset = ?, end_offset = ?, quote = ?,"
                        + " prefix = ?, suffix = ?, color = ?, note = ?, created_at = ?, updated_at = ?,"
                        + " suggested_paragraph_id = ?, suggested_start = ?, suggested_end = ?, passage_id = ?"
                        + " WHERE id = ?",
                a.paragraphId(), a.orphaned() ? null : a.start(), a.orphaned() ? null : a.end(), a.quote(), a.prefix(),
                a.suffix(), a.color() == null ? null : a.color().name(), a.note(), a.created().toString(),
                a.updated().toString(), suggestion == null ? null : suggestion.paragraphId(),
                suggestion == null ? null : suggestion.start(), suggestion == null ? null : suggestion.end(),
                a.passage(), a.id()) == 0) {
            throw LibraryException.gone("There is no annotation " + a.id() + " in the library");
        }
        replaceTags(a.id(), a.tags());
        return read(a.id()).orElseThrow();
    }

    /** Fills {@code ids} and {@code texts} with the speech's paragraphs in reading order. */
    private void paragraphsOf(long speechId, List<Long> ids, List<String> texts) throws SQLException {
        queries.rows("SELECT id, text FROM paragraphs WHERE speech_id = ? ORDER BY position", rs -> {
            ids.add(rs.getLong(1));
            return texts.add(rs.getString(2));
        }, speechId);
    }

    /** Reads rows of (id, position) into a map. */
    private Map<Long, Integer> positions(String sql, Object... args) throws SQLException {
        Map<Long, Integer> positions = new HashMap<>();
        queries.rows(sql, rs -> positions.put(rs.getLong(1), rs.getInt(2)), args);
        return positions;
    }

    private record ParagraphText(long speechId, String text) {
    }

    private ParagraphText paragraph(long paragraphId) throws SQLException {
        return queries.first("SELECT speech_id, text FROM paragraphs WHERE id = ?",
                rs -> new ParagraphText(rs.getLong(1), rs.getString(2)), paragraphId)
                .orElseThrow(() -> LibraryException.gone("There is no paragraph " + paragraphId + " in the library"));
    }

    void replaceTags(long id, List<String> tags) throws SQLException {
        statements.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", id);
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = tag.strip().replaceFirst("^#", "");
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        for (String tag : clean) {
            statements.execute("INSERT INTO annotation_tags(annotation_id, tag) VALUES (?, ?)", id, tag);
        }
    }

    /** The annotation as it is now, inside the caller's transaction. */
    Optional<Annotation> read(long id) throws SQLException {
        return queries.first(COLUMNS + " WHERE a.id = ?", Annotations::annotation, id);
    }

    private static Annotation annotation(ResultSet rs) throws SQLException {
        long paragraph = rs.getLong(3);
        Long paragraphId = rs.wasNull() ? null : paragraph;
        String color = rs.getString(9);
        String tags = rs.getString(13);
        long suggested = rs.getLong(14);
        Annotation.Suggestion suggestion = rs.wasNull() || paragraphId != null ? null
                : new Annotation.Suggestion(suggested, rs.getInt(15), rs.getInt(16));
        long passage = rs.getLong(17);
        Long passageId = rs.wasNull() ? null : passage;
        return new Annotation(rs.getLong(1), rs.getLong(2), paragraphId, rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getString(8), color == null ? null : HighlightColor.valueOf(color),
                rs.getString(10), tags == null ? List.of() : List.of(tags.split("\u001f")),
                Instant.parse(rs.getString(11)), Instant.parse(rs.getString(12)), suggestion, passageId);
    }
}
