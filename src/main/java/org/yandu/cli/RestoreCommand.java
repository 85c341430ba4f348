package org.yandu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.yandu.library.BackupFile;
import org.yandu.library.Backups;
import org.yandu.library.LibraryRescue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yandu restore FILE}: the library's contents replaced by a backup (the current state is backed up first);
 * a library too damaged to open is moved aside instead, as restoring is exactly what it needs. {@code --list} shows
 * the backups to choose from, without opening the library.
 */
@Command(name = "restore", description = "Restore the library from a backup; the current state is backed up first"
        + " (a damaged library is moved aside as library.db.damaged-TIME).")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A backup made by Yandu.")
    @Nullable Path backup;

    @Option(names = "--list", description = "List the library's backups, newest first; a damaged one is marked.")
    boolean list;

    @Override
    public Integer call() {
        if (list) {
            return list();
        }
        if (backup == null) {
            context.err().println("yandu restore: name the backup FILE to restore, or --list the backups");
            return 2;
        }
        LibraryRescue.Restored restored = LibraryRescue.restore(context.library(), backup.toAbsolutePath());
        context.out().println("Restored " + OneLine.of(restored.library()) + " from " + OneLine.of(backup)
                + (restored.setAside() == null ? "" : "; the damaged library was moved to "
                        + OneLine.of(restored.setAside())));
        context.out().flush();
        return 0;
    }

    /** One line a backup: its file, then why it was made, or why it cannot be restored. */
    private int list() {
        PrintWriter out = context.out();
        for (BackupFile backup : Backups.beside(context.library())) {
            out.println(OneLine.of(backup.file()) + "\t" + (backup.restorable() ? backup.reason()
                    : "damaged, cannot be restored: " + OneLine.of(backup.damage())));
        }
        out.flush();
        return 0;
    }
}
