package org.yandu.importer;

import java.util.List;

/**
 * The outcome of importing a set of files, one entry per file in the order they were read.
 *
 * @param intoEmptyLibrary the library held nothing before: every speech "already present" is then a copy of one an
 *                         earlier file of this import added (the same essay in several files), not one of the
 *                         reader's, and the reader is told so
 */
public record ImportReport(List<FileOutcome> files, boolean cancelled, boolean intoEmptyLibrary) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public int added() {
        return files.stream().mapToInt(FileOutcome::added).sum();
    }

    public int alreadyPresent() {
        return files.stream().mapToInt(FileOutcome::alreadyPresent).sum();
    }

    public List<FileOutcome> failures() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).toList();
    }
}
