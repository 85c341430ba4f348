package org.yandu.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.WorkerStateEvent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import org.yandu.analysis.SpeechAnalysis;
import org.yandu.glossary.CedictDownload;
import org.yandu.glossary.CedictFile;
import org.yandu.search.Sentence;
import org.yandu.glossary.GlossaryService;
import org.yandu.importer.ImportReport;
import org.yandu.library.UserTerm;
import org.yandu.lookup.WordInfo;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.notes.NoteEditor;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the window does: opens the library, opens speeches, remembers the reading position. The view-models
 * hold the state; every store access goes through the {@link TaskRunner}, so the FX thread never waits.
 */
final class AppController {
    private static final int SUMMARY_SENTENCES = 5;
    private static final Logger log = LoggerFactory.getLogger(AppController.class);
    /** Scrolling fires constantly; the position is written once the reader pauses. */
    private static final Duration POSITION_SAVE_DELAY = Duration.millis(800);

    private final LibraryViewModel library = new LibraryViewModel();
    private final ReaderViewModel reader = new ReaderViewModel();
    private final SettingsViewModel settings;
    private final TaskRunner tasks;
    private final Consumer<Runnable> onceDrawn;
    private final Supplier<Messages> messages;
    private final ReadOnlyBooleanWrapper libraryOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper libraryFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final StudyServices study = new StudyServices();
    private final SearchViewModel search = new SearchViewModel(AppController::later,
            (work, done) -> study.searching(work, done, e -> log.warn("Search failed", e)), null);
    private final PauseTransition positionSaver = new PauseTransition(POSITION_SAVE_DELAY);
    private Consumer<ImportReport> importListener = report -> { };
    private int pendingImports;
    private LibraryStore store;
    private javafx.application.HostServices hostServices;
    private Preferences preferences;
    private NoteEditor notes;
    private final ReadOnlyObjectWrapper<List<String>> tags = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** @param onceDrawn runs work once the window's next frame is on the screen */
    AppController(TaskRunner tasks, Supplier<Messages> messages, Consumer<Runnable> onceDrawn) {
        this.tasks = tasks;
        this.messages = messages;
        this.onceDrawn = onceDrawn;
        this.settings = new SettingsViewModel(tasks::write);
        positionSaver.setOnFinished(e -> savePosition());
        reader.topItemProperty().addListener(o -> positionSaver.playFromStart());
        reader.documentProperty().addListener((o, old, document) -> {
            if (document != null && (old == null || old.speech().id() != document.speech().id())) {
                loadWords();
                loadKeywords();
                loadScript();
                loadNotes();
            }
        });
        settings.traditionalProperty().addListener((o, old, on) -> loadScript());
    }

