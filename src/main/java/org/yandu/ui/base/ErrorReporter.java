package org.yandu.ui.base;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.LibraryReadOnlyException;

/** Tells the reader what went wrong in plain words ({@link ErrorText}) and keeps the full story in the log. */
public final class ErrorReporter {
    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    private final Supplier<Messages> messages;
    private final Window owner;
    private @Nullable Alert readOnlyShown;

    public ErrorReporter(Supplier<Messages> messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /**
     * Logs the error and tells the reader what failed and why, in a dialog on the FX thread.
     *
     * @param whatKey message key of a sentence saying what failed, e.g. "The speech could not be opened."
     */
    public void report(String whatKey, Throwable error) {
        log.error("{}: {}", whatKey, error.toString(), error);
        if (Platform.isFxApplicationThread()) {
            show(whatKey, error);
        } else {
            Platform.runLater(() -> show(whatKey, error));
        }
    }

    private void show(String whatKey, Throwable error) {
        boolean readOnly = ErrorText.cause(error, LibraryReadOnlyException.class) != null;
        if (readOnly && readOnlyShown != null && readOnlyShown.isShowing()) {
            return; // every save to a library only read (damaged, or held elsewhere) fails alike: one dialog says it
        }
        Messages m = messages.get();
        ErrorText text = ErrorText.of(m, whatKey, error);
        Alert alert = m.alert(Alert.AlertType.ERROR);
        if (owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(text.header());
        alert.setContentText(text.content());
        if (text.details() != null) {
            TextArea details = new TextArea(text.details());
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setExpandableContent(details);
        }
        if (readOnly) {
            readOnlyShown = alert;
        }
        alert.show();
    }
}
