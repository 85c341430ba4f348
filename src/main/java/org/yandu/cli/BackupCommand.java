package org.yandu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yandu.library.Backups;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code yandu backup}: an online backup of the library now; prints its path. */
@Command(name = "backup", description = "Back the library up now (kept in the backups folder beside it).")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Override
    public Integer call() {
        // Said before opening: SQLite's own refusal of a read-only folder names a journal, not the folder.
        Backups.requireWritable(context.library());
        try (LibraryStore store = context.openForWriting()) {
            Path backup = store.backups().create("manual");
            context.out().println(OneLine.of(backup));
            context.out().flush();
            return 0;
        }
    }
}
