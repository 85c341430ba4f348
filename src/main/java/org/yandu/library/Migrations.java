package org.yandu.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a library file to the current schema by applying the numbered SQL files
 * {@code migrations/001.sql, 002.sql, …} in order, each in its own transaction, and records each one.
 */
final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final List<String> SCRIPTS = discover();

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Reads the schema version without writing anything, so a newer library can be refused untouched. */
    static int currentVersion(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")) {
            if (!rs.next()) {
                return 0;
            }
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            return rs.getInt(1);
        }
    }

    static void refuseNewer(Connection db, Path file) throws SQLException {
        int found = currentVersion(db);
        if (found > latestVersion()) {
            throw new LibraryTooNewException(file, found, latestVersion());
        }
    }

    /**
     * Refuses to read beside another Yandu a library whose schema is not this version's: a newer Yandu's, or an
     * older one's that this Yandu would have to migrate, which it cannot while that one holds it.
     */
    static void requireCurrent(Connection db, Path file) throws SQLException {
        refuseNewer(db, file);
        int found = currentVersion(db);
        if (found < latestVersion()) {
            throw new LibraryInUseException(file + " is open in an older Yandu (library schema " + found
                    + "; this version reads " + latestVersion() + " only), so it cannot be read beside it. Close"
                    + " that one first, then try again.");
        }
    }

    static void apply(Connection db) throws SQLException {
        apply(db, latestVersion());
    }

    /** Applies the migrations up to {@code version} only: how a library of an earlier release looks. */
    static void apply(Connection db, int version) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        for (int next = currentVersion(db) + 1; next <= version; next++) {
            applyOne(db, next, SCRIPTS.get(next - 1));
        }
    }

    private static void applyOne(Connection db, int version, String script) throws SQLException {
        log.info("Applying library migration {}", version);
        Sql.runInTransaction(db, () -> {
            try (Statement st = db.createStatement()) {
                for (String sql : statements(script)) {
                    st.execute(sql);
                }
            }
            try (PreparedStatement ins = db.prepareStatement(
                    "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)")) {
                ins.setInt(1, version);
                ins.setString(2, Instant.now().toString());
                ins.executeUpdate();
            }
        });
    }

    /**
     * Splits a script into statements at semicolons that end a line; inside CREATE TRIGGER the statement
     * runs on to the line {@code END;}.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().stripLeading().toUpperCase(Locale.ROOT)
                    .startsWith("CREATE TRIGGER");
            if (trimmed.endsWith(";") && (!inTrigger || trimmed.equalsIgnoreCase("END;"))) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static List<String> discover() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = String.format("migrations/%03d.sql", version);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return List.copyOf(scripts);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LibraryException("Cannot read the built-in migration " + name, e);
            }
        }
    }
}
