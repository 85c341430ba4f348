package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library: one SQLite file holding speeches, their paragraphs, collections and source files.
 * All SQL of the application lives in this package. One connection, used by one thread at a time.
 */
public final class LibraryStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);
    private static final String LIST_SEPARATOR = "\u001f";
    private static final String KEYWORD_SEPARATOR = "；";

    private static final String SPEECH_COLUMNS = """
            SELECT s.id, s.title, s.title_derived, s.subtitle, s.author, s.speech_date, s.abstract, s.keywords,
                   (SELECT COUNT(*) FROM paragraphs p WHERE p.speech_id = s.id) AS paragraph_count, s.char_count,
                   (SELECT group_concat(title, char(31) ORDER BY id) FROM (SELECT DISTINCT c.id, c.title
                      FROM collection_speeches cs JOIN collections c ON c.id = cs.collection_id
                     WHERE cs.speech_id = s.id)) AS collection_titles,
                   (SELECT group_concat(f.file_name, char(31) ORDER BY f.id) FROM speech_sources ss
                      JOIN source_files f ON f.id = ss.source_file_id WHERE ss.speech_id = s.id) AS source_names
              FROM speeches s
            """;

    private final Path file;
    private final Connection db;
    private final WordTables words;

    private LibraryStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
        this.words = new WordTables(db);
    }

    /** Opens (creating if needed) the library at {@code file} and brings its schema up to date. */
    public static LibraryStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        createParent(absolute);
        Connection db = connect(absolute);
        try {
            SearchGrams.register(db);
            configure(db, absolute);
            Migrations.apply(db);
            log.info("Opened library {}", absolute);
            return new LibraryStore(absolute, db);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new LibraryException(describe(absolute, e), e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public synchronized int schemaVersion() {
        try {
            return Migrations.currentVersion(db);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    public synchronized boolean isEmpty() {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM source_files)")) {
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw failure("read the library", e);
        }
    }

    /**
     * Records one file and its speeches in a single transaction. The same bytes imported again change nothing;
     * a speech the library already holds is linked to this file instead of stored twice; a file whose path was
     * imported before with other content replaces that earlier version. New paragraphs are segmented with
     * {@code tokenizer} in the same transaction; with null they are left for {@link #unsegmentedParagraphs}.
     */
    public synchronized ImportRecord recordImport(SourceFile source, String collectionTitle,
                                                  List<SpeechDraft> speeches, Tokenizer tokenizer) {
        return recordImportLocked(source, collectionTitle, speeches, tokenizer);
    }

    /** {@link #recordImport(SourceFile, String, List, Tokenizer)} leaving segmentation to the background job. */
    public synchronized ImportRecord recordImport(SourceFile source, String collectionTitle,
                                                  List<SpeechDraft> speeches) {
        return recordImportLocked(source, collectionTitle, speeches, null);
    }

    private ImportRecord recordImportLocked(SourceFile source, String collectionTitle, List<SpeechDraft> speeches,
                                            Tokenizer tokenizer) {
        try {
            return inTransaction(() -> {
                Optional<Long> existing = sourceId(source.contentHash());
                if (existing.isPresent()) {
                    return new ImportRecord(true, 0, 0, speechIdsOf(existing.get()));
                }
                replaceEarlierVersions(source.path());
                long sourceId = insertSource(source);
                Long collectionId = collectionTitle == null ? null : insertCollection(collectionTitle, sourceId);
                return linkSpeeches(sourceId, collectionId, speeches, tokenizer);
            });
        } catch (SQLException e) {
            throw failure("store " + source.fileName(), e);
        }
    }

    public synchronized List<Speech> speeches() {
        try (PreparedStatement ps = db.prepareStatement(SPEECH_COLUMNS + " ORDER BY s.id")) {
            return readSpeeches(ps);
        } catch (SQLException e) {
            throw failure("list the speeches", e);
        }
    }

    public synchronized Optional<Speech> speech(long id) {
        try (PreparedStatement ps = db.prepareStatement(SPEECH_COLUMNS + " WHERE s.id = ?")) {
            ps.setLong(1, id);
            return readSpeeches(ps).stream().findFirst();
        } catch (SQLException e) {
            throw failure("read speech " + id, e);
        }
    }

    public synchronized List<Paragraph> paragraphs(long speechId) {
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT id, speech_id, position, kind, heading_level, lead_in, text
                  FROM paragraphs WHERE speech_id = ? ORDER BY position""")) {
            ps.setLong(1, speechId);
            List<Paragraph> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(paragraph(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read the paragraphs of speech " + speechId, e);
        }
    }

    public synchronized List<SpeechCollection> collections() {
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT c.id, c.title, f.file_name,
                       (SELECT group_concat(cs.speech_id, char(31) ORDER BY cs.position)
                          FROM collection_speeches cs WHERE cs.collection_id = c.id)
                  FROM collections c JOIN source_files f ON f.id = c.source_file_id ORDER BY c.id""");
             ResultSet rs = ps.executeQuery()) {
            List<SpeechCollection> result = new ArrayList<>();
            while (rs.next()) {
                List<Long> ids = split(rs.getString(4)).stream().map(Long::valueOf).toList();
                result.add(new SpeechCollection(rs.getLong(1), rs.getString(2), rs.getString(3), ids));
            }
            return result;
        } catch (SQLException e) {
            throw failure("list the collections", e);
        }
    }

    /** Paragraphs containing every whitespace-separated part of {@code query}, best matches first. */
    public synchronized SearchPage search(String query, int limit, int offset) {
        String match = SearchGrams.matchExpression(query);
        if (match == null) {
            return new SearchPage(0, List.of());
        }
        try (PreparedStatement count = db.prepareStatement(
                     "SELECT count(*) FROM paragraph_search WHERE paragraph_search MATCH ?");
             PreparedStatement page = db.prepareStatement("""
                     SELECT p.id, p.speech_id, p.position, p.kind, p.heading_level, p.lead_in, p.text, s.title
                       FROM paragraph_search f JOIN paragraphs p ON p.id = f.rowid
                       JOIN speeches s ON s.id = p.speech_id
                      WHERE paragraph_search MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?""")) {
            count.setString(1, match);
            int total;
            try (ResultSet rs = count.executeQuery()) {
                total = rs.getInt(1);
            }
            bind(page, match, limit, offset);
            List<ParagraphHit> hits = new ArrayList<>();
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    hits.add(new ParagraphHit(paragraph(rs), rs.getString(8)));
                }
            }
            return new SearchPage(total, hits);
        } catch (SQLException e) {
            throw failure("search for " + query, e);
        }
    }

    /** Stored token lengths of the speech's paragraphs, by paragraph id; paragraphs not yet segmented are absent. */
    public synchronized Map<Long, int[]> tokens(long speechId) {
        try {
            return words.tokens(speechId);
        } catch (SQLException e) {
            throw failure("read the words of speech " + speechId, e);
        }
    }

    /** Saves token lengths for paragraphs (newly segmented, or again after the glossary changed) in one transaction. */
    public synchronized void putTokens(Map<Long, int[]> lengthsByParagraph) {
        try {
            inTransaction(() -> {
                for (Map.Entry<Long, int[]> e : lengthsByParagraph.entrySet()) {
                    words.putTokens(e.getKey(), e.getValue());
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure("save segmented words", e);
        }
    }

    /** Up to {@code limit} paragraphs never segmented, as id to text, for the background segmentation job. */
    public synchronized Map<Long, String> unsegmentedParagraphs(int limit) {
        try {
            return words.unsegmented(limit);
        } catch (SQLException e) {
            throw failure("find paragraphs to segment", e);
        }
    }

    public synchronized int countUnsegmentedParagraphs() {
        try {
            return words.countUnsegmented();
        } catch (SQLException e) {
            throw failure("count paragraphs to segment", e);
        }
    }

    public synchronized List<UserTerm> userTerms() {
        try {
            return words.userTerms();
        } catch (SQLException e) {
            throw failure("read your glossary", e);
        }
    }

    /** Adds the term, or updates it when the glossary has it already. */
    public synchronized void putUserTerm(UserTerm term) {
        try {
            words.putUserTerm(term);
        } catch (SQLException e) {
            throw failure("save the term " + term.term(), e);
        }
    }

    public synchronized boolean deleteUserTerm(String term) {
        try {
            return words.deleteUserTerm(term);
        } catch (SQLException e) {
            throw failure("delete the term " + term, e);
        }
    }

    /** A cached analysis of a speech (e.g. "keywords"), if it was computed before. */
    public synchronized Optional<String> analysis(long speechId, String kind) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT value FROM speech_analysis WHERE speech_id = ? AND kind = ?")) {
            bind(ps, speechId, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the " + kind + " of speech " + speechId, e);
        }
    }

    public synchronized void putAnalysis(long speechId, String kind, String value) {
        try {
            execute("INSERT OR REPLACE INTO speech_analysis(speech_id, kind, value, computed_at) VALUES (?, ?, ?, ?)",
                    speechId, kind, value, Instant.now().toString());
        } catch (SQLException e) {
            throw failure("save the " + kind + " of speech " + speechId, e);
        }
    }

    public synchronized Optional<String> setting(String key) {
        try (PreparedStatement ps = db.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read setting " + key, e);
        }
    }

    public synchronized void putSetting(String key, String value) {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("save setting " + key, e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
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
            execute("INSERT OR IGNORE INTO speech_sources(speech_id, source_file_id, position) VALUES (?, ?, ?)",
                    id, sourceId, position);
            if (collectionId != null) {
                execute("INSERT INTO collection_speeches(collection_id, speech_id, position) VALUES (?, ?, ?)",
                        collectionId, id, position);
            }
            ids.add(id);
        }
        return new ImportRecord(false, added, speeches.size() - added, ids);
    }

    private void replaceEarlierVersions(String path) throws SQLException {
        int removed = execute("DELETE FROM source_files WHERE path = ?", path);
        if (removed > 0) {
            int orphans = execute("DELETE FROM speeches WHERE id NOT IN (SELECT speech_id FROM speech_sources)");
            log.info("Replaced {} earlier version(s) of {}; {} speech(es) no longer in any file removed",
                    removed, path, orphans);
        }
    }

    private long insertSource(SourceFile source) throws SQLException {
        return insert("INSERT INTO source_files(path, file_name, format, encoding, size, content_hash, imported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", source.path(), source.fileName(), source.format(),
                source.encoding(), source.size(), source.contentHash(), Instant.now().toString());
    }

    private long insertCollection(String title, long sourceId) throws SQLException {
        return insert("INSERT INTO collections(title, source_file_id) VALUES (?, ?)", title, sourceId);
    }

    private long insertSpeech(SpeechDraft speech, SpeechFingerprint fingerprint, Tokenizer tokenizer)
            throws SQLException {
        int chars = speech.paragraphs().stream().mapToInt(p -> p.text().length()).sum();
        long id = insert("INSERT INTO speeches(title, title_derived, subtitle, author, speech_date, abstract, keywords,"
                        + " fingerprint, char_count, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                speech.title(), speech.titleDerived() ? 1 : 0, speech.subtitle(), speech.author(), speech.date(),
                speech.abstractText(), String.join(KEYWORD_SEPARATOR, speech.keywords()), fingerprint.exact(), chars,
                Instant.now().toString());
        int[] bands = fingerprint.bands();
        for (int band = 0; band < bands.length; band++) {
            execute("INSERT OR IGNORE INTO speech_bands(speech_id, band, value) VALUES (?, ?, ?)", id, band, bands[band]);
        }
        int position = 0;
        for (ParagraphDraft p : speech.paragraphs()) {
            long paragraphId = insert("INSERT INTO paragraphs(speech_id, position, kind, heading_level, lead_in, text)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id, position++, p.kind().name(), p.headingLevel(), p.leadIn(),
                    p.text());
            if (tokenizer != null) {
                words.putTokens(paragraphId, tokenizer.tokenLengths(p.text()));
            }
        }
        return id;
    }

    private Optional<Long> sourceId(String contentHash) throws SQLException {
        return queryId("SELECT id FROM source_files WHERE content_hash = ?", contentHash);
    }

    /** The stored speech with the same text, exactly or but for a few characters, if there is one. */
    private Optional<Long> sameSpeech(SpeechFingerprint fingerprint) throws SQLException {
        Optional<Long> exact = queryId("SELECT id FROM speeches WHERE fingerprint = ?", fingerprint.exact());
        if (exact.isPresent()) {
            return exact;
        }
        int[] bands = fingerprint.bands();
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT speech_id FROM speech_bands"
                + " WHERE (band = 0 AND value = ?) OR (band = 1 AND value = ?) OR (band = 2 AND value = ?)"
                + " OR (band = 3 AND value = ?) ORDER BY speech_id")) {
            bind(ps, bands[0], bands[1], bands[2], bands[3]);
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

    private List<Speech> readSpeeches(PreparedStatement ps) throws SQLException {
        List<Speech> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String keywords = rs.getString(8);
                result.add(new Speech(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7),
                        keywords.isEmpty() ? List.of() : List.of(keywords.split(KEYWORD_SEPARATOR)),
                        rs.getInt(9), rs.getInt(10), split(rs.getString(11)), split(rs.getString(12))));
            }
        }
        return result;
    }

    /** Reads the columns id, speech_id, position, kind, heading_level, lead_in, text in that order. */
    private static Paragraph paragraph(ResultSet rs) throws SQLException {
        return new Paragraph(rs.getLong(1), rs.getLong(2), rs.getInt(3), ParagraphKind.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getString(6), rs.getString(7));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
    }

    private Optional<Long> queryId(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private int execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private LibraryException failure(String what, SQLException e) {
        return new LibraryException("Could not " + what + " in the library " + file + ": " + e.getMessage(), e);
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot create the folder for the library " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new LibraryException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks the version before the first write (journal mode), so a newer library is never touched. */
    private static void configure(Connection db, Path file) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = 5000");
            Migrations.refuseNewer(db, file);
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    private static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NOTADB") || message.contains("not a database")) {
            return file + " is not a Yandu library (it is not an SQLite database)";
        }
        return "Cannot open the library " + file + ": " + message;
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("Closing the library failed", e);
        }
    }
}
