package org.yandu.ui.group;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.yandu.ui.base.Messages;

/** Create a Group: the administrator's address of the group's database, and the first organiser. */
final class CreateGroupDialog {
    private CreateGroupDialog() {
    }

    static Optional<CreateGroupViewModel.Creating> show(Window owner, Messages messages) {
        CreateGroupViewModel model = new CreateGroupViewModel();
        TextField address = JoinDialog.field(new TextField(), "group-create-address", model.addressProperty());
        address.setPromptText("postgresql://admin@host:5432/studygroup");
        PasswordField password = JoinDialog.field(new PasswordField(), "group-create-password",
                model.adminPasswordProperty());
        password.setPromptText(messages.get("group.create.passwordPrompt"));
        TextField organiser = JoinDialog.field(new TextField(), "group-create-organiser",
                model.organiser().nameProperty());
        organiser.setPromptText("zhou");
        TextField shown = JoinDialog.field(new TextField(), "group-create-display",
                model.organiser().displayNameProperty());
        shown.setPromptText("周老师");
        StringBinding problem = Bindings.createStringBinding(() -> model.problem(messages), model.addressProperty(),
                model.organiser().nameProperty());
        GroupForm form = new GroupForm(messages)
                .field("group.create.address", address)
                .field("group.create.password", password)
                .field("group.create.organiser", organiser)
                .field("group.member.display", shown)
                .hint("group-create-hint", problem)
                .note("group.create.told");
        ButtonType create = new ButtonType(messages.get("group.create.button"), ButtonType.OK.getButtonData());
        Dialog<CreateGroupViewModel.Creating> dialog = form.dialog(owner, "group.create.title",
                messages.get("group.create.header"), create, problem);
        dialog.setResultConverter(button -> button == create ? model.creating() : null);
        Platform.runLater(address::requestFocus);
        return dialog.showAndWait();
    }
}
