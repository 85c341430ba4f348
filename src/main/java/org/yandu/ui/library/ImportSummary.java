package org.yandu.ui.library;

import java.util.stream.Collectors;
import org.yandu.importer.ImportReport;
import org.yandu.ui.app.Messages;

/** The outcome of an import in the reader's words. */
public final class ImportSummary {
    private ImportSummary() {
    }

    public static String headline(ImportReport report, Messages messages) {
        String counts = counts(report, messages);
        return report.cancelled() ? messages.get("import.cancelled") + " " + counts : counts;
    }

    /**
     * Into an empty library nothing was "already in the library": the speeches found again are the same essay in
     * several files of this import, linked to the one stored.
     */
    private static String counts(ImportReport report, Messages messages) {
        if (!report.intoEmptyLibrary()) {
            return messages.format("import.counts", report.added(), report.alreadyPresent());
        }
        return report.alreadyPresent() == 0 ? messages.format("import.counts.first", report.added())
                : messages.format("import.counts.firstLinked", report.added(), report.alreadyPresent());
    }

    /**
     * One line per refused file; each error already names its file. A system failure is said in the reader's
     * language after the file's name ("长篇.txt：磁盘已满。…"); the importer's other reasons are its own words.
     */
    public static String failures(ImportReport report, Messages messages) {
        return report.failures().stream().map(f -> f.reason() == null ? f.error() : messages.format(
                "import.failedBecause", f.path().getFileName(), messages.get(f.reason().messageKey())))
                .collect(Collectors.joining("\n"));
    }
}
