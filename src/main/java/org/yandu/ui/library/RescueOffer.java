package org.yandu.ui.library;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.yandu.library.BackupFile;
import org.yandu.ui.base.Messages;

/**
 * Offers the newest sound backup when the library cannot be opened, or is empty or missing with backups beside it:
 * restoring is then what the reader needs, and a fresh empty library would only hide the loss.
 */
public final class RescueOffer {
    private RescueOffer() {
    }

    /**
     * Offers the backup and waits for the reader's answer: true when they chose to restore.
     *
     * @param lost whether the library was empty or missing (else damaged)
     */
    public static boolean accepted(Messages messages, @Nullable Window owner, boolean lost, BackupFile backup) {
        ButtonType restore = new ButtonType(messages.get("rescue.restore"), ButtonBar.ButtonData.OK_DONE);
        String kind = lost ? "rescue.lost" : "rescue.damaged";
        Alert offer = new Alert(Alert.AlertType.WARNING,
                messages.format(kind + ".text", RestoreDialog.describe(backup, messages)), messages.cancelButton(),
                restore);
        if (owner != null && owner.isShowing()) {
            offer.initOwner(owner);
        }
        offer.setTitle(messages.get("app.name"));
        offer.setHeaderText(messages.get(kind + ".header"));
        return offer.showAndWait().filter(restore::equals).isPresent();
    }
}
