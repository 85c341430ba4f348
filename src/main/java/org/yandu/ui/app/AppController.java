package org.yandu.ui.app;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.analysis.SpeechAnalysis;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.InvalidTermException;
import org.yandu.importer.ImportReport;
import org.yandu.library.BackupFile;
import org.yandu.library.Backups;
import org.yandu.library.LibraryDamagedException;
import org.yandu.library.LibraryException;
import org.yandu.library.LibraryInUseException;
import org.yandu.library.LibraryRescue;
import org.yandu.library.LibraryStore;
import org.yandu.library.LibraryTooNewException;
import org.yandu.library.Speech;
import org.yandu.lookup.WordInfo;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.ReadingPosition;
import org.yandu.reading.SpeechDocument;
import org.yandu.search.Sentence;
import org.yandu.settings.Preferences;
import org.yandu.ui.export.ExportController;
import org.yandu.ui.glossary.CandidatesViewModel;
import org.yandu.ui.glossary.GlossaryController;
import org.yandu.ui.library.ImportJob;
import org.yandu.ui.library.ImportSummary;
import org.yandu.ui.library.LibrarySnapshot;
import org.yandu.ui.library.LibraryViewModel;
import org.yandu.ui.library.RescueOffer;
import org.yandu.ui.library.RestoreDialog;
import org.yandu.ui.notes.NotesController;
import org.yandu.ui.reader.DisplayScript;
import org.yandu.ui.reader.ReaderText;
import org.yandu.ui.reader.ReaderViewModel;
import org.yandu.ui.reader.SpeechWords;
import org.yandu.ui.reader.WordPopoverViewModel;
import org.yandu.ui.search.SearchPane;
import org.yandu.ui.search.SearchViewModel;
import org.yandu.ui.study.ReadingTracker;
import org.yandu.ui.study.StudyWeek;

/**
 * What the window does: opens the library, imports, opens speeches, remembers the reading position and progress,
 * backs up and restores, and hands notes ({@link NotesController}) and glossary changes ({@link GlossaryController})
 * to their own controllers. The view-models hold the state; every store access goes through the
 * {@link TaskExecutor}, so the FX thread never waits.
 */
public final class AppController implements SearchPane.Reader, RestoreDialog.Backups {
    private static final int SUMMARY_SENTENCES = 5;
    private static final Logger log = LoggerFactory.getLogger(AppController.class);
    /** Scrolling fires constantly; the position is written once the reader pauses. */
    private static final Duration POSITION_SAVE_DELAY = Duration.millis(800);

    private final LibraryViewModel library = new LibraryViewModel();
    private final FirstRunViewModel firstRun = new FirstRunViewModel();
    private final ReaderViewModel reader = new ReaderViewModel();
    private final SettingsViewModel settings;
    private final FxTaskExecutor tasks;
    private final Consumer<Runnable> onceDrawn;
    private final Supplier<Messages> messages;
    private final LibraryAccess access = new LibraryAccess();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final StudyServices study = new StudyServices();
    private final SearchViewModel search = new SearchViewModel(AppController::later,
            (work, done) -> tasks().execute(BackgroundTask.on(Lane.SEARCH, "error.search", work).onSuccess(done)
                    .toldBy(e -> { })), null);
    private final PauseTransition positionSaver = new PauseTransition(POSITION_SAVE_DELAY);
    private final ReadingTracker reading = new ReadingTracker(library, change -> tasks().write("the reading time", change),
            javafx.application.Platform::runLater, System::nanoTime);
    private final Timeline readingSaver = new Timeline(
            new KeyFrame(Duration.seconds(ReadingTracker.SAVE_EVERY_SECONDS), e -> reading.save()));
    private Consumer<ImportReport> importListener = report -> { };
    private int pendingImports;
    private LibraryStore store;
    /** The library asked for: restored from a backup into when it could not be opened. */
    private Path libraryFile;
    private javafx.application.HostServices hostServices;
    private javafx.stage.Stage window;
    private Preferences preferences;
    private final NotesController notes;
    private final GlossaryController glossary;
    private final ExportController exports;

