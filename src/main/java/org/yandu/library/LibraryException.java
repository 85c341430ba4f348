package org.yandu.library;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The library file could not be opened, read or written; the message says why in the reader's terms. */
public class LibraryException extends RuntimeException {
    private final transient @Nullable FailureReason reason;

    public LibraryException(String message) {
        super(message);
        this.reason = null;
    }

    public LibraryException(String message, Throwable cause) {
        this(message, cause, FailureReason.of(cause));
    }

    private LibraryException(String message, Throwable cause, @Nullable FailureReason reason) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * "{@code what}: why", why being the {@link FailureReason} of {@code cause} met writing at {@code where} (which
     * tells a full disk from an I/O error), else the cause's own message.
     */
    static LibraryException because(String what, Throwable cause, Path where) {
        FailureReason reason = FailureReason.of(cause, where);
        return new LibraryException(what + ": " + (reason != null ? reason.words() : cause.getMessage()), cause,
                reason);
    }

    /** Why, when known (the window names it in the reader's language), else null. */
    public @Nullable FailureReason reason() {
        return reason;
    }
}
