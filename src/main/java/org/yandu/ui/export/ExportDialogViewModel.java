package org.yandu.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;
import org.yandu.export.ExportFormat;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportRequest;
import org.yandu.export.ExportScope;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;
import org.yandu.ui.library.LibrarySnapshot;
import org.yandu.ui.library.TitleFilter;

/**
 * The Export dialog's choices and their rules, without the FX thread: the format and the options that apply
 * to it, which speeches go out, and where. The file's name follows the choices until the reader names the
 * file; after that only its extension follows the format.
 */
public final class ExportDialogViewModel {
    /** Which speeches are exported, in the order the dialog offers them. */
    public enum Scope { NOTES_VIEW, OPEN_SPEECH, CHOSEN_SPEECHES, COLLECTION, LIBRARY }

    /** Message keys of what keeps the export from starting. */
    static final String NO_SPEECHES = "export.problem.noSpeeches";
    static final String NO_COLLECTION = "export.problem.noCollection";
    static final String NOTHING = "export.problem.nothing";
    static final String NO_TARGET = "export.problem.noTarget";
    static final String DICTIONARIES = "export.problem.dictionaries";

    private static final Set<ExportFormat> NOTES_FORMATS = EnumSet.of(ExportFormat.MARKDOWN, ExportFormat.HTML,
            ExportFormat.DOCX);
    private static final String CHINESE = "zh";

    /** A speech in the list to choose from, ticked or not. */
    public static final class SpeechChoice {
        private final Speech speech;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        SpeechChoice(Speech speech) {
            this.speech = speech;
        }

        public Speech speech() {
            return speech;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.MARKDOWN);
    private final BooleanProperty keywords = new SimpleBooleanProperty(true);
    private final BooleanProperty lookups = new SimpleBooleanProperty(true);
    private final BooleanProperty sentences = new SimpleBooleanProperty(true);
    private final BooleanProperty combined = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(CHINESE);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<SpeechChoice> speeches = FXCollections.observableArrayList();
    private final FilteredList<SpeechChoice> shownSpeeches = new FilteredList<>(speeches);
    private final StringProperty speechFilter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper chosenCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper combinedApplies = new ReadOnlyBooleanWrapper(false);
    private final List<SpeechCollection> collections;
    private final ObjectProperty<SpeechCollection> collection = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty glossaryReady = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final @Nullable Speech openSpeech;
    private final @Nullable ExportScope notesView;
    private final List<Scope> scopes;
    private final Path folder;
    /** The reader typed or chose the target; from then on only its extension follows the format. */
    private boolean targetNamed;
    private boolean settingTarget;
    /** The options the target's name was made for. */
    private @Nullable ExportOptions targetOptions;

    /**
     * @param openSpeechId the speech open in the reader, null when none
     * @param notesView the notes view's current filter, offered first; null when the dialog was not opened there
     * @param options the options of the last export, or {@link #firstOptions} the first time
     * @param folder where the target goes until the reader chooses another place
     */
    public ExportDialogViewModel(LibrarySnapshot library, @Nullable Long openSpeechId, @Nullable ExportScope notesView,
                                 ExportOptions options, Path folder) {
        this.notesView = notesView;
        this.folder = folder;
        openSpeech = openSpeechId == null ? null
                : library.speeches().stream().filter(s -> s.id() == openSpeechId).findFirst().orElse(null);
        collections = library.collections().stream().filter(c -> !c.speechIds().isEmpty()).toList();
        library.speeches().forEach(s -> speeches.add(new SpeechChoice(s)));
        scopes = Stream.of(Scope.values()).filter(this::offers).toList();
        scope.set(notesView != null ? Scope.NOTES_VIEW : openSpeech != null ? Scope.OPEN_SPEECH : Scope.LIBRARY);
        collection.set(collections.isEmpty() ? null : collections.get(0));
        format.set(options.format());
        keywords.set(options.includeKeywords());
        lookups.set(options.includeLookups());
        sentences.set(options.includeSentences());
        combined.set(options.combined());
        language.set(options.language());
        speechFilter.addListener((o, old, text) -> {
            TitleFilter filter = new TitleFilter(text);
            shownSpeeches.setPredicate(choice -> filter.matches(choice.speech().title()));
        });
        speeches.forEach(choice -> choice.chosenProperty().addListener(o -> choicesChanged()));
        target.addListener((o, old, text) -> {
            if (!settingTarget) {
                targetNamed = true;
            }
            refreshProblem();
        });
        for (Observable input : List.<Observable>of(format, combined, language, scope, collection)) {
            input.addListener(o -> choicesChanged());
        }
        for (Observable input : List.<Observable>of(lookups, glossaryReady)) {
            input.addListener(o -> refreshProblem());
        }
        choicesChanged();
    }

