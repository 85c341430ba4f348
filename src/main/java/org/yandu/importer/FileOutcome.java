package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.failure.Explanation;
import org.yandu.library.FailureReason;
import org.yandu.library.ImportRecord;

/**
 * What happened to one file of an import.
 *
 * @param speechIds the speeches the file holds in the library now, added or already there; empty unless stored
 * @param error the reason a FAILED file was refused, naming the file, in English for the command line; null otherwise
 * @param explanation the same for the window, in the reader's language: what the importer found wrong with the file
 *                    (too large, not text ...) or why it could not be read or stored (a full disk); null unless FAILED
 */
public record FileOutcome(Path path, Status status, int added, int alreadyPresent, List<Long> speechIds,
                          @Nullable String error, @Nullable Explanation explanation) {
    public FileOutcome {
        speechIds = List.copyOf(speechIds);
    }

    static FileOutcome stored(Path path, ImportRecord record) {
        return new FileOutcome(path, record.unchanged() ? Status.UNCHANGED : Status.IMPORTED, record.added(),
                record.alreadyPresent(), record.speechIds(), null, null);
    }

    public enum Status {
        /** Stored; its speeches are in the library now. */
        IMPORTED,
        /** The identical file had been imported before; nothing changed. */
        UNCHANGED,
        /** Refused; the library is as it was before this file. */
        FAILED
    }

    /** Failed for {@code why}, said after the file's name; null: nothing explains it. */
    static FileOutcome failed(Path path, String error, @Nullable Explanation why) {
        String name = String.valueOf(path.getFileName());
        return refused(path, error, why == null ? Explanation.of(ImportFailure.UNEXPLAINED, name)
                : Explanation.of(ImportFailure.BECAUSE, name, why));
    }

    static FileOutcome refused(Path path, String error, Explanation explanation) {
        return new FileOutcome(path, Status.FAILED, 0, 0, List.of(), error, explanation);
    }

    /** A system's failure reading the file is said as such ("the disk reported an error"), else the refusal. */
    static FileOutcome refused(UnreadableSourceException e) {
        FailureReason reason = FailureReason.of(e);
        return reason != null ? failed(e.path(), e.getMessage(), Explanation.of(reason))
                : refused(e.path(), e.getMessage(), e.explanation());
    }
}
