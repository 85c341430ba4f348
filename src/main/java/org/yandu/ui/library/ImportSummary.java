package org.yandu.ui.library;

import java.util.stream.Collectors;
import org.yandu.failure.Explanation;
import org.yandu.importer.FileOutcome;
import org.yandu.importer.ImportReport;
import org.yandu.ui.base.Messages;

/** The outcome of an import in the reader's words. */
public final class ImportSummary {
    private ImportSummary() {
    }

    public static String headline(ImportReport report, Messages messages) {
        // The same file or pasted text again: saying "0 new, 0 already in the library" would leave the reader to guess.
        if (!report.cancelled() && !report.files().isEmpty()
                && report.files().stream().allMatch(f -> f.status() == FileOutcome.Status.UNCHANGED)) {
            return messages.get("import.unchanged");
        }
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
     * One line per refused file, in the reader's language after the file's name: a system failure
     * ("长篇.txt：磁盘已满。…") or what the importer found wrong with the file ("讲话.pdf：研读不能读取 .pdf 文件。").
     * Only a failure nobody foresaw is shown in the importer's own (English) words.
     */
    public static String failures(ImportReport report, Messages messages) {
        return report.failures().stream().map(f -> line(f, messages)).collect(Collectors.joining("\n"));
    }

    private static String line(FileOutcome f, Messages messages) {
        Explanation why = f.explanation();
        // Every failure has its explanation; the file's name at the least.
        return why != null ? messages.explain(why) : String.valueOf(f.path().getFileName());
    }
}
