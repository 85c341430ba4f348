package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words looked up in a speech: recorded, restored, and those an earlier version recorded without asking. */
class LookupsTest {
    @TempDir
    Path dir;

    /** A library as version 11 left it, with what it recorded from hovers and selections beside real lookups. */
    private Path earlierLibrary(List<String> terms) throws SQLException {
        Path file = dir.resolve("library.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            EarlierVersions.migrate(db, 11);
            st.execute("INSERT INTO speeches(id, title, fingerprint, char_count, added_at)"
                    + " VALUES (1, '甲', 'f', 7, 'now')");
            int minute = 10;
            for (String term : terms) {
                st.execute("INSERT INTO lookups(speech_id, term, sentence, first_at, last_at) VALUES (1, '"
                        + term.replace("'", "''") + "', '为民谋利。', '2026-01-01T10:" + minute + ":00Z', '2026-01-01T10:"
                        + minute++ + ":00Z')");
            }
        }
        return file;
    }

    @Test
    void whatAnEarlierVersionRecordedWithoutAskingIsSetApartNotLost() throws Exception {
        List<String> recorded = List.of("为民", "的", "。“君主如舟百姓如", "载舟覆舟，", " 群众", "…", "群众路线", "了解",
                "从群众中来，到群众中去");
        Path file = earlierLibrary(recorded);
        try (LibraryStore store = LibraryStore.open(file)) {
            Map<String, Boolean> inVocabulary = new LinkedHashMap<>();
            store.lookups().ofSpeech(1).forEach(l -> inVocabulary.put(l.term(), l.inVocabulary()));

            assertEquals(recorded, List.copyOf(inVocabulary.keySet()), "every lookup is kept, in its order");
            assertEquals(List.of("为民", "群众路线", "了解", "从群众中来，到群众中去"), inVocabulary.entrySet().stream()
                    .filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
        }
    }

    @Test
    void aWordSetApartJoinsTheVocabularyWhenAskedForAgain() throws Exception {
        Path file = earlierLibrary(List.of("的"));
        try (LibraryStore store = LibraryStore.open(file)) {
            store.lookups().record(1, "的", "为民谋利的。");

            Lookup again = store.lookups().ofSpeech(1).get(0);
            assertEquals(2, again.times());
            assertEquals(true, again.inVocabulary());
        }
    }

    @Test
    void aRestoredLookupKeepsWhetherItIsInTheVocabulary() throws Exception {
        Path file = earlierLibrary(List.of());
        try (LibraryStore store = LibraryStore.open(file)) {
            Instant at = Instant.parse("2026-02-01T08:00:00Z");
            store.lookups().restore(new Lookup(1, "。百姓", "。百姓如水。", at, at, 1, false));
            store.lookups().restore(new Lookup(1, "百姓", "百姓如水。", at, at, 3, true));

            List<Lookup> kept = store.lookups().ofSpeech(1);
            assertFalse(kept.get(0).inVocabulary());
            assertEquals(List.of(false, true), kept.stream().map(Lookup::inVocabulary).toList());
            assertEquals(3, kept.get(1).times());
        }
    }
}