    /** The options of a first export: everything in, Markdown, the labels in the interface's language. */
    public static ExportOptions firstOptions(String language) {
        return new ExportOptions(ExportFormat.MARKDOWN, true, true, true, false, language);
    }

    /**
     * Whether the format is notes to read (Markdown, HTML, Word), where the speeches' keywords under the title and
     * each quote's sentence are choices; Anki and JSON carry neither.
     */
    public static boolean readableNotes(ExportFormat format) {
        return NOTES_FORMATS.contains(format);
    }

    /** Whether the looked-up words are optional in this format: Anki and JSON always carry them. */
    public static boolean lookupsApply(ExportFormat format) {
        return NOTES_FORMATS.contains(format);
    }

    /** JSON is data with no headings or labels of its own. */
    public static boolean languageApplies(ExportFormat format) {
        return format != ExportFormat.JSON;
    }

    private boolean offers(Scope candidate) {
        return switch (candidate) {
            case NOTES_VIEW -> notesView != null;
            case OPEN_SPEECH -> openSpeech != null;
            case COLLECTION -> !collections.isEmpty();
            case CHOSEN_SPEECHES, LIBRARY -> true;
        };
    }

    /** Starts with this speech ticked, as when exporting it from the library tree; the open speech is itself. */
    public void chooseSpeech(long speechId) {
        speeches.forEach(choice -> choice.chosenProperty().set(choice.speech().id() == speechId));
        boolean open = openSpeech != null && openSpeech.id() == speechId;
        scope.set(open ? Scope.OPEN_SPEECH : Scope.CHOSEN_SPEECHES);
    }

    /** Starts with this collection chosen, as when exporting it from the library tree. */
    public void chooseCollection(long collectionId) {
        collections.stream().filter(c -> c.id() == collectionId).findFirst().ifPresent(c -> {
            collection.set(c);
            scope.set(Scope.COLLECTION);
        });
    }

    /** Ticks (or unticks) every speech the filter shows. */
    public void chooseShown(boolean chosen) {
        List.copyOf(shownSpeeches).forEach(choice -> choice.chosenProperty().set(chosen));
    }

    /** The options the export runs with: one speech in Markdown is one file, however "combined" is set. */
    public ExportOptions options() {
        return withCombined(combined.get() || exportScope().speechIds().size() == 1);
    }

    /** The options as the reader set them, to remember for the next export. */
    public ExportOptions chosenOptions() {
        return withCombined(combined.get());
    }

    private ExportOptions withCombined(boolean oneFile) {
        return new ExportOptions(format.get(), keywords.get(), lookups.get(), sentences.get(), oneFile, language.get());
    }

    /** The speeches the chosen scope names, in library order for chosen speeches. */
    public ExportScope exportScope() {
        return switch (scope.get()) {
            // Not offered without a notes view or an open speech: then nothing to export, as for no collection.
            case NOTES_VIEW -> notesView != null ? notesView : ExportScope.speeches(List.of());
            case OPEN_SPEECH -> ExportScope.speeches(openSpeech != null ? List.of(openSpeech.id()) : List.of());
            case CHOSEN_SPEECHES -> ExportScope.speeches(speeches.stream().filter(c -> c.chosenProperty().get())
                    .map(c -> c.speech().id()).toList());
            case COLLECTION -> collection.get() == null ? ExportScope.speeches(List.of())
                    : new ExportScope(collection.get().title(), collection.get().speechIds(), null);
            case LIBRARY -> ExportScope.speeches(speeches.stream().map(c -> c.speech().id()).toList());
        };
    }

