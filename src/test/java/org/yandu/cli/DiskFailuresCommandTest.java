package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.SmallDisk;

/**
 * Commands meeting a full or read-only disk (issue #12 item 9): one line on stderr saying what could not be done
 * and why in words the user can act on, never SQLite's "no transaction is active" nor a stack trace, and nothing
 * half-written left behind.
 */
class DiskFailuresCommandTest {
    private static final String SPEECHES = BundledLibrary.speeches().toString();
    private static final Path CEDICT = Path.of(System.getProperty("yandu.shared.dir", "../shared"),
            "dict", "cedict_1_0_ts_utf-8_mdbg.txt.gz");

    @TempDir
    Path dir;
    @RegisterExtension
    final CommandRun cli = new CommandRun();
    private SmallDisk disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    /** A library with one speech (and its first paragraph's note) on a 4 MB disk. */
    private Path libraryOnSmallDisk() throws Exception {
        disk = SmallDisk.mount(dir.resolve("disk"), 4096);
        Path library = disk.folder().resolve("library.db");
        assertEquals(0, cli.run("import", "--library", library.toString(), speech().toString()), cli.err());
        assertEquals(0, cli.run("note", "add", "--library", library.toString(), "1", "1", "--text", "first"),
                cli.err());
        return library;
    }

    private static Path speech() {
        return Path.of(SPEECHES, "002_b68128a73f8f74db.txt");
    }

