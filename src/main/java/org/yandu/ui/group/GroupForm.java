package org.yandu.ui.group;

import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.yandu.ui.base.FormGrid;
import org.yandu.ui.base.Messages;

/**
 * The group dialogs' form: labelled fields in two columns ({@link FormGrid}), a line under them saying why the
 * dialog's button is disabled, and a note on what Yandu keeps.
 */
final class GroupForm {
    private final GridPane grid = FormGrid.labelled();
    private final Messages messages;
    private int rows;

    GroupForm(Messages messages) {
        this.messages = messages;
        grid.setPrefWidth(580);
    }

    GroupForm field(String labelKey, Node field) {
        grid.addRow(rows++, new Label(messages.get(labelKey)), field);
        return this;
    }

    /** Under the fields: why the button is disabled, while it is. */
    GroupForm hint(String id, StringBinding problem) {
        Label hint = noteLabel(problem.get());
        hint.setId(id);
        hint.textProperty().bind(problem);
        grid.add(hint, 1, rows++);
        return this;
    }

    /** Across the dialog: what Yandu keeps or does not, and what happens next. */
    GroupForm note(String key) {
        grid.add(noteLabel(messages.get(key)), 0, rows++, 2, 1);
        return this;
    }

    /**
     * A dialog over {@code owner} holding the form, with {@code confirm} (disabled while {@code problem} says why)
     * and Cancel.
     */
    <R> Dialog<R> dialog(Window owner, String titleKey, String header, ButtonType confirm, StringBinding problem) {
        Dialog<R> dialog = shown(owner, titleKey, header, confirm, messages.cancelButton());
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(problem.isNotEmpty());
        return dialog;
    }

    /** A dialog over {@code owner} holding the form, to read: with {@code buttons} only. */
    <R> Dialog<R> shown(Window owner, String titleKey, String header, ButtonType... buttons) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(buttons);
        return dialog;
    }

    private static Label noteLabel(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("group-hint");
        return note;
    }
}
