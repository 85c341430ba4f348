package org.yandu.importer;

/** Receives progress of a running import and may ask it to stop between files. */
public interface ImportProgress {
    ImportProgress NONE = (done, total, currentFile) -> { };

    void update(int done, int total, String currentFile);

    /**
     * How far the reading of a file with pages (a PDF) has got: {@code page} of {@code pages} read. Called on a
     * thread that reads (a long PDF is read on several, but told page after page), which may be reading the file
     * after the one {@link #update} last named.
     */
    default void page(String file, int page, int pages) {
    }

    default boolean isCancelled() {
        return false;
    }
}
