package org.yandu.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the temporary files Yandu's own writers leave beside a library when they are killed mid-write, each
 * writer's naming only. Only files last modified before this process started go: one being written right now by
 * another Yandu (an export from the command line while the window opens) is newer than that and stays.
 */
final class StaleTemporaries {
    private static final Logger log = LoggerFactory.getLogger(StaleTemporaries.class);
    /** The earliest moment this class can vouch for when the OS does not say when the process started. */
    private static final Instant LOADED = Instant.now();

    /** A folder beside the library and the glob its writer's temporary files match. */
    private record Leftover(String folder, String glob) {
    }

    private static final List<Leftover> LEFTOVERS = List.of(
            // export.AtomicFiles (the window's look file, exports into this folder) and the glossary's CSV export
            new Leftover("", ".yandu-*.part"),
            // glossary.GlossaryService.importCedict, in the folder of kept dictionaries
            new Leftover("dictionaries", "cedict*.part"),
            // Backups.create: the copy SQLite writes, and its rollback journal
            new Leftover("backups", "*.db.partial{,-journal}"));

    private StaleTemporaries() {
    }

    static void remove(Path library) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(LOADED);
        Path home = library.toAbsolutePath().getParent();
        for (Leftover leftover : LEFTOVERS) {
            Path folder = leftover.folder().isEmpty() ? home : home.resolve(leftover.folder());
            if (Files.isDirectory(folder)) {
                removeOlder(folder, leftover.glob(), started);
            }
        }
    }

    private static void removeOlder(Path folder, String glob, Instant started) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path file : files) {
                try {
                    if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(started)) {
                        Files.delete(file);
                        log.info("Removed {}, left by an interrupted write", file);
                    }
                } catch (NoSuchFileException gone) {
                    // its writer finished or another Yandu removed it meanwhile
                }
            }
        } catch (IOException e) {
            // Leftovers only take space: the library opens all the same.
            log.warn("Could not remove the leftover temporary files in {}", folder, e);
        }
    }
}
