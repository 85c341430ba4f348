package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
            assertTrue(store.backups().list().stream().anyMatch(f -> f.reason().equals("before-restore")));
        }
    }

    /**
     * The copy is read on a connection of its own: the library's other calls (which hold the store's monitor) go on
     * beside it instead of waiting out a large library's copy, and what a writer has not committed stays out.
     */
    @Test
    void aBackupIsOfWhatWasCommittedAndWaitsForNoOtherCall() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file);
             Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            store.putSetting("committed", "yes");
            writer.setAutoCommit(false);
            try (Statement st = writer.createStatement()) {
                st.executeUpdate("INSERT INTO settings(key, value) VALUES ('uncommitted', 'yes')");
            }
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread otherCall = new Thread(() -> {
                synchronized (store) {
                    held.countDown();
                    awaitQuietly(done);
                }
            });
            otherCall.start();
            held.await();
            CompletableFuture<Path> backingUp = CompletableFuture.supplyAsync(() -> store.backups().create("manual"));
            Path backup;
            try {
                backup = backingUp.get(20, TimeUnit.SECONDS);
            } finally {
                done.countDown();
                otherCall.join();
            }
            writer.rollback();
            try (LibraryStore copy = LibraryStore.open(backup)) {
                assertEquals(Optional.of("yes"), copy.setting("committed"));
                assertEquals(Optional.empty(), copy.setting("uncommitted"));
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBackupSaysWhenAndWhyItWasMade() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            LocalDateTime before = LocalDateTime.now(ZoneId.systemDefault()).withNano(0);
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
            assertEquals(List.of("before-migration-1"),
                    store.backups().list().stream().map(BackupFile::reason).toList());
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

    private static List<Path> files(List<BackupFile> backups) {
        return backups.stream().map(BackupFile::file).toList();
    }

    /** A backup as an earlier version named it, before backups were checked; damaged unless {@code copied}. */
    private static Path earlierVersions(Backups backups, String reason, Path copied) throws Exception {
        Path file = backups.folder().resolve("library-" + Backups.stampNow() + "-" + reason + ".db");
        Thread.sleep(2);
        return copied == null ? Files.write(file, "坏了".repeat(500).getBytes(StandardCharsets.UTF_8))
                : Files.copy(copied, file);
    }

    @Test
    void aDamagedBackupOfAnEarlierVersionIsListedMarkedAndNeverRestored() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            store.putSetting("kept", "yes");
            Path made = store.backups().create("manual");
            Path earlierSound = earlierVersions(store.backups(), "daily", made);
            Path damaged = earlierVersions(store.backups(), "daily", null);

            List<BackupFile> listed = store.backups().list();
            assertEquals(List.of(damaged, earlierSound, made), files(listed), "all three shown, newest first");
            assertEquals(List.of(false, true, true), listed.stream().map(BackupFile::restorable).toList());
            assertTrue(listed.get(0).damage().contains("not a sound SQLite database"), listed.get(0).damage());
            assertEquals("daily", listed.get(0).reason());
            assertEquals(listed, Backups.beside(store.file()), "the same list without the library open");
            assertEquals(earlierSound, Backups.newestSound(store.file()).orElseThrow());
            assertThrows(LibraryException.class, () -> store.backups().restore(damaged));
            assertEquals("yes", store.setting("kept").orElseThrow());
            assertTrue(Files.exists(damaged), "the reader's file is left alone");
        }
    }

    /**
     * A backup this version wrote was checked before it got its name, and is not checked again: this one, spoiled
     * on disk afterwards, still counts among the seven, while an earlier version's damaged copy never does.
     */
    @Test
    void pruningChecksOnlyTheBackupsAnEarlierVersionMade() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            Path spoiled = store.backups().create("daily");
            Path damaged = earlierVersions(store.backups(), "daily", null);
            for (int i = 1; i < Backups.KEEP; i++) {
                Thread.sleep(2);
                store.backups().create("daily");
            }
            Files.write(spoiled, new byte[100]);
            List<BackupFile> listed = store.backups().list();
            assertEquals(Backups.KEEP + 1, listed.size());
            assertTrue(listed.stream().filter(b -> !b.file().equals(damaged)).allMatch(BackupFile::restorable));

            Thread.sleep(2);
            store.backups().create("manual");
            assertTrue(!Files.exists(spoiled), "counted as checked when written, so it is the eighth and goes");
            assertTrue(Files.exists(damaged), "never counted, never pruned");
            assertEquals(Backups.KEEP, store.backups().list().stream().filter(BackupFile::restorable).count());
        }
    }

    /** Every file in backups/, by name: what a failed backup may have left there. */
    private List<String> backupFolder() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Path closedLibrary() {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file)) {
            store.putSetting("kept", "yes");
        }
        return file;
    }

    @Test
    void aCopyThatFailsItsCheckIsRemovedAndPrunesNothing() throws Exception {
        Path file = closedLibrary();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Backups sound = new Backups(file, db, db);
            for (int i = 0; i < Backups.KEEP; i++) {
                sound.create("manual");
            }
            List<String> before = backupFolder();
            assertTrue(before.stream().allMatch(f -> f.endsWith(".db")), "checking leaves no -wal or -shm: " + before);
            Backups damaging = new Backups(file, db, db, copy -> Files.write(copy, new byte[100]));
            LibraryException e = assertThrows(LibraryException.class, () -> damaging.create("daily"));
            assertTrue(e.getMessage().contains("failed its check"), e.getMessage());
            assertEquals(before, backupFolder());
        }
    }

    @Test
    void damagedBackupsNeverPushOutSoundOnes() throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            for (int i = 0; i < Backups.KEEP - 1; i++) {
                store.backups().create("daily");
            }
            List<Path> older = files(store.backups().list());
            // Seven left by killed backups of an earlier version: empty, cut short, not a database at all.
            String stamp = Backups.stampNow();
            byte[] good = Files.readAllBytes(older.get(0));
            for (int i = 0; i < Backups.KEEP; i++) {
                Path killed = store.backups().folder().resolve("library-" + stamp + "-killed" + i + ".db");
                Files.write(killed, i % 3 == 0 ? new byte[0] : i % 3 == 1
                        ? Arrays.copyOf(good, good.length / 2) : "坏了".repeat(500).getBytes(StandardCharsets.UTF_8));
            }
            Thread.sleep(5);
            Path newest = store.backups().create("manual");
            assertEquals(newest, Backups.newestSound(store.file()).orElseThrow());
            assertTrue(files(store.backups().list()).containsAll(older), "every older sound backup is kept");
            assertEquals(2 * Backups.KEEP, store.backups().list().size());
            store.backups().create("manual");
            assertTrue(!Files.exists(older.get(older.size() - 1)), "the eighth sound backup goes");
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aReadOnlyLibraryIsRefusedAtOnce() throws Exception {
        Path file = closedLibrary();
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties())) {
            // Only a library opened beside the Yandu that holds it has a read-only connection: that one backs it up.
            LibraryReadOnlyException e = assertThrows(LibraryReadOnlyException.class,
                    () -> new Backups(file, db, db).create("manual"));
            assertTrue(e.getMessage().contains("opened for reading only"), e.getMessage());
        }
        assertTrue(!Files.exists(dir.resolve("backups")) || backupFolder().isEmpty(), "no copy, no journal");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLibraryFileWithoutWritePermissionIsRefusedAtOnce() throws Exception {
        Path file = closedLibrary();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "permissions do not bind this user (root)");
        try (LibraryStore store = LibraryStore.open(file)) {
            LibraryException e = assertThrows(LibraryException.class, () -> store.backups().create("manual"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertTrue(!Files.exists(dir.resolve("backups")) || backupFolder().isEmpty(), "no copy, no journal");
    }

    @Test
    void aRestoreIntoADamagedOrEmptyLibrarySetsItAside() throws Exception {
        Path file = closedLibrary();
        Path backup;
        try (LibraryStore store = LibraryStore.open(file)) {
            backup = store.backups().create("manual");
        }
        byte[] damaged = "坏了".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        LibraryRescue.Restored restored = LibraryRescue.restore(file, backup);
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(restored.setAside())), restored.toString());
        try (LibraryStore store = LibraryStore.open(file)) {
            assertEquals("yes", store.setting("kept").orElseThrow());
        }
        Files.write(file, new byte[0]);
        assertEquals(backup, LibraryRescue.lostWithBackup(file).orElseThrow());
        Files.delete(file);
        assertEquals(backup, LibraryRescue.lostWithBackup(file).orElseThrow());
        LibraryRescue.restore(file, backup);
        assertTrue(LibraryRescue.lostWithBackup(file).isEmpty());
        assertTrue(LibraryRescue.lostWithBackup(dir.resolve("new/library.db")).isEmpty(), "a new library is not lost");
    }

    @Test
    void onlyADamagedLibraryNotInUseIsOfferedItsBackup() throws Exception {
        Path file = dir.resolve("library.db");
        Path backup;
        try (LibraryStore store = LibraryStore.open(file)) {
            backup = store.backups().create("manual");
            assertTrue(LibraryRescue.damagedWithBackup(file).isEmpty(), "in use: not offered");
        }
        assertTrue(LibraryRescue.damagedWithBackup(file).isEmpty(), "sound: not offered");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        assertEquals(backup, LibraryRescue.damagedWithBackup(file).orElseThrow());
    }
}
