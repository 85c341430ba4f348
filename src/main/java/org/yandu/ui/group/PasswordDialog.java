package org.yandu.ui.group;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.yandu.library.GroupMembership;
import org.yandu.ui.base.Messages;

/**
 * Asks for the member's password when the server wants one and the password file has none. It is kept in memory
 * until the window closes, never written; the dialog says so, and how to be asked no more (the password file).
 */
final class PasswordDialog {
    private PasswordDialog() {
    }

    static Optional<char[]> ask(Window owner, Messages messages, GroupMembership member, boolean refused) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("group.password.title"));
        dialog.setHeaderText(messages.format(refused ? "group.password.refused" : "group.password.header",
                member.user(), member.address()));
        PasswordField password = new PasswordField();
        password.setId("group-password");
        Label kept = new Label(messages.get("group.password.kept"));
        kept.setWrapText(true);
        kept.getStyleClass().add("group-hint");
        VBox content = new VBox(8, password, kept);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType sync = new ButtonType(messages.get("group.password.sync"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(sync, messages.cancelButton());
        dialog.getDialogPane().lookupButton(sync).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == sync ? password.getText().toCharArray() : null);
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }
}
