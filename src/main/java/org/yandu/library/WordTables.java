package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SQL for stored segmentation and the user's glossary; called by LibraryStore under its lock. */
final class WordTables {
    private static final Logger log = LoggerFactory.getLogger(WordTables.class);
    private static final String TAG_SEPARATOR = ";";

    private final Connection db;
    private final Statements statements;

    WordTables(Connection db, Statements statements) {
        this.db = db;
        this.statements = statements;
    }

    void putTokens(Map<Long, int[]> lengthsByParagraph) throws SQLException {
        // An upsert rather than INSERT OR REPLACE, which deletes first and so costs twice as much with foreign keys on.
        for (Map.Entry<Long, int[]> e : lengthsByParagraph.entrySet()) {
            statements.execute("INSERT INTO paragraph_tokens(paragraph_id, lengths) VALUES (?, ?)"
                    + " ON CONFLICT(paragraph_id) DO UPDATE SET lengths = excluded.lengths",
                    e.getKey(), TokenLengths.encode(e.getValue()));
        }
    }

    /** Token lengths of a speech's paragraphs that have them, by paragraph id. */
    Map<Long, int[]> tokens(long speechId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT t.paragraph_id, t.lengths FROM paragraph_tokens t"
                + " JOIN paragraphs p ON p.id = t.paragraph_id WHERE p.speech_id = ?")) {
            ps.setLong(1, speechId);
            Map<Long, int[]> result = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), TokenLengths.decode(rs.getBytes(2)));
                }
            }
            return result;
        }
    }

    /** Up to {@code limit} paragraphs that have no stored tokens, as id and text. */
    Map<Long, String> unsegmented(int limit) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT p.id, p.text FROM paragraphs p"
                + " WHERE NOT EXISTS (SELECT 1 FROM paragraph_tokens t WHERE t.paragraph_id = p.id)"
                + " ORDER BY p.id LIMIT ?")) {
            ps.setInt(1, limit);
            Map<Long, String> result = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getString(2));
                }
            }
            return result;
        }
    }

    int countUnsegmented() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM paragraphs p"
                + " WHERE NOT EXISTS (SELECT 1 FROM paragraph_tokens t WHERE t.paragraph_id = p.id)");
             ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }

    List<UserTerm> userTerms() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT term, pinyin, explanation, english, tags FROM user_terms ORDER BY term");
             ResultSet rs = ps.executeQuery()) {
            List<UserTerm> result = new ArrayList<>();
            while (rs.next()) {
                String term = rs.getString(1);
                String tags = Objects.requireNonNullElse(rs.getString(5), "");
                if (term == null || term.isBlank()) {
                    // Only written by hand or by an older Yandu; one such row must not cost the whole glossary.
                    log.warn("A row of the user's glossary without a term is left out");
                    continue;
                }
                result.add(new UserTerm(term, rs.getString(2), rs.getString(3), rs.getString(4),
                        tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR))));
            }
            return result;
        }
    }

    void putUserTerm(UserTerm term) throws SQLException {
        String now = Instant.now().toString();
        statements.execute("""
                INSERT INTO user_terms(term, pinyin, explanation, english, tags, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(term) DO UPDATE SET pinyin = excluded.pinyin, explanation = excluded.explanation,
                    english = excluded.english, tags = excluded.tags, updated_at = excluded.updated_at""",
                term.term(), term.pinyin(), term.explanation(), term.english(), String.join(TAG_SEPARATOR, term.tags()),
                now, now);
    }

    boolean deleteUserTerm(String term) throws SQLException {
        return statements.execute("DELETE FROM user_terms WHERE term = ?", term) > 0;
    }
}
