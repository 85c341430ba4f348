package org.yandu.ui.reader;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.analysis.SpeechAnalysis;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.lookup.LookupRequest;
import org.yandu.lookup.WordInfo;
import org.yandu.lookup.WordLookup;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.SpeechDocument;
import org.yandu.search.Sentence;
import org.yandu.settings.Preferences;
import org.yandu.text.Tones;
import org.yandu.text.TraditionalStandard;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;
import org.yandu.ui.base.StudyServices;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.library.LibraryViewModel;
import org.yandu.ui.search.SearchPane;
import org.yandu.ui.study.ReadingTracker;

/**
 * What the reader does with the library: opens speeches (where the reader left them, or at a match or note),
 * remembers the position, and works out the open speech's words, keywords, summary, script and lookups in the
 * background. The {@link ReaderViewModel} holds what is shown.
 */
public final class ReaderController implements SearchPane.Reader {
    private static final int SUMMARY_SENTENCES = 5;
    private static final Logger log = LoggerFactory.getLogger(ReaderController.class);
    /** Scrolling fires constantly; the position is written once the reader pauses. */
    private static final Duration POSITION_SAVE_DELAY = Duration.millis(800);

    private final ReaderViewModel reader = new ReaderViewModel();
    private final TaskExecutor tasks;
    private final Supplier<Messages> messages;
    private final StudyServices study;
    private final SettingsViewModel settings;
    private final LibraryViewModel library;
    private final ReadingTracker reading;
    private final PauseTransition positionSaver = new PauseTransition(POSITION_SAVE_DELAY);
    private final WaitingLookup waitingLookup;
    private @Nullable LibraryStore store;
    private @Nullable Preferences preferences;

    /** @param reading counts the time read and the progress of the speeches opened here */
    public ReaderController(TaskExecutor tasks, Supplier<Messages> messages, StudyServices study,
                            SettingsViewModel settings, LibraryViewModel library, ReadingTracker reading) {
        this.tasks = tasks;
        this.messages = messages;
        this.study = study;
        this.settings = settings;
        this.library = library;
        this.reading = reading;
        waitingLookup = new WaitingLookup(study.glossaryProperty(), reader::openSpeechId);
        positionSaver.setOnFinished(e -> savePosition());
        reader.topItemProperty().addListener(o -> positionSaver.playFromStart());
        reader.topItemProperty().addListener(o -> readingMoved());
        reader.bottomItemProperty().addListener(o -> readingMoved());
        reader.documentProperty().addListener((o, old, document) -> {
            if (document != null && (old == null || old.speech().id() != document.speech().id())) {
                loadSpeechWork();
            }
        });
        settings.traditionalProperty().addListener((o, old, on) -> loadScript());
        settings.traditionalStandardProperty().addListener((o, old, standard) -> loadScript());
    }

    /** The library the speeches come from, and where the reading position is kept. */
    public void use(LibraryStore library, Preferences kept) {
        store = library;
        preferences = kept;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    /** Opens a speech where the reader left it (at its beginning if never read), unless it is already open. */
    @Override
    public void openSpeech(long speechId) {
        if (reader.openSpeechId().filter(id -> id == speechId).isEmpty()) {
            openSpeech(speechId, library.progress(speechId).position(), () -> { }, () -> { });
        }
    }

    /** Opens a speech at a paragraph; {@code then} runs once it is shown, {@code failed} if it could not be read. */
    public void openSpeech(long speechId, int paragraph, Runnable then, Runnable failed) {
        String title = library.speech(speechId).map(Speech::title).orElse("");
        LibraryStore from = store;
        if (from == null) {
            failed.run(); // no library open: no speech to open
            return;
        }
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
            openSpeech(speechId, paragraph, then, () -> { });
        }
    }

    /**
     * After a restore: the open speech again as the library now has it, at the reader's place in it; closed if the
     * restored library no longer has it. {@code then} runs once it is shown.
     */
    public void reopen(Runnable then) {
        Optional<Long> open = reader.openSpeechId();
        if (open.isPresent() && library.speech(open.get()).isPresent()) {
            openSpeech(open.get(), library.progress(open.get()).position(), () -> {
                loadKeywords();
                then.run();
            }, () -> { });
        } else {
            reader.close();
        }
    }

