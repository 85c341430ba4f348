package org.yandu.ui.base;

import org.jspecify.annotations.Nullable;
import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;
import org.yandu.library.FailureReason;
import org.yandu.library.LibraryDamagedException;
import org.yandu.library.LibraryReadOnlyException;

/**
 * What an error box says, in the reader's language: the header names what failed, the content why ("The disk is
 * full.", "讲话.pdf：研读不能读取 .pdf 文件。"), from the {@link Explanation} a failure carries or the
 * {@link FailureReason} of a system's error. An exception's own (English) words appear only when no reason is known,
 * and then in the details under "reason unknown", never as the headline.
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
        Explanation why = explanation(error);
        if (why != null) {
            return new ErrorText(m.get(whatKey), m.explain(why), null);
        }
        return new ErrorText(m.get(whatKey), m.get("error.reasonUnknown"), readable(error));
    }

    /**
     * Why, along the chain of causes: the first failure that explains itself, else the first system error's reason
     * (an SQLite result code, an I/O error); null when nothing says.
     */
    static @Nullable Explanation explanation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Explanation why = t instanceof Explained explained ? explained.explanation() : null;
            if (why != null) {
                return why;
            }
        }
        FailureReason reason = FailureReason.of(error);
        return reason != null ? Explanation.of(reason) : null;
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

    /** The innermost message that says something, for the details of an error no reason explains. */
    static String readable(Throwable error) {
        Throwable current = error;
        while (current.getMessage() == null && current.getCause() != null) {
            current = current.getCause();
        }
        String message = current.getMessage();
        return message == null || message.isBlank() ? current.getClass().getSimpleName() : message;
    }
}
