package org.yandu.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;

/**
 * An import on the import lane, its per-file progress shown in the status bar, and a long PDF's pages as they are
 * read; cancellable between files and between the pages of a PDF.
 */
public final class ImportJob {
    private ImportJob() {
    }

    public static BackgroundTask<ImportReport> of(List<Path> paths, LibraryStore store, Messages messages) {
        return task(store, messages, messages.get("status.importStarting"),
                (importer, progress) -> importer.importPaths(paths, progress));
    }

    public static BackgroundTask<ImportReport> bundled(LibraryStore store, Messages messages) {
        return task(store, messages, messages.get("status.importingBundled"), Importer::importBundled);
    }

    private static BackgroundTask<ImportReport> task(LibraryStore store, Messages messages, String startText,
                                                     BiFunction<Importer, ImportProgress, ImportReport> work) {
        return BackgroundTask.withProgress(Lane.IMPORT, "error.import", shown -> work.apply(new Importer(store),
                new ImportProgress() {
                    @Override
                    public void update(int done, int total, String currentFile) {
                        shown.progress(done, Math.max(total, 1));
                        if (done < total) {
                            shown.message(messages.format("status.importing", currentFile, done + 1, total));
                        }
                    }

                    @Override
                    public void page(String file, int page, int pages) {
                        shown.message(messages.format("status.importingPage", file, page, pages));
                    }

                    @Override
                    public boolean isCancelled() {
                        return shown.stopping();
                    }
                })).status(startText);
    }
}