    /** Exactly one line on stderr, and no sign of a stack trace or of SQLite's words. */
    private String oneLine() {
        String err = cli.err();
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("SQLITE"), err);
        return err.strip();
    }

    @Test
    void aNoteOnAFullDiskSaysTheDiskIsFullAndIsNotSaved() throws Exception {
        Path library = libraryOnSmallDisk();
        disk.fillLeaving(300);

        int exit = cli.run("note", "add", "--library", library.toString(), "1", "2", "--text", "满".repeat(600_000));

        assertEquals(1, exit);
        assertEquals("yandu: Could not save the annotation in the library " + library + ": the disk is full",
                oneLine());
        assertEquals(0, cli.run("notes", "--library", library.toString()), cli.err());
        assertEquals(1, cli.out().lines().filter(l -> l.contains("first")).count(), cli.out());
        assertFalse(cli.out().contains("满满"), "the failed note is not in the library");
    }

    @Test
    void anImportOnAFullDiskIsRefusedWithWhy() throws Exception {
        Path library = libraryOnSmallDisk();
        Path big = dir.resolve("长篇.txt");
        StringBuilder text = new StringBuilder("长篇讲话\n");
        for (int i = 0; i < 3000; i++) {
            text.append("\n第").append(i).append("段：坚持从群众中来、到群众中去，密切联系群众是我们党的优良作风。");
        }
        Files.writeString(big, text);
        disk.fillLeaving(300);

        assertEquals(1, cli.run("import", "--library", library.toString(), big.toString()));

        assertTrue(cli.err().contains("refused   Could not store 长篇.txt in the library " + library
                + ": the disk is full"), cli.err());
        assertFalse(cli.err().contains("transaction") || cli.err().contains("\tat "), cli.err());
    }

    @Test
    void aBackupOnAFullDiskSaysSoAndLeavesNoPartialCopy() throws Exception {
        Path library = libraryOnSmallDisk();
        disk.fillLeaving(100);

        assertEquals(1, cli.run("backup", "--library", library.toString()));

        String line = oneLine();
        assertTrue(line.startsWith("yandu: Could not back up the library to " + disk.folder().resolve("backups")),
                line);
        assertTrue(line.endsWith(": the disk is full"), line);
        try (Stream<Path> left = Files.list(disk.folder().resolve("backups"))) {
            assertEquals(0, left.count(), "no backup, whole or half-written, is left");
        }
    }

    @Test
    void aRestoreOnAFullDiskLeavesTheSoundLibraryInPlace() throws Exception {
        Path library = libraryOnSmallDisk();
        assertEquals(0, cli.run("backup", "--library", library.toString()), cli.err());
        Path backup = Path.of(cli.out().strip());
        disk.fillLeaving(100);

        assertEquals(1, cli.run("restore", "--library", library.toString(), backup.toString()));

        assertTrue(oneLine().endsWith(": the disk is full"), cli.err());
        try (Stream<Path> files = Files.list(disk.folder())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains("damaged")),
                    "a sound library is not set aside because the disk is full");
        }
        assertEquals(0, cli.run("notes", "--library", library.toString()), cli.err());
        assertTrue(cli.out().contains("first"), cli.out());
    }

    @Test
    void aRestoreIntoADamagedLibraryOnAFullDiskPutsTheDamagedOneBack() throws Exception {
        Path library = libraryOnSmallDisk();
        assertEquals(0, cli.run("backup", "--library", library.toString()), cli.err());
        Path backup = Path.of(cli.out().strip());
        long size = Files.size(library);
        try (RandomAccessFile damaged = new RandomAccessFile(library.toFile(), "rw")) {
            damaged.setLength(100); // its header cut: it cannot be opened, so the restore sets it aside
        }
        disk.fill();

        assertEquals(1, cli.run("restore", "--library", library.toString(), backup.toString()));

        assertTrue(oneLine().endsWith(": the disk is full"), cli.err());
        assertEquals(100, Files.size(library), "the damaged library is back under its name, not gone");
        try (Stream<Path> files = Files.list(disk.folder())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains("damaged")), "nothing left aside");
        }
        assertTrue(size > 100);
    }

    @Test
    void anExportToAFullDiskNamesTheTargetAndWhy() throws Exception {
        Path library = dir.resolve("library.db");
        assertEquals(0, cli.run("import", "--library", library.toString(), speech().toString()), cli.err());
        assertEquals(0, cli.run("note", "add", "--library", library.toString(), "1", "1", "--text", "x"), cli.err());
        disk = SmallDisk.mount(dir.resolve("stick"), 512);
        disk.fill();
        Path out = disk.folder().resolve("notes.md");

        assertEquals(1, cli.run("export", "--library", library.toString(), "--format", "md", "--out", out.toString()));

        assertEquals("yandu: Could not write the export to " + out + ": the disk is full", oneLine());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDictionaryImportOnAFullDiskSaysTheDiskIsFull() throws Exception {
        assumeTrue(Files.isRegularFile(CEDICT), "CC-CEDICT is not in ../shared/dict");
        Path library = libraryOnSmallDisk();
        disk.fillLeaving(300);

        assertEquals(1, cli.run("dict", "import", "--library", library.toString(), CEDICT.toString()));

        assertEquals("yandu: Could not import the dictionary " + CEDICT + ": the disk is full", oneLine());
    }

    @Test
    void aReadOnlyDiskIsNamedForEveryCommandThatWrites() throws Exception {
        Path library = libraryOnSmallDisk();
        disk.makeReadOnly();

        for (String[] command : new String[][] {{"note", "add", "1", "1", "--text", "x"},
                {"import", speech().toString()},
                {"glossary", "add", "群众路线", "--explanation", "x"}, {"backup"}}) {
            String[] args = Stream.concat(Stream.of(command), Stream.of("--library", library.toString()))
                    .toArray(String[]::new);
            assertEquals(1, cli.run(args), String.join(" ", command));
            String line = oneLine();
            assertTrue(line.contains(library.toString()) && line.endsWith("read-only"), line);
        }
    }

    @Test
    void aRangeOutsideAParagraphNamesTheParagraphAsTyped() throws Exception {
        Path library = dir.resolve("library.db");
        assertEquals(0, cli.run("import", "--library", library.toString(), speech().toString()), cli.err());

        assertEquals(1, cli.run("note", "add", "--library", library.toString(), "1", "2", "--start", "10", "--end",
                "900"));

        String line = oneLine();
        assertTrue(line.startsWith("yandu note add: characters 10 to 900 are not in paragraph 2 of speech 1 (it has "),
                line);
    }
}
