package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.FailureReason;

/**
 * What happened to one file of an import.
 *
 * @param error the reason a FAILED file was refused, naming the file; null otherwise
 * @param reason why a FAILED file could not be read or stored when a system failure says so (the window words
 *               it in the reader's language); null otherwise
 * @param refusal why the importer refused a FAILED file for what it holds (too large, not text ...), with
 *                {@code details} for the window's sentence; null otherwise
 */
public record FileOutcome(Path path, Status status, int added, int alreadyPresent, @Nullable String error,
                          @Nullable FailureReason reason, @Nullable Refusal refusal, List<String> details) {
    public FileOutcome {
        details = details == null ? List.of() : List.copyOf(details);
    }

    static FileOutcome stored(Path path, boolean unchanged, int added, int alreadyPresent) {
        return new FileOutcome(path, unchanged ? Status.UNCHANGED : Status.IMPORTED, added, alreadyPresent, null, null,
                null, List.of());
    }

    public enum Status {
        /** Stored; its speeches are in the library now. */
        IMPORTED,
        /** The identical file had been imported before; nothing changed. */
        UNCHANGED,
        /** Refused; the library is as it was before this file. */
        FAILED
    }

    static FileOutcome failed(Path path, String error) {
        return failed(path, error, null);
    }

    static FileOutcome failed(Path path, String error, @Nullable FailureReason reason) {
        return new FileOutcome(path, Status.FAILED, 0, 0, error, reason, null, List.of());
    }

    static FileOutcome refused(Path path, String error, Refusal refusal, List<String> details) {
        return new FileOutcome(path, Status.FAILED, 0, 0, error, null, refusal, details);
    }

    static FileOutcome refused(UnreadableSourceException e) {
        FailureReason reason = FailureReason.of(e);
        return reason != null ? failed(e.path(), e.getMessage(), reason)
                : refused(e.path(), e.getMessage(), e.refusal(), e.details());
    }
}
