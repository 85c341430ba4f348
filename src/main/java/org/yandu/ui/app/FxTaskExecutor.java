package org.yandu.ui.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.LibraryReadOnlyException;

/**
 * Runs work off the FX thread and shows it in the status bar. Library reads and writes share one thread,
 * so they happen in the order asked (the store opens before it is read; a later setting wins); imports
 * have their own thread so the reader can go on reading while files come in.
 */
public final class TaskRunner {
    private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

    private final ExecutorService libraryThread = Executors.newSingleThreadExecutor(daemon("yandu-library"));
    private final ExecutorService importThread = Executors.newSingleThreadExecutor(daemon("yandu-import"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final Deque<Task<?>> running = new ArrayDeque<>();
    private final ErrorReporter errors;
    private String idleStatus = "";

    TaskRunner(ErrorReporter errors) {
        this.errors = errors;
    }

    /** Short library work; {@code done} runs on the FX thread with the result. */
    public <T> void onLibraryThread(String statusText, String failureKey, Callable<T> work, Consumer<T> done) {
        onLibraryThread(statusText, failureKey, work, done, () -> { });
    }

    /** As above; {@code failed} runs on the FX thread after the reader has been told what went wrong. */
    public <T> void onLibraryThread(String statusText, String failureKey, Callable<T> work, Consumer<T> done,
                             Runnable failed) {
        Job<T> job = new Job<>(statusText, work);
        job.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> failed.run());
        start(job, libraryThread, failureKey, done);
    }

    /** Long work with its own progress (an import); it may run while the library thread serves the reader. */
    public <T> void inBackground(Task<T> task, String failureKey, Consumer<T> done) {
        start(task, importThread, failureKey, done);
    }

    /** Tells the reader of a failure found outside a task, such as a library damaged on disk. */
    void report(String whatKey, Throwable error) {
        errors.report(whatKey, error);
    }

    /**
     * A library write nobody waits for, such as a setting; a failure is logged, not shown. A library that is only
     * read (damaged, or held by another Yandu) refuses such writes every time, as the window already said once.
     */
    void write(Runnable change) {
        libraryThread.execute(() -> {
            try {
                change.run();
            } catch (LibraryReadOnlyException e) {
                log.debug("Not saved, the library is read only: {}", e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Could not save a setting: {}", e.getMessage(), e);
            }
        });
    }

    /** The status bar's text while nothing runs, e.g. the outcome of the last import. */
    public void setIdleStatus(String text) {
        idleStatus = text;
        if (running.isEmpty()) {
            status.set(text);
        }
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Cancels imports, lets queued writes finish, then runs {@code last} (closing the store) on the library thread. */
    void shutdown(Runnable last) {
        List.copyOf(running).forEach(Task::cancel);
        importThread.shutdown();
        awaitQuietly(importThread);
        libraryThread.execute(last);
        libraryThread.shutdown();
        awaitQuietly(libraryThread);
    }

    private <T> void start(Task<T> task, ExecutorService executor, String failureKey, Consumer<T> done) {
        task.setOnSucceeded(e -> {
            finished(task);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            errors.report(failureKey, task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        running.push(task);
        follow(task);
        executor.execute(task);
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

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A task whose status text is known up front; progress 0 (not Task's -1) keeps the bar hidden for quick work. */
    private static final class Job<T> extends Task<T> {
        private final Callable<T> work;

        Job(String statusText, Callable<T> work) {
            this.work = work;
            updateMessage(statusText);
            updateProgress(0, 1);
        }

        @Override
        protected T call() throws Exception {
            return work.call();
        }
    }
}
