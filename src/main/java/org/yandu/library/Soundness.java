package org.yandu.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.sqlite.SQLiteConfig;
import org.yandu.threads.Threads;

/**
 * Whether the library may be written. Not when the file fails SQLite's quick check: a damaged file is still read
 * (the reader can export what is left) but never written, as a write into a broken b-tree reports success and the
 * note is lost later. Nor when another Yandu holds the library and this one opened it for reading beside it.
 *
 * <p>The check runs beside the reading, on a connection of its own, in two steps. First every b-tree, table by table
 * with its indexes: what a write goes into, a quarter of a second for 10,000 speeches; every write waits for this
 * answer. Then the whole file's quick check, which adds FTS5 comparing its index with the text: 2.7 s of a core for
 * 10,000 speeches (docs/PERFORMANCE.md). Both run at once unless the opener asks for each later ({@link
 * #checkTrees()}, {@link #checkWholeFile()}): the window does, as on two cores they would take half the machine
 * during the start (the b-trees alone over a second of a core at 100,000 speeches). Its finding
 * is the one told ({@link #checked()}); damage it finds refuses every write from then on.
 */
final class Soundness implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Soundness.class);
    /** The reader is told by LibraryDamagedException, in the window or on the command line: kept out of stderr. */
    private static final Marker TOLD = MarkerFactory.getMarker("TOLD");

    private final Path file;
    private final boolean heldElsewhere;
    /** The b-trees' finding, which writes wait for. */
    private final CompletableFuture<Optional<String>> trees = new CompletableFuture<>();
    /** The whole file's finding (the b-trees' when they failed), told once known. */
    private final CompletableFuture<Optional<String>> checked = new CompletableFuture<>();
    private final CompletableFuture<Void> treesAsked = new CompletableFuture<>();
    private final CompletableFuture<Void> wholeAsked = new CompletableFuture<>();
    /** Set to a check after a restore onto the damaged library, whose finding then counts. */
    private volatile @Nullable Optional<String> recheck;
    private volatile @Nullable Statement running;
    private volatile boolean closed;
    private @Nullable Thread checker;

    private Soundness(Path file, boolean heldElsewhere) {
        this.file = file;
        this.heldElsewhere = heldElsewhere;
    }

    /**
     * Opened for reading only while another Yandu holds the library: never written, and not checked (a reader
     * beside a long import must not add seconds of reading to it; the writer checks the file itself).
     */
    static Soundness heldElsewhere(Path file) {
        Soundness soundness = new Soundness(file, true);
        soundness.found(Optional.empty());
        return soundness;
    }

    /** Whether the library was opened for reading only beside another Yandu that holds it. */
    boolean isHeldElsewhere() {
        return heldElsewhere;
    }

    /** Checked now on the store's connection: before a migration, which must not be applied to a damaged file. */
    static Soundness now(Path file, Connection db) {
        Soundness soundness = new Soundness(file, false);
        try (Statement st = db.createStatement()) {
            soundness.found(soundness.quickCheck(st, true));
        } catch (SQLException e) {
            soundness.found(failed(e));
        }
        return soundness;
    }

    /**
     * Checked on a thread of its own with a read-only connection, so opening and reading do not wait for it.
     *
     * @param atOnce whether both steps follow at once, or each waits to be asked ({@link #checkTrees()}, {@link
     *     #checkWholeFile()}; the b-trees' also by the first question for their answer)
     */
    static Soundness inBackground(Path file, boolean atOnce) {
        Soundness soundness = new Soundness(file, false);
        if (atOnce) {
            soundness.checkWholeFile();
        }
        soundness.checker = Threads.daemon("library-check").newThread(soundness::checkAside);
        soundness.checker.start();
        return soundness;
    }

    /** Lets the b-trees' check begin. */
    void checkTrees() {
        treesAsked.complete(null);
    }

    /** Lets the whole file's check begin once the b-trees' is done, and the b-trees' now if it waits. */
    void checkWholeFile() {
        treesAsked.complete(null);
        wholeAsked.complete(null);
    }

    private void checkAside() {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement st = db.createStatement()) {
            running = st;
            treesAsked.join();
            Optional<String> treesFound = closed ? Optional.empty() : treesCheck(st);
            trees.complete(treesFound);
            if (treesFound.isPresent()) {
                checked.complete(treesFound);
                return;
            }
            wholeAsked.join();
            checked.complete(closed ? Optional.empty() : quickCheck(st, true));
        } catch (SQLException e) {
            found(closed ? Optional.empty() : failed(e));
        } catch (RuntimeException e) {
            trees.completeExceptionally(e);
            checked.completeExceptionally(e);
        } finally {
            running = null;
        }
    }

    private void found(Optional<String> finding) {
        trees.complete(finding);
        checked.complete(finding);
    }

    /** The whole file's finding once it is known (the b-trees' if they failed); null-free. */
    CompletableFuture<Optional<String>> checked() {
        return checked.copy();
    }

    /**
     * Waits for the b-trees' finding, beginning their check if it was not asked for yet. A write waits here before
     * it takes the store's monitor, so the library's reads go on while a large library's check runs (seconds at
     * 100,000 speeches).
     */
    Optional<String> awaitTrees() {
        checkTrees();
        return trees.join();
    }

    /**
     * What is wrong with the file: a check after a restore if one ran, else the b-trees' (waiting for it if it still
     * runs) and the whole file's if it is known.
     */
    Optional<String> damage() {
        Optional<String> after = recheck;
        if (after != null) {
            return after;
        }
        Optional<String> found = awaitTrees();
        return found.isPresent() ? found : checked.getNow(Optional.empty());
    }

    /**
     * Throws unless the library may be written: it is sound and no other Yandu holds it. A damaged one is checked
     * again first, on the store's connection: a restore replaces its pages through it, and then it may be written.
     */
    void requireWritable(Connection db) {
        if (heldElsewhere) {
            throw new LibraryReadOnlyException(file);
        }
        if (damage().isPresent()) {
            try (Statement st = db.createStatement()) {
                recheck = quickCheck(st, false);
            } catch (SQLException e) {
                recheck = failed(e);
            }
        }
        Optional<String> damage = damage();
        if (damage.isPresent()) {
            throw new LibraryDamagedException(file, damage.get());
        }
    }

    /** The quick check's finding, logged when asked; a check that fails to run counts as damage. */
    private Optional<String> quickCheck(Statement st, boolean logged) {
        try {
            Optional<String> found = firstComplaint(st, "quick_check");
            if (logged) {
                found.ifPresent(f -> log.error(TOLD, "The library {} is damaged: {}", file, f));
            }
            return found;
        } catch (SQLException e) {
            if (closed) {
                return Optional.empty();
            }
            log.error(TOLD, "The library {} could not be checked, so it is taken as damaged", file, e);
            return failed(e);
        }
    }

    /**
     * Every b-tree's quick check, table by table with its indexes (FTS5's tables being b-trees too, their index is
     * read but not compared with the text); the first complaint, logged.
     */
    private Optional<String> treesCheck(Statement st) {
        try {
            List<String> tables = new ArrayList<>(List.of("sqlite_schema"));
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                Optional<String> found = firstComplaint(st, "quick_check", "'" + table.replace("'", "''") + "'");
                if (found.isPresent()) {
                    log.error(TOLD, "The library {} is damaged: {}", file, found.get());
                    return found;
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            if (closed) {
                return Optional.empty();
            }
            log.error(TOLD, "The library {} could not be checked, so it is taken as damaged", file, e);
            return failed(e);
        }
    }

    /**
     * A check that could not run counts as damage, named by the error's message (by the error itself when it has
     * none: Optional.of(null) would throw, and a background check would then never answer).
     */
    private static Optional<String> failed(SQLException e) {
        String message = e.getMessage();
        return Optional.of(message != null ? message : e.toString());
    }

    /**
     * SQLite's first complaint from {@code check} ({@code quick_check} or {@code integrity_check}) on one line, for
     * the command line's stderr and the backups' list; empty when the file is sound.
     */
    static Optional<String> firstComplaint(Statement st, String check) throws SQLException {
        return firstComplaint(st, check, "1");
    }

    /** The same, with the pragma's argument: a number of complaints, or a table to check alone. */
    private static Optional<String> firstComplaint(Statement st, String check, String argument) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + check + "(" + argument + ")")) {
            String result = rs.next() ? rs.getString(1) : "no answer from the check";
            if ("ok".equals(result)) {
                return Optional.empty();
            }
            // SQLite heads its findings with "*** in database main ***" on a line of its own.
            return Optional.of(result.replace("*** in database main ***", "").strip().replaceAll("\\s*\\n\\s*", "; "));
        }
    }

    /** Stops a check still running (the library is closing: its answer no longer matters) and waits for it. */
    @Override
    public void close() {
        closed = true;
        treesAsked.complete(null);
        wholeAsked.complete(null);
        Statement st = running;
        if (st != null) {
            try {
                st.cancel();
            } catch (SQLException e) {
                log.debug("Could not interrupt the library check", e);
            }
        }
        if (checker != null) {
            try {
                checker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
