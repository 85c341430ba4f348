package org.yandu.library;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;

/**
 * The library file could not be opened, read or written; the message says why in English, {@link #explanation()} in
 * the window's language when the reason is known.
 */
public class LibraryException extends RuntimeException implements Explained {
    private final transient @Nullable FailureReason reason;
    private final transient @Nullable Explanation explanation;

    public LibraryException(String message) {
        super(message);
        this.reason = null;
        this.explanation = null;
    }

    public LibraryException(String message, Explanation explanation) {
        super(message);
        this.reason = null;
        this.explanation = explanation;
    }

    public LibraryException(String message, Throwable cause) {
        this(message, cause, FailureReason.of(cause));
    }

    private LibraryException(String message, Throwable cause, @Nullable FailureReason reason) {
        super(message, cause);
        this.reason = reason;
        this.explanation = null;
    }

    /** Something asked for that is not in the library (any more); {@code message} names it. */
    public static LibraryException gone(String message) {
        return new LibraryException(message, Explanation.of(LibraryProblem.GONE));
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

    /** Why, for the window: the library's problem, else the failure's reason; null when neither is known. */
    @Override
    public @Nullable Explanation explanation() {
        return explanation != null ? explanation : reason != null ? Explanation.of(reason) : null;
    }
}