    /** The file (or for one file per speech, the folder) to write; empty while the target is not a path. */
    public Optional<Path> target() {
        String text = target.get() == null ? "" : target.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(folder.resolve(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The export the reader chose.
     *
     * @throws IllegalStateException while there is a {@link #problemProperty() problem}
     */
    public ExportRequest request(boolean force) {
        if (problem.get() != null) {
            throw new IllegalStateException("The export cannot start: " + problem.get());
        }
        return new ExportRequest(exportScope(), options(), target().orElseThrow(), force);
    }

    /** The folder to remember for the next export: where this one's target is. */
    public Path targetFolder() {
        return target().map(Path::getParent).orElse(folder);
    }

    /** The title the export will carry when the scope gives one: a collection's, or the one speech's. */
    private @Nullable String title() {
        ExportScope chosen = exportScope();
        if (chosen.title() != null) {
            return chosen.title();
        }
        if (chosen.speechIds().size() != 1) {
            return null;
        }
        long id = chosen.speechIds().get(0);
        return speeches.stream().filter(c -> c.speech().id() == id).map(c -> c.speech().title()).findFirst()
                .orElse(null);
    }

    private void choicesChanged() {
        chosenCount.set((int) speeches.stream().filter(c -> c.chosenProperty().get()).count());
        combinedApplies.set(format.get() == ExportFormat.MARKDOWN && exportScope().speechIds().size() > 1);
        ExportOptions now = options();
        ExportOptions before = targetOptions;
        if (!targetNamed) {
            setTarget(folder.resolve(now.fileName(title())));
        } else if (before != null) {
            target().ifPresent(path -> setTarget(renamed(path, before, now)));
        }
        targetOptions = now;
        refreshProblem();
    }

    /** The target's name with the extension (or none, for a folder) the new options call for. */
    static Path renamed(Path target, ExportOptions from, ExportOptions to) {
        String name = target.getFileName().toString();
        String extension = from.format().extension();
        String base = !from.filePerSpeech() && name.endsWith(extension) && name.length() > extension.length()
                ? name.substring(0, name.length() - extension.length()) : name;
        return target.resolveSibling(to.filePerSpeech() ? base : base + to.format().extension());
    }

    private void setTarget(Path path) {
        settingTarget = true;
        try {
            target.set(path.toString());
        } finally {
            settingTarget = false;
        }
    }

    private void refreshProblem() {
        problem.set(findProblem());
    }

    private @Nullable String findProblem() {
        if (scope.get() == Scope.CHOSEN_SPEECHES && chosenCount.get() == 0) {
            return NO_SPEECHES;
        }
        if (scope.get() == Scope.COLLECTION && collection.get() == null) {
            return NO_COLLECTION;
        }
        if (exportScope().speechIds().isEmpty()) {
            return NOTHING;
        }
        if (target().isEmpty()) {
            return NO_TARGET;
        }
        return options().needsGlossary() && !glossaryReady.get() ? DICTIONARIES : null;
    }

    public List<Scope> scopes() {
        return scopes;
    }

    /** The speech open in the reader, or null when none. */
    public @Nullable Speech openSpeech() {
        return openSpeech;
    }

    /** The notes view's filter, or null when the dialog was not opened there. */
    public @Nullable ExportScope notesView() {
        return notesView;
    }

    public int speechCount() {
        return speeches.size();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty keywordsProperty() {
        return keywords;
    }

    public BooleanProperty lookupsProperty() {
        return lookups;
    }

    /** Each quote in the sentence around it. */
    public BooleanProperty sentencesProperty() {
        return sentences;
    }

    public BooleanProperty combinedProperty() {
        return combined;
    }

    /** Only Markdown of several speeches can be one file per speech or all in one. */
    public ReadOnlyBooleanProperty combinedAppliesProperty() {
        return combinedApplies.getReadOnlyProperty();
    }

    /** The language of the export's own headings and labels: "zh" or "en". */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The speeches the filter lets through, to tick. */
    public ObservableList<SpeechChoice> shownSpeeches() {
        return shownSpeeches;
    }

    public StringProperty speechFilterProperty() {
        return speechFilter;
    }

    public ReadOnlyIntegerProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }

    public List<SpeechCollection> collections() {
        return collections;
    }

    public ObjectProperty<SpeechCollection> collectionProperty() {
        return collection;
    }

    /** The target as the reader sees and edits it; a relative path is taken in the current folder. */
    public StringProperty targetProperty() {
        return target;
    }

    /** Whether the glossary is loaded, which exports with pinyin and meanings wait for. */
    public BooleanProperty glossaryReadyProperty() {
        return glossaryReady;
    }

    /** The message key of what keeps the export from starting; null when it can start. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
