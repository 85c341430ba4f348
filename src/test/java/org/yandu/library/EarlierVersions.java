package org.yandu.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.Function;

/** A library file as an earlier version of Yandu left it, for tests of what a later version makes of it. */
final class EarlierVersions {
    /** The one source file the earlier libraries of the tests were imported from. */
    static final String ONE_SOURCE =
            "INSERT INTO source_files VALUES (1, '/a/one.txt', 'one.txt', 'txt', 'UTF-8', 9, 'h1', 'now')";

    private EarlierVersions() {
    }

    /** Writes {@code file} as schema {@code version} left it, with the rows {@code statements} put in. */
    static Path write(Path file, int version, String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            migrate(db, version);
            for (String statement : statements) {
                st.execute(statement);
            }
        }
        return file;
    }

    /**
     * Brings {@code db} up to schema {@code version} and no further, with the SQL functions its triggers call: the
     * ones of today, and stand-ins for those the triggers of versions 2 to 7 called (that index is dropped anyway).
     */
    static void migrate(Connection db, int version) throws SQLException {
        for (String name : List.of("yandu_unigrams", "yandu_bigrams")) {
            Function.create(db, name, new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(value_text(0));
                }
            });
        }
        SearchGrams.register(db);
        TokenLengths.register(db);
        Migrations.apply(db, version);
    }
}
