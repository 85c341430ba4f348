package org.yandu.ui.base;

import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.LibraryReadOnlyException;

/**
 * What becomes of a failure of background work, the same for every executor: logged once, named by what failed,
 * and shown to the reader by its message key (the error dialog, unless the task tells the reader its own way).
 */
final class FailurePolicy {
    private static final Logger log = LoggerFactory.getLogger(FailurePolicy.class);

    private final BiConsumer<String, Throwable> report;

    /** @param report logs a failure and shows it by its message key ({@link ErrorReporter#report}) */
    FailurePolicy(BiConsumer<String, Throwable> report) {
        this.report = report;
    }

    /** On the FX thread (or a test's): tells the reader, then runs the task's own failure handler. */
    void failed(BackgroundTask<?> task, Throwable error) {
        if (task.toldInstead() == null) {
            failed(task.failureKey(), error);
        } else {
            log.warn("{}: {}", task.failureKey(), error.toString(), error);
            task.toldInstead().accept(error);
        }
        task.afterFailure(error);
    }

    /** Logs the failure once and shows it by its message key. */
    void failed(String whatKey, Throwable error) {
        report.accept(whatKey, error);
    }

    /**
     * A write nobody waits for: logged, not shown. A library that is only read (damaged, or held by another Yandu)
     * refuses such writes every time, as the window already said once.
     */
    void write(String what, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException error) {
            writeFailed(what, error);
        }
    }

    private void writeFailed(String what, RuntimeException error) {
        if (error instanceof LibraryReadOnlyException) {
            log.debug("Not saved, the library is read only: {}: {}", what, error.getMessage());
        } else {
            log.warn("Could not save {}: {}", what, error.getMessage(), error);
        }
    }
}
