package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private static SpeechDraft speech(String body) {
        return new SpeechDraft("标题", false, null, null, null, null, List.of(),
                List.of(new ParagraphDraft(ParagraphKind.TITLE, 0, null, "标题"), ParagraphDraft.body(body)));
    }

    private static long firstBodyParagraph(LibraryStore store) {
        long speech = store.speeches().get(0).id();
        return store.paragraphs(speech).get(1).id();
    }

    @Test
    void aBackupRestoresWhatWasWrittenBeforeIt() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), null,
                    List.of(speech("密切联系群众是我们党的优良作风。")));
            Annotation kept = store.annotations().highlight(firstBodyParagraph(store), 0, 6, HighlightColor.YELLOW,
                    "要点", List.of("作风"));
            Path backup = store.backups().create("manual");
            store.annotations().delete(kept.id());
            assertTrue(store.annotations().all().isEmpty());

            store.backups().restore(backup);
            assertEquals(List.of(kept), store.annotations().all());
            assertTrue(store.backups().list().stream().anyMatch(f -> f.getFileName().toString().endsWith("before-restore.db")));
        }
    }

    @Test
    void aBackupSaysWhenAndWhyItWasMade() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            java.time.LocalDateTime before = java.time.LocalDateTime.now().withNano(0);
            BackupFile backup = BackupFile.of(store.backups().create("manual"));
            assertEquals("manual", backup.reason());
            assertTrue(!backup.made().isBefore(before.minusSeconds(1)) && backup.made().isBefore(before.plusMinutes(1)),
                    backup.made().toString());
            assertEquals(Files.size(backup.file()), backup.bytes());

            Path copied = Files.copy(backup.file(), dir.resolve("my copy.db"));
            BackupFile other = BackupFile.of(copied);
            assertEquals(null, other.made());
            assertEquals("", other.reason());
        }
    }

    @Test
    void theDailyBackupIsMadeOnceADayAndOnlyTheLastSevenAreKept() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            assertTrue(store.backups().createDailyIfDue().isPresent());
            assertTrue(store.backups().createDailyIfDue().isEmpty());
            for (int i = 0; i < 10; i++) {
                store.backups().create("manual");
            }
            assertEquals(Backups.KEEP, store.backups().list().size());
        }
    }

    @Test
    void aDamagedOrForeignFileIsNotRestored() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "这不是数据库".repeat(100));
        Path foreign = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            db.createStatement().execute("CREATE TABLE t(x)");
        }
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.putSetting("kept", "yes");
            for (Path bad : List.of(notes, foreign, dir.resolve("missing.db"))) {
                LibraryException e = assertThrows(LibraryException.class, () -> store.backups().restore(bad));
                assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
            }
            assertEquals("yes", store.setting("kept").orElseThrow());
        }
    }

    @Test
    void aMigrationIsPrecededByABackup() throws Exception {
        Path file = dir.resolve("library.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(db, 1);
        }
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals(List.of("before-migration-1.db"), store.backups().list().stream()
                    .map(f -> f.getFileName().toString().replaceAll("^library-[0-9-]+-", "")).toList());
        }
    }

    @Test
    void aSecondOpenOfTheSameLibraryIsRefused() {
        Path file = dir.resolve("library.db");
        try (LibraryStore first = LibraryStore.open(file)) {
            LibraryInUseException e = assertThrows(LibraryInUseException.class, () -> LibraryStore.open(file));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            first.putSetting("still", "fine");
        }
        try (LibraryStore again = LibraryStore.open(file)) {
            assertEquals("fine", again.setting("still").orElseThrow());
        }
    }
}
