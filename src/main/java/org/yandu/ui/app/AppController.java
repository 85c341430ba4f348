package org.yandu.ui.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.InvalidTermException;
import org.yandu.group.SyncReport;
import org.yandu.importer.ImportReport;
import org.yandu.library.LibraryDamagedException;
import org.yandu.library.LibraryException;
import org.yandu.library.LibraryInUseException;
import org.yandu.library.LibraryRescue;
import org.yandu.library.LibraryStore;
import org.yandu.library.LibraryTooNewException;
import org.yandu.reading.ReadingPosition;
import org.yandu.search.LibrarySearch;
import org.yandu.settings.Preferences;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.DisplaySettings;
import org.yandu.ui.base.ErrorText;
import org.yandu.ui.base.FxTaskExecutor;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;
import org.yandu.ui.base.StudyServices;
import org.yandu.ui.export.ExportController;
import org.yandu.ui.glossary.GlossaryController;
import org.yandu.ui.group.GroupController;
import org.yandu.ui.library.ImportController;
import org.yandu.ui.library.ImportJob;
import org.yandu.ui.library.ImportSummary;
import org.yandu.ui.library.LibrarySnapshot;
import org.yandu.ui.library.LibraryViewModel;
import org.yandu.ui.notes.NotesController;
import org.yandu.ui.reader.ReaderController;
import org.yandu.ui.reader.ReaderViewModel;
import org.yandu.ui.search.SearchViewModel;
import org.yandu.ui.study.StudyController;

/**
 * The window's library: opens it (or offers a backup of one lost or damaged), imports the bundled speeches into a
 * new one, starts the language tools, and closes it. What is done with it belongs to the controllers by concern it
 * wires together and hands to the views: {@link ReaderController}, {@link ImportController},
 * {@link BackupController}, {@link StudyController}, {@link NotesController}, {@link GlossaryController} and
 * {@link ExportController}. Every store access goes through the {@link FxTaskExecutor}, so the FX thread never
 * waits.
 */
public final class AppController {
    private static final Logger log = LoggerFactory.getLogger(AppController.class);

    private final LibraryViewModel library = new LibraryViewModel();
    private final FirstRunViewModel firstRun = new FirstRunViewModel();
    private final SettingsViewModel settings;
    private final FxTaskExecutor tasks;
    private final Consumer<Runnable> onceDrawn;
    private final Supplier<Messages> messages;
    private final LibraryAccess access = new LibraryAccess();
    private final StudyServices services = new StudyServices();
    private final SearchViewModel search;
    private final StudyController study;
    private final ReaderController reader;
    private final NotesController notes;
    private final GlossaryController glossary;
    private final ExportController exports;
    private final ImportController imports;
    private final BackupController backups;
    private final GroupController group;
    /** The open library's whole-file check is over (sound, damaged, or not finished by an error). */
    private final ReadOnlyBooleanWrapper fileChecked = new ReadOnlyBooleanWrapper();
    private @Nullable LibraryStore store;
    private @Nullable Preferences preferences;
    private @Nullable HostServices hostServices;
    private @Nullable Stage window;

    /** @param onceDrawn runs work once the window's next frame is on the screen */
    AppController(FxTaskExecutor tasks, Supplier<Messages> messages, Consumer<Runnable> onceDrawn) {
        this.tasks = tasks;
        this.messages = messages;
        this.onceDrawn = onceDrawn;
        this.settings = new SettingsViewModel(change -> tasks.write("a setting", change));
        this.search = new SearchViewModel(AppController::later,
                (work, done) -> tasks.execute(BackgroundTask.on(Lane.SEARCH, "error.search", work).onSuccess(done)
                        .toldBy(e -> { })), null);
        this.study = new StudyController(tasks, messages, library);
        this.reader = new ReaderController(tasks, messages, services, settings, library, study.tracker());
        this.notes = new NotesController(tasks, reader.reader(), messages);
        this.glossary = new GlossaryController(tasks, services, messages, reader::loadWords);
        this.exports = new ExportController(tasks, messages, this::libraryForExport, reader.reader()::openSpeechId,
                services.glossaryProperty(), () -> window, this::showFolder);
        this.imports = new ImportController(tasks, messages, library, services, () -> access.writable().get(),
                notes::changed);
        this.backups = new BackupController(tasks, messages, access, new BackupController.Restored() {
            @Override
            public void restored(LibraryStore into, LibrarySnapshot snapshot) {
                libraryRestored(into, snapshot);
            }

            @Override
            public void replaced(Path file) {
                openLibrary(file);
            }
        }, study::save);
        this.group = new GroupController(tasks, (delay, task) -> later(delay.toMillis(), task),
                Clock.systemDefaultZone(), this::groupArrived);
        notes.versionProperty().addListener((o, was, now) -> group.notesChanged());
        reader.reader().documentProperty().addListener((o, old, document) -> {
            if (document != null) {
                firstRun.speechOpened();
            }
            if (document != null && (old == null || old.speech().id() != document.speech().id())) {
                notes.load();
            }
        });
    }

