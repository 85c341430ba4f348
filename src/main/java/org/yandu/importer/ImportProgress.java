package org.yandu.importer;

/** Receives progress of a running import and may ask it to stop between files. */
public interface ImportProgress {
    ImportProgress NONE = (done, total, currentFile) -> { };

    void update(int done, int total, String currentFile);

    default boolean isCancelled() {
        return false;
    }
}
