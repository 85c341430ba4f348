package org.yandu.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.yandu.importer.FileOutcome;
import org.yandu.importer.ImportReport;
import org.yandu.ui.base.Messages;

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
     * One line per refused file, in the reader's language after the file's name: a system failure
     * ("长篇.txt：磁盘已满。…") or what the importer found wrong with the file ("讲话.pdf：研读不能读取 .pdf 文件。").
     * Only a failure nobody foresaw is shown in the importer's own (English) words.
     */
    public static String failures(ImportReport report, Messages messages) {
        return report.failures().stream().map(f -> line(f, messages)).collect(Collectors.joining("\n"));
    }

    private static String line(FileOutcome f, Messages messages) {
        Object name = f.path().getFileName();
        if (f.reason() != null) {
            return messages.format("import.failedBecause", name, messages.get(f.reason().messageKey()));
        }
        if (f.refusal() != null) {
            List<Object> arguments = new ArrayList<>(List.of(name));
            arguments.addAll(f.details());
            return messages.format(f.refusal().messageKey(), arguments.toArray());
        }
        // Every failure has its refusal or its error; the file's name at the least.
        return Objects.requireNonNullElse(f.error(), String.valueOf(name));
    }
}
