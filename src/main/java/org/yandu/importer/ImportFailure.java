package org.yandu.importer;

import org.yandu.failure.Reason;

/** Why a file of an import failed when the file itself was not refused: said after the file's name. */
public enum ImportFailure implements Reason {
    /** Then the reason: a system's failure (a full disk) or the library's. */
    BECAUSE("import.failedBecause"),
    /** Nothing explains it; the log has the error. */
    UNEXPLAINED("import.failedUnexplained");

    private final String messageKey;

    ImportFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
