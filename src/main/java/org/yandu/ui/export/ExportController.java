package org.yandu.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportRequest;
import org.yandu.export.ExportScope;
import org.yandu.export.Vocabulary;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;
import org.yandu.settings.Preferences;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.library.LibraryNode;
import org.yandu.ui.library.LibrarySnapshot;

/**
 * Export from the window: opens the Export dialog on what the reader is looking at (the notes view's filter, a
 * speech or collection of the library tree, the open speech), runs the export in the background and remembers its
 * options and folder. It takes from the window only what export uses.
 */
public final class ExportController {
    /** The open library as export needs it; none until one is open. */
    public record Library(LibraryStore store, Preferences preferences, LibrarySnapshot snapshot) {
    }

    private final TaskExecutor tasks;
    private final Supplier<Messages> messages;
    private final Supplier<Optional<Library>> library;
    private final Supplier<Optional<Long>> openSpeech;
    private final ObservableObjectValue<GlossaryService> glossary;
    private final Supplier<Stage> window;
    private final Consumer<Path> showFolder;

    /**
     * @param glossary the glossary once the dictionaries are loaded (null before): vocabulary exports wait for it
     * @param showFolder opens a folder in the system's file manager
     */
    public ExportController(TaskExecutor tasks, Supplier<Messages> messages, Supplier<Optional<Library>> library,
                            Supplier<Optional<Long>> openSpeech, ObservableObjectValue<GlossaryService> glossary,
                            Supplier<Stage> window, Consumer<Path> showFolder) {
        this.tasks = tasks;
        this.messages = messages;
        this.library = library;
        this.openSpeech = openSpeech;
        this.glossary = glossary;
        this.window = window;
        this.showFolder = showFolder;
    }

    /**
     * Opens the Export dialog. {@code notesViewScope} is the notes view's current filter, offered first and
     * chosen; null when the dialog is not opened from a notes view.
     */
    public void showDialog(@Nullable ExportScope notesViewScope) {
        showDialog(notesViewScope, model -> { });
    }

    /** The Export dialog with a speech or collection of the library tree chosen. */
    public void showDialogFor(LibraryNode node) {
        showDialog(null, model -> {
            SpeechCollection collection = node.collection();
            Speech speech = node.speech();
            if (collection != null) {
                model.chooseCollection(collection.id());
            } else if (speech != null) {
                model.chooseSpeech(speech.id());
            }
        });
    }

    private void showDialog(@Nullable ExportScope notesViewScope, Consumer<ExportDialogViewModel> preset) {
        Optional<Library> open = library.get();
        Stage owner = window.get();
        if (open.isEmpty() || owner == null) {
            return;
        }
        Preferences from = open.get().preferences();
        Long speech = openSpeech.get().orElse(null);
        ExportOptions first = ExportDialogViewModel.firstOptions(messages.get().locale().getLanguage());
        record Saved(ExportOptions options, Path folder) {
        }
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.export",
                () -> new Saved(from.exportOptions().orElse(first), from.exportFolder()))
                .status(messages.get().get("status.preparingExport"))
                .onSuccess(saved -> {
                    ExportDialogViewModel model = new ExportDialogViewModel(open.get().snapshot(), speech,
                            notesViewScope, saved.options(), saved.folder());
                    model.glossaryReadyProperty().bind(Bindings.isNotNull(glossary));
                    preset.accept(model);
                    ExportDialog.show(this, messages.get(), owner, model);
                }));
    }

    /**
     * The model's export, to run in the background, its progress also in the status bar; its options and folder are
     * remembered for the next one. Failures are reported.
     */
    BackgroundTask<ExportJob.Outcome> export(ExportDialogViewModel model, boolean force) {
        Library into = library.get().orElseThrow();
        ExportRequest request = model.request(force);
        Path folder = model.targetFolder();
        ExportOptions chosen = model.chosenOptions();
        tasks.write("the export options", () -> into.preferences().putExport(chosen, folder));
        Vocabulary vocabulary = request.options().needsGlossary() ? Vocabulary.of(glossary.getValue())
                : Vocabulary.BARE;
        return ExportJob.of(into.store(), vocabulary, request, messages.get());
    }

    TaskExecutor tasks() {
        return tasks;
    }

    void showFolder(Path folder) {
        showFolder.accept(folder);
    }
}
