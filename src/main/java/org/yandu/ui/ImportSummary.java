package org.yandu.ui;

import java.util.stream.Collectors;
import org.yandu.importer.FileOutcome;
import org.yandu.importer.ImportReport;

/** The outcome of an import in the reader's words. */
final class ImportSummary {
    private ImportSummary() {
    }

    static String headline(ImportReport report, Messages messages) {
        String counts = messages.format("import.counts", report.added(), report.alreadyPresent());
        return report.cancelled() ? messages.get("import.cancelled") + " " + counts : counts;
    }

    /** One line per refused file; each error already names its file. */
    static String failures(ImportReport report) {
        return report.failures().stream().map(FileOutcome::error).collect(Collectors.joining("\n"));
    }
}
