package org.yandu.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.yandu.export.ExportResult;
import org.yandu.ui.base.Messages;

/** What the Export dialog tells the reader about files: those written, and those it would replace. */
final class ExportNotices {
    private static final int FILES_LISTED = 5;

    private ExportNotices() {
    }

    /** How much was exported, and to which files (the first few of many). */
    static String written(Messages messages, ExportResult result) {
        StringBuilder text = new StringBuilder(messages.format("export.done", result.speeches(), result.annotations()));
        appendListed(text, messages, result.files(), Path::toString);
        return text.toString();
    }

    /** Asks before replacing; the safe answer, keeping the files, is the default. */
    static boolean confirmReplace(Window owner, Messages messages, List<Path> existing) {
        ButtonType replace = new ButtonType(messages.get("export.replace"), ButtonBar.ButtonData.OK_DONE);
        // Not ButtonType.CANCEL, whose text follows the system's language rather than the reader's choice.
        ButtonType keep = new ButtonType(messages.get("export.replace.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, keep);
        alert.initOwner(owner);
        alert.setTitle(messages.get("export.replace.title"));
        boolean one = existing.size() == 1;
        alert.setHeaderText(one ? messages.format("export.replace.one", existing.get(0).getFileName())
                : messages.format("export.replace.many", existing.size()));
        StringBuilder text = new StringBuilder(messages.format("export.replace.where", existing.get(0).getParent()));
        if (!one) {
            appendListed(text, messages, existing, path -> String.valueOf(path.getFileName()));
        }
        alert.setContentText(text.toString());
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    private static void appendListed(StringBuilder text, Messages messages, List<Path> files,
                                     Function<Path, String> name) {
        files.stream().limit(FILES_LISTED).forEach(file -> text.append('\n').append(name.apply(file)));
        if (files.size() > FILES_LISTED) {
            text.append('\n').append(messages.format("export.more", files.size() - FILES_LISTED));
        }
    }
}
