package org.yandu.library;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The second thread of imports, for their work that needs no database (fingerprints ahead of the writing, then the
 * words of new paragraphs), so it overlaps the writing. Started on the first import.
 */
final class ImportWorker implements AutoCloseable {
    private ExecutorService executor;

    synchronized <T> Future<T> submit(Callable<T> work) {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "yandu-import-worker");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executor.submit(work);
    }

    /** The result of work submitted, once it is done; its failure is thrown here, on the importing thread. */
    static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("The import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new LibraryException("The import failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
