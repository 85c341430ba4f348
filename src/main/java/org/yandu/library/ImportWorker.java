package org.yandu.library;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.yandu.threads.Threads;

/**
 * The threads of imports for their work that needs no database (fingerprints ahead of the writing, then the words of
 * new paragraphs), so it overlaps the writing. Segmentation costs about as much as all the writing, so there is one
 * thread a core but one, and the writing thread takes a share of the work whenever it would wait for it (see
 * {@link #awaitAll}). Started on the first import; the system property {@code yandu.importThreads} sets another
 * number of threads.
 */
final class ImportWorker implements AutoCloseable {
    private static final int THREADS = Integer.getInteger("yandu.importThreads",
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    private final int threads;
    private @Nullable ExecutorService executor;

    ImportWorker() {
        this(THREADS);
    }

    ImportWorker(int threads) {
        this.threads = threads;
    }

    synchronized <T> Future<T> submit(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, Threads.daemon("yandu-import-worker"));
        }
        executor.execute(task);
        return task;
    }

    /**
     * The results of work submitted, in order, once all are done. Work not yet started is done on this thread, from
     * the last backwards, while the workers take it from the first: this thread would otherwise only wait.
     */
    static <T> List<T> awaitAll(List<Future<T>> results) {
        for (int i = results.size() - 1; i >= 0; i--) {
            if (results.get(i) instanceof FutureTask<T> task) {
                task.run();
            }
        }
        List<T> done = new ArrayList<>(results.size());
        for (Future<T> result : results) {
            done.add(await(result));
        }
        return done;
    }

    /** The result of work submitted, once it is done; its failure is thrown here, on the importing thread. */
    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("The import was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            // The work's own failure; an ExecutionException without one is not made by a FutureTask.
            throw new LibraryException("The import failed: " + cause, cause != null ? cause : e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