    /** Everything the window needs from the library at start, read in one trip to the library thread. */
    private record Opened(LibraryStore store, Preferences preferences, DisplaySettings display,
                          LibrarySnapshot snapshot, Optional<ReadingPosition> lastReading, boolean empty) {
        static Opened read(Path file) {
            LibraryStore store = LibraryStore.openOrReadBesideCheckingLater(file);
            try {
                Preferences preferences = new Preferences(store);
                return new Opened(store, preferences, DisplaySettings.readFrom(preferences),
                        LibrarySnapshot.readFrom(store), preferences.lastReading(), store.isEmpty());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
    }

    /**
     * What opening found: the library open, or its newest sound backup to offer because it was emptied or lost
     * ({@code lost}) or is damaged. Only a library Yandu opened before is offered one: backups/ is shared by the
     * folder's libraries, and a stray file is no loss. A library in use is opened for reading only beside the Yandu
     * that holds it; one too new, or in use by an older Yandu, is explained as before.
     */
    private record Opening(@Nullable Opened opened, @Nullable Path backup, boolean lost) {
        static Opening of(Path file) {
            Optional<Path> lost = LibraryRescue.lostWithBackup(file);
            if (lost.isPresent()) {
                return new Opening(null, lost.get(), true);
            }
            boolean openedBefore = LibraryRescue.openedBefore(file);
            try {
                return new Opening(Opened.read(file), null, false);
            } catch (LibraryInUseException | LibraryTooNewException e) {
                throw e;
            } catch (LibraryException e) {
                Path backup = (openedBefore ? LibraryRescue.damagedWithBackup(file) : Optional.<Path>empty())
                        .orElseThrow(() -> e);
                log.error("The library {} cannot be opened; offering its backup {}", file, backup, e);
                return new Opening(null, backup, false);
            }
        }
    }

    /**
     * Opens the library. One that is damaged, or empty or missing with backups beside it, is not replaced by a new
     * one: the reader is offered its newest sound backup.
     */
    void openLibrary(Path file) {
        backups.opening(file);
        access.opening();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.openLibrary",
                () -> Opening.of(file))
                .status(text("status.openingLibrary", file))
                .onSuccess(opening -> {
                    if (opening.opened() != null) {
                        libraryOpened(opening.opened());
                    } else {
                        Path backup = Objects.requireNonNull(opening.backup(), "an unopened library's backup");
                        backups.offer(backup, opening.lost(), window);
                    }
                })
                .onFailure(e -> access.notOpened()));
    }

    private void libraryOpened(Opened opened) {
        LibraryStore open = opened.store();
        store = open;
        preferences = opened.preferences();
        notes.use(open);
        study.use(open);
        reader.use(open, opened.preferences());
        glossary.use(open);
        imports.use(open);
        backups.use(open);
        settings.restore(opened.display(), opened.preferences());
        library.show(opened.snapshot());
        access.opened(open);
        tasks.setIdleStatus(imports.libraryStatus());
        // From the moment the library is open: searching needs no dictionaries.
        search.setSearcher(new LibrarySearch(open)::search);
        // Damaged: said once, when the check begun at open is done; the store refuses every save after that.
        open.soundnessChecked().thenAccept(damage -> damage.ifPresent(detail -> tasks.report(
                "error.libraryDamagedTitle", new LibraryDamagedException(open.file(), detail)))).exceptionally(e -> {
                    log.error("The soundness check of {} did not finish", open.file(), e);
                    return null;
                }).thenRun(() -> Platform.runLater(() -> fileChecked.set(true)));
        boolean firstStart = opened.empty() && !open.openedForReading();
        if (firstStart) {
            // Its daily backup follows the bundled speeches' import: beside it, it held the library lane (ADR 0023).
            importBundled(open, () -> backUpDaily(open));
        }
        // One step at a time, each once the one before is on screen: the library, the last speech, then the rest.
        Runnable rest = () -> onceDrawn.accept(() -> afterOpening(open, !firstStart));
        onceDrawn.accept(() -> opened.lastReading()
                .filter(last -> library.speech(last.speechId()).isPresent() && reader.reader().openSpeechId().isEmpty())
                .ifPresentOrElse(last -> reader.openSpeech(last.speechId(), last.paragraph(), rest, rest), rest));
    }

