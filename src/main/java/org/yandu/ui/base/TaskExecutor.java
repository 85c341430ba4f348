package org.yandu.ui.base;

/**
 * Runs {@link BackgroundTask}s: {@link FxTaskExecutor} on the lanes' threads with the outcome on the FX thread,
 * and a same-thread one in tests. Every failure goes through one {@link FailurePolicy}.
 */
public interface TaskExecutor {
    /** Starts the work; the answer stops it (long work stops at its next step). */
    <T> Running execute(BackgroundTask<T> task);

    /** Work started. */
    @FunctionalInterface
    interface Running {
        /** Cancels the work: its cancel handlers run, not its success or failure ones. */
        void cancel();
    }

    /**
     * A library write nobody waits for, such as a setting, on the library lane after what was asked before it; a
     * failure is logged naming {@code what} (e.g. "the reading position"), not shown.
     */
    void write(String what, Runnable change);

    /** The status bar's text while nothing runs, e.g. the outcome of the last import. */
    void setIdleStatus(String text);

    /** What {@link #setIdleStatus} last set. */
    String idleStatus();
}
