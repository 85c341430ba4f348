package org.yandu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yandu restore FILE}: the library's contents replaced by a backup (the current state is backed up first). */
@Command(name = "restore", description = "Restore the library from a backup; the current state is backed up first.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    YanduCommand yandu;

    @Parameters(paramLabel = "FILE", description = "A backup made by Yandu.")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (LibraryStore store = yandu.library.open()) {
            store.backups().restore(backup.toAbsolutePath());
            spec.commandLine().getOut().println("Restored " + store.file() + " from " + backup);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
