package org.yandu.importer;

import java.util.List;

/** The outcome of importing a set of files, one entry per file in the order they were read. */
public record ImportReport(List<FileOutcome> files, boolean cancelled) {
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