    /** @param onceDrawn runs work once the window's next frame is on the screen */
    AppController(FxTaskExecutor tasks, Supplier<Messages> messages, Consumer<Runnable> onceDrawn) {
        this.tasks = tasks;
        this.messages = messages;
        this.onceDrawn = onceDrawn;
        this.settings = new SettingsViewModel(change -> tasks.write("a setting", change));
        this.notes = new NotesController(tasks, reader, messages);
        this.glossary = new GlossaryController(tasks, study, messages, this::loadWords);
        this.exports = new ExportController(tasks, messages, this::libraryForExport, reader::openSpeechId,
                study.glossaryProperty(), () -> window, this::showFolder);
        positionSaver.setOnFinished(e -> savePosition());
        reader.topItemProperty().addListener(o -> positionSaver.playFromStart());
        reader.topItemProperty().addListener(o -> readingMoved());
        reader.bottomItemProperty().addListener(o -> readingMoved());
        readingSaver.setCycleCount(Animation.INDEFINITE);
        reader.documentProperty().addListener((o, old, document) -> {
            if (document != null) {
                firstRun.speechOpened();
            }
            if (document != null && (old == null || old.speech().id() != document.speech().id())) {
                loadWords();
                loadKeywords();
                loadScript();
                notes.load();
            }
        });
        settings.traditionalProperty().addListener((o, old, on) -> loadScript());
    }

    /** Everything the window needs from the library at start, read in one trip to the library thread. */
    private record Opened(LibraryStore store, Preferences preferences, DisplaySettings display,
                          LibrarySnapshot snapshot, Optional<ReadingPosition> lastReading, boolean empty) {
        static Opened read(Path file) {
            LibraryStore store = LibraryStore.openOrReadBeside(file);
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
    private record Opening(Opened opened, Path backup, boolean lost) {
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
        libraryFile = file;
        access.opening();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.openLibrary",
                () -> Opening.of(file))
                .status(text("status.openingLibrary", file))
                .onSuccess(opening -> {
                    if (opening.opened() != null) {
                        libraryOpened(opening.opened());
                    } else {
                        offerBackup(file, opening.backup(), opening.lost());
                    }
                })
                .onFailure(e -> access.notOpened()));
    }

    /**
     * Restores the offered backup in place of the lost or damaged library if the reader agrees, then opens it.
     * Declined, the window stays empty and says so, and File → Restore from Backup… can restore it later.
     */
    private void offerBackup(Path file, Path backup, boolean lost) {
        if (RescueOffer.accepted(messages.get(), window, lost, BackupFile.of(backup))) {
            restoreUnopened(backup, () -> { });
        } else {
            access.notOpened();
        }
    }