    /**
     * HanLP and the dictionaries (seconds of a core); once they are in, the start is over, and the checks (ADR 0023)
     * and the daily backup (seconds for a large library, on the library thread) no longer take a core from it.
     */
    private void afterOpening(LibraryStore open, boolean backUp) {
        group.use(open);
        Runnable startOver = () -> {
            if (backUp) {
                backUpDaily(open);
            }
            open.checkWholeFile();
        };
        services.start(tasks, open, service -> {
            startOver.run();
            if (tasks.idleStatus().equals(text("status.dictionariesLoading"))) {
                // A word clicked while they loaded said so; it is looked up now (ReaderController).
                showLibraryStatus();
            }
            reportUnusableTerms(service);
            reader.loadSpeechWork();
            imports.segmentPending();
            if (!open.openedForReading()) {
                glossary.groupTermsChanged();
            }
        }, error -> {
            startOver.run();
            tasks.setIdleStatus(text("status.dictionariesFailed"));
        });
    }

    /**
     * Not of a damaged library (its backups would push the sound ones out of the seven kept; asking begins the
     * b-trees' check), nor of one read beside the Yandu that holds it: that one backs it up.
     */
    private void backUpDaily(LibraryStore open) {
        if (!open.openedForReading()) {
            tasks.write("the daily backup", () -> open.damage().ifPresentOrElse(
                    damage -> log.warn("No daily backup of a damaged library"),
                    () -> open.backups().createDailyIfDue()
                            .ifPresent(path -> log.info("Daily backup written to {}", path))));
        }
    }

    /** Stored terms the glossary had to leave out: said once, so the user can mend or delete them. */
    private void reportUnusableTerms(GlossaryService service) {
        List<InvalidTermException> unusable = service.unusableUserTerms();
        if (!unusable.isEmpty()) {
            tasks.setIdleStatus(text("status.termsLeftOut", unusable.size(), unusable.stream()
                    .map(InvalidTermException::printableTerm).collect(Collectors.joining("、"))));
        }
    }

    /**
     * A new library's first start: the bundled speeches come in under the first-run view, which follows the job's
     * progress, and the first speech opens when they are in (or the view says why not); {@code then} once it is shown.
     */
    private void importBundled(LibraryStore into, Runnable then) {
        DoubleProperty done = new SimpleDoubleProperty(-1);
        DoubleProperty total = new SimpleDoubleProperty(-1);
        firstRun.importing(done, total);
        BackgroundTask<ImportReport> job = ImportJob.bundled(into, messages.get()).onProgress((text, files, of) -> {
            done.set(files);
            total.set(of);
        }).onFailure(e -> firstRun.failed(ErrorText.of(messages.get(), "firstRun.failed", e).content()));
        imports.run(job, report -> library.firstSpeech().ifPresentOrElse(
                id -> reader.openSpeech(id, 0, then, () -> firstRun.failed(text("error.openSpeech"))),
                () -> firstRun.failed(ImportSummary.failures(report, messages.get()))));
    }

