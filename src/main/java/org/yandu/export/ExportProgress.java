package org.yandu.export;

/** Told as an export collects each speech, so a window can show how far it is. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total, title) -> { };

    /**
     * One more speech collected, or all of them.
     *
     * @param done speeches collected so far
     * @param total speeches in the export
     * @param title the speech being collected now, empty once all are
     */
    void update(int done, int total, String title);
}
