package org.yandu.ui.base;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.lookup.WordLookup;
import org.yandu.text.ChineseText;

/**
 * The language tools behind the reader: HanLP and the glossaries, loaded on the words lane after the library
 * opens, and the lookups and searches that use them (run on the words and search lanes by their callers).
 */
public final class StudyServices {
    private static final Logger log = LoggerFactory.getLogger(StudyServices.class);
    private final ReadOnlyObjectWrapper<GlossaryService> glossary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private volatile @Nullable WordLookup lookup;

    /**
     * Loads HanLP, then the glossaries of {@code store}; {@code ready} runs on the FX thread once they are in,
     * {@code failed} tells the reader if they could not be loaded. HanLP's synonyms and traditional characters
     * load after that on the analysis lane: loaded first, they held lookups up by about two seconds of a core.
     */
    public void start(TaskExecutor tasks, LibraryStore store, Consumer<GlossaryService> ready,
            Consumer<Throwable> failed) {
        tasks.execute(BackgroundTask.on(Lane.WORDS, "status.dictionariesFailed",
                        () -> GlossaryService.open(store, ChineseText.load()))
                .onSuccess(service -> {
                    lookup = new WordLookup(store, service);
                    glossary.set(service);
                    ready.accept(service);
                    tasks.execute(BackgroundTask.on(Lane.ANALYSIS, "status.dictionariesFailed", () -> {
                        ChineseText.loadRarelyNeededDictionaries();
                        return true;
                    }).onSuccess(loaded::set).toldBy(e -> {
                        log.warn("HanLP's synonym and traditional dictionaries did not load", e);
                        loaded.set(true);
                    }));
                })
                .toldBy(failed));
    }

    /** True once HanLP's rarely needed dictionaries are in too (or could not be): the last of a start's work. */
    public ReadOnlyBooleanProperty everyDictionaryLoadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GlossaryService> glossaryProperty() {
        return glossary.getReadOnlyProperty();
    }

    /** The glossary, or null until the dictionaries are loaded. */
    public @Nullable GlossaryService glossary() {
        return glossary.get();
    }

    /** Lookups, or null until the dictionaries are loaded. */
    public @Nullable WordLookup lookup() {
        return lookup;
    }
}