    /** Everything the window needs from the library at start, read in one trip to the library thread. */
    private record Opened(LibraryStore store, Preferences preferences, DisplaySettings display,
                          LibrarySnapshot snapshot, Optional<ReadingPosition> lastReading, boolean empty) {
        static Opened read(Path file) {
            LibraryStore store = LibraryStore.open(file);
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

    void openLibrary(Path file) {
        tasks.onLibraryThread(text("status.openingLibrary", file), "error.openLibrary",
                () -> Opened.read(file), this::libraryOpened, () -> libraryFailed.set(true));
    }

    private void libraryOpened(Opened opened) {
        store = opened.store();
        notes = new NoteEditor(store.annotations());
        preferences = opened.preferences();
        settings.restore(opened.display(), preferences);
        library.show(opened.snapshot());
        libraryOpen.set(true);
        tasks.setIdleStatus(libraryStatus());
        search.setSearcher((query, page, size) -> study.search().search(query, page, size));
        if (opened.empty()) {
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
        tasks.write(() -> backedUp.backups().createDailyIfDue()
                .ifPresent(path -> log.info("Daily backup written to {}", path)));
        study.start(store, service -> {
            loadWords();
            loadKeywords();
            loadScript();
            segmentPending();
        }, error -> tasks.setIdleStatus(text("status.dictionariesFailed")));
    }

    /** Opens a speech at its beginning, unless it is already open. */
    void openSpeech(long speechId) {
        if (reader.openSpeechId().filter(id -> id == speechId).isEmpty()) {
            openSpeech(speechId, 0);
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
        tasks.onLibraryThread(text("status.openingSpeech", title), "error.openSpeech",
                () -> SpeechDocument.of(from.speech(speechId).orElseThrow(() -> new IllegalStateException(gone)),
                        from.paragraphs(speechId)),
                document -> {
                    reader.show(document, paragraph);
                    log.info("Opened speech {} ({} characters) in {} ms", speechId, document.speech().charCount(),
                            (System.nanoTime() - started) / 1_000_000);
                    savePosition();
                    then.run();
                }, failed);
    }

    /** Opens a speech scrolled to a paragraph, or scrolls there if it is the open one. */
    void openSpeechAt(long speechId, int paragraph) {
        openSpeechAt(speechId, paragraph, null, 0, 0);
    }

    /**
     * Opens a speech at a match (a search result or concordance line) and flashes the matched word: the
     * highlighted part {@code [highlightStart, highlightEnd)} of {@code sentence}.
     */
    void openSpeechAt(long speechId, int paragraph, String sentence, int highlightStart, int highlightEnd) {
        Runnable flash = () -> reader.flashMatch(paragraph, sentence, highlightStart, highlightEnd);
        if (reader.openSpeechId().filter(id -> id == speechId).isPresent()) {
            reader.showParagraph(paragraph);
            flash.run();
        } else {
            openSpeech(speechId, paragraph, flash);
        }
    }

    /** Segments the open speech and finds its glossary terms (in the background), for lookups and marks. */
    void loadWords() {
        SpeechDocument document = reader.documentProperty().get();
        GlossaryService glossary = study.glossary();
        if (document == null || glossary == null) {
            return;
        }
        LibraryStore from = store;
        Messages shown = messages.get();
        long id = document.speech().id();
        study.words(() -> SpeechWords.of(document, from.paragraphs(id), from.tokens(id),
                        ReaderText.itemTexts(document, shown), glossary.text(), glossary.glossary()),
                reader::showWords, e -> log.warn("Could not segment speech {}", id, e));
    }

    /** Reads the open speech's highlights and notes (and the library's tags) in the background and shows them. */
    void loadNotes() {
        SpeechDocument document = reader.documentProperty().get();
        LibraryStore from = store;
        if (document == null || from == null) {
            return;
        }
        long id = document.speech().id();
        record Loaded(SpeechNotes notes, List<String> tags) {
        }
        tasks.onLibraryThread(text("status.loadingNotes"), "error.notes",
                () -> new Loaded(SpeechNotes.of(id, from.paragraphs(id), from.annotations().ofSpeech(id)),
                        from.annotations().tags()),
                loaded -> {
                    reader.showNotes(loaded.notes());
                    tags.set(loaded.tags());
                });
    }

    /** Highlights {@code [start, end)} of the paragraph at {@code position} of the open speech. */
    void highlight(int position, int start, int end, HighlightColor color, Consumer<Annotation> done) {
        SpeechNotes shown = reader.notesProperty().get();
        Optional<Long> paragraphId = shown == null ? Optional.empty() : shown.paragraphId(position);
        if (paragraphId.isEmpty() || start >= end) {
            return;
        }
        editNotes(editor -> editor.highlight(paragraphId.get(), start, end, color, "", List.of()), done);
    }

    /** A note on the whole paragraph at {@code position}, without colour. */
    void noteOnParagraph(int position, Consumer<Annotation> done) {
        SpeechNotes shown = reader.notesProperty().get();
        Optional<Long> paragraphId = shown == null ? Optional.empty() : shown.paragraphId(position);
        paragraphId.ifPresent(id -> editNotes(editor -> editor.noteOnParagraph(id, "", List.of()), done));
    }

    void updateNote(long id, HighlightColor color, String note, List<String> noteTags) {
        editNotes(editor -> editor.update(id, color, note, noteTags), a -> { });
    }

    /** Saves what is being typed into a note; successive saves are one undo step. */
    void saveTyping(long id, String note) {
        editNotes(editor -> editor.saveTyping(id, note), a -> { });
    }

    void deleteNote(long id) {
        editNotes(editor -> {
            editor.delete(id);
            return null;
        }, a -> { });
    }

    void undoNote() {
        editNotes(editor -> editor.undo().orElse(null), a -> { });
    }

    void redoNote() {
        editNotes(editor -> editor.redo().orElse(null), a -> { });
    }

    /** Runs an edit on the library thread, then shows the speech's notes again. */
    private void editNotes(java.util.function.Function<NoteEditor, Annotation> edit, Consumer<Annotation> done) {
        NoteEditor editor = notes;
        if (editor == null) {
            return;
        }
        record Edited(Annotation annotation, boolean undo, boolean redo) {
        }
        tasks.onLibraryThread(text("status.savingNote"), "error.notes", () -> {
            Annotation result = edit.apply(editor);
            return new Edited(result, editor.canUndo(), editor.canRedo());
        }, edited -> {
            canUndo.set(edited.undo());
            canRedo.set(edited.redo());
            loadNotes();
            done.accept(edited.annotation());
        });
    }

    /** Every tag used in the library, for completion. */
    ReadOnlyObjectProperty<List<String>> tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Where a looked-up word is in the open speech: display item and {@code [start, end)} in its text. */
    record Place(int item, int start, int end) {
    }

    /** Computes the open speech's keywords in the background (kept in the library) and shows them. */
    void loadKeywords() {
        SpeechDocument document = reader.documentProperty().get();
        GlossaryService glossary = study.glossary();
        if (document == null || glossary == null) {
            return;
        }
        LibraryStore from = store;
        long id = document.speech().id();
        study.analysis(() -> new SpeechAnalysis(from, glossary.text()).keywords(id),
                found -> reader.showKeywords(id, found), e -> log.warn("No keywords for speech {}", id, e));
    }

    /**
     * The open speech's summary (its {@value #SUMMARY_SENTENCES} most central sentences), computed in the
     * background the first time (seconds on a long speech) and kept in the library.
     */
    void summarize(BiConsumer<String, String> done) {
        SpeechDocument document = reader.documentProperty().get();
        GlossaryService glossary = study.glossary();
        if (document == null || glossary == null) {
            return;
        }
        LibraryStore from = store;
        long id = document.speech().id();
        tasks.setIdleStatus(text("status.summarizing"));
        study.analysis(() -> new SpeechAnalysis(from, glossary.text()).summary(id, SUMMARY_SENTENCES).replace("。", "。\n"),
                summary -> {
                    showLibraryStatus();
                    done.accept(document.speech().title(), summary.strip());
                }, e -> log.warn("No summary for speech {}", id, e));
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
        study.analysis(() -> DisplayScript.traditional(id, ReaderText.itemTexts(document, shown),
                        glossary.text()::toTraditional),
                script -> {
                    if (settings.traditionalProperty().get()) {
                        reader.showScript(id, script);
                    }
                }, e -> log.warn("Could not convert speech {}", id, e));
    }

    /** The glossary candidates of the library with their counts, computed in the background. */
    void glossaryCandidates(int max, Consumer<List<CandidatesModel.Candidate>> done) {
        GlossaryService glossary = study.glossary();
        LibraryStore from = store;
        if (glossary == null || from == null) {
            return;
        }
        study.analysis(() -> CandidatesModel.withCounts(
                        new SpeechAnalysis(from, glossary.text()).glossaryCandidates(glossary.glossary(), max),
                        from, glossary.text()), done,
                e -> tasks.setIdleStatus(text("error.candidates")));
    }

    /** Looks a word or any span up; {@code show} gets the popover's content on the FX thread. */
    void lookUp(String word, Consumer<WordPopoverModel> show) {
        lookUp(word, null, show);
    }

    /**
     * As {@link #lookUp(String, Consumer)}; a word of the open speech at {@code place} is also remembered
     * in the library with its sentence, for study notes and flashcards.
     */
    void lookUp(String word, Place place, Consumer<WordPopoverModel> show) {
        GlossaryService glossary = study.glossary();
        if (glossary == null || word.isBlank()) {
            tasks.setIdleStatus(text("status.dictionariesLoading"));
            return;
        }
        Long speechId = reader.openSpeechId().orElse(null);
        String sentence = sentenceAt(place);
        LibraryStore into = store;
        study.words(() -> {
            WordInfo info = study.lookup().lookup(word, speechId);
            return WordPopoverModel.of(info, glossary.text());
        }, model -> {
            if (sentence != null && speechId != null && into != null && !model.form().isBlank()) {
                tasks.write(() -> into.recordLookup(speechId, model.form(), sentence));
            }
            show.accept(model);
        }, e -> tasks.setIdleStatus(text("error.lookup")));
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

    /** The pinyin HanLP (with the glossaries' readings) gives a text; for prefilling the term dialog. */
    void pinyinOf(String word, Consumer<String> done) {
        GlossaryService glossary = study.glossary();
        if (glossary != null) {
            study.words(() -> glossary.text().pinyin(word), done, e -> done.accept(""));
        }
    }

    /** Saves a term of the user's glossary; the open speech is segmented again with it. */
    void putUserTerm(UserTerm term, Runnable done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        study.words(() -> {
            glossary.putUserTerm(term);
            return term;
        }, saved -> {
            loadWords();
            done.run();
        }, e -> new ErrorReporterStatus().report(e));
    }

    void removeUserTerm(String term, Runnable done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        study.words(() -> glossary.removeUserTerm(term), removed -> {
            loadWords();
            done.run();
        }, e -> new ErrorReporterStatus().report(e));
    }

    /** Imports a CC-CEDICT file in the background; {@code done} gets what was read. */
    void importCedict(Path file, Consumer<CedictFile> done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        String status = text("status.importingDictionary", file.getFileName());
        tasks.inBackground(new Task<CedictFile>() {
            {
                updateMessage(status);
                updateProgress(-1, 1);
            }

            @Override
            protected CedictFile call() throws Exception {
                return glossary.importCedict(file);
            }
        }, "error.importDictionary", cedict -> {
            loadWords();
            done.accept(cedict);
        });
    }

    /** Downloads CC-CEDICT from MDBG and imports it, in the background with progress; offline, it says so. */
    void downloadCedict(Consumer<CedictFile> done) {
        GlossaryService glossary = study.glossary();
        if (glossary == null) {
            return;
        }
        String status = text("status.downloadingDictionary");
        tasks.inBackground(new Task<CedictFile>() {
            {
                updateMessage(status);
                updateProgress(-1, 1);
            }

            @Override
            protected CedictFile call() throws Exception {
                Path file = new CedictDownload(CedictDownload.OFFICIAL).download(
                        bytes -> updateMessage(status + " " + bytes / 1024 + " KB"));
                try {
                    return glossary.importCedict(file);
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        }, "error.downloadDictionary", cedict -> {
            loadWords();
            done.accept(cedict);
        });
    }

    /** Segments the paragraphs imported without words, with progress in the status bar. */
    private void segmentPending() {
        GlossaryService glossary = study.glossary();
        LibraryStore from = store;
        if (glossary == null || from == null) {
            return;
        }
        String status = text("status.segmenting");
        tasks.inBackground(new Task<Integer>() {
            {
                updateMessage(status);
            }

            @Override
            protected Integer call() {
                int total = Math.max(1, from.countUnsegmentedParagraphs());
                IntConsumer progress = done -> {
                    if (isCancelled()) {
                        throw new java.util.concurrent.CancellationException("shutting down");
                    }
                    updateProgress(done, total);
                };
                return glossary.segmentPending(progress);
            }
        }, "error.segment", done -> {
            if (done > 0) {
                log.info("Segmented {} paragraphs", done);
            }
        });
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

    javafx.application.HostServices hostServices() {
        return hostServices;
    }

    SearchViewModel search() {
        return search;
    }

    StudyServices study() {
        return study;
    }

    ReadOnlyObjectProperty<GlossaryService> glossaryProperty() {
        return study.glossaryProperty();
    }

    /** Failures of glossary edits: said in the status bar and logged. */
    private final class ErrorReporterStatus {
        void report(Throwable e) {
            log.warn("A glossary change failed", e);
            tasks.setIdleStatus(text("error.glossary", String.valueOf(e.getMessage())));
        }
    }

    /** Imports files and folders (expanded by the importer), then shows what came in. */
    void importPaths(List<Path> paths) {
        if (store != null && !paths.isEmpty()) {
            runImport(ImportJob.of(paths, store, messages.get()));
        }
    }

    private void importBundled() {
        runImport(ImportJob.bundled(store, messages.get()));
    }

    private void runImport(ImportJob job) {
        countImport(1);
        job.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> countImport(-1));
        job.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> countImport(-1));
        tasks.inBackground(job, "error.import", report -> refreshLibrary(() -> {
            countImport(-1);
            importListener.accept(report);
            segmentPending();
        }));
    }

    /** Imports queue one after another; the window shows "importing" until the last is in the library. */
    private void countImport(int change) {
        pendingImports += change;
        importing.set(pendingImports > 0);
    }

    /** Reads the library again after it changed, keeping the open speech. */
    private void refreshLibrary(Runnable then) {
        LibraryStore from = store;
        tasks.onLibraryThread(text("status.refreshing"), "error.openLibrary",
                () -> LibrarySnapshot.readFrom(from), snapshot -> {
                    library.show(snapshot);
                    tasks.setIdleStatus(libraryStatus());
                    then.run();
                });
    }

    /** Saves the place, lets pending writes finish and closes the library. Blocks: call from Application.stop. */
    void shutdown() {
        positionSaver.stop();
        savePosition();
        study.shutdown();
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

    ReaderViewModel reader() {
        return reader;
    }

    SettingsViewModel settings() {
        return settings;
    }

    TaskRunner tasks() {
        return tasks;
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The library could not be opened; the window stays usable but empty and says so. */
    ReadOnlyBooleanProperty libraryFailedProperty() {
        return libraryFailed.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty libraryOpenProperty() {
        return libraryOpen.getReadOnlyProperty();
    }

    private void savePosition() {
        Preferences target = preferences;
        reader.readingPosition().ifPresent(position -> {
            if (target != null) {
                tasks.write(() -> target.putLastReading(position));
            }
        });
    }

    /** Puts the library's size in the status bar again, e.g. in a newly chosen language. */
    void showLibraryStatus() {
        if (libraryOpen.get()) {
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
