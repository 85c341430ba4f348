package org.yandu.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.yandu.library.LibraryException;
import org.yandu.library.LibraryLocation;
import org.yandu.library.LibraryRescue;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The --library option every command shares. */
public final class LibraryOption {
    static final String NAME = "--library";

    @Option(names = NAME, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The library file (default: $" + LibraryLocation.ENVIRONMENT_VARIABLE
                    + ", else library.db in the user's data folder).")
    @Nullable Path file;

    Path resolve() {
        return LibraryLocation.resolve(file);
    }

    /**
     * The library for a command that only reads: while another Yandu holds it (an import, a window) it is opened
     * for reading only beside that one, so a search need not wait minutes for an import to end.
     */
    LibraryStore open() {
        Path library = resolve();
        refuseLost(library);
        return LibraryStore.openOrReadBeside(library);
    }

    /** The library for a command that writes: one in use or damaged is refused at once, before any work is done. */
    LibraryStore openForWriting() {
        Path library = resolve();
        refuseLost(library);
        LibraryStore store = LibraryStore.open(library);
        try {
            store.requireWritable();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Refuses an empty or missing library with backups beside it: a fresh one would hide the loss. */
    private static void refuseLost(Path library) {
        LibraryRescue.lostWithBackup(library).ifPresent(backup -> {
            throw new LibraryException(LibraryRescue.lostMessage(library, backup));
        });
    }

    /**
     * The value of {@code --library} in {@code args}, or null, found before the command line is parsed: the log's
     * folder follows the library and must be known before the first logger exists (picocli builds every command,
     * and loading a command class creates its logger).
     */
    public static @Nullable Path in(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return null;
            }
            if (args[i].equals(NAME) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(NAME + "=")) {
                return Path.of(args[i].substring(NAME.length() + 1));
            }
        }
        return null;
    }
}
