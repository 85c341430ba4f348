package org.yandu.ui.group;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.yandu.ui.base.Messages;

/**
 * Join a Group: the invitation's address, user name and temporary password, and the reader's own password twice.
 * Join stays disabled, with a line saying why, until every field is right.
 */
final class JoinDialog {
    private JoinDialog() {
    }

    /** Shows the dialog and waits; what to join with, or empty if the reader cancelled. */
    static Optional<JoinViewModel.Join> show(Window owner, Messages messages) {
        JoinViewModel model = new JoinViewModel();
        Dialog<JoinViewModel.Join> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("group.join.title"));
        dialog.setHeaderText(messages.get("group.join.header"));
        TextField address = field(new TextField(), "group-join-address", model.addressProperty());
        address.setPromptText("postgresql://host:5432/database");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label(messages.get("group.join.address")), address);
        grid.addRow(1, new Label(messages.get("group.join.user")),
                field(new TextField(), "group-join-user", model.userProperty()));
        grid.addRow(2, new Label(messages.get("group.join.temporary")),
                field(new PasswordField(), "group-join-temporary", model.temporaryProperty()));
        grid.addRow(3, new Label(messages.get("group.join.chosen")),
                field(new PasswordField(), "group-join-chosen", model.chosenProperty()));
        grid.addRow(4, new Label(messages.get("group.join.again")),
                field(new PasswordField(), "group-join-again", model.againProperty()));
        StringBinding problem = Bindings.createStringBinding(() -> model.problem(messages), model.addressProperty(),
                model.userProperty(), model.temporaryProperty(), model.chosenProperty(), model.againProperty());
        Label hint = new Label();
        hint.setId("group-join-hint");
        hint.getStyleClass().add("group-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(problem);
        grid.add(hint, 1, 5);
        Label keep = new Label(messages.get("group.join.kept"));
        keep.setWrapText(true);
        keep.getStyleClass().add("group-hint");
        grid.add(keep, 0, 6, 2, 1);
        grid.setPrefWidth(580);
        dialog.getDialogPane().setContent(grid);
        ButtonType join = new ButtonType(messages.get("group.join.button"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(join, messages.cancelButton());
        dialog.getDialogPane().lookupButton(join).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(button -> button == join ? model.join() : null);
        Platform.runLater(address::requestFocus);
        return dialog.showAndWait();
    }

    private static <T extends TextInputControl> T field(T field, String id, StringProperty text) {
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
