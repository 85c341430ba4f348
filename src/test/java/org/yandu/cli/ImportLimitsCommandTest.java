package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;

/**
 * {@code yandu import} on a folder holding what once hung it or filled its memory (issue #12 item 11): a FIFO, a
 * link to /dev/zero, a 200 MB file; each is refused by name at once and the good file beside them is imported.
 */
class ImportLimitsCommandTest {
    private static final String SPEECHES = BundledLibrary.speeches().toString();
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    @RegisterExtension
    final CommandRun cli = new CommandRun();

    private String library() {
        return dir.resolve("library.db").toString();
    }

    @Test
    void fifoDeviceAndHugeFileAreRefusedAndTheRestIsImported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("incoming"));
        Files.copy(Path.of(SPEECHES, "002_b68128a73f8f74db.txt"), folder.resolve("a_good.txt"));
        mkfifo(folder.resolve("b_pipe.txt"));
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        Files.createSymbolicLink(folder.resolve("c_zero.txt"), Path.of("/dev/zero"));
        try (RandomAccessFile big = new RandomAccessFile(folder.resolve("d_big.txt").toFile(), "rw")) {
            big.setLength(200L * 1024 * 1024);   // sparse: 200 MB to Files.size, no disk used
        }

        int exit = assertTimeoutPreemptively(QUICKLY,
                () -> cli.run("import", "--library", library(), folder.toString()));

        assertEquals(1, exit, cli.err());
        String err = cli.err();
        assertTrue(err.contains("refused   b_pipe.txt: cannot be read: it is a named pipe (FIFO), not a regular file"),
                err);
        assertTrue(err.contains("refused   c_zero.txt: cannot be read: it is a symbolic link to /dev/zero, which is a"
                + " character device, not a regular file"), err);
        assertTrue(err.contains("refused   d_big.txt: is 200 MB, over the 50 MB limit for .txt files"), err);
        assertTrue(cli.out().contains("imported  " + folder.resolve("a_good.txt")), cli.out());
        assertTrue(cli.out().contains("4 file(s): 1 speech(es) imported, 0 copies found in several files linked,"
                + " 3 refused"), cli.out());
        assertEquals(0, cli.run("list", "--library", library()), cli.err());
        assertTrue(cli.out().contains("如何在工作和训练中坚持党的群众路线"), cli.out());
    }

    /** Named on the command line, as when it hung holding the library's lock; the library is free afterwards. */
    @Test
    void aFifoNamedDirectlyIsRefusedAndTheLibraryIsFreeAgain() throws Exception {
        Path pipe = mkfifo(dir.resolve("pipe.txt"));

        int exit = assertTimeoutPreemptively(QUICKLY, () -> cli.run("import", "--library", library(), pipe.toString()));

        assertEquals(1, exit);
        assertTrue(cli.err().contains("pipe.txt: cannot be read: it is a named pipe (FIFO)"), cli.err());
        assertEquals(0, cli.run("import", "--library", library(), SPEECHES + "/002_b68128a73f8f74db.txt"), cli.err());
    }

    private static Path mkfifo(Path file) throws InterruptedException {
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        return file;
    }
}
