package org.yandu.library;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The library: one SQLite file holding speeches, their paragraphs, collections and source files; the reader's own
 * work in its parts ({@link #annotations()}, {@link #reading()}, {@link #study()}, {@link #lookups()},
 * {@link #backups()}). All SQL of the application lives in this package.
 *
 * <p>Threads: one connection, and the store's monitor makes every call (the parts' too, through {@link Queries})
 * whole and one at a time, so any thread may read and write and no call sees another's half-done transaction. What
 * must happen in order is asked of one thread. In the window (its lanes, {@code ui.base.Lane}) the library lane opens
 * the store, reads for the window and writes the reader's own work (settings, notes, reading, lookups, backups), the
 * import lane writes imports, segmentation and CC-CEDICT and reads for exports, the words lane writes the user's
 * terms, the analysis lane writes the analyses it keeps, and the search lane only reads; the store is closed on the
 * library lane, after the writes asked before it. The import's workers ({@link ImportWorker}) never touch it.
 */
public final class LibraryStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);
    private static final String LIST_SEPARATOR = "\u001f";

    private static final String SPEECH_COLUMNS = """
            SELECT s.id, s.title, s.title_derived, s.subtitle, s.author, s.speech_date, s.abstract, s.keywords,
                   s.paragraph_count, s.char_count,
                   (SELECT group_concat(title, char(31) ORDER BY id) FROM (SELECT DISTINCT c.id, c.title
                      FROM collection_speeches cs JOIN collections c ON c.id = cs.collection_id
                     WHERE cs.speech_id = s.id)) AS collection_titles,
                   (SELECT group_concat(f.file_name, char(31) ORDER BY f.id) FROM speech_sources ss
                      JOIN source_files f ON f.id = ss.source_file_id WHERE ss.speech_id = s.id) AS source_names
              FROM speeches s
            """;
    private static final String PARAGRAPH_COLUMNS =
            "SELECT id, speech_id, position, kind, heading_level, lead_in, text FROM paragraphs";

    /**
     * 32 MB of page cache while a file is stored, which writes the paragraphs and two index tables at once; SQLite's
     * default 2 MB otherwise, which frees the rest: reading needs few pages, and 30 MB is 6 % of the window's memory.
     */
    private static final String IMPORT_CACHE = "PRAGMA cache_size = -32768";
    private static final String READING_CACHE = "PRAGMA cache_size = -2000";
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final Connection db;
    private final WordTables words;
    private final Statements statements;
    private final ImportWriter importWriter;
    private final Queries queries;
    private final Annotations annotations;
    private final Reading reading;
    private final Study study;
    private final Lookups lookups;
    private final LibraryGroup group;
    private final Searches searches;
    private final LibraryLock lock;
    private final Backups backups;
    private final Soundness soundness;

    private LibraryStore(Path file, Connection db, LibraryLock lock, Soundness soundness) {
        this.file = file;
        this.db = db;
        this.lock = lock;
        this.soundness = soundness;
        this.backups = new Backups(file, db, this);
        this.statements = new Statements(db);
        this.words = new WordTables(db, statements);
        this.queries = new Queries(this, db, statements);
        this.annotations = new Annotations(queries, statements);
        this.reading = new Reading(queries, statements);
        this.study = new Study(queries);
        this.lookups = new Lookups(queries);
        this.group = new LibraryGroup(queries, statements, annotations);
        this.searches = new Searches(queries);
        this.importWriter = new ImportWriter(statements, words, annotations);
    }

    /**
     * Opens (creating if needed) the library at {@code file} and brings its schema up to date, backing it up
     * first when a migration is due. Refused when another Yandu has it open (through any name: symlinks are
     * resolved and the lock is on the file itself) and when it is another program's database. A file that fails
     * SQLite's quick check opens for reading only ({@link #damage()}) and is not migrated.
     */
    public static LibraryStore open(Path file) {
        return open(file, true);
    }

    /**
     * @param checkAtOnce whether the b-trees' check and then the whole file's (FTS5's index against the text, seconds
     *     of a core for a large library) run at once, or wait for {@link #checkTrees()} and {@link #checkWholeFile()}
     */
    private static LibraryStore open(Path file, boolean checkAtOnce) {
        Path absolute = file.toAbsolutePath();
        createParent(absolute);
        Path real = realFile(absolute);
        LibraryLock lock = LibraryLock.acquire(real);
        Connection db = null;
        try {
            db = connect(real);
            SearchGrams.register(db);
            TokenLengths.register(db);
            LibraryGroup.register(db);
            configure(db, real);
            Soundness soundness = open(db, real, checkAtOnce);
            StaleTemporaries.remove(real); // after the lock: two Yandus opening one library never clean at once
            log.info("Opened library {}", real);
            return new LibraryStore(real, db, lock, soundness);
        } catch (SQLException e) {
            closeQuietly(db);
            lock.close();
            throw describe(real, e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the library for reading only, without its lock, while another Yandu holds it (an import, a window):
     * WAL lets SQLite's readers read beside a writer, each query seeing what was committed when it began. Nothing
     * is migrated, cleaned, backed up or checked, and every write is refused ({@link LibraryReadOnlyException}).
     * Refused when the library's schema is not the one this Yandu knows: an older or newer Yandu writes it.
     */
    public static LibraryStore openForReading(Path file) {
        Path real = existingFile(file.toAbsolutePath());
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + real, readerConfig().toProperties());
            SearchGrams.register(db);
            TokenLengths.register(db);
            LibraryGroup.register(db);
            LibraryIdentity.require(db, real);
            Migrations.requireCurrent(db, real);
            log.info("Opened library {} for reading only: another Yandu holds it", real);
            return new LibraryStore(real, db, LibraryLock.none(), Soundness.heldElsewhere(real));
        } catch (SQLException e) {
            closeQuietly(db);
            throw describe(real, e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /**
     * {@link #open}, or while another Yandu holds the library, {@link #openForReading}: a search need not wait
     * minutes for an import to end.
     */
    public static LibraryStore openOrReadBeside(Path file) {
        return openOrReadBeside(file, true);
    }

    /**
     * As {@link #openOrReadBeside(Path)}, for the window: the b-trees' check waits for {@link #checkTrees()} (or the
     * first write, or {@link #damage()}), which the window asks for once the last speech is shown, and the whole
     * file's for {@link #checkWholeFile()}, once its start is over; writes wait only for the b-trees' check.
     */
    public static LibraryStore openOrReadBesideCheckingLater(Path file) {
        return openOrReadBeside(file, false);
    }

    private static LibraryStore openOrReadBeside(Path file, boolean checkAtOnce) {
        try {
            return open(file, checkAtOnce);
        } catch (LibraryInUseException e) {
            return openForReading(file);
        }
    }

    /** Lets the b-trees' check begin (see {@link #openOrReadBesideCheckingLater}); nothing if it began. */
    public void checkTrees() {
        soundness.checkTrees();
    }

    /**
     * Lets the whole file's check begin after the b-trees' (see {@link #openOrReadBesideCheckingLater}); nothing if
     * it began.
     */
    public void checkWholeFile() {
        soundness.checkWholeFile();
    }

    /**
     * A read-only connection that waits (as the writer's does) instead of failing when SQLite is briefly busy, as
     * while the writer checkpoints its WAL into the file.
     */
    static SQLiteConfig readerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    /**
     * Brings the schema up to date unless the file is damaged. The quick check runs first when a migration is due
     * (a migration must not write into a damaged file), else in the background while the library is read.
     */
    private static Soundness open(Connection db, Path file, boolean checkAtOnce) throws SQLException {
        int version = Migrations.currentVersion(db);
        if (version == 0 || version == Migrations.latestVersion()) {
            Migrations.apply(db);
            return Soundness.inBackground(file, checkAtOnce);
        }
        Soundness soundness = Soundness.now(file, db);
        if (soundness.damage().isEmpty()) {
            new Backups(file, db, db).create("before-migration-" + version);
            Migrations.apply(db);
        }
        return soundness;
    }

    /**
     * What SQLite's quick check found wrong with the file, if anything: then every write is refused. Waits for the
     * check begun at open (under a second for 2,000 speeches); {@link #soundnessChecked()} does not.
     */
    public Optional<String> damage() {
        return soundness.damage();
    }

    /** Completes with the whole file's finding once its check is done (see {@link #checkWholeFile()}). */
    public CompletableFuture<Optional<String>> soundnessChecked() {
        return soundness.checked();
    }

    /**
     * Refuses a write to a damaged library, or to one opened for reading beside another Yandu, with what to do
     * instead; commands call it before working.
     */
    public void requireWritable() {
        // Outside the monitor: the library's reads go on while the b-trees' check runs.
        awaitTreesChecked();
        synchronized (this) {
            soundness.requireWritable(db);
        }
    }

    /** Waits for the b-trees' check without holding the monitor: see {@link Soundness#awaitTrees}. */
    void awaitTreesChecked() {
        soundness.awaitTrees();
    }

    /** Whether this store was opened for reading only, beside another Yandu that holds the library. */
    public boolean openedForReading() {
        return soundness.isHeldElsewhere();
    }

    /** Whether writes are accepted: the library is sound and no other Yandu holds it. */
    public boolean writable() {
        return !openedForReading() && damage().isEmpty();
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return queries.read("read the schema version", () -> Migrations.currentVersion(db));
    }

    /** Backups of this library and restoring one. */
    public Backups backups() {
        return backups;
    }

    /** The reader's highlights and notes. */
    public Annotations annotations() {
        return annotations;
    }

    /** Where the reader is in each speech and how long it was read on which days. */
    public Reading reading() {
        return reading;
    }

    /** What the reader did since a day: the week's summary. */
    public Study study() {
        return study;
    }

    /** The study group this library belongs to, and what the group must hear of (issue #17). */
    public LibraryGroup group() {
        return group;
    }

    /** The words the reader looked up. */
    public Lookups lookups() {
        return lookups;
    }

    public boolean isEmpty() {
        return queries.queryOne("read the library", "SELECT NOT EXISTS (SELECT 1 FROM source_files)",
                rs -> rs.getBoolean(1)).orElseThrow();
    }

    /**
     * Records one file and its speeches in a single transaction. The same bytes imported again change nothing;
     * a speech the library already holds is linked to this file instead of stored twice; a file whose path was
     * imported before with other content replaces that earlier version. New paragraphs are segmented with
     * {@code tokenizer} in the same transaction; with null they are left for {@link #unsegmentedParagraphs}.
     */
    public ImportRecord recordImport(SourceFile source, @Nullable String collectionTitle,
                                     List<SpeechDraft> speeches, @Nullable Tokenizer tokenizer) {
        return storing(source.fileName(), () -> importWriter.record(source, collectionTitle, speeches, tokenizer));
    }

    /**
     * Records several files, each as {@link #recordImport(SourceFile, String, List)} does, in one transaction whose
     * end indexes all their paragraphs at once: many files of a speech each (a group's speeches) cost ten times as
     * much a transaction each, FTS5 writing and merging a segment for every one.
     */
    public List<ImportRecord> recordImports(List<SourceDraft> files) {
        return storing(files.size() + " files", () -> importWriter.recordAll(files));
    }

    /** Import work in one transaction, with the import's page cache, after the b-trees' check (outside the monitor). */
    private <T> T storing(String what, Sql.Work<T> work) {
        awaitTreesChecked();
        synchronized (this) {
            requireWritable();
            try {
                statements.execute(IMPORT_CACHE);
                try {
                    return Sql.inTransaction(db, work);
                } finally {
                    statements.execute(READING_CACHE);
                }
            } catch (SQLException e) {
                throw failure("store " + what, e);
            }
        }
    }

    /** {@link #recordImport(SourceFile, String, List, Tokenizer)} leaving segmentation to the background job. */
    public ImportRecord recordImport(SourceFile source, @Nullable String collectionTitle,
                                     List<SpeechDraft> speeches) {
        return recordImport(source, collectionTitle, speeches, null);
    }

    public List<Speech> speeches() {
        return queries.query("list the speeches", SPEECH_COLUMNS + " ORDER BY s.id", LibraryStore::speechOf);
    }

    public Optional<Speech> speech(long id) {
        return queries.queryOne("read speech " + id, SPEECH_COLUMNS + " WHERE s.id = ?", LibraryStore::speechOf, id);
    }

    public List<Paragraph> paragraphs(long speechId) {
        return queries.query("read the paragraphs of speech " + speechId, PARAGRAPH_COLUMNS
                + " WHERE speech_id = ? ORDER BY position", LibraryStore::paragraph, speechId);
    }

    /** One paragraph by its id (a rowid lookup). */
    public Optional<Paragraph> paragraph(long id) {
        return queries.queryOne("read paragraph " + id, PARAGRAPH_COLUMNS + " WHERE id = ?", LibraryStore::paragraph,
                id);
    }

    public List<SpeechCollection> collections() {
        return queries.query("list the collections", """
                SELECT c.id, c.title, f.file_name,
                       (SELECT group_concat(cs.speech_id, char(31) ORDER BY cs.position)
                          FROM collection_speeches cs WHERE cs.collection_id = c.id)
                  FROM collections c JOIN source_files f ON f.id = c.source_file_id ORDER BY c.id""",
                rs -> new SpeechCollection(rs.getLong(1), rs.getString(2), rs.getString(3),
                        split(rs.getString(4)).stream().map(Long::valueOf).toList()));
    }

    /**
     * Paragraphs containing every whitespace-separated part of {@code query}, every one of them (the title lines
     * too): where a word occurs, for lookups and the glossary. Best matches first (see {@link Searches}).
     */
    public SearchPage search(String query, int limit, int offset) {
        return searches.paragraphs(query, limit, offset);
    }

    /**
     * What the library search shows for {@code query}: the speeches' titles, subtitles, abstracts and keywords that
     * contain every part of it, title matches first, then the paragraphs that do, each text once (a speech's title
     * lines are found as its title and subtitle). {@link SearchPage#total()} counts both; offsets run through the
     * fields, then the paragraphs.
     */
    public SearchPage searchLibrary(String query, int limit, int offset) {
        return searches.library(query, limit, offset);
    }

    /** Stored token lengths of the speech's paragraphs, by paragraph id; paragraphs not yet segmented are absent. */
    public Map<Long, int[]> tokens(long speechId) {
        return queries.read("read the words of speech " + speechId, () -> words.tokens(speechId));
    }

    /** Saves token lengths for paragraphs (newly segmented, or again after the glossary changed) in one transaction. */
    public void putTokens(Map<Long, int[]> lengthsByParagraph) {
        queries.runInTransaction("save segmented words", () -> words.putTokens(lengthsByParagraph));
    }

    /** Up to {@code limit} paragraphs never segmented, as id to text, for the background segmentation job. */
    public Map<Long, String> unsegmentedParagraphs(int limit) {
        return queries.read("find paragraphs to segment", () -> words.unsegmented(limit));
    }

    public int countUnsegmentedParagraphs() {
        return queries.read("count paragraphs to segment", words::countUnsegmented);
    }

    public List<UserTerm> userTerms() {
        return queries.read("read your glossary", words::userTerms);
    }

    /** Adds the term, or updates it when the glossary has it already. */
    public void putUserTerm(UserTerm term) {
        queries.runInTransaction("save the term " + term.term(), () -> words.putUserTerm(term));
    }

    public boolean deleteUserTerm(String term) {
        return queries.inTransaction("delete the term " + term, () -> words.deleteUserTerm(term));
    }

    /** A cached analysis of a speech (e.g. "keywords"), if it was computed before. */
    public Optional<String> analysis(long speechId, String kind) {
        return queries.queryOne("read the " + kind + " of speech " + speechId,
                "SELECT value FROM speech_analysis WHERE speech_id = ? AND kind = ?", rs -> rs.getString(1),
                speechId, kind);
    }

    public void putAnalysis(long speechId, String kind, String value) {
        queries.update("save the " + kind + " of speech " + speechId,
                "INSERT OR REPLACE INTO speech_analysis(speech_id, kind, value, computed_at) VALUES (?, ?, ?, ?)",
                speechId, kind, value, Instant.now().toString());
    }

    /** The speech whose text has this fingerprint (see {@link SpeechFingerprint#exact()}), if any. */
    public Optional<Long> speechWithFingerprint(String exactFingerprint) {
        return queries.read("find a speech by its text",
                () -> statements.queryId("SELECT id FROM speeches WHERE fingerprint = ?", exactFingerprint));
    }

    /** The fingerprint of a stored speech's text, for exports that must find the speech again elsewhere. */
    public String fingerprint(long speechId) {
        return queries.queryOne("read speech " + speechId, "SELECT fingerprint FROM speeches WHERE id = ?",
                rs -> rs.getString(1), speechId)
                .orElseThrow(() -> LibraryException.gone("There is no speech " + speechId + " in the library"));
    }

    public Optional<String> setting(String key) {
        return queries.queryOne("read setting " + key, "SELECT value FROM settings WHERE key = ?",
                rs -> rs.getString(1), key);
    }

    public void putSetting(String key, String value) {
        queries.update("save setting " + key,
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    @Override
    public synchronized void close() {
        soundness.close();
        importWriter.close();
        statements.close();
        closeQuietly(db);
        lock.close();
    }

    private static Speech speechOf(ResultSet rs) throws SQLException {
        String keywords = rs.getString(8);
        return new Speech(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7),
                keywords.isEmpty() ? List.of() : List.of(keywords.split(ImportWriter.KEYWORD_SEPARATOR)),
                rs.getInt(9), rs.getInt(10), split(rs.getString(11)), split(rs.getString(12)));
    }

    /** Reads the columns of {@link #PARAGRAPH_COLUMNS} in that order. */
    static Paragraph paragraph(ResultSet rs) throws SQLException {
        return new Paragraph(rs.getLong(1), rs.getLong(2), rs.getInt(3), ParagraphKind.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getString(6), rs.getString(7));
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
    }

    /** What could not be done and why, e.g. "Could not save the annotation in the library …: the disk is full". */
    LibraryException failure(String what, SQLException e) {
        if (damage().isPresent()) {
            return new LibraryDamagedException(file, damage().get(), e);
        }
        return LibraryException.because("Could not " + what + " in the library " + file, e, file);
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot create the folder for the library " + file + ": "
                    + FailureReason.explain(e), e);
        }
    }

    /**
     * The library's real path, the file created empty if new (SQLite takes an empty file for a new database): the
     * lock is taken on the file itself, and the WAL, backups and log belong beside it, not beside a symlink.
     */
    private static Path realFile(Path file) {
        try {
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // The usual case: the library is there.
            }
            return file.toRealPath();
        } catch (IOException e) {
            throw new LibraryException("Cannot open the library " + file + ": " + FailureReason.explain(e), e);
        }
    }

    /** The real path of a library that must already exist: a reader never creates one. */
    private static Path existingFile(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new LibraryException("Cannot open the library " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new LibraryException("Cannot open the library " + file + ": " + FailureReason.explain(e), e);
        }
    }

    /**
     * Checks what the file is and its version before the first write (journal mode), so another program's
     * database and a newer library are never touched.
     */
    private static void configure(Connection db, Path file) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            LibraryIdentity.require(db, file);
            Migrations.refuseNewer(db, file);
            // Only a new, empty library takes it: paragraphs of a few hundred bytes waste less of 8 KB pages.
            st.execute("PRAGMA page_size = 8192");
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
        }
    }

    private static LibraryException describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NOTADB") || message.contains("not a database")) {
            return new LibraryException(file + " is not a Yandu library (it is not an SQLite database)", e);
        }
        return LibraryException.because("Cannot open the library " + file, e, file);
    }

    private static void closeQuietly(@Nullable Connection db) {
        if (db == null) {
            return;
        }
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("Closing the library failed", e);
        }
    }
}
