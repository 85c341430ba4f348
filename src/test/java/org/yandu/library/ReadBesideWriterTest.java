package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** A library held by another Yandu process is read beside it, never written. */
class ReadBesideWriterTest {
    @TempDir
    Path dir;

    private static List<String> notes(LibraryStore store) {
        return store.annotations().all().stream().map(Annotation::note).toList();
    }

    @Test
    void aReaderSeesWhatTheHolderCommittedBeforeAndAfterItOpened() throws Exception {
        Path library = dir.resolve("library.db");
        try (HeldLibrary held = HeldLibrary.start(library)) {
            held.writeNote("before");
            assertThrows(LibraryInUseException.class, () -> LibraryStore.open(library));
            try (LibraryStore reader = LibraryStore.openForReading(library)) {
                assertTrue(reader.openedForReading());
                assertFalse(reader.writable());
                assertEquals(List.of("试验"), reader.speeches().stream().map(Speech::title).toList());
                assertEquals(List.of("before"), notes(reader));
                held.writeNote("after");
                assertEquals(List.of("before", "after"), notes(reader));
                assertEquals(1, reader.search("联系群众", 10, 0).total());
            }
        }
        // The reader took no lock and left nothing behind that keeps the library from being opened for writing.
        LibraryStore.open(library).close();
    }

    /**
     * A backup reads the library on a connection of its own, beside the holder's reads and writes; closing it must
     * not drop the holder's lock (POSIX locks belong to the process, and closing any descriptor of a file drops
     * them), or a second Yandu would write beside the first.
     */
    @Test
    void theHoldersBackupLeavesItHoldingTheLibrary() throws Exception {
        Path library = dir.resolve("library.db");
        try (HeldLibrary held = HeldLibrary.start(library)) {
            held.writeNote("before");
            held.backUp();
            held.writeNote("after");
            assertThrows(LibraryInUseException.class, () -> LibraryStore.open(library));
        }
    }

    @Test
    void everyWriteThroughAReaderIsRefusedSayingWhy() throws Exception {
        Path library = dir.resolve("library.db");
        try (HeldLibrary held = HeldLibrary.start(library);
             LibraryStore reader = LibraryStore.openForReading(library)) {
            held.writeNote("one");
            Annotation note = reader.annotations().all().get(0);
            long speech = note.speechId();
            long paragraph = note.paragraphId();
            Map<String, Executable> writes = new LinkedHashMap<>();
            writes.put("requireWritable", reader::requireWritable);
            writes.put("recordImport", () -> reader.recordImport(new SourceFile("/b.txt", "b.txt", "txt", "UTF-8", 1,
                    "b"), null, List.of(new SpeechDraft("乙", false, null, null, null, null, List.of(),
                    List.of(ParagraphDraft.body("另一段。"))))));
            writes.put("putTokens", () -> reader.putTokens(Map.of(paragraph, new int[] {2, 2})));
            writes.put("putUserTerm", () -> reader.putUserTerm(new UserTerm("群众", "qúnzhòng", null, null, List.of())));
            writes.put("deleteUserTerm", () -> reader.deleteUserTerm("群众"));
            writes.put("putAnalysis", () -> reader.putAnalysis(speech, "keywords", "群众"));
            writes.put("recordReading", () -> reader.reading().record(speech, 0, 5));
            writes.put("markRead", () -> reader.reading().markRead(speech, true));
            writes.put("restoreProgress", () -> reader.reading().restoreProgress(ReadingProgress.unread(speech)));
            writes.put("restoreReadingDays", () -> reader.reading().restoreDays(speech, List.of()));
            writes.put("recordLookup", () -> reader.lookups().record(speech, "群众", "句子"));
            writes.put("restoreLookup", () -> reader.lookups().restore(new Lookup(speech, "群众", "句子", Instant.now(),
                    Instant.now(), 1, true)));
            writes.put("putSetting", () -> reader.putSetting("theme", "DARK"));
            writes.put("highlight", () -> reader.annotations().highlight(paragraph, 0, 2, HighlightColor.BLUE, "",
                    List.of()));
            writes.put("noteOnParagraph", () -> reader.annotations().noteOnParagraph(paragraph, "two", List.of()));
            writes.put("update", () -> reader.annotations().update(note.id(), HighlightColor.GREEN, "x", List.of()));
            writes.put("delete", () -> reader.annotations().delete(note.id()));
            writes.put("restore", () -> reader.annotations().restore(note));
            writes.put("backup", () -> reader.backups().create("manual"));
            writes.put("restoreBackup", () -> reader.backups().restore(library));
            for (Map.Entry<String, Executable> write : writes.entrySet()) {
                LibraryReadOnlyException e = assertThrows(LibraryReadOnlyException.class, write.getValue(),
                        write.getKey());
                assertTrue(e.getMessage().contains("Another Yandu is using the library")
                        && e.getMessage().contains("opened for reading only"), write.getKey() + ": " + e.getMessage());
            }
            assertEquals(List.of("one"), notes(reader));
            assertEquals(List.of(), reader.userTerms());
            assertFalse(Files.exists(library.resolveSibling("backups")), "no backup was written");
        }
    }

    @Test
    void aLibraryOfAnotherSchemaIsNotReadBesideItsHolder() throws Exception {
        Path older = dir.resolve("older.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + older)) {
            Migrations.apply(db, 1);
        }
        LibraryInUseException old = assertThrows(LibraryInUseException.class, () -> LibraryStore.openForReading(older));
        assertTrue(old.getMessage().contains("older Yandu (library schema 1;"),
                old.getMessage());

        Path newer = dir.resolve("newer.db");
        LibraryStore.open(newer).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = db.createStatement()) {
            st.execute("INSERT INTO schema_migrations(version, applied_at) VALUES (99, 'future')");
        }
        LibraryTooNewException tooNew = assertThrows(LibraryTooNewException.class,
                () -> LibraryStore.openForReading(newer));
        assertTrue(tooNew.getMessage().contains("99"), tooNew.getMessage());
    }

    @Test
    void aMissingLibraryIsNotCreatedByAReader() {
        Path missing = dir.resolve("missing.db");
        LibraryException e = assertThrows(LibraryException.class, () -> LibraryStore.openForReading(missing));
        assertTrue(e.getMessage().contains("Cannot open the library"), e.getMessage());
        assertFalse(Files.exists(missing));
    }
}
