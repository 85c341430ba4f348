package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the library in its {@code backups} folder, made with SQLite's online backup (never by copying the
 * live file): one a day at start-up, one before each schema migration and before a restore; the newest
 * {@value #KEEP} sound ones are kept. A copy is written under a temporary name, checked, and only then renamed
 * into place, so a failed or interrupted backup never counts as one and never makes a good one be pruned. Its name
 * then carries {@value #CHECKED}, so it is not checked again each time the backups are listed or pruned; one made by
 * an earlier version, which did not check its copies, is checked whenever it is listed.
 */
public final class Backups {
    static final int KEEP = 7;
    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Duration DAILY = Duration.ofHours(20);
    /** A copy being written; not ending in .db, it is never listed as a backup. */
    private static final String PARTIAL = ".partial";
    /** In the name of a backup this version checked when it wrote it. */
    static final String CHECKED = ".checked";

    /** Now as {@link #STAMP} writes it, in the computer's time zone: the reader reads the names as local times. */
    static String stampNow() {
        return STAMP.format(LocalDateTime.now(ZoneId.systemDefault()));
    }

    /** Called on each written copy before it is checked: the tests' way to damage one. */
    @FunctionalInterface
    interface AfterCopy {
        void accept(Path copy) throws IOException;
    }

    private final Path library;
    private final Connection db;
    private final Object lock;
    private final AfterCopy afterCopy;

    /** {@code lock} is what the library's other calls synchronise on, so a restore never runs beside them. */
    Backups(Path library, Connection db, Object lock) {
        this(library, db, lock, copy -> { });
    }

    Backups(Path library, Connection db, Object lock, AfterCopy afterCopy) {
        this.library = library;
        this.db = db;
        this.lock = lock;
        this.afterCopy = afterCopy;
    }

    public Path folder() {
        return folderOf(library);
    }

    static Path folderOf(Path library) {
        return library.resolveSibling("backups");
    }

    /**
     * The backups, newest first, each with its damage if it has any: a damaged one is shown for what it is (it is
     * the reader's file, and may still hold something) but never offered for a restore.
     */
    public List<BackupFile> list() {
        return beside(library);
    }

    /** {@link #list()} without opening the library: what a restore can choose from when it cannot be opened. */
    public static List<BackupFile> beside(Path library) {
        return named(folderOf(library.toAbsolutePath())).stream().map(file -> BackupFile.of(file, damage(file)))
                .toList();
    }

    /** What is wrong with a backup, or empty; one this version checked when it wrote it is trusted. */
    private static String damage(Path file) {
        return file.getFileName().toString().endsWith(CHECKED + ".db") ? ""
                : BackupCheck.problem(file, false).orElse("");
    }

    /** The newest backup of {@code library} that passes quick_check now, if any: the one a rescue offers. */
    public static Optional<Path> newestSound(Path library) {
        return named(folderOf(library)).stream().filter(BackupCheck::isSound).findFirst();
    }

    private static List<Path> named(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new LibraryException("Cannot list the backups in " + folder + ": " + FailureReason.explain(e), e);
        }
    }

    /** Makes a backup now; {@code reason} becomes part of its name (daily, manual, before-migration …). */
    public Path create(String reason) {
        refuseReadOnly();
        Path target = folder().resolve("library-" + stampNow() + "-" + reason + CHECKED + ".db");
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            Files.createDirectories(folder());
            removePartials();
            copyTo(partial);
            afterCopy.accept(partial);
            Optional<String> problem = BackupCheck.problem(partial, false);
            if (problem.isPresent()) {
                throw new LibraryException("The backup of " + library + " failed its check (" + problem.get()
                        + "); it was removed");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw LibraryException.because("Could not back up the library to " + target, e, target);
        } finally {
            removePartials();
        }
        log.info("Backed up the library to {}", target);
        prune();
        return target;
    }

    /**
     * SQLite's online backup on a connection of its own, inside one read transaction: a copy of one committed moment
     * (WAL), while the library's own connection goes on reading and writing instead of waiting out the copy (20 s for
     * the 1.7 GB of 100,000 speeches, on the first start of each day).
     */
    private void copyTo(Path partial) throws SQLException {
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + library,
                LibraryStore.readerConfig().toProperties());
             Statement st = source.createStatement()) {
            source.setAutoCommit(false);
            // The transaction's snapshot is taken at its first read: the copy cannot be restarted by a write.
            try (ResultSet schema = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                schema.next();
            }
            st.executeUpdate("backup to '" + partial.toString().replace("'", "''") + "'");
            source.rollback();
        }
    }

    /**
     * A read-only library or folder is refused before SQLite is asked: the backup of one can leave a 0-byte copy
     * and its journal behind (issue #12), and the user can act on "read-only" but not on an SQLite error code.
     */
    private void refuseReadOnly() {
        boolean readOnlyConnection;
        try {
            readOnlyConnection = db.isReadOnly();
        } catch (SQLException e) {
            readOnlyConnection = false;
        }
        if (readOnlyConnection) { // only a library opened beside the Yandu that holds it: that one backs it up
            throw new LibraryReadOnlyException(library);
        }
        requireWritable(library);
    }

    /** Refuses at once, saying which, when the library file, its folder or its backups folder is read-only. */
    public static void requireWritable(Path library) {
        Path folder = library.toAbsolutePath().getParent();
        Path backups = folderOf(library.toAbsolutePath());
        if (Files.exists(library) && !Files.isWritable(library)) {
            throw new LibraryException("Cannot back up " + library + ": the library file is read-only");
        }
        for (Path f : List.of(folder, backups)) {
            if (Files.exists(f) && !Files.isWritable(f)) {
                throw new LibraryException("Cannot back up " + library + ": the folder " + f + " is read-only");
            }
        }
    }

    /** Copies a killed backup left half-written, with their journals: none of them is a backup. */
    private void removePartials() {
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.filter(f -> f.getFileName().toString().contains(".db" + PARTIAL)).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            log.warn("Could not remove a half-written backup in {}", folder(), e);
        }
    }

    /** The daily backup: made unless a sound one is less than a day old. */
    public Optional<Path> createDailyIfDue() {
        Optional<Instant> newest = named(folder()).stream().filter(file -> damage(file).isEmpty()).findFirst()
                .map(Backups::modified);
        if (newest.isPresent() && newest.get().isAfter(Instant.now().minus(DAILY))) {
            return Optional.empty();
        }
        return Optional.of(create("daily"));
    }

    /**
     * Replaces the library's contents with a backup after checking it is a sound Yandu library this version can
     * read (an older one is brought up to date); the current contents are backed up first, so a restore can
     * itself be undone.
     */
    public void restore(Path backup) {
        refuseReadOnly();
        BackupCheck.requireRestorable(backup);
        create("before-restore");
        synchronized (lock) {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("restore from '" + backup.toString().replace("'", "''") + "'");
                Migrations.apply(db);
            } catch (SQLException e) {
                throw LibraryException.because("Could not restore " + backup, e, library);
            }
        }
        log.info("Restored the library from {}", backup);
    }

    /**
     * Removes sound backups beyond the newest {@value #KEEP} sound ones. A damaged file never counts, so it can
     * never push a good backup out; it is left for the user, who may still get something from it.
     */
    private void prune() {
        int sound = 0;
        for (BackupFile backup : list()) {
            if (!backup.restorable()) {
                log.warn("The backup {} does not count among the {} kept: {}", backup.file(), KEEP, backup.damage());
            } else if (++sound > KEEP) {
                try {
                    Files.deleteIfExists(backup.file());
                } catch (IOException e) {
                    log.warn("Could not remove the old backup {}", backup.file(), e);
                }
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
