package org.yandu;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real disk of a few megabytes (a tmpfs mounted in the test's folder) to fill up or turn read-only, so a
 * command meets the operating system's own "No space left on device" and "Read-only file system". Tests using it
 * are skipped where mounting is not allowed (not root, or a container without the right).
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static SmallDisk mount(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString()),
                "a tmpfs cannot be mounted here");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk until the system refuses a write: then no byte is left. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (Files.getFileStore(folder).getUsableSpace() > 0) {
                throw e;
            }
        }
    }

    /** Fills the disk but for about {@code kilobytes}: room to open a library, none for a large write. */
    public void fillLeaving(int kilobytes) throws IOException {
        long filler = Files.getFileStore(folder).getUsableSpace() - kilobytes * 1024L;
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) {
            byte[] block = new byte[4096];
            for (long written = 0; written < filler; written += block.length) {
                out.write(block);
            }
        }
    }

    public void makeReadOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", folder.toString())) {
            throw new IOException("could not remount " + folder + " read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", folder.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false; // no mount command
        }
    }
}
