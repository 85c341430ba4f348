package org.yandu.export;

import java.io.IOException;
import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;
import org.yandu.failure.Reason;

/**
 * A notes file that cannot be imported: unreadable, not JSON, not a Yandu export, or from a newer Yandu. The message
 * says it in English for the command line; {@link #explanation()} for the window.
 */
public final class NotesFileException extends IOException implements Explained {
    /** What is wrong with the file; every sentence names the file first. */
    public enum Problem implements Reason {
        /** Then the reason, or nothing when none is known. */
        UNREADABLE("notes.file.unreadable"),
        NOT_JSON("notes.file.notJson"),
        NOT_AN_EXPORT("notes.file.notAnExport"),
        NO_VERSION("notes.file.noVersion"),
        /** Then its version and the newest this Yandu reads. */
        TOO_NEW("notes.file.tooNew"),
        /** Then the place and the fault, in the English of the check. */
        INVALID("notes.file.invalid");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }
    }

    private final transient Explanation explanation;

    public NotesFileException(String message, Explanation explanation) {
        super(message);
        this.explanation = explanation;
    }

    public NotesFileException(String message, Explanation explanation, Throwable cause) {
        super(message, cause);
        this.explanation = explanation;
    }

    @Override
    public Explanation explanation() {
        return explanation;
    }
}
