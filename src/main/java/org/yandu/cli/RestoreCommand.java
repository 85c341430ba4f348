package org.yandu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yandu.library.LibraryRescue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code yandu restore FILE}: the library's contents replaced by a backup (the current state is backed up first);
 * a library too damaged to open is moved aside instead, as restoring is exactly what it needs.
 */
@Command(name = "restore", description = "Restore the library from a backup; the current state is backed up first"
        + " (a damaged library is moved aside as library.db.damaged-TIME).")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    YanduCommand yandu;

    @Parameters(paramLabel = "FILE", description = "A backup made by Yandu.")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LibraryRescue.Restored restored = LibraryRescue.restore(yandu.library.resolve(), backup.toAbsolutePath());
        spec.commandLine().getOut().println("Restored " + OneLine.of(restored.library()) + " from " + OneLine.of(backup)
                + (restored.setAside() == null ? "" : "; the damaged library was moved to " + OneLine.of(restored.setAside())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
