package org.yandu.ui.base;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Work to run off the FX thread, and what to do with its outcome: on which {@link Lane}, the status bar's text
 * meanwhile, what to do with the result and, named by the message key of what failed, with a failure. Handlers run
 * on the FX thread. Give it to a {@link TaskExecutor}.
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {
    /** Long work that tells how far it got. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** How far long work got; its text and share are shown in the status bar. */
    public interface Progress {
        void message(String text);

        /** {@code done} of {@code total}; a negative {@code done} shows work of unknown length. */
        void progress(double done, double total);

        /** Whether the work should stop (the window is closing); long work asks between its steps. */
        boolean stopping();
    }

    /** How far long work got, as the window shows it: its text, and {@code done} of {@code total} (-1: unknown). */
    @FunctionalInterface
    public interface Shown {
        void shown(String text, double done, double total);
    }

    private final Lane lane;
    private final String failureKey;
    private final Work<T> work;
    private final boolean longWork;
    private String status = "";
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> afterFailure = error -> { };
    private @Nullable Consumer<Throwable> toldInstead;
    private Runnable onCancelled = () -> { };
    private Shown onProgress = (text, done, total) -> { };

    private BackgroundTask(Lane lane, String failureKey, Work<T> work, boolean longWork) {
        this.lane = Objects.requireNonNull(lane);
        this.failureKey = Objects.requireNonNull(failureKey);
        this.work = Objects.requireNonNull(work);
        this.longWork = longWork;
    }

    /**
     * Work to run on {@code lane}.
     *
     * @param failureKey message key of a sentence saying what failed, e.g. "error.notes"
     */
    public static <T> BackgroundTask<T> on(Lane lane, String failureKey, Callable<T> work) {
        return new BackgroundTask<>(lane, failureKey, progress -> work.call(), false);
    }

    /** Long work with progress shown in the status bar: of unknown length until it tells. */
    public static <T> BackgroundTask<T> withProgress(Lane lane, String failureKey, Work<T> work) {
        return new BackgroundTask<>(lane, failureKey, work, true);
    }

    /** The status bar's text while the work runs. */
    public BackgroundTask<T> status(String text) {
        status = text;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        onSuccess = handler;
        return this;
    }

    /**
     * Runs after the reader was told of a failure, e.g. to leave a state that waited for the result; handlers added
     * run in the order added.
     */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        afterFailure = afterFailure.andThen(handler);
        return this;
    }

    /** Runs when the work was cancelled (the reader stopped it, or the window closed); in the order added. */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        Runnable before = onCancelled;
        onCancelled = () -> {
            before.run();
            handler.run();
        };
        return this;
    }

    /** Follows the progress of long work on the FX thread, for a view of its own beside the status bar. */
    public BackgroundTask<T> onProgress(Shown handler) {
        onProgress = handler;
        return this;
    }

    /**
     * Tells the reader of a failure in place of the error dialog, where a dialog would be too much (a status line,
     * an empty pinyin); the failure is still logged, named by its key.
     */
    public BackgroundTask<T> toldBy(Consumer<Throwable> handler) {
        toldInstead = handler;
        return this;
    }

    Lane lane() {
        return lane;
    }

    String failureKey() {
        return failureKey;
    }

    String status() {
        return status;
    }

    boolean longWork() {
        return longWork;
    }

    void progressShown(String text, double done, double total) {
        onProgress.shown(text, done, total);
    }

    void cancelled() {
        onCancelled.run();
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** The reader's own way to be told, or null for the error dialog. */
    @Nullable Consumer<Throwable> toldInstead() {
        return toldInstead;
    }

    void afterFailure(Throwable error) {
        afterFailure.accept(error);
    }
}
