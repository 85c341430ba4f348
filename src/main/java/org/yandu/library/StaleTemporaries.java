package org.yandu.library;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.export.AtomicFiles;

/**
 * Removes the temporary files Yandu's own writers leave beside a library when they are killed mid-write, each
 * writer's naming only. Only files last modified before this process started go: one being written right now by
 * another Yandu (an export from the command line while the window opens) is newer than that and stays. An export
 * goes to any folder, so it removes its own kind in the folder it writes to ({@link AtomicFiles}).
 */
public final class StaleTemporaries {
    private static final Logger log = LoggerFactory.getLogger(StaleTemporaries.class);
    /**
     * When this JVM started, by the wall clock, to the millisecond. Not ProcessHandle's start instant: Linux gives
     * it from the boot time in whole seconds, up to a second early, which kept what a writer killed just before
     * this start left behind (the crash test, KilledCommandsTest, found it).
     */
    private static final Instant STARTED = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    /** A folder beside the library and the glob its writer's temporary files match. */
    private record Leftover(String folder, String glob) {
    }

    private static final List<Leftover> LEFTOVERS = List.of(
            // export.AtomicFiles (the window's look file, exports into this folder) and the glossary's CSV export
            new Leftover("", AtomicFiles.LEFTOVERS),
            // glossary.GlossaryService.importCedict, in the folder of kept dictionaries
            new Leftover("dictionaries", "cedict*.part"),
            // Backups.create: the copy SQLite writes, and its rollback journal
            new Leftover("backups", "*.db.partial{,-journal}"));

    private StaleTemporaries() {
    }

    static void remove(Path library) {
        Path home = library.toAbsolutePath().getParent();
        for (Leftover leftover : LEFTOVERS) {
            removeFrom(leftover.folder().isEmpty() ? home : home.resolve(leftover.folder()), leftover.glob());
        }
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
            // Leftovers only take space: the library opens, or the export is written, all the same.
            log.warn("Could not remove the leftover temporary files in {}", folder, e);
        }
    }
}
