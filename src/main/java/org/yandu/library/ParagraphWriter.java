package org.yandu.library;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Inserts the paragraphs of one imported file, then indexes them (and its new speeches' fields, see migration 015)
 * for search and stores their words in a few
 * statements at the end: FTS5 flushes its pending terms at every statement that can roll back on its own (an
 * INSERT ... SELECT, or each row of a trigger), so indexing row by row costs it three times as much. The words are
 * segmented on the import's worker meanwhile, so segmentation, the slowest step, overlaps the writing. A file of
 * more than {@value #BATCH} paragraphs is indexed and its words stored every {@value #BATCH}, in the same
 * transaction, so that its words are not all held at once.
 */
final class ParagraphWriter implements AutoCloseable {
    /** More than a file of a hundred long speeches has, so an ordinary import still indexes in one statement. */
    private static final int BATCH = 4096;

    private final Statements statements;
    private final WordTables words;
    private final @Nullable Tokenizer tokenizer;
    private final ImportWorker worker;
    private final List<Long> written = new ArrayList<>();
    private final List<Long> speeches = new ArrayList<>();
    private final List<Future<int[]>> tokens = new ArrayList<>();

    /** With a null {@code tokenizer} paragraphs are stored without words, for the background segmentation. */
    ParagraphWriter(Statements statements, WordTables words, @Nullable Tokenizer tokenizer, ImportWorker worker) {
        this.statements = statements;
        this.words = words;
        this.tokenizer = tokenizer;
        this.worker = worker;
    }

    void insert(long speechId, int position, ParagraphDraft paragraph) throws SQLException {
        long id = statements.insert("INSERT INTO paragraphs(speech_id, position, kind, heading_level, lead_in, text)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", speechId, position, paragraph.kind().name(),
                paragraph.headingLevel(), paragraph.leadIn(), paragraph.text());
        written.add(id);
        if (tokenizer != null) {
            tokens.add(worker.submit(() -> tokenizer.tokenLengths(paragraph.text())));
        }
        if (written.size() == BATCH) {
            finish();
        }
    }

    /** Indexes the title, subtitle, abstract and keywords of a speech just inserted, with its paragraphs. */
    void indexFields(long speechId) {
        speeches.add(speechId);
    }

    /**
     * Adds the paragraphs inserted since the last call, and the fields of speeches inserted, to the search index,
     * then stores the paragraphs' words.
     */
    void finish() throws SQLException {
        if (!speeches.isEmpty()) {
            String ids = speeches.toString();
            statements.execute("INSERT INTO field_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM speech_fields"
                    + " WHERE speech_id IN (SELECT value FROM json_each(?))", ids);
            statements.execute("INSERT INTO field_chars(rowid, chars) SELECT id, yandu_chars(text) FROM speech_fields"
                    + " WHERE speech_id IN (SELECT value FROM json_each(?))", ids);
            speeches.clear();
        }
        if (!written.isEmpty()) {
            String ids = written.toString();
            statements.execute("INSERT INTO paragraph_pairs(rowid, pairs) SELECT id, yandu_pairs(text, kind)"
                    + " FROM paragraphs WHERE id IN (SELECT value FROM json_each(?))", ids);
            statements.execute("INSERT INTO paragraph_chars(rowid, chars) SELECT id, yandu_chars(text, kind)"
                    + " FROM paragraphs WHERE id IN (SELECT value FROM json_each(?))", ids);
        }
        // Every paragraph written was given to segmentation, unless there is no tokenizer and so no words.
        List<int[]> segmented = ImportWorker.awaitAll(tokens);
        Map<Long, int[]> lengths = new LinkedHashMap<>();
        for (int i = 0; i < segmented.size(); i++) {
            lengths.put(written.get(i), segmented.get(i));
        }
        words.putTokens(lengths);
        written.clear();
        tokens.clear();
    }

    /** Stops segmenting what a failed import will not store. */
    @Override
    public void close() {
        tokens.forEach(lengths -> lengths.cancel(false));
    }
}
