package org.yandu.library;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The library: one SQLite file holding speeches, their paragraphs, collections and source files.
 * All SQL of the application lives in this package.
 *
 * <p>Threads: one connection, and the store's monitor ({@code synchronized} methods) makes every call whole and one
 * at a time, so any thread may read and write and no call sees another's half-done transaction. What must happen in
 * order is asked of one thread. In the window (its lanes, {@code ui.app.Lane}) the library lane opens the store,
 * reads for the window and writes the reader's own work (settings, notes, reading, lookups, backups), the import
 * lane writes imports, segmentation and CC-CEDICT and reads for exports, the words lane writes the user's terms,
 * the analysis lane writes the analyses it keeps, and the search lane only reads; the store is closed on the
 * library lane, after the writes asked before it. The import's workers ({@link ImportWorker}) never touch it.
 */
public final class LibraryStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LibraryStore.class);
    private static final String LIST_SEPARATOR = "\u001f";
    static final int RANKED_AT_MOST = 2_000;

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
    private final Annotations annotations;
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
        this.annotations = new Annotations(this, db, statements);
        this.importWriter = new ImportWriter(statements, words, annotations);
    }

    /**
     * Opens (creating if needed) the library at {@code file} and brings its schema up to date, backing it up
     * first when a migration is due. Refused when another Yandu has it open (through any name: symlinks are
     * resolved and the lock is on the file itself) and when it is another program's database. A file that fails
     * SQLite's quick check opens for reading only ({@link #damage()}) and is not migrated.
     */
    public static LibraryStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        createParent(absolute);
        Path real = realFile(absolute);
        LibraryLock lock = LibraryLock.acquire(real);
        Connection db = null;
        try {
            db = connect(real);
            SearchGrams.register(db);
            TokenLengths.register(db);
            configure(db, real);
            Soundness soundness = open(db, real);
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
        try {
            return open(file);
        } catch (LibraryInUseException e) {
            return openForReading(file);
        }
    }

    /**
     * A read-only connection that waits (as the writer's does) instead of failing when SQLite is briefly busy, as
     * while the writer checkpoints its WAL into the file.
     */
    private static SQLiteConfig readerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    /**
     * Brings the schema up to date unless the file is damaged. The quick check runs first when a migration is due
     * (a migration must not write into a damaged file), else in the background while the library is read.
     */
    private static Soundness open(Connection db, Path file) throws SQLException {
        int version = Migrations.currentVersion(db);
        if (version == 0 || version == Migrations.latestVersion()) {
            Migrations.apply(db);
            return Soundness.inBackground(file);
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

    /** Completes with {@link #damage()} once the check begun at open is done. */
    public CompletableFuture<Optional<String>> soundnessChecked() {
        return soundness.checked();
    }

    /**
     * Refuses a write to a damaged library, or to one opened for reading beside another Yandu, with what to do
     * instead; commands call it before working.
     */
    public synchronized void requireWritable() {
        soundness.requireWritable(db);
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

    public synchronized int schemaVersion() {
        try {
            return Migrations.currentVersion(db);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    /** Backups of this library and restoring one. */
    public Backups backups() {
        return backups;
    }

    /** The reader's highlights and notes. */
    public Annotations annotations() {
        return annotations;
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
        requireWritable();
        try {
            statements.execute(IMPORT_CACHE);
            try {
                return Sql.inTransaction(db, () -> importWriter.record(source, collectionTitle, speeches, tokenizer));
            } finally {
                statements.execute(READING_CACHE);
            }
        } catch (SQLException e) {
            throw failure("store " + source.fileName(), e);
        }
    }

    /** {@link #recordImport(SourceFile, String, List, Tokenizer)} leaving segmentation to the background job. */
    public synchronized ImportRecord recordImport(SourceFile source, String collectionTitle,
                                                  List<SpeechDraft> speeches) {
        return recordImport(source, collectionTitle, speeches, null);
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

    /** One paragraph by its id (a rowid lookup). */
    public synchronized Optional<Paragraph> paragraph(long id) {
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT id, speech_id, position, kind, heading_level, lead_in, text FROM paragraphs WHERE id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(paragraph(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read paragraph " + id, e);
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

    /**
     * Paragraphs containing every whitespace-separated part of {@code query}: best matches first (bm25) when
     * there are at most {@value #RANKED_AT_MOST}, else in library order, because ranking every match of a very
     * frequent query costs a hundred times more than counting them and a first page of it says little anyway.
     */
    public synchronized SearchPage search(String query, int limit, int offset) {
        SearchGrams.Expressions expressions = SearchGrams.expressions(query);
        if (expressions == null) {
            return new SearchPage(0, List.of());
        }
        try {
            int total;
            try (PreparedStatement count = db.prepareStatement(
                    "SELECT count(*) FROM " + expressions.table() + " f WHERE " + expressions.condition())) {
                Sql.bind(count, expressions.arguments());
                try (ResultSet rs = count.executeQuery()) {
                    total = rs.getInt(1);
                }
            }
            String order = total <= RANKED_AT_MOST ? "f.rank" : "f.rowid";
            List<ParagraphHit> hits = new ArrayList<>();
            try (PreparedStatement page = db.prepareStatement("""
                    SELECT p.id, p.speech_id, p.position, p.kind, p.heading_level, p.lead_in, p.text, s.title
                      FROM %s f JOIN paragraphs p ON p.id = f.rowid JOIN speeches s ON s.id = p.speech_id
                     WHERE %s ORDER BY %s LIMIT ? OFFSET ?""".formatted(expressions.table(), expressions.condition(),
                    order))) {
                Sql.bind(page, expressions.arguments(limit, offset));
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new ParagraphHit(paragraph(rs), rs.getString(8)));
                    }
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
        requireWritable();
        try {
            Sql.inTransaction(db, () -> {
                words.putTokens(lengthsByParagraph);
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
        requireWritable();
        try {
            words.putUserTerm(term);
        } catch (SQLException e) {
            throw failure("save the term " + term.term(), e);
        }
    }

    public synchronized boolean deleteUserTerm(String term) {
        requireWritable();
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
            Sql.bind(ps, speechId, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the " + kind + " of speech " + speechId, e);
        }
    }

    public synchronized void putAnalysis(long speechId, String kind, String value) {
        requireWritable();
        try {
            statements.execute("INSERT OR REPLACE INTO speech_analysis(speech_id, kind, value, computed_at) VALUES (?, ?, ?, ?)",
                    speechId, kind, value, Instant.now().toString());
        } catch (SQLException e) {
            throw failure("save the " + kind + " of speech " + speechId, e);
        }
    }

    public synchronized ReadingProgress progress(long speechId) {
        try (PreparedStatement ps = db.prepareStatement(PROGRESS_COLUMNS + " WHERE speech_id = ?")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? progressOf(rs) : ReadingProgress.unread(speechId);
            }
        } catch (SQLException e) {
            throw failure("read the progress of speech " + speechId, e);
        }
    }

    /** The progress of every speech ever opened or marked, by speech id; the others are unread. */
    public synchronized Map<Long, ReadingProgress> readingProgress() {
        Map<Long, ReadingProgress> all = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(PROGRESS_COLUMNS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ReadingProgress progress = progressOf(rs);
                all.put(progress.speechId(), progress);
            }
            return all;
        } catch (SQLException e) {
            throw failure("read the reading progress", e);
        }
    }

    private static final String PROGRESS_COLUMNS =
            "SELECT speech_id, position, read_at, seconds_read, last_opened_at FROM reading_progress";

    private static ReadingProgress progressOf(ResultSet rs) throws SQLException {
        return new ReadingProgress(rs.getLong(1), rs.getInt(2), instant(rs.getString(3)), rs.getLong(4),
                instant(rs.getString(5)));
    }

    /** Records the reading position and adds {@code activeSeconds} of reading time. */
    public synchronized void recordReading(long speechId, int position, long activeSeconds) {
        requireWritable();
        try {
            Sql.inTransaction(db, () -> {
                statements.execute("""
                        INSERT INTO reading_progress(speech_id, position, seconds_read, last_opened_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT(speech_id) DO UPDATE SET position = excluded.position,
                            seconds_read = seconds_read + excluded.seconds_read, last_opened_at = excluded.last_opened_at""",
                        speechId, position, activeSeconds, Instant.now().toString());
                return statements.execute("""
                        INSERT INTO reading_days(speech_id, day, seconds) VALUES (?, date('now', 'localtime'), ?)
                        ON CONFLICT(speech_id, day) DO UPDATE SET seconds = seconds + excluded.seconds""",
                        speechId, activeSeconds);
            });
        } catch (SQLException e) {
            throw failure("save the progress of speech " + speechId, e);
        }
    }

    public synchronized void markRead(long speechId, boolean read) {
        requireWritable();
        try {
            statements.execute("""
                    INSERT INTO reading_progress(speech_id, read_at) VALUES (?, ?)
                    ON CONFLICT(speech_id) DO UPDATE SET read_at = excluded.read_at""",
                    speechId, read ? Instant.now().toString() : null);
        } catch (SQLException e) {
            throw failure("mark speech " + speechId + (read ? " read" : " unread"), e);
        }
    }

    /**
     * Puts a speech's reading progress back exactly as a backup recorded it, times included. Unlike
     * {@link #recordReading} it adds no reading time to today: the backup's time was read on other days.
     */
    public synchronized void restoreProgress(ReadingProgress progress) {
        requireWritable();
        try {
            statements.execute("""
                    INSERT INTO reading_progress(speech_id, position, read_at, seconds_read, last_opened_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(speech_id) DO UPDATE SET position = excluded.position, read_at = excluded.read_at,
                        seconds_read = excluded.seconds_read, last_opened_at = excluded.last_opened_at""",
                    progress.speechId(), progress.position(), text(progress.readAt()), progress.secondsRead(),
                    text(progress.lastOpened()));
        } catch (SQLException e) {
            throw failure("restore the progress of speech " + progress.speechId(), e);
        }
    }

    /** The days a speech was read on, oldest first, with the active time of each. */
    public synchronized List<ReadingDay> readingDays(long speechId) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT day, seconds FROM reading_days WHERE speech_id = ? ORDER BY day")) {
            ps.setLong(1, speechId);
            List<ReadingDay> days = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new ReadingDay(LocalDate.parse(rs.getString(1)), rs.getLong(2)));
                }
            }
            return days;
        } catch (SQLException e) {
            throw failure("read the reading days of speech " + speechId, e);
        }
    }

    /** Puts back the days a speech was read on (from a notes export), replacing what this library has for them. */
    public synchronized void restoreReadingDays(long speechId, List<ReadingDay> days) {
        requireWritable();
        try {
            Sql.inTransaction(db, () -> {
                for (ReadingDay day : days) {
                    statements.execute("INSERT OR REPLACE INTO reading_days(speech_id, day, seconds) VALUES (?, ?, ?)",
                            speechId, day.day().toString(), day.seconds());
                }
                return days.size();
            });
        } catch (SQLException e) {
            throw failure("restore the reading days of speech " + speechId, e);
        }
    }

    /** Speeches finished, notes and highlights made, and active reading time since the start of {@code day}. */
    public synchronized StudySummary studySince(LocalDate day) {
        String from = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT (SELECT count(*) FROM reading_progress WHERE read_at >= ?),
                       (SELECT count(*) FROM annotations WHERE created_at >= ?),
                       (SELECT COALESCE(sum(seconds), 0) FROM reading_days WHERE day >= ?)""")) {
            Sql.bind(ps, from, from, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return new StudySummary(rs.getInt(1), rs.getInt(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw failure("sum up your study", e);
        }
    }

    /**
     * The speeches read (for some seconds: opening one records none), finished or annotated since the start of
     * {@code day}, longest read first.
     */
    public synchronized List<SpeechStudied> studiedSince(LocalDate day) {
        String from = day.atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
        try (PreparedStatement ps = db.prepareStatement("""
                WITH days AS (SELECT speech_id, sum(seconds) AS seconds FROM reading_days WHERE day >= ?
                               GROUP BY speech_id HAVING sum(seconds) > 0),
                     notes AS (SELECT speech_id, count(*) AS made FROM annotations WHERE created_at >= ?
                                GROUP BY speech_id),
                     finished AS (SELECT speech_id FROM reading_progress WHERE read_at >= ?)
                SELECT s.id, s.title, COALESCE(d.seconds, 0), COALESCE(n.made, 0), f.speech_id IS NOT NULL
                  FROM speeches s LEFT JOIN days d ON d.speech_id = s.id LEFT JOIN notes n ON n.speech_id = s.id
                       LEFT JOIN finished f ON f.speech_id = s.id
                 WHERE d.speech_id IS NOT NULL OR n.speech_id IS NOT NULL OR f.speech_id IS NOT NULL
                 ORDER BY 3 DESC, 4 DESC, s.id""")) {
            Sql.bind(ps, day.toString(), from, from);
            List<SpeechStudied> studied = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    studied.add(new SpeechStudied(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                            rs.getBoolean(5)));
                }
            }
            return studied;
        } catch (SQLException e) {
            throw failure("list the speeches you studied", e);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Remembers that the reader looked {@code term} up in the speech, in {@code sentence}. */
    public synchronized void recordLookup(long speechId, String term, String sentence) {
        requireWritable();
        String now = Instant.now().toString();
        try {
            statements.execute("""
                    INSERT INTO lookups(speech_id, term, sentence, first_at, last_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(speech_id, term) DO UPDATE SET last_at = excluded.last_at, times = times + 1""",
                    speechId, term, sentence == null ? "" : sentence, now, now);
        } catch (SQLException e) {
            throw failure("remember the lookup of " + term, e);
        }
    }

    /**
     * Adds a lookup exactly as a backup recorded it: sentence, first and last time, count. A word already looked
     * up in the speech here is left as it is. Returns whether it was added.
     */
    public synchronized boolean restoreLookup(Lookup lookup) {
        requireWritable();
        try {
            return statements.execute("""
                    INSERT INTO lookups(speech_id, term, sentence, first_at, last_at, times) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(speech_id, term) DO NOTHING""", lookup.speechId(), lookup.term(),
                    lookup.sentence() == null ? "" : lookup.sentence(), lookup.firstAt().toString(),
                    lookup.lastAt().toString(), Math.max(1, lookup.times())) == 1;
        } catch (SQLException e) {
            throw failure("restore the lookup of " + lookup.term(), e);
        }
    }

    /** The words looked up in a speech, in the order first looked up. */
    public synchronized List<Lookup> lookups(long speechId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT speech_id, term, sentence, first_at, last_at, times"
                + " FROM lookups WHERE speech_id = ? ORDER BY first_at, rowid")) {
            ps.setLong(1, speechId);
            List<Lookup> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Lookup(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                            Instant.parse(rs.getString(5)), rs.getInt(6)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read the lookups of speech " + speechId, e);
        }
    }

    /** The speech whose text has this fingerprint (see {@link SpeechFingerprint#exact()}), if any. */
    public synchronized Optional<Long> speechWithFingerprint(String exactFingerprint) {
        try {
            return statements.queryId("SELECT id FROM speeches WHERE fingerprint = ?", exactFingerprint);
        } catch (SQLException e) {
            throw failure("find a speech by its text", e);
        }
    }

    /** The fingerprint of a stored speech's text, for exports that must find the speech again elsewhere. */
    public synchronized String fingerprint(long speechId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT fingerprint FROM speeches WHERE id = ?")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LibraryException("There is no speech " + speechId + " in the library");
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw failure("read speech " + speechId, e);
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
        requireWritable();
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
        soundness.close();
        importWriter.close();
        statements.close();
        closeQuietly(db);
        lock.close();
    }

    private List<Speech> readSpeeches(PreparedStatement ps) throws SQLException {
        List<Speech> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String keywords = rs.getString(8);
                result.add(new Speech(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7),
                        keywords.isEmpty() ? List.of() : List.of(keywords.split(ImportWriter.KEYWORD_SEPARATOR)),
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

    private static void closeQuietly(Connection db) {
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
