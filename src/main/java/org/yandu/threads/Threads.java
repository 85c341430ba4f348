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
    public static ThreadFactory daemon(String name, int priority) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
