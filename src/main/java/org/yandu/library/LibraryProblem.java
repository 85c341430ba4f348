package org.yandu.library;

import org.yandu.failure.Reason;

/** What is wrong with a library, or with what was asked of it, as the window says it. */
public enum LibraryProblem implements Reason {
    /** Another Yandu holds it. */
    IN_USE("error.libraryInUse"),
    /** Written by a newer Yandu; arguments: the file, its schema, the newest this one knows. */
    TOO_NEW("library.tooNew"),
    /** A database, or a file, of another program; argument: the file. */
    NOT_A_LIBRARY("library.notALibrary"),
    /** A speech, note, paragraph or collection that was deleted meanwhile. */
    GONE("library.gone"),
    /** Characters a paragraph does not have; arguments: from, to, its length. */
    RANGE_OUTSIDE("library.rangeOutside");

    private final String messageKey;

    LibraryProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
