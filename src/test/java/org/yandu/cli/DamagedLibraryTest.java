package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.SourceFile;
import org.yandu.library.SpeechDraft;

/** A library damaged on disk: commands that write are refused with what to do, and the file is left as it is. */
class DamagedLibraryTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErrors() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErrors() {
        System.setErr(originalErr);
    }

    /** A library of a few hundred paragraphs with notes on some, closed (its WAL checkpointed into the file). */
    private static long libraryWithNotes(Path file) {
        List<ParagraphDraft> paragraphs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            paragraphs.add(ParagraphDraft.body("第" + i + "段：密切联系群众是我们党的优良作风，也是我们党的最大政治优势。"
                    + "坚持从群众中来、到群众中去，" + i * 7919 + "。"));
        }
        try (LibraryStore store = LibraryStore.open(file)) {
            store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), null,
                    List.of(new SpeechDraft("试验", false, null, null, null, null, List.of(), paragraphs)));
            long speech = store.speeches().get(0).id();
            for (var p : store.paragraphs(speech).subList(0, 50)) {
                store.annotations().highlight(p.id(), 0, 4, HighlightColor.GREEN, "笔记", List.of("作风"));
            }
            return speech;
        }
    }

    /** Flips 64 bytes at the start of a b-tree page of the paragraphs table in the middle of the file. */
    private static void damage(Path file) throws Exception {
        List<Long> pages = new ArrayList<>();
        int pageSize;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                pageSize = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT pageno FROM dbstat WHERE name = 'paragraphs' ORDER BY pageno")) {
                while (rs.next()) {
                    pages.add(rs.getLong(1));
                }
            }
        }
        assertTrue(pages.size() > 4, "the paragraphs fill pages: " + pages);
        long page = pages.get(pages.size() / 2);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] bytes = new byte[64];
            raw.seek((page - 1) * pageSize);
            raw.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] ^= (byte) 0xFF;
            }
            raw.seek((page - 1) * pageSize);
            raw.write(bytes);
        }
    }

    @Test
    void noteAddOnADamagedLibraryIsRefusedAndTheFileIsUnchanged() throws Exception {
        Path file = dir.resolve("library.db");
        long speech = libraryWithNotes(file);
        damage(file);
        byte[] before = Files.readAllBytes(file);

        int exit = YanduCommand.execute(new String[] {"note", "add", String.valueOf(speech), "1", "--text", "新笔记",
                "--library", file.toString()}, path -> { });

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, stderr);
        // The tests' log goes to stderr too (logback-test.xml); the command's own words are one line "yandu: …".
        List<String> told = stderr.lines().filter(line -> line.startsWith("yandu: ")).toList();
        assertEquals(1, told.size(), stderr);
        assertTrue(told.get(0).startsWith("yandu: " + file.toRealPath() + " is damaged (Tree "), stderr);
        assertTrue(told.get(0).endsWith("Restore a backup: yandu restore FILE, with a backup from "
                + file.toRealPath().resolveSibling("backups") + ", or File → Restore from Backup…."), stderr);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void restoringABackupMendsItAndNotesAreTakenAgain() throws Exception {
        Path file = dir.resolve("library.db");
        long speech = libraryWithNotes(file);
        Path backup;
        try (LibraryStore store = LibraryStore.open(file)) {
            backup = store.backups().create("manual");
        }
        damage(file);
        String[] noteAdd = {"note", "add", String.valueOf(speech), "2", "--text", "新笔记", "--library", file.toString()};
        assertEquals(1, YanduCommand.execute(noteAdd, path -> { }));
        assertEquals(1, YanduCommand.execute(new String[] {"backup", "--library", file.toString()}, path -> { }),
                "a damaged library's backup would push a sound one out");

        assertEquals(0, YanduCommand.execute(new String[] {"restore", backup.toString(), "--library", file.toString()},
                path -> { }), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, YanduCommand.execute(noteAdd, path -> { }), err.toString(StandardCharsets.UTF_8));
        try (LibraryStore store = LibraryStore.open(file)) {
            assertTrue(store.damage().isEmpty());
            assertEquals(51, store.annotations().all().size());
        }
    }

    @Test
    void aSoundLibraryTakesTheNote() throws Exception {
        Path file = dir.resolve("library.db");
        long speech = libraryWithNotes(file);
        assertEquals(0, YanduCommand.execute(new String[] {"note", "add", String.valueOf(speech), "1", "--text", "新笔记",
                "--library", file.toString()}, path -> { }), err.toString(StandardCharsets.UTF_8));
    }
}
