package org.yandu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Whether a file is a sound Yandu library this version can read: a backup before it counts as one, and before it is
 * restored. Opened immutable, so checking never writes a journal, -wal or -shm beside the file.
 */
final class BackupCheck {
    static final String NEWER = "it was written by a newer Yandu";

    private BackupCheck() {
    }

    /**
     * What is wrong with {@code file}, or empty when it is sound. {@code thorough} runs integrity_check (a restore,
     * once); otherwise quick_check, which skips the index cross-checks and is what a backup costs each time.
     */
    static Optional<String> problem(Path file, boolean thorough) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.of("it does not exist or is not a file");
            }
            if (Files.size(file) == 0) {
                return Optional.of("it is empty");
            }
        } catch (IOException e) {
            return Optional.of("it cannot be read: " + FailureReason.explain(e));
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
        try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
            Optional<String> damage = Soundness.firstComplaint(st, thorough ? "integrity_check" : "quick_check");
            if (damage.isPresent()) {
                return Optional.of("it is damaged: " + damage.get());
            }
            int version = Migrations.currentVersion(db);
            if (version == 0) {
                return Optional.of("it is not a Yandu library");
            }
            return version > Migrations.latestVersion() ? Optional.of(NEWER)
                    : Optional.empty();
        } catch (SQLException e) {
            return Optional.of("it is not a sound SQLite database: " + e.getMessage());
        }
    }

    static boolean isSound(Path file) {
        return problem(file, false).isEmpty();
    }

    /** Refuses a backup that is not sound, naming it and why; the library is left as it is. */
    static void requireRestorable(Path backup) {
        problem(backup, true).ifPresent(problem -> {
            throw new LibraryException(backup + " cannot be restored: " + problem);
        });
    }
}
