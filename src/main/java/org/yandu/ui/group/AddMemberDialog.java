package org.yandu.ui.group;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.yandu.ui.base.Messages;

/** Add a Member: the user name they will log in with and the name the group shows. */
final class AddMemberDialog {
    private AddMemberDialog() {
    }

    static Optional<AddMemberViewModel> show(Window owner, Messages messages) {
        AddMemberViewModel model = new AddMemberViewModel();
        TextField name = JoinDialog.field(new TextField(), "group-member-name", model.nameProperty());
        name.setPromptText("liming");
        TextField shown = JoinDialog.field(new TextField(), "group-member-display", model.displayNameProperty());
        shown.setPromptText("李明");
        StringBinding problem = Bindings.createStringBinding(() -> model.problem(messages), model.nameProperty());
        GroupForm form = new GroupForm(messages)
                .field("group.member.name", name)
                .field("group.member.display", shown)
                .hint("group-member-hint", problem)
                .note("group.member.told");
        ButtonType add = new ButtonType(messages.get("group.member.button"), ButtonType.OK.getButtonData());
        Dialog<AddMemberViewModel> dialog = form.dialog(owner, "group.member.title",
                messages.get("group.member.header"), add, problem);
        dialog.setResultConverter(button -> button == add ? model : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
