package org.yandu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.cli.YanduCommand;
import org.yandu.library.LibraryStore;

/** {@code yandu export} and {@code yandu import-notes} as a user runs them. */
class ExportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private String library;
    private String speech;

    @BeforeEach
    void setUp() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        library = dir.resolve("library.db").toString();
        try (LibraryStore store = StudyLibrary.withNotes(dir.resolve("library.db"))) {
            speech = String.valueOf(StudyLibrary.speech(store, StudyLibrary.REPORT));
        }
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return YanduCommand.execute(args, path -> { });
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFormatIsExported() {
        for (String format : new String[] {"md", "html", "docx", "anki", "json"}) {
            Path file = dir.resolve("out").resolve("notes-" + format + "." + format);
            assertEquals(0, run("export", "--format", format, "--out", file.toString(), "--speech", speech,
                    "--library", library), format + ": " + err());
            assertTrue(Files.isRegularFile(file), file.toString());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(file.getFileName().toString()));
        }
        Path folder = dir.resolve("md-folder");
        assertEquals(0, run("export", "--format", "md", "--out", folder.toString(), "--collection", "1",
                "--no-lookups", "--library", library), err());
        assertEquals(30, folder.toFile().list().length);
    }

    @Test
    void existingFilesAreKeptWithoutForce() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.html"), "mine");
        assertEquals(1, run("export", "--format", "html", "--out", file.toString(), "--library", library));
        assertTrue(err().contains("notes.html already exists") && err().contains("--force"), err());
        assertEquals("mine", Files.readString(file));
        assertEquals(0, run("export", "--format", "html", "--out", file.toString(), "--force", "--library", library));
        assertTrue(Files.readString(file).contains(StudyLibrary.RESEARCH_QUOTE));
    }

    @Test
    void badInputIsRefusedWithTheReason() throws Exception {
        assertEquals(2, run("export", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(), "--library",
                library));
        assertTrue(err().contains("unknown format \"pdf\""), err());
        assertEquals(1, run("export", "--format", "md", "--out", dir.resolve("x.md").toString(), "--speech", "9999",
                "--library", library));
        assertTrue(err().contains("no speech 9999"), err());

        Path broken = Files.writeString(dir.resolve("broken notes.json"), "{ not json");
        assertEquals(1, run("import-notes", broken.toString(), "--library", library));
        assertTrue(err().contains("broken notes.json") && err().contains("not valid JSON"), err());
    }

    @Test
    void notesExportedAsJsonAreImportedIntoAnotherLibrary() throws Exception {
        Path json = dir.resolve("notes.json");
        assertEquals(0, run("export", "--format", "json", "--out", json.toString(), "--library", library), err());
        String fresh = dir.resolve("fresh.db").toString();
        assertEquals(0, run("import", StudyLibrary.SPEECHES.toString(), "--library", fresh), err());
        assertEquals(0, run("import-notes", json.toString(), "--library", fresh), err());
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("Restored 5 note(s) into 2 speech(es); 0 already there"), report);
        assertTrue(report.contains("「" + StudyLibrary.ORPHAN_QUOTE + "」"), report);
        assertTrue(report.contains("Glossary: 1 term(s) added"), report);
        assertEquals(0, run("import-notes", json.toString(), "--library", fresh), err());
        assertTrue(out.toString(StandardCharsets.UTF_8)
                .startsWith("Restored 0 note(s) into 2 speech(es); 5 already there"));
    }
}
