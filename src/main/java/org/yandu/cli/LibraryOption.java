package org.yandu.cli;

import java.nio.file.Path;
import org.yandu.library.LibraryLocation;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The --library option every command shares. */
final class LibraryOption {
    @Option(names = "--library", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The library file (default: $" + LibraryLocation.ENVIRONMENT_VARIABLE
                    + ", else library.db in the user's data folder).")
    Path file;

    Path resolve() {
        return LibraryLocation.resolve(file);
    }

    LibraryStore open() {
        return LibraryStore.open(resolve());
    }
}
