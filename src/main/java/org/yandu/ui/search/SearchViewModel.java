package org.yandu.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.yandu.library.SpeechField;
import org.yandu.search.SearchResults;

/**
 * Search over the whole library as the reader types: the query waits {@link #DEBOUNCE_MILLIS} for typing
 * to pause, runs off the FX thread, and a result that arrives after the query changed again is dropped
 * (a queued stale search does not even run). Results are rows grouped by speech, a page at a time.
 */
public final class SearchViewModel {
    public static final long DEBOUNCE_MILLIS = 250;
    public static final int PAGE_SIZE = 40;

    /** Runs {@code task} on the UI thread after {@code delayMillis}. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(long delayMillis, Runnable task);
    }

    /** Runs {@code work} in the background and hands its result to {@code done} on the UI thread. */
    @FunctionalInterface
    public interface Background {
        void run(Callable<SearchResults> work, Consumer<SearchResults> done);
    }

    @FunctionalInterface
    public interface Searcher {
        SearchResults search(String query, int page, int pageSize);
    }

    /** One line of the results list. */
    public sealed interface Row permits SpeechRow, MatchRow, MoreRow {
    }

    /** A speech's heading over its matches. */
    public record SpeechRow(long speechId, String title) implements Row {
    }

    /** A matching paragraph, or field of the speech, labelled so. */
    public record MatchRow(long speechId, String title, SearchResults.Match match) implements Row {
        /** The message key of the row's label ("Title", "Abstract"…) when a field matched; null for a paragraph. */
        public @Nullable String labelKey() {
            SpeechField field = match.field();
            return field == null ? null : "search.field." + field.name().toLowerCase(Locale.ROOT);
        }
    }

    /** "More": {@code remaining} matching fields and paragraphs are not shown yet, or more than that if not exact. */
    public record MoreRow(int remaining, boolean exact) implements Row {
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    /** False while more than {@link #total} match (see {@link SearchResults#exact()}). */
    private final ReadOnlyBooleanWrapper totalExact = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty searchesRun = new SimpleIntegerProperty(0);
    private final Scheduler scheduler;
    private final Background background;
    private volatile @Nullable Searcher searcher;
    /** Which query is current: counted on the FX thread, read by the searches under way to drop stale ones. */
    private final AtomicLong generation = new AtomicLong();
    private int pages;
    private int shown;

    public SearchViewModel(Scheduler scheduler, Background background, @Nullable Searcher searcher) {
        this.scheduler = scheduler;
        this.background = background;
        this.searcher = searcher;
        query.addListener((o, old, now) -> queryChanged(now));
    }

    /** The library to search; set once it is open. */
    public void setSearcher(Searcher searcher) {
        this.searcher = searcher;
        queryChanged(query.get());
    }

    private void queryChanged(String text) {
        long current = generation.incrementAndGet();
        if (text == null || text.isBlank()) {
            rows.clear();
            total.set(0);
            totalExact.set(true);
            searching.set(false);
            return;
        }
        searching.set(true);
        scheduler.schedule(DEBOUNCE_MILLIS, () -> {
            if (current == generation.get()) {
                run(current, text.strip(), 0);
            }
        });
    }

    /** Loads the next page of results, after those shown. */
    public void more() {
        String text = query.get();
        if (text != null && !text.isBlank() && (shown < total.get() || !totalExact.get())) {
            searching.set(true);
            run(generation.get(), text.strip(), pages);
        }
    }

    private void run(long current, String text, int page) {
        Searcher using = searcher;
        if (using == null) {
            return;
        }
        background.run(() -> current == generation.get() ? using.search(text, page, PAGE_SIZE) : null, results -> {
            if (results == null || current != generation.get()) {
                return;
            }
            searchesRun.set(searchesRun.get() + 1);
            show(results, page);
        });
    }

    private void show(SearchResults results, int page) {
        List<Row> next = new ArrayList<>(page == 0 ? List.of() : rows);
        if (!next.isEmpty() && next.get(next.size() - 1) instanceof MoreRow) {
            next.remove(next.size() - 1);
        }
        if (page == 0) {
            shown = 0;
        }
        long lastSpeech = lastSpeech(next);
        for (SearchResults.SpeechMatches speech : results.speeches()) {
            if (speech.speechId() != lastSpeech) {
                next.add(new SpeechRow(speech.speechId(), speech.title()));
            }
            for (SearchResults.Match match : speech.matches()) {
                next.add(new MatchRow(speech.speechId(), speech.title(), match));
                shown++;
            }
            lastSpeech = speech.speechId();
        }
        if (shown < results.total() || !results.exact()) {
            next.add(new MoreRow(Math.max(0, results.total() - shown), results.exact()));
        }
        pages = page + 1;
        totalExact.set(results.exact());
        total.set(results.total());
        rows.setAll(next);
        searching.set(false);
    }

    private static long lastSpeech(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i) instanceof MatchRow match) {
                return match.speechId();
            }
        }
        return -1;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty totalExactProperty() {
        return totalExact.getReadOnlyProperty();
    }

    /** A search is waiting for typing to pause or for its results. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** How many searches have delivered results (for tests: debouncing keeps this low). */
    public int searchesRun() {
        return searchesRun.get();
    }
}
