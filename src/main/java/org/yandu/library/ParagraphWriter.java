package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Inserts the paragraphs of one imported file, then indexes them for search and stores their words in a few
 * statements at the end: FTS5 flushes its pending terms at every statement that can roll back on its own (an
 * INSERT ... SELECT, or each row of a trigger), so indexing row by row costs it three times as much. The words are
 * segmented on the import's worker meanwhile, so segmentation, the slowest step, overlaps the writing.
 */
final class ParagraphWriter implements AutoCloseable {
    private final Connection db;
    private final WordTables words;
    private final Tokenizer tokenizer;
    private final ImportWorker worker;
    private final PreparedStatement insert;
    private final List<Long> written = new ArrayList<>();
    private final Map<Long, Future<int[]>> tokens = new LinkedHashMap<>();

    /** With a null {@code tokenizer} paragraphs are stored without words, for the background segmentation. */
    ParagraphWriter(Connection db, WordTables words, Tokenizer tokenizer, ImportWorker worker) throws SQLException {
        this.db = db;
        this.words = words;
        this.tokenizer = tokenizer;
        this.worker = worker;
        this.insert = db.prepareStatement("INSERT INTO paragraphs(speech_id, position, kind, heading_level, lead_in, text)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    }

    void insert(long speechId, int position, ParagraphDraft paragraph) throws SQLException {
        Sql.bind(insert, speechId, position, paragraph.kind().name(), paragraph.headingLevel(), paragraph.leadIn(),
                paragraph.text());
        long id;
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        written.add(id);
        if (tokenizer != null) {
            tokens.put(id, worker.submit(() -> tokenizer.tokenLengths(paragraph.text())));
        }
    }

    /** Adds the paragraphs inserted to the search index, then stores their words once they are segmented. */
    void finish() throws SQLException {
        if (!written.isEmpty()) {
            String ids = written.toString();
            Sql.execute(db, "INSERT INTO paragraph_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM paragraphs"
                    + " WHERE id IN (SELECT value FROM json_each(?))", ids);
            Sql.execute(db, "INSERT INTO paragraph_chars(rowid, chars) SELECT id, yandu_chars(text) FROM paragraphs"
                    + " WHERE id IN (SELECT value FROM json_each(?))", ids);
        }
        Map<Long, int[]> lengths = new LinkedHashMap<>();
        for (Map.Entry<Long, Future<int[]>> e : tokens.entrySet()) {
            lengths.put(e.getKey(), ImportWorker.await(e.getValue()));
        }
        words.putTokens(lengths);
    }

    /** Stops segmenting what a failed import will not store. */
    @Override
    public void close() throws SQLException {
        tokens.values().forEach(lengths -> lengths.cancel(false));
        insert.close();
    }
}
