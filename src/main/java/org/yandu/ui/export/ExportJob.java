package org.yandu.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import org.yandu.export.ExportRequest;
import org.yandu.export.ExportResult;
import org.yandu.export.NotesExport;
import org.yandu.export.TargetExistsException;
import org.yandu.export.Vocabulary;
import org.yandu.library.LibraryStore;
import org.yandu.ui.app.Messages;

/**
 * An export running off the FX thread with progress per speech. Cancelling stops it between speeches or files
 * and leaves nothing behind. Files that exist are not an error: they come back so the reader can be asked.
 */
public final class ExportJob extends Task<ExportJob.Outcome> {
    /**
     * @param result what was written; null when nothing was, because {@code existing} files are in the way
     * @param existing the files the export would replace, empty once written
     */
    public record Outcome(ExportResult result, List<Path> existing) {
        boolean written() {
            return result != null;
        }
    }

    private final NotesExport export;
    private final ExportRequest request;
    private final Messages messages;

    public ExportJob(LibraryStore store, Vocabulary vocabulary, ExportRequest request, Messages messages) {
        this.export = new NotesExport(store, vocabulary);
        this.request = request;
        this.messages = messages;
        updateMessage(messages.get("status.exportStarting"));
        updateProgress(-1, 1);
    }

    @Override
    protected Outcome call() throws IOException {
        try {
            return new Outcome(export.export(request, this::progress, this::isCancelled), List.of());
        } catch (TargetExistsException e) {
            return new Outcome(null, e.existing());
        }
    }

    private void progress(int done, int total, String title) {
        updateProgress(done, Math.max(total, 1));
        updateMessage(done < total ? messages.format("status.exporting", title, done + 1, total)
                : messages.get("status.exportWriting"));
    }
}
