package org.yandu.ui.base;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work on its {@link Lane}'s thread, shows the running work in the status bar, and hands the
 * outcome to the task's handlers on the FX thread. Call from the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger log = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final Deque<Task<?>> running = new ArrayDeque<>();
    private final ErrorReporter errors;
    private final FailurePolicy failures;
    private String idleStatus = "";

    public FxTaskExecutor(ErrorReporter errors) {
        this.errors = errors;
        this.failures = new FailurePolicy(errors::report);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, Executors.newSingleThreadExecutor(lane.threads()));
        }
    }

    @Override
    public <T> Running execute(BackgroundTask<T> task) {
        Job<T> job = new Job<>(task);
        job.setOnSucceeded(e -> {
            finished(job);
            task.succeeded(job.getValue());
        });
        job.setOnFailed(e -> {
            finished(job);
            failures.failed(task, job.getException());
        });
        job.setOnCancelled(e -> {
            finished(job);
            task.cancelled();
        });
        if (task.longWork()) {
            InvalidationListener shown = o -> task.progressShown(job.getMessage(), job.getWorkDone(),
                    job.getTotalWork());
            job.messageProperty().addListener(shown);
            job.workDoneProperty().addListener(shown);
            job.totalWorkProperty().addListener(shown);
        }
        start(job, task.lane(), !task.status().isEmpty());
        return job::cancel;
    }

    /** Tells the reader of a failure found outside a task, such as a library damaged on disk. */
    public void report(String whatKey, Throwable error) {
        errors.report(whatKey, error);
    }

    @Override
    public void write(String what, Runnable change) {
        try {
            lane(Lane.LIBRARY).execute(() -> failures.write(what, change));
        } catch (RejectedExecutionException e) {
            // Asked for by work that ended after the window closed (the dictionaries failing on the closed library):
            // the library is closed, so it could only fail.
            log.debug("Shutting down: {} dropped", what);
        }
    }

    @Override
    public void setIdleStatus(String text) {
        idleStatus = text;
        if (running.isEmpty()) {
            status.set(text);
        }
    }

    @Override
    public String idleStatus() {
        return idleStatus;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Stops the language lanes, cancels imports, lets queued library writes finish, then runs {@code last}
     * (closing the store) on the library lane. Blocks.
     */
    public void shutdown(Runnable last) {
        List.of(Lane.WORDS, Lane.SEARCH, Lane.TEXT, Lane.ANALYSIS).forEach(lane -> lane(lane).shutdownNow());
        List.copyOf(running).forEach(Task::cancel);
        ExecutorService imports = lane(Lane.IMPORT);
        imports.shutdown();
        awaitQuietly(imports);
        ExecutorService library = lane(Lane.LIBRARY);
        library.execute(last);
        library.shutdown();
        awaitQuietly(library);
    }

    private ExecutorService lane(Lane lane) {
        return Objects.requireNonNull(lanes.get(lane), "the constructor gives every lane its thread");
    }

    /** @param shown whether the status bar follows the work: quick lookups without a text of their own leave it be */
    private void start(Task<?> job, Lane lane, boolean shown) {
        try {
            lane(lane).execute(job);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down: {} work dropped", lane);
            return;
        }
        if (shown) {
            running.push(job);
            follow(job);
        }
    }

    private void finished(Task<?> task) {
        running.remove(task);
        if (running.isEmpty()) {
            status.unbind();
            progress.unbind();
            status.set(idleStatus);
            progress.set(0);
        } else {
            follow(running.peek());
        }
    }

    private void follow(Task<?> task) {
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A task whose status text is known up front; progress 0 (not Task's -1) keeps the bar hidden for quick work,
     * long work shows activity until it tells how far it got.
     */
    private static final class Job<T> extends Task<T> implements BackgroundTask.Progress {
        private final BackgroundTask<T> task;

        Job(BackgroundTask<T> task) {
            this.task = task;
            updateMessage(task.status());
            updateProgress(task.longWork() ? -1 : 0, 1);
        }

        @Override
        protected T call() throws Exception {
            return task.call(this);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }

        @Override
        public void progress(double done, double total) {
            updateProgress(done, total);
        }

        @Override
        public boolean stopping() {
            return isCancelled();
        }
    }
}
