package org.yandu.ui.base;

import java.util.concurrent.ThreadFactory;
import org.yandu.threads.Threads;

/**
 * The threads background work runs on, one each, so work on one lane happens in the order asked; work on different
 * lanes is not ordered (work that needs another's result is started from that one's success, on the FX thread).
 * Which lanes read and write the store, and why that is safe: {@link org.yandu.library.LibraryStore}.
 */
public enum Lane {
    /** Opening the library, reading for the window, and the writes of settings and notes: in the order asked. */
    LIBRARY("yandu-library", Thread.NORM_PRIORITY),
    /** Imports, exports and other long work with progress, so the reader can go on reading meanwhile. */
    IMPORT("yandu-import", Thread.NORM_PRIORITY),
    /** HanLP and the glossaries: lookups, segmentation of the open speech, glossary changes. */
    WORDS("yandu-words", Thread.NORM_PRIORITY),
    /** Searches, so a slow lookup never holds up typing in the search box. */
    SEARCH("yandu-search", Thread.NORM_PRIORITY),
    /** The study group's server: a sync waits on the network, never in front of the library's reads and writes. */
    GROUP("yandu-group", Thread.NORM_PRIORITY),
    /** The open speech's text built for the screen: never behind anything slow, never on the FX thread. */
    TEXT("yandu-text", Thread.NORM_PRIORITY),
    /** Slow analyses (keywords, glossary candidates, script conversion) that must never hold up a lookup. */
    ANALYSIS("yandu-analysis", Thread.MIN_PRIORITY);

    private final String threadName;
    private final int priority;

    Lane(String threadName, int priority) {
        this.threadName = threadName;
        this.priority = priority;
    }

    ThreadFactory threads() {
        return Threads.daemon(threadName, priority);
    }
}
