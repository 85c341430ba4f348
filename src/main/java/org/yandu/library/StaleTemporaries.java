package org.yandu.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.yandu.files.AtomicFiles;
import org.yandu.files.Leftovers;

/**
 * Removes, when a library opens, the temporary files Yandu's own writers leave beside it when they are killed
 * mid-write, each writer's naming only and only those older than this process ({@link Leftovers}). An export goes
 * to any folder, so it removes its own kind in the folder it writes to.
 */
final class StaleTemporaries {
    /** A folder beside the library and the glob its writer's temporary files match. */
    private record Leftover(String folder, String glob) {
    }

    private static final List<Leftover> LEFTOVERS = List.of(
            // files.AtomicFiles: the window's look file, exports and the glossary's CSV into this folder, a restore
            new Leftover("", AtomicFiles.LEFTOVERS),
            // the kept CC-CEDICT (AtomicFiles), and the cedict*.part of earlier versions
            new Leftover("dictionaries", AtomicFiles.LEFTOVERS),
            new Leftover("dictionaries", "cedict*.part"),
            // Backups.create: the copy SQLite writes, and its rollback journal
            new Leftover("backups", "*.db.partial{,-journal}"));

    private StaleTemporaries() {
    }

    static void remove(Path library) {
        Path home = Objects.requireNonNull(library.toAbsolutePath().getParent(), "a library file has a folder");
        for (Leftover leftover : LEFTOVERS) {
            Leftovers.removeFrom(leftover.folder().isEmpty() ? home : home.resolve(leftover.folder()), leftover.glob());
        }
    }
}
