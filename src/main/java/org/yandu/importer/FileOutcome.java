package org.yandu.importer;

import java.nio.file.Path;
import org.yandu.library.FailureReason;

/**
 * What happened to one file of an import.
 *
 * @param error the reason a FAILED file was refused, naming the file; null otherwise
 * @param reason why a FAILED file could not be read or stored when a system failure says so (the window words
 *               it in the reader's language); null otherwise
 */
public record FileOutcome(Path path, Status status, int added, int alreadyPresent, String error,
                          FailureReason reason) {
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

    static FileOutcome failed(Path path, String error, FailureReason reason) {
        return new FileOutcome(path, Status.FAILED, 0, 0, error, reason);
    }
}
