package org.yandu.ui.export;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.export.ExportRequest;
import org.yandu.export.ExportResult;
import org.yandu.export.NotesExport;
import org.yandu.export.TargetExistsException;
import org.yandu.export.Vocabulary;
import org.yandu.library.LibraryStore;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;

/**
 * An export on the import lane with progress per speech. Cancelling stops it between speeches or files and leaves
 * nothing behind. Files that exist are not an error: they come back so the reader can be asked.
 */
public final class ExportJob {
    /**
     * What an export came to: the files it wrote, or those in its way.
     *
     * @param result what was written; null when nothing was, because {@code existing} files are in the way
     * @param existing the files the export would replace, empty once written
     */
    public record Outcome(@Nullable ExportResult result, List<Path> existing) {
    }

    private ExportJob() {
    }

    public static BackgroundTask<Outcome> of(LibraryStore store, Vocabulary vocabulary, ExportRequest request,
                                             Messages messages) {
        NotesExport export = new NotesExport(store, vocabulary);
        return BackgroundTask.withProgress(Lane.IMPORT, "error.export", shown -> {
            try {
                return new Outcome(export.export(request, (done, total, title) -> {
                    shown.progress(done, Math.max(total, 1));
                    shown.message(done < total ? messages.format("status.exporting", title, done + 1, total)
                            : messages.get("status.exportWriting"));
                }, shown::stopping), List.of());
            } catch (TargetExistsException e) {
                return new Outcome(null, e.existing());
            }
        }).status(messages.get("status.exportStarting"));
    }
}
