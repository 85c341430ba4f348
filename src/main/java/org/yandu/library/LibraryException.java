package org.yandu.library;

/** The library file could not be opened, read or written; the message says why in the reader's terms. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Why, when a cause says so (the window names it in the reader's language), else null. */
    public FailureReason reason() {
        return FailureReason.of(getCause());
    }
}
