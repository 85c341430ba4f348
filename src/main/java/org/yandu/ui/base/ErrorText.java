package org.yandu.ui.base;

import org.jspecify.annotations.Nullable;
import org.yandu.library.FailureReason;
import org.yandu.library.LibraryDamagedException;
import org.yandu.library.LibraryInUseException;
import org.yandu.library.LibraryReadOnlyException;

/**
 * What an error box says, in the reader's language: the header names what failed, the content why ("The disk is
 * full."). The system's own words (SQLite's, the file system's) appear only when no reason is known, and then in
 * the details, never as the headline.
 *
 * @param details the system's message for the box's expandable details, or null
 */
public record ErrorText(String header, String content, @Nullable String details) {

    /**
     * What failed, and why in the reader's words.
     *
     * @param whatKey message key of a sentence saying what failed, e.g. "The note could not be saved."
     */
    public static ErrorText of(Messages m, String whatKey, Throwable error) {
        LibraryReadOnlyException readOnly = cause(error, LibraryReadOnlyException.class);
        if (readOnly != null) {
            // Why nothing is saved: the library is damaged, or it was opened for reading beside another Yandu.
            String key = readOnly instanceof LibraryDamagedException ? "error.libraryDamaged" : "error.libraryReadOnly";
            return new ErrorText(m.get(key + "Title"), m.format(key, readOnly.file()), null);
        }
        if (cause(error, LibraryInUseException.class) != null) {
            return new ErrorText(m.get(whatKey), m.get("error.libraryInUse"), null);
        }
        FailureReason reason = FailureReason.of(error);
        if (reason != null) {
            return new ErrorText(m.get(whatKey), m.get(reason.messageKey()), null);
        }
        if (FailureReason.fromTheSystem(error)) {
            return new ErrorText(m.get(whatKey), m.get("error.reasonUnknown"), readable(error));
        }
        return new ErrorText(m.get(whatKey), readable(error), null);
    }

    /**
     * What failed and why in one line, for a status line or a dialog's outcome: "The export failed. The disk is full."
     */
    public static String line(Messages m, String whatKey, Throwable error) {
        ErrorText text = of(m, whatKey, error);
        return m.format("error.whatAndWhy", text.header(), text.content());
    }

    static <T extends Throwable> @Nullable T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The innermost message that says something; library and import errors are written for readers. */
    static String readable(Throwable error) {
        Throwable current = error;
        while (current.getMessage() == null && current.getCause() != null) {
            current = current.getCause();
        }
        String message = current.getMessage();
        return message == null || message.isBlank() ? current.getClass().getSimpleName() : message;
    }
}
