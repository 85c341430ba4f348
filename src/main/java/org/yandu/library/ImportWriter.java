package org.yandu.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one imported file into the library; runs inside the transaction LibraryStore opens for it. Owns the import's
 * worker thread (ended by {@link #close()}).
 */
final class ImportWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);
    static final String KEYWORD_SEPARATOR = "；";
    private static final double REVISION = 0.5;

    private final Statements statements;
    private final WordTables words;
    private final Annotations annotations;
    private final ImportWorker worker = new ImportWorker();

    ImportWriter(Statements statements, WordTables words, Annotations annotations) {
        this.statements = statements;
        this.words = words;
        this.annotations = annotations;
    }

    ImportRecord record(SourceFile source, @Nullable String collectionTitle, List<SpeechDraft> speeches,
                        @Nullable Tokenizer tokenizer)
            throws SQLException {
        try (ParagraphWriter paragraphs = new ParagraphWriter(statements, words, tokenizer, worker)) {
            ImportRecord record = record(source, collectionTitle, speeches, paragraphs);
            paragraphs.finish();
            return record;
        }
    }

    /**
     * Writes several files, their paragraphs indexed together at the end (words left for the background
     * segmentation): FTS5 writes a segment at every statement that indexes, and merges them as they pile up.
     */
    List<ImportRecord> recordAll(List<SourceDraft> files) throws SQLException {
        List<ImportRecord> records = new ArrayList<>(files.size());
        try (ParagraphWriter paragraphs = new ParagraphWriter(statements, words, null, worker)) {
            for (SourceDraft file : files) {
                records.add(record(file.source(), null, file.speeches(), paragraphs));
            }
            paragraphs.finish();
        }
        return records;
    }

    private ImportRecord record(SourceFile source, @Nullable String collectionTitle, List<SpeechDraft> speeches,
                                ParagraphWriter paragraphs) throws SQLException {
        Optional<Long> existing = sourceId(source.contentHash());
        if (existing.isPresent()) {
            return new ImportRecord(true, 0, 0, speechIdsOf(existing.get()));
        }
        FingerprintsAhead fingerprints = new FingerprintsAhead(speeches, worker);
        Set<Long> earlier = speechesOfEarlierVersions(source.path());
        if (!earlier.isEmpty()) {
            // Replacing an earlier version deletes indexed rows: what was written before it is indexed first.
            paragraphs.finish();
        }
        statements.execute("DELETE FROM source_files WHERE path = ?", source.path());
        long sourceId = insertSource(source);
        Long collectionId = collectionTitle == null ? null : insertCollection(collectionTitle, sourceId);
        ImportRecord record = linkSpeeches(sourceId, collectionId, speeches, fingerprints, paragraphs, earlier);
        if (!earlier.isEmpty()) {
            paragraphs.finish();
            removeSpeechesNoFileHolds(source.path());
        }
        return record;
    }

    /**
     * Links each speech to the file. A speech the library holds already is linked, not stored again; when it came
     * from an earlier version of this same file and its text changed (a corrected source), its text is updated in
     * place and its highlights are placed on their words again.
     */
    private ImportRecord linkSpeeches(long sourceId, @Nullable Long collectionId, List<SpeechDraft> speeches,
                                      FingerprintsAhead fingerprints, ParagraphWriter paragraphs,
                                      Set<Long> earlier) throws SQLException {
        int added = 0;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i++) {
            SpeechDraft speech = speeches.get(i);
            SpeechFingerprint fingerprint = fingerprints.next();
            Optional<Long> known = sameSpeech(fingerprint).or(() -> revisedFrom(fingerprint, earlier, ids));
            long id = known.isPresent() ? known.get() : insertSpeech(speech, fingerprint, paragraphs);
            if (known.isPresent() && earlier.contains(id)
                    && !storedFingerprint(id).exact().equals(fingerprint.exact())) {
                replaceText(id, speech, fingerprint, paragraphs);
            }
            added += known.isPresent() ? 0 : 1;
            int position = ids.size();
            statements.execute("INSERT OR IGNORE INTO speech_sources(speech_id, source_file_id, position)"
                    + " VALUES (?, ?, ?)", id, sourceId, position);
            if (collectionId != null) {
                statements.execute("INSERT INTO collection_speeches(collection_id, speech_id, position)"
                        + " VALUES (?, ?, ?)", collectionId, id, position);
            }
            ids.add(id);
        }
        return new ImportRecord(false, added, speeches.size() - added, ids);
    }

    /**
     * The speech of an earlier version of the same file that this one revises: the most similar one not yet
     * matched, if it shares at least {@value #REVISION} of its shingles. A corrected file changes a speech more
     * than a second scrape of it would, so the bar is lower than for recognising copies.
     */
    private Optional<Long> revisedFrom(SpeechFingerprint fingerprint, Set<Long> earlier, List<Long> matched) {
        try {
            Long best = null;
            double bestSimilarity = REVISION;
            for (long candidate : earlier) {
                double similarity = matched.contains(candidate) ? 0
                        : fingerprint.similarity(storedFingerprint(candidate));
                if (similarity >= bestSimilarity) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
            return Optional.ofNullable(best);
        } catch (SQLException e) {
            throw new LibraryException("Could not compare with the earlier version: " + FailureReason.explain(e), e);
        }
    }

    private Set<Long> speechesOfEarlierVersions(String path) throws SQLException {
        return new HashSet<>(statements.ids("SELECT ss.speech_id FROM speech_sources ss"
                + " JOIN source_files f ON f.id = ss.source_file_id WHERE f.path = ?", path));
    }

    /** Speeches no file holds any more go, unless the reader annotated them: notes are never lost. */
    private void removeSpeechesNoFileHolds(String path) throws SQLException {
        int removed = statements.execute("DELETE FROM speeches WHERE id NOT IN (SELECT speech_id FROM speech_sources)"
                + " AND id NOT IN (SELECT speech_id FROM annotations)");
        if (removed > 0) {
            log.info("{} speech(es) of an earlier version of {} are in no file any more and were removed",
                    removed, path);
        }
    }

    private void replaceText(long id, SpeechDraft speech, SpeechFingerprint fingerprint, ParagraphWriter paragraphs)
            throws SQLException {
        statements.execute("UPDATE speeches SET title = ?, title_derived = ?, subtitle = ?, author = ?,"
                        + " speech_date = ?, abstract = ?, keywords = ?, fingerprint = ?, char_count = ?,"
                        + " paragraph_count = ? WHERE id = ?",
                speech.title(), speech.titleDerived() ? 1 : 0, speech.subtitle(), speech.author(), speech.date(),
                speech.abstractText(), String.join(KEYWORD_SEPARATOR, speech.keywords()), fingerprint.exact(),
                charCount(speech), speech.paragraphs().size(), id);
        Map<Long, Integer> positions = annotations.detach(id);
        statements.execute("DELETE FROM speech_bands WHERE speech_id = ?", id);
        statements.execute("DELETE FROM paragraphs WHERE speech_id = ?", id);
        statements.execute("DELETE FROM speech_analysis WHERE speech_id = ?", id);
        insertBandsAndParagraphs(id, speech, fingerprint, paragraphs);
        int orphaned = annotations.reanchor(id, positions);
        log.info("Speech {} updated from a changed source file; {} annotation(s) could not be placed", id, orphaned);
    }

    private long insertSource(SourceFile source) throws SQLException {
        return statements.insert("INSERT INTO source_files(path, file_name, format, encoding, size, content_hash,"
                        + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                source.path(), source.fileName(), source.format(),
                source.encoding(), source.size(), source.contentHash(), Instant.now().toString());
    }

    private long insertCollection(String title, long sourceId) throws SQLException {
        return statements.insert("INSERT INTO collections(title, source_file_id) VALUES (?, ?) RETURNING id", title,
                sourceId);
    }

    private long insertSpeech(SpeechDraft speech, SpeechFingerprint fingerprint, ParagraphWriter paragraphs)
            throws SQLException {
        long id = statements.insert(
                "INSERT INTO speeches(title, title_derived, subtitle, author, speech_date, abstract, keywords,"
                        + " fingerprint, char_count, paragraph_count, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                speech.title(), speech.titleDerived() ? 1 : 0, speech.subtitle(), speech.author(), speech.date(),
                speech.abstractText(), String.join(KEYWORD_SEPARATOR, speech.keywords()), fingerprint.exact(),
                charCount(speech), speech.paragraphs().size(), Instant.now().toString());
        paragraphs.indexFields(id);
        insertBandsAndParagraphs(id, speech, fingerprint, paragraphs);
        return id;
    }

    private static int charCount(SpeechDraft speech) {
        return speech.paragraphs().stream().mapToInt(p -> p.text().length()).sum();
    }

    private void insertBandsAndParagraphs(long id, SpeechDraft speech, SpeechFingerprint fingerprint,
                                          ParagraphWriter paragraphs) throws SQLException {
        int[] bands = fingerprint.bands();
        statements.execute("INSERT OR IGNORE INTO speech_bands(speech_id, band, value)"
                + " VALUES (?, 0, ?), (?, 1, ?), (?, 2, ?), (?, 3, ?)",
                id, bands[0], id, bands[1], id, bands[2], id, bands[3]);
        int position = 0;
        for (ParagraphDraft p : speech.paragraphs()) {
            paragraphs.insert(id, position++, p);
        }
    }

    @Override
    public void close() {
        worker.close();
    }

    private Optional<Long> sourceId(String contentHash) throws SQLException {
        return statements.queryId("SELECT id FROM source_files WHERE content_hash = ?", contentHash);
    }

    /**
     * The stored speech with the same text, exactly or but for a few characters, if there is one. The speeches that
     * share a band with it are candidates; only those whose SimHash is near enough are read and compared, nearest
     * first (at 100,000 speeches a new one shares a band with about 17 others by chance).
     */
    private Optional<Long> sameSpeech(SpeechFingerprint fingerprint) throws SQLException {
        Optional<Long> exact = statements.queryId("SELECT id FROM speeches WHERE fingerprint = ?", fingerprint.exact());
        if (exact.isPresent()) {
            return exact;
        }
        List<Long> near = candidateBands(fingerprint.bands()).entrySet().stream()
                .filter(candidate -> fingerprint.mayBeSameAs(candidate.getValue()))
                .sorted(Comparator.comparingInt(candidate -> fingerprint.bitsApart(candidate.getValue())))
                .map(Map.Entry::getKey).toList();
        for (long candidate : near) {
            if (fingerprint.sameSpeechAs(storedFingerprint(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The bands of every stored speech that shares one of {@code bands}, by speech in the order of its id. */
    private Map<Long, int[]> candidateBands(int[] bands) throws SQLException {
        PreparedStatement ps = statements.of("SELECT speech_id, band, value FROM speech_bands WHERE speech_id IN"
                + " (SELECT speech_id FROM speech_bands WHERE (band = 0 AND value = ?) OR (band = 1 AND value = ?)"
                + " OR (band = 2 AND value = ?) OR (band = 3 AND value = ?)) ORDER BY speech_id");
        Sql.bind(ps, bands[0], bands[1], bands[2], bands[3]);
        Map<Long, int[]> candidates = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                candidates.computeIfAbsent(rs.getLong(1), id -> new int[bands.length])[rs.getInt(2)] = rs.getInt(3);
            }
        }
        return candidates;
    }

    private SpeechFingerprint storedFingerprint(long speechId) throws SQLException {
        List<ParagraphDraft> text = new ArrayList<>();
        PreparedStatement ps = statements.of("SELECT kind, heading_level, text FROM paragraphs"
                + " WHERE speech_id = ? AND kind IN ('HEADING', 'BODY') ORDER BY position");
        ps.setLong(1, speechId);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                text.add(new ParagraphDraft(ParagraphKind.valueOf(rs.getString(1)), rs.getInt(2), null,
                        rs.getString(3)));
            }
        }
        return SpeechFingerprint.of(text);
    }

    private List<Long> speechIdsOf(long sourceId) throws SQLException {
        return statements.ids("SELECT speech_id FROM speech_sources WHERE source_file_id = ? ORDER BY position",
                sourceId);
    }
}
