package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not ordinary or too big, made for real in the test, refused before they are read. */
class SourceBytesTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    /** A FIFO named .txt, made with mkfifo; the test is skipped where there is none. */
    static Path fifo(Path file) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(file), "mkfifo is not available");
        return file;
    }

    /** A symlink named .txt to /dev/zero, a file that never ends; skipped where there is no such device or link. */
    static Path linkToDevZero(Path file) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
        try {
            return Files.createSymbolicLink(file, Path.of("/dev/zero"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e);
            return file;
        }
    }

    /** A sparse file of {@code size} bytes: as big as it says, on no disk space. */
    static Path sparse(Path file, long size) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = fifo(dir.resolve("pipe.txt"));
        String message = assertTimeoutPreemptively(QUICKLY, () -> refusal(fifo));
        assertEquals("pipe.txt: cannot be read: it is a named pipe (FIFO), not a regular file;"
                + " Yandu imports only regular files", message);
    }

    @Test
    void aLinkToDevZeroIsRefusedUnread() throws Exception {
        Path zero = linkToDevZero(dir.resolve("zero.txt"));
        String message = assertTimeoutPreemptively(QUICKLY, () -> refusal(zero));
        assertEquals("zero.txt: cannot be read: it is a symbolic link to /dev/zero, which is a character device,"
                + " not a regular file; Yandu imports only regular files", message);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndTheLimit() throws Exception {
        Path big = sparse(dir.resolve("big.txt"), 200 * SourceBytes.MB);
        assertEquals("big.txt: is 200 MB, over the 50 MB limit for .txt files",
                assertTimeoutPreemptively(QUICKLY, () -> refusal(big)));
        Path justOver = sparse(dir.resolve("page.html"), 50 * SourceBytes.MB + 1);
        assertEquals("page.html: is 50.1 MB, over the 50 MB limit for .html files", refusal(justOver));
        Path document = sparse(dir.resolve("long.docx"), 150 * SourceBytes.MB + 300 * 1024);
        assertEquals("long.docx: is 150.3 MB, over the 100 MB limit for .docx files", refusal(document));
    }

    @Test
    void aFileAtTheLimitIsRead() throws Exception {
        Path atLimit = sparse(dir.resolve("zeros.txt"), 1024);
        assertEquals(1024, SourceBytes.read(atLimit, 1024, ".txt files").length);
        // Past the size check the reader goes on to the content: NUL bytes are no text.
        assertTrue(refusal(sparse(dir.resolve("nul.txt"), 1024)).endsWith("is not a text file"));
    }

    /** /proc files say they are empty and then hold text: the limit holds while reading, not only before. */
    @Test
    void aFileThatReportsNoSizeIsStoppedAtTheLimitWhileRead() throws Exception {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "no /proc that reports size 0");
        Path link = Files.createSymbolicLink(dir.resolve("status.txt"), status);
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> SourceBytes.read(link, 100, ".txt files"));
        assertTrue(refused.getMessage().startsWith("status.txt: holds more than the 0.1 MB limit for .txt files"
                + " though it reported 0 bytes"), refused.getMessage());
        assertTrue(SourceBytes.read(link, SourceBytes.MB, ".txt files").length > 100,
                "the whole file under a wide limit");
    }

    private String refusal(Path file) {
        return assertThrows(UnreadableSourceException.class, () -> reader.read(file)).getMessage();
    }
}
