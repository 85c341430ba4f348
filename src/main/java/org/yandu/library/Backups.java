package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies of the library in its {@code backups} folder, made with SQLite's online backup (never by copying the
 * live file): one a day at start-up, one before each schema migration and before a restore; the last
 * {@value #KEEP} are kept.
 */
public final class Backups {
    static final int KEEP = 7;
    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Duration DAILY = Duration.ofHours(20);

    private final Path library;
    private final Connection db;
    private final Object lock;

    /** {@code lock} is what the library's other calls synchronise on, so a backup never runs beside them. */
    Backups(Path library, Connection db, Object lock) {
        this.library = library;
        this.db = db;
        this.lock = lock;
    }

    public Path folder() {
        return library.resolveSibling("backups");
    }

    /** The backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new LibraryException("Cannot list the backups in " + folder() + ": " + e.getMessage(), e);
        }
    }

    /** Makes a backup now; {@code reason} becomes part of its name (daily, manual, before-migration …). */
    public Path create(String reason) {
        Path target = folder().resolve("library-" + STAMP.format(LocalDateTime.now()) + "-" + reason + ".db");
        try {
            Files.createDirectories(folder());
            synchronized (lock) {
                try (Statement st = db.createStatement()) {
                    st.executeUpdate("backup to '" + target.toString().replace("'", "''") + "'");
                }
            }
        } catch (IOException | SQLException e) {
            throw new LibraryException("Could not back up the library to " + target + ": " + e.getMessage(), e);
        }
        log.info("Backed up the library to {}", target);
        prune();
        return target;
    }

    /** The daily backup: made unless one is less than a day old. */
    public Optional<Path> createDailyIfDue() {
        Optional<Instant> newest = list().stream().findFirst().map(Backups::modified);
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
        check(backup);
        create("before-restore");
        synchronized (lock) {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("restore from '" + backup.toString().replace("'", "''") + "'");
                Migrations.apply(db);
            } catch (SQLException e) {
                throw new LibraryException("Could not restore " + backup + ": " + e.getMessage(), e);
            }
        }
        log.info("Restored the library from {}", backup);
    }

    private static void check(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new LibraryException(backup + " does not exist or is not a file");
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + backup, readOnly.toProperties());
             Statement st = other.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new LibraryException(backup + " is damaged (" + result + "); it was not restored");
                }
            }
            int version = Migrations.currentVersion(other);
            if (version == 0 || version > Migrations.latestVersion()) {
                throw new LibraryException(backup + (version == 0 ? " is not a Yandu library"
                        : " was written by a newer Yandu") + "; it was not restored");
            }
        } catch (SQLException e) {
            throw new LibraryException(backup + " is not a Yandu library (" + e.getMessage() + "); it was not restored", e);
        }
    }

    private void prune() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                log.warn("Could not remove the old backup {}", old, e);
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
