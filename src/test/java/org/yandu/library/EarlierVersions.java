package org.yandu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.Function;

/** A library file as an earlier version of Yandu left it, for tests of what a later version makes of it. */
final class EarlierVersions {
    private EarlierVersions() {
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