    /** Puts a backup in place of the library that could not be opened (kept beside it), then opens it. */
    private void restoreUnopened(Path backup, Runnable done) {
        Path file = libraryFile;
        access.opening();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.restore",
                () -> LibraryRescue.restore(file, backup))
                .status(text("status.restoring", backup.getFileName()))
                .onSuccess(restored -> {
                    openLibrary(file);
                    done.run();
                })
                .onFailure(e -> access.notOpened()));
    }

    private void libraryOpened(Opened opened) {
        store = opened.store();
        notes.use(store);
        preferences = opened.preferences();
        if (!store.openedForReading()) { // beside another Yandu nothing is saved: no progress to keep
            reading.use(store);
            readingSaver.play();
        }
        settings.restore(opened.display(), preferences);
        library.show(opened.snapshot());
        access.opened(store);
        tasks.setIdleStatus(libraryStatus());
        search.setSearcher((query, page, size) -> study.search().search(query, page, size));
        // Damaged: said once, when the check begun at open is done; the store refuses every save after that.
        LibraryStore checked = store;
        checked.soundnessChecked().thenAccept(damage -> damage.ifPresent(detail -> tasks.report(
                "error.libraryDamagedTitle", new LibraryDamagedException(checked.file(), detail))));
        if (opened.empty() && !store.openedForReading()) {
            importBundled();
        }
        // One step at a time, each once the one before is on screen: the library, the last speech, then the rest.
        Runnable rest = () -> onceDrawn.accept(this::afterOpening);
        onceDrawn.accept(() -> opened.lastReading()
                .filter(last -> library.speech(last.speechId()).isPresent() && reader.openSpeechId().isEmpty())
                .ifPresentOrElse(last -> openSpeech(last.speechId(), last.paragraph(), rest, rest), rest));
    }

    /** The daily backup (seconds for a large library, on the library thread) and HanLP (seconds of a core). */
    private void afterOpening() {
        LibraryStore backedUp = store;
        // Not of a damaged library: its backups would push the sound ones out of the seven kept. Nor of one read
        // beside the Yandu that holds it: that one backs it up.
        if (!backedUp.openedForReading()) {
            tasks.write("the daily backup", () -> backedUp.damage().ifPresentOrElse(
                    damage -> log.warn("No daily backup of a damaged library"),
                    () -> backedUp.backups().createDailyIfDue()
                            .ifPresent(path -> log.info("Daily backup written to {}", path))));
        }
        study.start(tasks, store, service -> {
            reportUnusableTerms(service);
            loadWords();
            loadKeywords();
            loadScript();
            segmentPending();
        }, error -> tasks.setIdleStatus(text("status.dictionariesFailed")));
    }

    /** Stored terms the glossary had to leave out: said once, so the user can mend or delete them. */
    private void reportUnusableTerms(GlossaryService service) {
        List<InvalidTermException> unusable = service.unusableUserTerms();
        if (!unusable.isEmpty()) {
            tasks.setIdleStatus(text("status.termsLeftOut", unusable.size(), unusable.stream()
                    .map(InvalidTermException::printableTerm).collect(Collectors.joining("、"))));
        }
    }

    /** Opens a speech where the reader left it (at its beginning if never read), unless it is already open. */
    @Override
    public void openSpeech(long speechId) {
        if (reader.openSpeechId().filter(id -> id == speechId).isEmpty()) {
            openSpeech(speechId, library.progress(speechId).position());
        }
    }

    private void openSpeech(long speechId, int paragraph) {
        openSpeech(speechId, paragraph, () -> { });
    }

    private void openSpeech(long speechId, int paragraph, Runnable then) {
        openSpeech(speechId, paragraph, then, () -> { });
    }

    private void openSpeech(long speechId, int paragraph, Runnable then, Runnable failed) {
        String title = library.speech(speechId).map(Speech::title).orElse("");
        LibraryStore from = store;
        String gone = text("error.speechGone", title);
        long started = System.nanoTime();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.openSpeech",
                () -> SpeechDocument.of(from.speech(speechId).orElseThrow(() -> new IllegalStateException(gone)),
                        from.paragraphs(speechId)))
                .status(text("status.openingSpeech", title))
                .onSuccess(document -> {
                    // The tracker first: showing the speech moves the view, which must not count for the last one.
                    reading.opened(document.speech(), paragraph);
                    reader.show(document, paragraph);
                    log.info("Opened speech {} ({} characters) in {} ms", speechId, document.speech().charCount(),
                            (System.nanoTime() - started) / 1_000_000);
                    savePosition();
                    then.run();
                })
                .onFailure(e -> failed.run()));
    }

    /** Opens a speech scrolled to a paragraph, or scrolls there if it is the open one. */
    public void openSpeechAt(long speechId, int paragraph) {
        openSpeechAt(speechId, paragraph, null, 0, 0);
    }

    /**
     * Opens a speech at a match (a search result or concordance line) and flashes the matched word: the
     * highlighted part {@code [highlightStart, highlightEnd)} of {@code sentence}.
     */
    @Override
    public void openSpeechAt(long speechId, int paragraph, String sentence, int highlightStart, int highlightEnd) {
        openSpeechThen(speechId, paragraph, () -> reader.flashMatch(paragraph, sentence, highlightStart, highlightEnd));
    }

    /**
     * Opens a speech at a highlight or note (paragraph position, {@code [start, end)} flashed); an orphaned one
     * ({@code paragraph} -1) at the speech's beginning.
     */
    public void openNote(long speechId, int paragraph, int start, int end) {
        openSpeechThen(speechId, Math.max(paragraph, 0),
                paragraph < 0 ? () -> { } : () -> reader.flashParagraph(paragraph, start, end));
    }

    private void openSpeechThen(long speechId, int paragraph, Runnable then) {
        if (reader.openSpeechId().filter(id -> id == speechId).isPresent()) {
            reader.showParagraph(paragraph);
            then.run();
        } else {
            openSpeech(speechId, paragraph, then);
        }
    }

    /** The open speech with its library and the loaded glossary: what word work on the speech needs. */
    private record OpenSpeech(SpeechDocument document, LibraryStore store, GlossaryService glossary) {
        long id() {
            return document.speech().id();
        }
    }

    /** The open speech for word work; empty while none is open or the dictionaries are still loading. */
    private Optional<OpenSpeech> openSpeechWithGlossary() {
        SpeechDocument document = reader.documentProperty().get();
        GlossaryService glossary = study.glossary();
        return document == null || glossary == null ? Optional.empty()
                : Optional.of(new OpenSpeech(document, store, glossary));
    }

    /** Segments the open speech and finds its glossary terms (in the background), for lookups and marks. */
    public void loadWords() {
        Messages shown = messages.get();
        openSpeechWithGlossary().ifPresent(open -> tasks.execute(BackgroundTask.on(Lane.WORDS, "error.words",
                        () -> SpeechWords.of(open.document(), open.store().paragraphs(open.id()),
                                open.store().tokens(open.id()), ReaderText.itemTexts(open.document(), shown),
                                open.glossary().text(), open.glossary().glossary()))
                .onSuccess(reader::showWords)
                .toldBy(e -> { })));
    }

    /** Export: the Export dialog and the exports it runs. */
    public ExportController exports() {
        return exports;
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

    /** The user's terms and the imported dictionary. */
    public GlossaryController glossary() {
        return glossary;
    }

    /** The open speech's highlights and notes, and their edits. */
    public NotesController notes() {
        return notes;
    }

    /** Where a looked-up word is in the open speech: display item and {@code [start, end)} in its text. */
    public record Place(int item, int start, int end) {
    }

    /** Computes the open speech's keywords in the background (kept in the library) and shows them. */
    void loadKeywords() {
        openSpeechWithGlossary().ifPresent(open -> tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.keywords",
                        () -> new SpeechAnalysis(open.store(), open.glossary().text()).keywords(open.id()))
                .onSuccess(found -> reader.showKeywords(open.id(), found))
                .toldBy(e -> { })));
    }

    /**
     * The open speech's summary (its {@value #SUMMARY_SENTENCES} most central sentences), computed in the
     * background the first time (seconds on a long speech) and kept in the library.
     */
    void summarize(BiConsumer<String, String> done) {
        openSpeechWithGlossary().ifPresent(open -> {
            tasks.setIdleStatus(text("status.summarizing"));
            tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.summary",
                            () -> new SpeechAnalysis(open.store(), open.glossary().text())
                                    .summary(open.id(), SUMMARY_SENTENCES).replace("。", "。\n"))
                    .onSuccess(summary -> {
                        showLibraryStatus();
                        done.accept(open.document().speech().title(), summary.strip());
                    })
                    .toldBy(e -> { }));
        });
    }

    /** Converts the open speech to traditional characters in the background when that is chosen, else drops it. */
    void loadScript() {
        SpeechDocument document = reader.documentProperty().get();
        if (document == null) {
            return;
        }
        long id = document.speech().id();
        GlossaryService glossary = study.glossary();
        if (!settings.traditionalProperty().get()) {
            reader.showScript(id, null);
            return;
        }
        if (glossary == null) {
            return;
        }
        Messages shown = messages.get();
        tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.script",
                        () -> DisplayScript.traditional(id, ReaderText.itemTexts(document, shown),
                                glossary.text()::toTraditional))
                .onSuccess(script -> {
                    if (settings.traditionalProperty().get()) {
                        reader.showScript(id, script);
                    }
                })
                .toldBy(e -> { }));
    }

    /** The glossary candidates of the library with their counts, computed in the background. */
    public void glossaryCandidates(int max, Consumer<List<CandidatesViewModel.Candidate>> done) {
        GlossaryService glossary = study.glossary();
        LibraryStore from = store;
        if (glossary == null || from == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.candidates",
                        () -> CandidatesViewModel.withCounts(
                                new SpeechAnalysis(from, glossary.text()).glossaryCandidates(glossary.glossary(), max),
                                from, glossary.text()))
                .onSuccess(done)
                .toldBy(e -> tasks.setIdleStatus(text("error.candidates"))));
    }

    /** Looks a word or any span up; {@code show} gets the popover's content on the FX thread. */
    public void lookUp(String word, Consumer<WordPopoverViewModel> show) {
        lookUp(word, null, show);
    }

    /**
     * As {@link #lookUp(String, Consumer)}; a word of the open speech at {@code place} is also remembered
     * in the library with its sentence, for study notes and flashcards.
     */
    public void lookUp(String word, Place place, Consumer<WordPopoverViewModel> show) {
        GlossaryService glossary = study.glossary();
        if (glossary == null || word.isBlank()) {
            tasks.setIdleStatus(text("status.dictionariesLoading"));
            return;
        }
        Long speechId = reader.openSpeechId().orElse(null);
        String sentence = sentenceAt(place);
        LibraryStore into = store;
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.lookup", () -> {
            WordInfo info = study.lookup().lookup(word, speechId);
            return WordPopoverViewModel.of(info, glossary.text());
        }).onSuccess(model -> {
            if (sentence != null && speechId != null && into != null && !model.form().isBlank()) {
                tasks.write("the looked-up word", () -> into.lookups().record(speechId, model.form(), sentence));
            }
            show.accept(model);
        }).toldBy(e -> tasks.setIdleStatus(text("error.lookup"))));
    }

    /** The sentence of the open speech around a place, if the place is in one of its paragraphs. */
    private String sentenceAt(Place place) {
        SpeechDocument document = reader.documentProperty().get();
        if (place == null || document == null || place.item() < 0 || place.item() >= document.items().size()) {
            return null;
        }
        DisplayItem item = document.items().get(place.item());
        String text = item.text();
        if (item.paragraph() < 0 || place.start() < 0 || place.end() > text.length() || place.start() >= place.end()) {
            return null;
        }
        return Sentence.around(text, place.start(), place.end()).text().strip();
    }

    /** Segments the paragraphs imported without words, with progress in the status bar. */
    private void segmentPending() {
        GlossaryService glossary = study.glossary();
        LibraryStore from = store;
        if (glossary == null || from == null || from.openedForReading()) {
            return;
        }
        String status = text("status.segmenting");
        tasks.execute(BackgroundTask.withProgress(Lane.IMPORT, "error.segment", progress -> {
            int total = Math.max(1, from.countUnsegmentedParagraphs());
            return glossary.segmentPending(done -> {
                if (progress.stopping()) {
                    throw new java.util.concurrent.CancellationException("shutting down");
                }
                progress.progress(done, total);
            });
        }).status(status).onSuccess(done -> {
            if (done > 0) {
                log.info("Segmented {} paragraphs", done);
            }
        }));
    }

    private static void later(long millis, Runnable task) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> task.run());
        pause.play();
    }

    /** Opens web pages in the system browser; null in tests that build no application. */
    void setHostServices(javafx.application.HostServices services) {
        hostServices = services;
    }

    public javafx.application.HostServices hostServices() {
        return hostServices;
    }

    /** The main window, owner of the dialogs the controller opens. */
    void setWindow(javafx.stage.Stage stage) {
        window = stage;
    }

    public SearchViewModel search() {
        return search;
    }

    public StudyServices study() {
        return study;
    }

    public ReadOnlyObjectProperty<GlossaryService> glossaryProperty() {
        return study.glossaryProperty();
    }

    /** Imports files and folders (expanded by the importer), then shows what came in. */
    void importPaths(List<Path> paths) {
        if (store != null && access.writable().get() && !paths.isEmpty()) {
            runImport(ImportJob.of(paths, store, messages.get()));
        }
    }

    /**
     * A new library's first start: the bundled speeches come in under the first-run view, which follows the job's
     * progress, and the first speech opens when they are in (or the view says why not).
     */
    private void importBundled() {
        DoubleProperty done = new SimpleDoubleProperty(-1);
        DoubleProperty total = new SimpleDoubleProperty(-1);
        firstRun.importing(done, total);
        BackgroundTask<ImportReport> job = ImportJob.bundled(store, messages.get()).onProgress((text, files, of) -> {
            done.set(files);
            total.set(of);
        }).onFailure(e -> firstRun.failed(ErrorText.of(messages.get(), "firstRun.failed", e).content()));
        runImport(job, report -> library.firstSpeech().ifPresentOrElse(
                id -> openSpeech(id, 0, () -> { }, () -> firstRun.failed(text("error.openSpeech"))),
                () -> firstRun.failed(ImportSummary.failures(report, messages.get()))));
    }

    private void runImport(BackgroundTask<ImportReport> job) {
        runImport(job, report -> { });
    }

    /** Runs an import; {@code then} gets its report once the library shows what came in and it was announced. */
    private void runImport(BackgroundTask<ImportReport> job, Consumer<ImportReport> then) {
        countImport(1);
        tasks.execute(job.onFailure(e -> countImport(-1)).onCancelled(() -> countImport(-1))
                .onSuccess(report -> refreshLibrary(() -> {
                    countImport(-1);
                    notes.changed();
                    importListener.accept(report);
                    segmentPending();
                    then.accept(report);
                })));
    }

    /** Imports queue one after another; the window shows "importing" until the last is in the library. */
    private void countImport(int change) {
        pendingImports += change;
        importing.set(pendingImports > 0);
    }

    /** Reads the library again after it changed, keeping the open speech. */
    private void refreshLibrary(Runnable then) {
        LibraryStore from = store;
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.openLibrary",
                () -> LibrarySnapshot.readFrom(from))
                .status(text("status.refreshing"))
                .onSuccess(snapshot -> {
                    library.show(snapshot);
                    tasks.setIdleStatus(libraryStatus());
                    then.run();
                }));
    }

    /** Saves the place, lets pending writes finish and closes the library. Blocks: call from Application.stop. */
    void shutdown() {
        positionSaver.stop();
        readingSaver.stop();
        savePosition();
        reading.save();
        LibraryStore open = store;
        tasks.shutdown(() -> {
            if (open != null) {
                open.close();
            }
        });
    }

    /** Where finished imports are announced; the window shows a notice or the list of refused files. */
    void onImportFinished(Consumer<ImportReport> listener) {
        importListener = listener;
    }

    LibraryViewModel library() {
        return library;
    }

    /** The first start's greeting, shown while the bundled speeches come into a new library. */
    FirstRunViewModel firstRun() {
        return firstRun;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public FxTaskExecutor tasks() {
        return tasks;
    }

    /** The open library's file, or null before one is open (for the About box's CC-CEDICT notice). */
    Path libraryFile() {
        return store == null ? null : store.file();
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The library could not be opened; the window stays usable but empty and says so. */
    BooleanBinding libraryFailedProperty() {
        return access.notOpenedProperty();
    }

    /** The library is open, for writing or for reading only. */
    public BooleanBinding libraryOpenProperty() {
        return access.open();
    }

    /** How the window holds its library: what may be asked of it, what the window says about it. */
    LibraryAccess access() {
        return access;
    }

    private void savePosition() {
        Preferences target = preferences;
        reader.readingPosition().ifPresent(position -> {
            if (target != null) {
                tasks.write("the reading position", () -> target.putLastReading(position));
            }
        });
    }

    private void readingMoved() {
        SpeechDocument document = reader.documentProperty().get();
        if (document != null) {
            reading.moved(document.paragraphAt(reader.topItemProperty().get()), reader.atEnd());
        }
    }

    /** The reader did something in the window: they are reading, not away. */
    void readingActivity() {
        reading.activity();
    }

    /** Time the window spends without focus is not reading time. */
    void readingFocus(boolean focused) {
        reading.focus(focused);
    }

    /** Marks a speech read or unread, in the library and in the tree. */
    public void markRead(long speechId, boolean read) {
        reading.markRead(speechId, read);
    }

    /**
     * What the reader did this week (from Monday) and today, and on which speeches; {@code done} gets it on the FX
     * thread.
     */
    void studyWeek(Consumer<StudyWeek> done) {
        LibraryStore from = store;
        if (from == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.studySummary",
                () -> new StudyWeek(from.study().since(monday), from.study().since(today),
                        from.study().speechesSince(monday)))
                .status(text("status.summingUp"))
                .onSuccess(done));
    }

    /** The library's backups, newest first, read on the library thread; also of a library that is not open. */
    @Override
    public void backups(Consumer<List<BackupFile>> done) {
        Path of = libraryFile;
        if (of != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.backup",
                    () -> Backups.beside(of))
                    .status(text("status.readingBackups"))
                    .onSuccess(done));
        }
    }

    /** Backs the library up now, beside the daily ones. */
    void backUpNow(Consumer<Path> done) {
        LibraryStore from = store;
        if (from != null) {
            tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.backup",
                    () -> from.backups().create("manual"))
                    .status(text("status.backingUp"))
                    .onSuccess(done));
        }
    }

    /**
     * Replaces the library's contents with a backup (the current state is backed up first), then shows the
     * restored library: its speeches, the open speech's notes as they were, the user's terms. Undo history is
     * dropped: it refers to notes that may no longer exist.
     */
    @Override
    public void restoreBackup(Path backup, Runnable done) {
        LibraryStore into = store;
        if (into == null) {
            if (access.notOpenedProperty().get()) {
                restoreUnopened(backup, done);
            }
            return;
        }
        reading.save();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.restore", () -> {
            into.backups().restore(backup);
            return LibrarySnapshot.readFrom(into);
        }).status(text("status.restoring", backup.getFileName())).onSuccess(snapshot -> {
            notes.use(into);
            library.show(snapshot);
            reopenAfterRestore();
            GlossaryService glossary = study.glossary();
            if (glossary != null) {
                tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary", () -> {
                    glossary.reloadUserTerms();
                    return glossary;
                }).onSuccess(reloaded -> loadWords()).toldBy(e -> { }));
            }
            segmentPending();
            tasks.setIdleStatus(text("status.restored", backup.getFileName()));
            done.run();
        }));
    }

    private void reopenAfterRestore() {
        Optional<Long> open = reader.openSpeechId();
        if (open.isPresent() && library.speech(open.get()).isPresent()) {
            openSpeech(open.get(), library.progress(open.get()).position(), () -> {
                notes.load();
                loadKeywords();
            });
        } else {
            reader.close();
        }
    }

    /** Puts the library's size in the status bar again, e.g. in a newly chosen language. */
    void showLibraryStatus() {
        if (access.open().get()) {
            tasks.setIdleStatus(libraryStatus());
        }
    }

    private String libraryStatus() {
        return text("status.library", library.speechCount());
    }

    private String text(String key, Object... args) {
        return messages.get().format(key, args);
    }
}
