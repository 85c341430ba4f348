package org.yandu.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.LibraryDamagedException;
import org.yandu.library.LibraryInUseException;
import org.yandu.library.LibraryReadOnlyException;

/** Tells the reader what went wrong in plain words and keeps the full story in the log. */
final class ErrorReporter {
    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    private final Supplier<Messages> messages;
    private final Window owner;
    private Alert readOnlyShown;

    ErrorReporter(Supplier<Messages> messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** @param whatKey message key of a sentence saying what failed, e.g. "The speech could not be opened." */
    void report(String whatKey, Throwable error) {
        log.error("{}: {}", whatKey, error.toString(), error);
        if (Platform.isFxApplicationThread()) {
            show(whatKey, error);
        } else {
            Platform.runLater(() -> show(whatKey, error));
        }
    }

    private void show(String whatKey, Throwable error) {
        LibraryReadOnlyException readOnly = cause(error, LibraryReadOnlyException.class);
        if (readOnly != null && readOnlyShown != null && readOnlyShown.isShowing()) {
            return; // every save to a library only read fails alike: one dialog at a time says it
        }
        Messages m = messages.get();
        Alert alert = m.alert(Alert.AlertType.ERROR);
        if (owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(readOnly != null ? m.get(readOnlyKey(readOnly) + "Title") : m.get(whatKey));
        alert.setContentText(inUse(error) ? m.get("error.libraryInUse")
                : readOnly != null ? m.format(readOnlyKey(readOnly), readOnly.file()) : readable(error));
        if (readOnly != null) {
            readOnlyShown = alert;
        }
        alert.show();
    }

    /** Why nothing is saved: the library is damaged, or it was opened for reading beside another Yandu. */
    private static String readOnlyKey(LibraryReadOnlyException readOnly) {
        return readOnly instanceof LibraryDamagedException ? "error.libraryDamaged" : "error.libraryReadOnly";
    }

    /** Whether the library is open in another Yandu: said in the reader's language, with what to do. */
    static boolean inUse(Throwable error) {
        return cause(error, LibraryInUseException.class) != null;
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
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
