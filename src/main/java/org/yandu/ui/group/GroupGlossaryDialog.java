package org.yandu.ui.group;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.yandu.library.group.GroupTerm;
import org.yandu.ui.base.Messages;
import org.yandu.ui.glossary.TermDialog;

/**
 * The Group Glossary: the terms every member's reading keeps as one word and shows in lookups. An organiser adds,
 * edits and removes them here, each change sent to the server at once; a member reads them.
 */
final class GroupGlossaryDialog {
    private final Window owner;
    private final Messages messages;
    private final GroupController group;
    private final BiConsumer<String, Consumer<String>> pinyinOf;
    private final GroupGlossaryViewModel model = new GroupGlossaryViewModel();
    private final TableView<GroupTerm> table = new TableView<>(model.terms());

    private GroupGlossaryDialog(Window owner, Messages messages, GroupController group,
                                BiConsumer<String, Consumer<String>> pinyinOf) {
        this.owner = owner;
        this.messages = messages;
        this.group = group;
        this.pinyinOf = pinyinOf;
    }

    /** Reads the group's terms as the last sync brought them, then shows them. */
    static void show(Window owner, Messages messages, GroupController group,
                     BiConsumer<String, Consumer<String>> pinyinOf) {
        GroupGlossaryDialog dialog = new GroupGlossaryDialog(owner, messages, group, pinyinOf);
        group.terms(terms -> {
            dialog.model.show(terms);
            dialog.dialog().show();
        });
    }

    private Dialog<Void> dialog() {
        table.setId("group-glossary");
        table.setPrefSize(640, 360);
        table.setPlaceholder(new Label(messages.get("group.glossary.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("group.glossary.term", 140, GroupTerm::term));
        table.getColumns().add(column("group.glossary.pinyin", 150, GroupTerm::pinyin));
        table.getColumns().add(column("group.glossary.meaning", 320, GroupGlossaryViewModel::meaning));
        boolean organiser = group.organiserProperty().get();
        Label note = new Label(messages.get(organiser ? "group.glossary.organiserNote" : "group.glossary.memberNote"));
        note.setWrapText(true);
        note.getStyleClass().add("group-hint");
        VBox content = new VBox(8, table);
        if (organiser) {
            content.getChildren().add(organiserButtons());
        }
        content.getChildren().add(note);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("group.glossary.title"));
        dialog.setHeaderText(messages.get("group.glossary.header"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("group.glossary.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    private HBox organiserButtons() {
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = button("group.glossary.add", "group-glossary-add", this::add);
        Button edit = button("group.glossary.edit", "group-glossary-edit", this::edit);
        edit.disableProperty().bind(none);
        Button remove = button("group.glossary.remove", "group-glossary-remove", this::remove);
        remove.disableProperty().bind(none);
        return new HBox(8, add, edit, remove);
    }

    private void add() {
        TermDialog.showForGroup(owner, messages, null, pinyinOf).ifPresent(term -> put(
                GroupGlossaryViewModel.edited(term)));
    }

    private void edit() {
        GroupTerm chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            TermDialog.showForGroup(owner, messages, GroupGlossaryViewModel.toEdit(chosen), pinyinOf)
                    .ifPresent(term -> put(GroupGlossaryViewModel.edited(term)));
        }
    }

    private void put(GroupTerm term) {
        group.putTerm(term, () -> model.put(term), why -> GroupAlerts.failed(owner, messages,
                "group.glossary.title", "group.glossary.putFailed", "", why));
    }

    private void remove() {
        GroupTerm chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            group.removeTerm(chosen.term(), () -> model.removed(chosen.term()), why -> GroupAlerts.failed(owner,
                    messages, "group.glossary.title", "group.glossary.removeFailed", "", why));
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private TableColumn<GroupTerm, String> column(String key, double width,
                                                  Function<GroupTerm, String> text) {
        TableColumn<GroupTerm, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
