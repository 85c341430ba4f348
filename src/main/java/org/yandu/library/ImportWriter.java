package org.yandu.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes one imported file into the library; runs inside the transaction LibraryStore opens for it. */
final class ImportWriter {
    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);
    static final String KEYWORD_SEPARATOR = "；";

    private final Connection db;
    private final WordTables words;

    ImportWriter(Connection db, WordTables words) {
        this.db = db;
        this.words = words;
    }

    ImportRecord record(SourceFile source, String collectionTitle, List<SpeechDraft> speeches, Tokenizer tokenizer)
            throws SQLException {
        Optional<Long> existing = sourceId(source.contentHash());
        if (existing.isPresent()) {
            return new ImportRecord(true, 0, 0, speechIdsOf(existing.get()));
        }
        replaceEarlierVersions(source.path());
        long sourceId = insertSource(source);
        Long collectionId = collectionTitle == null ? null : insertCollection(collectionTitle, sourceId);
        return linkSpeeches(sourceId, collectionId, speeches, tokenizer);
    }

    private ImportRecord linkSpeeches(long sourceId, Long collectionId, List<SpeechDraft> speeches,
                                      Tokenizer tokenizer) throws SQLException {
        int added = 0;
        List<Long> ids = new ArrayList<>();
        for (SpeechDraft speech : speeches) {
            SpeechFingerprint fingerprint = SpeechFingerprint.of(speech.paragraphs());
            Optional<Long> known = sameSpeech(fingerprint);
            long id = known.isPresent() ? known.get() : insertSpeech(speech, fingerprint, tokenizer);
            added += known.isPresent() ? 0 : 1;
            int position = ids.size();
            Sql.execute(db, "INSERT OR IGNORE INTO speech_sources(speech_id, source_file_id, position) VALUES (?, ?, ?)",
                    id, sourceId, position);
            if (collectionId != null) {
                Sql.execute(db, "INSERT INTO collection_speeches(collection_id, speech_id, position) VALUES (?, ?, ?)",
                        collectionId, id, position);
            }
            ids.add(id);
        }
        return new ImportRecord(false, added, speeches.size() - added, ids);
    }

    private void replaceEarlierVersions(String path) throws SQLException {
        int removed = Sql.execute(db, "DELETE FROM source_files WHERE path = ?", path);
        if (removed > 0) {
            int orphans = Sql.execute(db, "DELETE FROM speeches WHERE id NOT IN (SELECT speech_id FROM speech_sources)");
            log.info("Replaced {} earlier version(s) of {}; {} speech(es) no longer in any file removed",
                    removed, path, orphans);
        }
    }

    private long insertSource(SourceFile source) throws SQLException {
        return Sql.insert(db, "INSERT INTO source_files(path, file_name, format, encoding, size, content_hash, imported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", source.path(), source.fileName(), source.format(),
                source.encoding(), source.size(), source.contentHash(), Instant.now().toString());
    }

    private long insertCollection(String title, long sourceId) throws SQLException {
        return Sql.insert(db, "INSERT INTO collections(title, source_file_id) VALUES (?, ?)", title, sourceId);
    }

    private long insertSpeech(SpeechDraft speech, SpeechFingerprint fingerprint, Tokenizer tokenizer)
            throws SQLException {
        int chars = speech.paragraphs().stream().mapToInt(p -> p.text().length()).sum();
        long id = Sql.insert(db, "INSERT INTO speeches(title, title_derived, subtitle, author, speech_date, abstract, keywords,"
                        + " fingerprint, char_count, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                speech.title(), speech.titleDerived() ? 1 : 0, speech.subtitle(), speech.author(), speech.date(),
                speech.abstractText(), String.join(KEYWORD_SEPARATOR, speech.keywords()), fingerprint.exact(), chars,
                Instant.now().toString());
        int[] bands = fingerprint.bands();
        for (int band = 0; band < bands.length; band++) {
            Sql.execute(db, "INSERT OR IGNORE INTO speech_bands(speech_id, band, value) VALUES (?, ?, ?)", id, band, bands[band]);
        }
        int position = 0;
        for (ParagraphDraft p : speech.paragraphs()) {
            long paragraphId = Sql.insert(db, "INSERT INTO paragraphs(speech_id, position, kind, heading_level, lead_in, text)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id, position++, p.kind().name(), p.headingLevel(), p.leadIn(),
                    p.text());
            if (tokenizer != null) {
                words.putTokens(paragraphId, tokenizer.tokenLengths(p.text()));
            }
        }
        return id;
    }

    private Optional<Long> sourceId(String contentHash) throws SQLException {
        return Sql.queryId(db, "SELECT id FROM source_files WHERE content_hash = ?", contentHash);
    }

    /** The stored speech with the same text, exactly or but for a few characters, if there is one. */
    private Optional<Long> sameSpeech(SpeechFingerprint fingerprint) throws SQLException {
        Optional<Long> exact = Sql.queryId(db, "SELECT id FROM speeches WHERE fingerprint = ?", fingerprint.exact());
        if (exact.isPresent()) {
            return exact;
        }
        int[] bands = fingerprint.bands();
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT speech_id FROM speech_bands"
                + " WHERE (band = 0 AND value = ?) OR (band = 1 AND value = ?) OR (band = 2 AND value = ?)"
                + " OR (band = 3 AND value = ?) ORDER BY speech_id")) {
            Sql.bind(ps, bands[0], bands[1], bands[2], bands[3]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        for (long candidate : candidates) {
            if (fingerprint.sameSpeechAs(storedFingerprint(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private SpeechFingerprint storedFingerprint(long speechId) throws SQLException {
        List<ParagraphDraft> text = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT kind, heading_level, text FROM paragraphs"
                + " WHERE speech_id = ? AND kind IN ('HEADING', 'BODY') ORDER BY position")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.add(new ParagraphDraft(ParagraphKind.valueOf(rs.getString(1)), rs.getInt(2), null,
                            rs.getString(3)));
                }
            }
        }
        return SpeechFingerprint.of(text);
    }

    private List<Long> speechIdsOf(long sourceId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT speech_id FROM speech_sources WHERE source_file_id = ? ORDER BY position")) {
            ps.setLong(1, sourceId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
