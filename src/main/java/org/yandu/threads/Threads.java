package org.yandu.threads;

import java.util.concurrent.ThreadFactory;

/**
 * Makes every thread Yandu starts: a daemon, so background work never keeps the program alive after its window or
 * command is done, and named, so a thread dump says whose work it is.
 */
public final class Threads {
    private Threads() {
    }

    /** Daemon threads of normal priority, all called {@code name}. */
    public static ThreadFactory daemon(String name) {
        return daemon(name, Thread.NORM_PRIORITY);
    }

    /** Daemon threads called {@code name}, of {@code priority} (low for work that must not slow the reader). */
    // A hint, not a guarantee: the analysis lane asks for less so the reader's own work comes first where the OS
    // honours it; nothing depends on it for correctness.
    @SuppressWarnings("ThreadPriorityCheck")
    public static ThreadFactory daemon(String name, int priority) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
