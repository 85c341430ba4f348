package org.yandu.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * note is lost later. The check takes 0.6 s for a library of 2,000 speeches (docs/PERFORMANCE.md), most of it FTS5
 * checking its index, so it runs beside the reading, on a connection of its own, and every write waits for its
 * answer. Nor when another Yandu holds the library and this one opened it for reading beside it.
 */
final class Soundness implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Soundness.class);
    /** The reader is told by LibraryDamagedException, in the window or on the command line: kept out of stderr. */
    private static final Marker TOLD = MarkerFactory.getMarker("TOLD");

    private final Path file;
    private final boolean heldElsewhere;
    private final CompletableFuture<Optional<String>> checked = new CompletableFuture<>();
    /** The finding that counts: the first check's, until a check after a restore onto the damaged library. */
    private volatile CompletableFuture<Optional<String>> finding = checked;
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
        soundness.checked.complete(Optional.empty());
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
            soundness.checked.complete(soundness.quickCheck(st, true));
        } catch (SQLException e) {
            soundness.checked.complete(failed(e));
        }
        return soundness;
    }

    /** Checked on a thread of its own with a read-only connection, so opening and reading do not wait for it. */
    static Soundness inBackground(Path file) {
        Soundness soundness = new Soundness(file, false);
        soundness.checker = Threads.daemon("library-check").newThread(soundness::checkAside);
        soundness.checker.start();
        return soundness;
    }

    private void checkAside() {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement st = db.createStatement()) {
            running = st;
            checked.complete(closed ? Optional.empty() : quickCheck(st, true));
        } catch (SQLException e) {
            checked.complete(closed ? Optional.empty() : failed(e));
        } catch (RuntimeException e) {
            checked.completeExceptionally(e);
        } finally {
            running = null;
        }
    }

    /** The finding that counts (see {@link #finding}), once it is known; null-free. */
    CompletableFuture<Optional<String>> checked() {
        return finding.copy();
    }

    /** What is wrong with the file, waiting for the check if it still runs. */
    Optional<String> damage() {
        return finding.join();
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
                finding = CompletableFuture.completedFuture(quickCheck(st, false));
            } catch (SQLException e) {
                finding = CompletableFuture.completedFuture(failed(e));
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
        try (ResultSet rs = st.executeQuery("PRAGMA " + check + "(1)")) {
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
