package org.yandu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yandu.library.Backups;
import org.yandu.library.LibraryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code yandu backup}: an online backup of the library now; prints its path. */
@Command(name = "backup", description = "Back the library up now (kept in the backups folder beside it).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    YanduCommand yandu;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Said before opening: SQLite's own refusal of a read-only folder names a journal, not the folder.
        Backups.requireWritable(yandu.library.resolve());
        try (LibraryStore store = yandu.library.openForWriting()) {
            Path backup = store.backups().create("manual");
            spec.commandLine().getOut().println(OneLine.of(backup));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
