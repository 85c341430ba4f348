package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;

class LibraryStoreTest {
    @TempDir
    Path dir;

    private static SpeechDraft speech(String title, String... body) {
        List<ParagraphDraft> paragraphs = new ArrayList<>();
        paragraphs.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, title));
        paragraphs.add(new ParagraphDraft(ParagraphKind.HEADING, 1, null, "一、总体要求"));
        for (String text : body) {
            paragraphs.add(ParagraphDraft.body(text));
        }
        return new SpeechDraft(title, false, null, null, null, null, List.of("群众路线", "作风"), paragraphs);
    }

    private static SourceFile source(String path, String hash) {
        return new SourceFile(path, Path.of(path).getFileName().toString(), "txt", "UTF-8", 100, hash);
    }

    @Test
    void anEmptyLibraryGetsEveryMigrationAndWal() throws Exception {
        Path file = dir.resolve("sub/folder/library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertTrue(store.isEmpty());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            assertEquals("wal", scalar(st, "PRAGMA journal_mode"));
            for (String table : List.of("collections", "speeches", "paragraphs", "source_files", "speech_sources",
                    "collection_speeches", "settings")) {
                assertEquals(table, scalar(st, "SELECT name FROM sqlite_master WHERE name = '" + table + "'"));
            }
        }
    }

    @Test
    void reopeningAppliesNothingTwice() {
        Path file = dir.resolve("library.db");
        LibraryStore.open(file).close();
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
        }
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("library.db");
        LibraryStore.open(file).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            st.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (99, 'future')");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        LibraryTooNewException e = assertThrows(LibraryTooNewException.class, () -> LibraryStore.open(file));
        assertTrue(e.getMessage().contains("newer version of Yandu"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotALibraryIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "这不是数据库。".repeat(200));
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.open(file));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("not an SQLite database"),
                e.getMessage());
    }

    @Test
    void importStoresSpeechesParagraphsAndCollection() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportRecord record = store.recordImport(source("/a/one.txt", "h1"), "文集",
                    List.of(speech("第一篇", "正文一。"), speech("第二篇", "正文二。", "正文三。")));
            assertEquals(new ImportRecord(false, 2, 0, record.speechIds()), record);
            List<Speech> speeches = store.speeches();
            assertEquals(List.of("第一篇", "第二篇"), speeches.stream().map(Speech::title).toList());
            Speech second = speeches.get(1);
            assertEquals(4, second.paragraphCount());
            assertEquals(List.of("文集"), second.collections());
            assertEquals(List.of("one.txt"), second.sourceFiles());
            assertEquals(List.of("群众路线", "作风"), second.keywords());
            List<Paragraph> paragraphs = store.paragraphs(second.id());
            assertEquals(ParagraphKind.HEADING, paragraphs.get(1).kind());
            assertEquals(1, paragraphs.get(1).headingLevel());
            assertEquals("正文三。", paragraphs.get(3).text());
            SpeechCollection collection = store.collections().get(0);
            assertEquals("文集", collection.title());
            assertEquals(record.speechIds(), collection.speechIds());
        }
    }

    @Test
    void theSameSpeechWithOtherPunctuationWidthIsStoredOnceWithBothSources() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(source("/a/full.txt", "h1"), null, List.of(speech("标题甲", "群众，是我们的根本：人民。")));
            ImportRecord second = store.recordImport(source("/a/half.txt", "h2"), "合集",
                    List.of(speech("标题乙", "群众,是我们的根本:人民. "), speech("新的", "另一篇。")));
            assertEquals(1, second.added());
            assertEquals(1, second.alreadyPresent());
            Speech shared = store.speech(second.speechIds().get(0)).orElseThrow();
            assertEquals("标题甲", shared.title());
            assertEquals(List.of("full.txt", "half.txt"), shared.sourceFiles());
            assertEquals(List.of("合集"), shared.collections());
            assertEquals(2, store.speeches().size());
        }
    }

    @Test
    void aCopyThatDiffersInAFewScrubbedCharactersIsStoredOnce() throws Exception {
        Path bundled = Path.of(BundledLibrary.speeches().toString(), "002_b68128a73f8f74db.txt");
        String[] body = Files.readAllLines(bundled).stream().filter(l -> !l.isBlank()).toArray(String[]::new);
        String[] scrubbed = Arrays.stream(body).map(l -> l.replace("近年来", "1920xx年近年来")).toArray(String[]::new);
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(speech("甲", body)));
            ImportRecord copy = store.recordImport(source("/a/two.txt", "h2"), null,
                    List.of(speech("乙", scrubbed), speech("丙", Arrays.copyOf(body, body.length / 2))));
            assertEquals(1, copy.alreadyPresent());
            assertEquals(List.of("one.txt", "two.txt"),
                    store.speech(copy.speechIds().get(0)).orElseThrow().sourceFiles());
            assertEquals(2, store.speeches().size(),
                    "the scrubbed copy joins the original; the half is its own speech");
        }
    }

    @Test
    void theSameFileAgainChangesNothing() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportRecord first = store.recordImport(source("/a/one.txt", "h1"), "文集", List.of(speech("甲", "一。")));
            ImportRecord again = store.recordImport(source("/b/copy.txt", "h1"), "文集", List.of(speech("甲", "一。")));
            assertTrue(again.unchanged());
            assertEquals(first.speechIds(), again.speechIds());
            assertEquals(1, store.speeches().size());
            assertEquals(1, store.collections().size());
        }
    }

    @Test
    void aChangedFileAtTheSamePathReplacesItsEarlierVersion() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(speech("旧", "旧的正文。")));
            store.recordImport(source("/a/one.txt", "h2"), null, List.of(speech("新", "改正后的正文。")));
            assertEquals(List.of("新"), store.speeches().stream().map(Speech::title).toList());
        }
    }

    @Test
    void aFailureInsideAnImportLeavesTheLibraryAsItWas() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(speech("甲", "一。")));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON paragraphs WHEN NEW.text = '坏' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        }
        try (LibraryStore store = LibraryStore.open(file)) {
            LibraryException e = assertThrows(LibraryException.class, () -> store.recordImport(
                    source("/a/two.txt", "h2"), "文集", List.of(speech("乙", "好。"), speech("丙", "坏"))));
            assertTrue(e.getMessage().contains("two.txt"), e.getMessage());
            assertEquals(List.of("甲"), store.speeches().stream().map(Speech::title).toList());
            assertTrue(store.collections().isEmpty());
            assertFalse(store.isEmpty());
        }
    }

    @Test
    void everyNewParagraphGetsItsWordsAndAFailingSegmenterLeavesTheLibraryAsItWas() {
        Tokenizer byCharacter = text -> {
            if (text.contains("坏")) {
                throw new IllegalStateException("the segmenter failed");
            }
            int[] lengths = new int[text.length()];
            Arrays.fill(lengths, 1);
            return lengths;
        };
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            long id = store.recordImport(source("/a/one.txt", "h1"), null,
                    List.of(speech("甲", "群众路线。", "作风建设。")), byCharacter).speechIds().get(0);
            Map<Long, int[]> words = store.tokens(id);
            for (Paragraph p : store.paragraphs(id)) {
                assertEquals(p.text().length(), words.get(p.id()).length, p.text());
            }
            assertEquals(0, store.countUnsegmentedParagraphs());
            assertThrows(IllegalStateException.class, () -> store.recordImport(source("/a/two.txt", "h2"), null,
                    List.of(speech("乙", "好。"), speech("丙", "坏。")), byCharacter));
            assertEquals(List.of("甲"), store.speeches().stream().map(Speech::title).toList());
            assertEquals(0, store.search("好", 10, 0).total());
        }
    }

    @Test
    void aLibraryOfTheFirstReleaseIsUpgradedAndItsParagraphsBecomeSearchable() throws Exception {
        Path file = EarlierVersions.write(dir.resolve("library.db"), 1,
                EarlierVersions.ONE_SOURCE,
                "INSERT INTO speeches(id, title, fingerprint, char_count, added_at) VALUES (1, '甲', 'f', 7, 'now')",
                "INSERT INTO paragraphs(speech_id, position, kind, text) VALUES (1, 0, 'BODY', '密切联系群众。')",
                "INSERT INTO speech_sources VALUES (1, 1, 0)");
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals(1, store.search("联系群", 10, 0).total());
            assertEquals(0, store.search("联群", 10, 0).total());
            assertEquals(1, store.countUnsegmentedParagraphs());
        }
    }

    @Test
    void aLibraryIndexedBeforeQuotesWereFoldedIsIndexedAnewAndFoundByAnyQuote() throws Exception {
        Path file = EarlierVersions.write(dir.resolve("library.db"), 13,
                EarlierVersions.ONE_SOURCE,
                "INSERT INTO speeches(id, title, fingerprint, char_count, added_at)"
                        + " VALUES (1, '甲', 'f', 9, 'now')",
                // Not indexed: only the rebuild of the index can find it.
                "INSERT INTO paragraphs(id, speech_id, position, kind, text)"
                        + " VALUES (1, 1, 0, 'BODY', '反对“四风”……')",
                "INSERT INTO speech_sources VALUES (1, 1, 0)");
        try (LibraryStore store = LibraryStore.open(file)) {
            for (String query : List.of("“四风”", "\"四风\"", "「四风」", "＂四风＂", "'四风'", "四风”...")) {
                assertEquals(1, store.search(query, 10, 0).total(), query);
            }
            assertEquals(0, store.search("四风”,", 10, 0).total());
        }
    }

    @Test
    void aLibraryWithTheFirstSearchIndexIsIndexedAnewAndKeepsItsWords() throws Exception {
        Path file = EarlierVersions.write(dir.resolve("library.db"), 7,
                EarlierVersions.ONE_SOURCE,
                "INSERT INTO speeches(id, title, fingerprint, char_count, added_at)"
                        + " VALUES (1, '甲', 'f', 7, 'now')",
                "INSERT INTO paragraphs(id, speech_id, position, kind, text)"
                        + " VALUES (1, 1, 0, 'BODY', '密切联系群众。')",
                "INSERT INTO paragraph_tokens VALUES (1, x'02020201')",
                "INSERT INTO speech_sources VALUES (1, 1, 0)");
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals(1, store.search("联系群", 10, 0).total());
            assertEquals(0, store.search("联群", 10, 0).total());
            assertEquals(1, store.search("众", 10, 0).total());
            assertArrayEquals(new int[] {2, 2, 2, 1}, store.tokens(1).get(1L));
            store.recordImport(source("/a/two.txt", "h2"), null, List.of(speech("乙", "联系群众的新路子。")));
            assertEquals(2, store.search("联系群", 10, 0).total());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            assertEquals(null, scalar(st,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'paragraph_search%'"));
        }
    }

    @Test
    void aLibraryOfVersion17LearnsEachSpeechsParagraphCountAndImportsKeepItTrue() throws Exception {
        Path file = EarlierVersions.write(dir.resolve("library.db"), 17,
                EarlierVersions.ONE_SOURCE,
                "INSERT INTO speeches(id, title, fingerprint, char_count, added_at)"
                        + " VALUES (1, '甲', 'f1', 7, 'now'), (2, '乙', 'f2', 0, 'now')",
                "INSERT INTO paragraphs(speech_id, position, kind, text)"
                        + " VALUES (1, 0, 'BODY', '密切联系群众。'), (1, 1, 'BODY', '为人民服务。')",
                "INSERT INTO speech_sources VALUES (1, 1, 0), (2, 1, 1)");
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(List.of(2, 0), store.speeches().stream().map(Speech::paragraphCount).toList());
            store.recordImport(source("/a/two.txt", "h2"), null, List.of(speech("丙", "第一段。", "第二段。", "第三段。")));
            assertEquals(List.of(2, 0, 5), store.speeches().stream().map(Speech::paragraphCount).toList());
        }
    }

    @Test
    void searchFollowsACorrectedFileAndTheSpeechesItNoLongerHolds() {
        String kept = "密切联系群众是我们党的优良作风，也是我们党的最大政治优势。";
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(source("/a/one.txt", "h1"), null,
                    List.of(speech("甲", kept, "旧的一段话。"), speech("乙", "另一篇讲话的正文。")));
            assertEquals(1, store.search("旧的一段", 10, 0).total());
            store.recordImport(source("/a/one.txt", "h2"), null, List.of(speech("甲", kept, "改正后的一段话。")));
            assertEquals(List.of("甲"), store.speeches().stream().map(Speech::title).toList());
            assertEquals(0, store.search("旧的一段", 10, 0).total());
            assertEquals(0, store.search("旧", 10, 0).total());
            assertEquals(0, store.search("另一篇", 10, 0).total());
            assertEquals(1, store.search("改正后", 10, 0).total());
            assertEquals(1, store.search("一段 改", 10, 0).total());
            assertEquals(2, store.search("的", 10, 0).total());
        }
    }

    @Test
    void changedParagraphTextIsSearchedAnew() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(speech("甲", "旧的一段话。")));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = db.createStatement()) {
            SearchGrams.register(db);
            st.execute("UPDATE paragraphs SET text = '改正后的一段话。' WHERE text = '旧的一段话。'");
        }
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(0, store.search("旧的", 10, 0).total());
            assertEquals(0, store.search("旧", 10, 0).total());
            assertEquals(1, store.search("改正 段", 10, 0).total());
        }
    }

    @Test
    void aQueryPartMayEndInASpaceThatIsNotAscii() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(source("/a/one.txt", "h1"), null, List.of(speech("甲", "密切联系群众\u2003路线。")));
            assertEquals(1, store.search("群众\u2003 路线", 10, 0).total());
            assertEquals(0, store.search("群众\u2003 联群", 10, 0).total());
        }
    }

    @Test
    void aVeryFrequentQueryIsPagedInLibraryOrderAndFullyCounted() {
        String[] body = new String[Searches.RANKED_AT_MOST + 50];
        for (int i = 0; i < body.length; i++) {
            body[i] = "第" + i + "段：密切联系群众" + "。".repeat(i % 7);
        }
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(source("/a/long.txt", "h1"), null, List.of(speech("长", body)));
            SearchPage first = store.search("群众", 20, 0);
            SearchPage second = store.search("群众", 20, 20);
            assertEquals(body.length, first.total());
            List<Long> ids = new ArrayList<>();
            first.hits().forEach(h -> ids.add(h.paragraph().id()));
            second.hits().forEach(h -> ids.add(h.paragraph().id()));
            assertEquals(ids.stream().sorted().toList(), ids, "library order");
            assertEquals(40, new HashSet<>(ids).size());
        }
    }

    @Test
    void settingsRoundTrip() {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            store.putSetting("last.speech", "3");
            store.putSetting("last.speech", "4");
        }
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals("4", store.setting("last.speech").orElseThrow());
            assertTrue(store.setting("missing").isEmpty());
        }
    }

    private static String scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
