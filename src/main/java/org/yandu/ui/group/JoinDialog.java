package org.yandu.ui.group;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.yandu.library.group.Invitation;
import org.yandu.ui.base.Messages;

/**
 * Join a Group: the invitation's address, user name and temporary password, and the reader's own password twice.
 * Join stays disabled, with a line saying why, until every field is right.
 */
final class JoinDialog {
    private JoinDialog() {
    }

    /**
     * Shows the dialog and waits; what to join with, or empty if the reader cancelled.
     *
     * @param invitation one just made (a group created here), filled in; else empty
     */
    static Optional<JoinViewModel.Join> show(Window owner, Messages messages, Optional<Invitation> invitation) {
        JoinViewModel model = new JoinViewModel();
        invitation.ifPresent(model::fillFrom);
        TextField address = field(new TextField(), "group-join-address", model.addressProperty());
        address.setPromptText("postgresql://host:5432/database");
        PasswordField chosen = field(new PasswordField(), "group-join-chosen", model.chosenProperty());
        StringBinding problem = Bindings.createStringBinding(() -> model.problem(messages), model.addressProperty(),
                model.userProperty(), model.temporaryProperty(), model.chosenProperty(), model.againProperty());
        GroupForm form = new GroupForm(messages)
                .field("group.join.address", address)
                .field("group.join.user", field(new TextField(), "group-join-user", model.userProperty()))
                .field("group.join.temporary",
                        field(new PasswordField(), "group-join-temporary", model.temporaryProperty()))
                .field("group.join.chosen", chosen)
                .field("group.join.again", field(new PasswordField(), "group-join-again", model.againProperty()))
                .hint("group-join-hint", problem)
                .note("group.join.kept");
        ButtonType join = new ButtonType(messages.get("group.join.button"), ButtonType.OK.getButtonData());
        Dialog<JoinViewModel.Join> dialog = form.dialog(owner, "group.join.title", messages.get("group.join.header"),
                join, problem);
        dialog.setResultConverter(button -> button == join ? model.join() : null);
        Platform.runLater((invitation.isPresent() ? chosen : address)::requestFocus);
        return dialog.showAndWait();
    }

    static <T extends TextInputControl> T field(T field, String id, StringProperty text) {
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
