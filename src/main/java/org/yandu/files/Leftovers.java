package org.yandu.files;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the temporary files a writer killed mid-write left, by its naming. Only files last modified before this
 * process started go: one being written right now by another Yandu (an export from the command line while the
 * window opens) is newer than that and stays.
 */
public final class Leftovers {
    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);
    /**
     * When this JVM started, by the wall clock, to the millisecond. Not ProcessHandle's start instant: Linux gives
     * it from the boot time in whole seconds, up to a second early, which kept what a writer killed just before
     * this start left behind (the crash test, KilledCommandsTest, found it).
     */
    private static final Instant STARTED = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    private Leftovers() {
    }

    /** Removes the files in {@code folder} matching {@code glob} that were last written before this process began. */
    public static void removeFrom(Path folder, String glob) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(STARTED)) {
                        Files.delete(file);
                        log.info("Removed {}, left by an interrupted write", file);
                    }
                } catch (NoSuchFileException gone) {
                    // its writer finished or another Yandu removed it meanwhile
                }
            }
        } catch (IOException e) {
            // Leftovers only take space: the library opens, or the file is written, all the same.
            log.warn("Could not remove the leftover temporary files in {}", folder, e);
        }
    }
}