    /**
     * The library holds a backup's contents now: the window shows them, the open speech's notes as they were and
     * the user's terms. Undo history is dropped: it refers to notes that may no longer exist.
     */
    private void libraryRestored(LibraryStore into, LibrarySnapshot snapshot) {
        notes.use(into);
        group.use(into);
        library.show(snapshot);
        reader.reopen(notes::load);
        GlossaryService words = services.glossary();
        if (words != null) {
            tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary", () -> {
                words.reloadUserTerms();
                return words;
            }).onSuccess(reloaded -> reader.loadWords()).toldBy(e -> { }));
        }
        imports.segmentPending();
    }

    /**
     * A sync brought the group's speeches, collections, notes or terms: the library and the open speech show them.
     */
    private void groupArrived(SyncReport report) {
        if (report.speeches() > 0 || report.collections() > 0) {
            imports.speechesArrived();
        }
        if (report.received() > 0) {
            notes.load();
        }
        if (report.terms() > 0) {
            glossary.groupTermsChanged();
        }
    }

    private Optional<ExportController.Library> libraryForExport() {
        return store == null || preferences == null ? Optional.empty()
                : Optional.of(new ExportController.Library(store, preferences, library.snapshot()));
    }

    private void showFolder(Path folder) {
        if (hostServices != null) {
            hostServices.showDocument(folder.toUri().toString());
        }
    }

    private static void later(long millis, Runnable task) {
        PauseTransition pause = new PauseTransition(Duration.millis((double) millis));
        pause.setOnFinished(e -> task.run());
        pause.play();
    }

    /** Saves the place, lets pending writes finish and closes the library. Blocks: call from Application.stop. */
    void shutdown() {
        group.stop();
        reader.stop();
        study.stop();
        reader.savePosition();
        LibraryStore open = store;
        tasks.shutdown(() -> {
            if (open != null) {
                open.close();
            }
        });
    }

    /** Opens web pages in the system browser; null in tests that build no application. */
    void setHostServices(@Nullable HostServices services) {
        hostServices = services;
    }

    @Nullable HostServices hostServices() {
        return hostServices;
    }

    /** The main window, owner of the dialogs the controllers open. */
    void setWindow(Stage stage) {
        window = stage;
    }

    SearchViewModel search() {
        return search;
    }

    ReadOnlyObjectProperty<GlossaryService> glossaryProperty() {
        return services.glossaryProperty();
    }

    ReadOnlyBooleanProperty everyDictionaryLoadedProperty() {
        return services.everyDictionaryLoadedProperty();
    }

    /** The whole file's check of the library opened at start is over, whatever it found. */
    ReadOnlyBooleanProperty fileCheckedProperty() {
        return fileChecked.getReadOnlyProperty();
    }

    /** Export: the Export dialog and the exports it runs. */
    ExportController exports() {
        return exports;
    }

    /** The user's terms and the imported dictionary. */
    GlossaryController glossary() {
        return glossary;
    }

    /** The open speech's highlights and notes, and their edits. */
    NotesController notes() {
        return notes;
    }

    /** Opens speeches and works on the open one: words, lookups, keywords, summary, script, position. */
    ReaderController readerController() {
        return reader;
    }

    /** What the reader sees of the open speech. */
    ReaderViewModel reader() {
        return reader.reader();
    }

    ImportController imports() {
        return imports;
    }

    BackupController backups() {
        return backups;
    }

    /** The study group: its syncs, joining and leaving. */
    GroupController group() {
        return group;
    }

    /** Time read, progress, speeches marked read, the week's summary. */
    StudyController study() {
        return study;
    }

    LibraryViewModel library() {
        return library;
    }

    /** The first start's greeting, shown while the bundled speeches come into a new library. */
    FirstRunViewModel firstRun() {
        return firstRun;
    }

    SettingsViewModel settings() {
        return settings;
    }

    FxTaskExecutor tasks() {
        return tasks;
    }

    /** The open library's file, or null before one is open (for the About box's CC-CEDICT notice). */
    @Nullable Path libraryFile() {
        return store == null ? null : store.file();
    }

    ReadOnlyBooleanProperty importingProperty() {
        return imports.importingProperty();
    }

    /** The library could not be opened; the window stays usable but empty and says so. */
    BooleanBinding libraryFailedProperty() {
        return access.notOpenedProperty();
    }

    /** The library is open, for writing or for reading only. */
    BooleanBinding libraryOpenProperty() {
        return access.open();
    }

    /** How the window holds its library: what may be asked of it, what the window says about it. */
    LibraryAccess access() {
        return access;
    }

    /** Puts the library's size in the status bar again, e.g. in a newly chosen language. */
    void showLibraryStatus() {
        if (access.open().get()) {
            tasks.setIdleStatus(imports.libraryStatus());
        }
    }

    private String text(String key, Object... args) {
        return messages.get().format(key, args);
    }
}
