package org.yandu.ui.group;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.yandu.library.Annotation;
import org.yandu.library.group.NoteRevision;
import org.yandu.ui.base.Messages;

/**
 * Earlier Versions of a note: the states the group's server kept when an edit replaced them, newest first, the ones
 * an edit on another device overwrote marked, as the state most likely wanted back. Restore brings the chosen one
 * back (an edit like any other: the state it replaces is kept in its turn); nothing is lost either way.
 */
public final class NoteRevisionsDialog {
    private NoteRevisionsDialog() {
    }

    /** Reads the note's kept states from the server, then shows them; {@code restored} runs once one is back. */
    public static void show(Window owner, Messages messages, GroupController group, Annotation note,
                            Runnable restored) {
        group.revisions(note.id(), revisions -> choose(owner, messages, note, revisions).ifPresent(revision ->
                group.restore(note.id(), revision.revision(), restored, why -> GroupAlerts.failed(owner, messages,
                        "group.revisions.title", "group.revisions.failed", "", why))),
                why -> GroupAlerts.failed(owner, messages, "group.revisions.title", "group.revisions.unread", "",
                        why));
    }

    private static Optional<NoteRevision> choose(Window owner, Messages messages, Annotation note,
                                                          List<NoteRevision> revisions) {
        List<NoteRevision> newestFirst = new ArrayList<>(revisions);
        Collections.reverse(newestFirst);
        ListView<NoteRevision> list = new ListView<>();
        list.setId("note-revisions");
        list.getItems().setAll(newestFirst);
        list.setPrefSize(520, 320);
        list.setPlaceholder(new Label(messages.get("group.revisions.none")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoteRevision revision, boolean empty) {
                super.updateItem(revision, empty);
                setText(null);
                if (empty || revision == null) {
                    setGraphic(null);
                    return;
                }
                Label heading = new Label(messages.format(revision.overwritten() ? "group.revisions.overwritten"
                        : "group.revisions.edited", when.format(revision.edited())));
                heading.getStyleClass().add("note-author");
                String body = revision.deleted() ? messages.get("group.revisions.deleted")
                        : revision.body().isBlank() ? messages.get("group.revisions.empty") : revision.body().strip();
                Label text = new Label(body + (revision.tags().isEmpty() ? ""
                        : "\n#" + String.join("  #", revision.tags())));
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.getStyleClass().add("note-body");
                VBox box = new VBox(2, heading, text);
                box.setPrefWidth(0);
                box.prefWidthProperty().bind(list.widthProperty().subtract(30));
                setGraphic(box);
            }
        });
        Dialog<NoteRevision> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("group.revisions.title"));
        // A passage's parts are a line each; the header has room for one.
        String quote = note.quote().replace('\n', ' ');
        dialog.setHeaderText(messages.format("group.revisions.header", quote.length() > 40
                ? quote.substring(0, 40) + "…" : quote));
        Label told = new Label(messages.get("group.revisions.told"));
        told.setWrapText(true);
        told.getStyleClass().add("group-hint");
        dialog.getDialogPane().setContent(new VBox(8, list, told));
        ButtonType restore = new ButtonType(messages.get("group.revisions.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("group.revisions.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, close);
        // A deletion has nothing to bring back.
        BooleanBinding nothingToRestore = Bindings.createBooleanBinding(() -> {
            NoteRevision chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null || chosen.deleted();
        }, list.getSelectionModel().selectedItemProperty());
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(nothingToRestore);
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
