package org.yandu.ui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.lookup.WordLookup;
import org.yandu.search.LibrarySearch;
import org.yandu.text.ChineseText;

/**
 * The language tools behind the reader: HanLP and the glossaries, loaded on their own thread after the
 * library opens, and the lookups and searches that use them. Results come back on the FX thread; the
 * library thread stays free for the reader.
 */
public final class StudyServices {
    private static final Logger log = LoggerFactory.getLogger(StudyServices.class);

    private final ExecutorService wordThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "yandu-words");
        thread.setDaemon(true);
        return thread;
    });
    /** Searches get their own thread so a slow lookup never holds up typing in the search box. */
    private final ExecutorService searchThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "yandu-search");
        thread.setDaemon(true);
        return thread;
    });
    /** Slow analyses (keywords, glossary candidates, script conversion) never hold up a lookup. */
    private final ExecutorService analysisThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "yandu-analysis");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final ReadOnlyObjectWrapper<GlossaryService> glossary = new ReadOnlyObjectWrapper<>();
    private volatile LibrarySearch search;
    private volatile WordLookup lookup;

    /** Loads HanLP, then the glossaries of {@code store}; {@code ready} runs on the FX thread once both are in. */
    void start(LibraryStore store, Consumer<GlossaryService> ready, Consumer<Throwable> failed) {
        search = new LibrarySearch(store);
        ChineseText.loadAsync(wordThread)
                .thenApplyAsync(text -> GlossaryService.open(store, text), wordThread)
                .whenComplete((service, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        log.error("The dictionaries could not be loaded", error);
                        failed.accept(error);
                    } else {
                        lookup = new WordLookup(store, service);
                        glossary.set(service);
                        ready.accept(service);
                    }
                }));
    }

    /** Word work (lookups, segmentation of the open speech); {@code done} runs on the FX thread. */
    public <T> void words(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        run(wordThread, work, done, failed);
    }

    <T> void searching(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        run(searchThread, work, done, failed);
    }

    /** Slow analyses of speeches and the library; {@code done} runs on the FX thread. */
    <T> void analysis(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        run(analysisThread, work, done, failed);
    }

    private static <T> void run(ExecutorService executor, Callable<T> work, Consumer<T> done,
                                Consumer<Throwable> failed) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> done.accept(result));
                } catch (Exception | LinkageError e) {
                    Platform.runLater(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down: work dropped");
        }
    }

    ReadOnlyObjectProperty<GlossaryService> glossaryProperty() {
        return glossary.getReadOnlyProperty();
    }

    public GlossaryService glossary() {
        return glossary.get();
    }

    WordLookup lookup() {
        return lookup;
    }

    LibrarySearch search() {
        return search;
    }

    void shutdown() {
        wordThread.shutdownNow();
        searchThread.shutdownNow();
        analysisThread.shutdownNow();
    }
}