    /** The words, keywords and script of the open speech: once it opens, and once the dictionaries are loaded. */
    public void loadSpeechWork() {
        loadWords();
        loadKeywords();
        loadScript();
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
        LibraryStore from = store;
        return document == null || glossary == null || from == null ? Optional.empty()
                : Optional.of(new OpenSpeech(document, from, glossary));
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

    /** Computes the open speech's keywords in the background (kept in the library) and shows them. */
    private void loadKeywords() {
        openSpeechWithGlossary().ifPresent(open -> tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.keywords",
                        () -> new SpeechAnalysis(open.store(), open.glossary().text()).keywords(open.id()))
                .onSuccess(found -> reader.showKeywords(open.id(), found))
                .toldBy(e -> { })));
    }

    /**
     * The open speech's summary (its {@value #SUMMARY_SENTENCES} most central sentences), computed in the
     * background the first time (seconds on a long speech) and kept in the library. {@code done} gets the title
     * and the summary.
     */
    public void summarize(BiConsumer<String, String> done) {
        openSpeechWithGlossary().ifPresent(open -> tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.summary",
                        () -> new SpeechAnalysis(open.store(), open.glossary().text())
                                .summary(open.id(), SUMMARY_SENTENCES).replace("。", "。\n"))
                .status(text("status.summarizing"))
                .onSuccess(summary -> done.accept(open.document().speech().title(), summary.strip()))
                .toldBy(e -> { })));
    }

    /** Converts the open speech to traditional characters in the background when that is chosen, else drops it. */
    private void loadScript() {
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
        TraditionalStandard standard = settings.traditionalStandardProperty().get();
        tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "error.script",
                        () -> DisplayScript.traditional(id, ReaderText.itemTexts(document, shown),
                                text -> glossary.text().toTraditional(text, standard)))
                .onSuccess(script -> {
                    // A standard chosen since this one started brings its own script.
                    if (settings.traditionalProperty().get()
                            && settings.traditionalStandardProperty().get() == standard) {
                        reader.showScript(id, script);
                    }
                })
                .toldBy(e -> { }));
    }

    /** Whether a lookup is answered now: the dictionaries are in. */
    public boolean lookupsReady() {
        return study.glossary() != null && study.lookup() != null;
    }

    /**
     * Looks a word or any span of the open speech up; {@code show} gets the popover's content on the FX thread. The
     * word is remembered in the library with its sentence, for study notes and flashcards, only when the reader
     * asked for it ({@link LookupRequest#remembers}): not when the mouse merely rested on it. Asked for while the
     * dictionaries load, it is looked up once they are in ({@link WaitingLookup}).
     */
    public void lookUp(String word, Place place, LookupRequest request, Consumer<WordPopoverViewModel> show) {
        GlossaryService glossary = study.glossary();
        WordLookup lookup = study.lookup();
        if (word.isBlank()) {
            return;
        }
        if (glossary == null || lookup == null) {
            tasks.setIdleStatus(text("status.dictionariesLoading"));
            waitingLookup.keep(request, () -> lookUp(word, place, request, show));
            return;
        }
        Long speechId = reader.openSpeechId().orElse(null);
        String sentence = sentenceAt(place);
        String itemText = itemTextAt(place);
        Tones tones = settings.tones();
        LibraryStore into = store;
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.lookup", () -> {
            WordInfo info = lookup.lookup(word, speechId);
            return WordPopoverViewModel.of(info, glossary.text()::pinyin, glossary.cedictHeader().isPresent())
                    .readAs(WordPopoverViewModel.readingInContext(glossary.text(), itemText, place.start(),
                            place.end(), tones));
        }).onSuccess(model -> {
            if (sentence != null && speechId != null && into != null && request.remembers(model.form())) {
                tasks.write("the looked-up word", () -> into.lookups().record(speechId, model.form(), sentence));
            }
            show.accept(model);
        }).toldBy(e -> tasks.setIdleStatus(text("error.lookup"))));
    }

    /** Where a looked-up word is in the open speech: display item and {@code [start, end)} in its text. */
    public record Place(int item, int start, int end) {
    }

    /** The sentence of the open speech around a place, if the place is in one of its paragraphs. */
    /** The text of the display item a place is in, empty when there is none. */
    private String itemTextAt(Place place) {
        SpeechDocument document = reader.documentProperty().get();
        return document == null || place.item() < 0 || place.item() >= document.items().size() ? ""
                : document.items().get(place.item()).text();
    }

    private @Nullable String sentenceAt(Place place) {
        SpeechDocument document = reader.documentProperty().get();
        if (document == null || place.item() < 0 || place.item() >= document.items().size()) {
            return null;
        }
        DisplayItem item = document.items().get(place.item());
        String text = item.text();
        if (item.paragraph() < 0 || place.start() < 0 || place.end() > text.length() || place.start() >= place.end()) {
            return null;
        }
        return Sentence.around(text, place.start(), place.end()).text().strip();
    }

    /** Writes where the reader is now; called as they pause and on closing. */
    public void savePosition() {
        Preferences target = preferences;
        reader.readingPosition().ifPresent(position -> {
            if (target != null) {
                tasks.write("the reading position", () -> target.putLastReading(position));
            }
        });
    }

    /** Stops the pending save of the position: the window is closing and saves it once more itself. */
    public void stop() {
        positionSaver.stop();
    }

    private void readingMoved() {
        SpeechDocument document = reader.documentProperty().get();
        if (document != null) {
            reading.moved(document.paragraphAt(reader.topItemProperty().get()), reader.atEnd());
        }
    }

    private String text(String key, Object... args) {
        return messages.get().format(key, args);
    }
}
