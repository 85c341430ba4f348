package org.yandu.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.glossary.GlossaryService;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.importer.PastedSource;
import org.yandu.importer.UnfiledText;
import org.yandu.importer.UnreadableSourceException;
import org.yandu.library.LibraryStore;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.StudyServices;
import org.yandu.ui.base.TaskExecutor;

/**
 * Imports into the open library, one after another, and what follows each: the library listed again, the import
 * announced, and the new paragraphs segmented into words in the background.
 */
public final class ImportController {
    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    private final TaskExecutor tasks;
    private final Supplier<Messages> messages;
    private final LibraryViewModel library;
    private final StudyServices study;
    private final BooleanSupplier writable;
    private final Runnable libraryChanged;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private Consumer<ImportReport> announce = report -> { };
    private int pending;
    private @Nullable LibraryStore store;

    /**
     * @param writable whether the library may be written now (not while it is only read beside another Yandu)
     * @param libraryChanged runs once an import is in and listed, for what shows the library's notes
     */
    public ImportController(TaskExecutor tasks, Supplier<Messages> messages, LibraryViewModel library,
                            StudyServices study, BooleanSupplier writable, Runnable libraryChanged) {
        this.tasks = tasks;
        this.messages = messages;
        this.library = library;
        this.study = study;
        this.writable = writable;
        this.libraryChanged = libraryChanged;
    }

    public void use(LibraryStore into) {
        store = into;
    }

    /** Where finished imports are announced; the window shows a notice or the list of refused files. */
    public void onImportFinished(Consumer<ImportReport> listener) {
        announce = listener;
    }

    /** Imports files and folders (expanded by the importer), then shows what came in. */
    public void importPaths(List<Path> paths) {
        if (store != null && writable.getAsBoolean() && !paths.isEmpty()) {
            run(ImportJob.of(paths, store, messages.get()), report -> { });
        }
    }

    /**
     * Reads text that came with no file (pasted or dropped) off the FX thread and gives its speeches, unstored, to
     * {@code preview}; text that cannot be read goes to {@code refused}, said in the reader's language.
     */
    public void readPasted(UnfiledText text, Consumer<PastedSource> preview, Consumer<String> refused) {
        LibraryStore into = store;
        if (into == null || !writable.getAsBoolean()) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.IMPORT, "error.import", () -> new Importer(into).read(text))
                .onSuccess(preview)
                .toldBy(e -> {
                    if (e instanceof UnreadableSourceException unreadable) {
                        refused.accept(messages.get().explain(unreadable.explanation()));
                    } else {
                        refused.accept(messages.get().format("paste.failed", text.name()));
                    }
                }));
    }

    /**
     * Stores what {@link #readPasted} read, as an import: listed, announced and segmented as files are; then
     * {@code open} gets its first speech, new or already there, for the reader who pasted it to read it.
     */
    public void importPasted(PastedSource pasted, LongConsumer open) {
        LibraryStore into = store;
        if (into != null && writable.getAsBoolean()) {
            run(BackgroundTask.on(Lane.IMPORT, "error.import", () -> new Importer(into).importPasted(pasted))
                    .status(messages.get().get("status.importStarting")),
                    report -> report.files().stream().flatMap(f -> f.speechIds().stream()).findFirst()
                            .ifPresent(open::accept));
        }
    }

    /** Runs an import; {@code then} gets its report once the library shows what came in and it was announced. */
    public void run(BackgroundTask<ImportReport> job, Consumer<ImportReport> then) {
        count(1);
        tasks.execute(job.onFailure(e -> count(-1)).onCancelled(() -> count(-1))
                .onSuccess(report -> refreshLibrary(() -> {
                    count(-1);
                    libraryChanged.run();
                    announce.accept(report);
                    segmentPending();
                    then.accept(report);
                })));
    }

    /** Imports queue one after another; the window shows "importing" until the last is in the library. */
    private void count(int change) {
        pending += change;
        importing.set(pending > 0);
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** Speeches came into the library from elsewhere (the study group): the tree lists them, their words follow. */
    public void speechesArrived() {
        if (store != null) {
            refreshLibrary(this::segmentPending);
        }
    }

    /** Reads the library again after it changed, keeping the open speech. */
    private void refreshLibrary(Runnable then) {
        LibraryStore from = Objects.requireNonNull(store, "an import ran into the open library");
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.openLibrary",
                () -> LibrarySnapshot.readFrom(from))
                .status(messages.get().get("status.refreshing"))
                .onSuccess(snapshot -> {
                    library.show(snapshot);
                    tasks.setIdleStatus(libraryStatus());
                    then.run();
                }));
    }

    /** Segments the paragraphs imported without words (after an import, a restore, or at start), with progress. */
    public void segmentPending() {
        GlossaryService glossary = study.glossary();
        LibraryStore from = store;
        if (glossary == null || from == null || from.openedForReading()) {
            return;
        }
        // Counted first, quietly: the status bar says "finding the words" only when there are words to find.
        tasks.execute(BackgroundTask.on(Lane.IMPORT, "error.segment", from::countUnsegmentedParagraphs)
                .onSuccess(pending -> {
                    if (pending > 0) {
                        segment(glossary, pending);
                    }
                }));
    }

    private void segment(GlossaryService glossary, int pending) {
        tasks.execute(BackgroundTask.withProgress(Lane.IMPORT, "error.segment", progress ->
                glossary.segmentPending(done -> {
                    if (progress.stopping()) {
                        throw new CancellationException("shutting down");
                    }
                    progress.progress(done, pending);
                })).status(messages.get().get("status.segmenting"))
                .onSuccess(done -> log.info("Segmented {} paragraphs", done)));
    }

    /** The library's size, for the status bar while nothing runs. */
    public String libraryStatus() {
        return messages.get().format("status.library", library.speechCount());
    }
}
