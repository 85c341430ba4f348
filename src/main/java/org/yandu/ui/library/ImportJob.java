package org.yandu.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import javafx.concurrent.Task;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.ui.app.Messages;

/** An import running off the FX thread, its per-file progress shown in the status bar; cancellable between files. */
public final class ImportJob extends Task<ImportReport> {
    private final LibraryStore store;
    private final Messages messages;
    private final BiFunction<Importer, ImportProgress, ImportReport> work;

    private ImportJob(LibraryStore store, Messages messages, String startText,
                      BiFunction<Importer, ImportProgress, ImportReport> work) {
        this.store = store;
        this.messages = messages;
        this.work = work;
        updateMessage(startText);
    }

    public static ImportJob of(List<Path> paths, LibraryStore store, Messages messages) {
        return new ImportJob(store, messages, messages.get("status.importStarting"),
                (importer, progress) -> importer.importPaths(paths, progress));
    }

    public static ImportJob bundled(LibraryStore store, Messages messages) {
        return new ImportJob(store, messages, messages.get("status.importingBundled"), Importer::importBundled);
    }

    @Override
    protected ImportReport call() {
        return work.apply(new Importer(store), new ImportProgress() {
            @Override
            public void update(int done, int total, String currentFile) {
                updateProgress(done, Math.max(total, 1));
                if (done < total) {
                    updateMessage(messages.format("status.importing", currentFile, done + 1, total));
                }
            }

            @Override
            public boolean isCancelled() {
                return ImportJob.this.isCancelled();
            }
        });
    }
}
