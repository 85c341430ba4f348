package org.yandu.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.yandu.library.BackupFile;
import org.yandu.ui.base.Messages;

/**
 * File → Restore from Backup…: the library's backups, newest first (or any backup file the reader picks), and a
 * confirmation saying that the current state is backed up first, so a restore can itself be undone. A damaged
 * backup (an earlier version's, which did not check its copies) is listed, marked, so the reader knows it is there,
 * but cannot be chosen: a restore of it would only be refused.
 */
public final class RestoreDialog {
    /** What the dialog needs of the library: its backups, and a restore from one of them. */
    public interface Backups {
        /** The library's backups, newest first, handed to {@code done} on the FX thread. */
        void backups(Consumer<List<BackupFile>> done);

        /** Restores the library from {@code backup}, then runs {@code done} on the FX thread. */
        void restoreBackup(Path backup, Runnable done);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Backups library;
    private final Messages messages;
    private final Stage owner;

    private RestoreDialog(Backups library, Messages messages, Stage owner) {
        this.library = library;
        this.messages = messages;
        this.owner = owner;
    }

    public static void show(Backups library, Messages messages, Stage owner) {
        RestoreDialog dialog = new RestoreDialog(library, messages, owner);
        library.backups(dialog::choose);
    }

    private void choose(List<BackupFile> backups) {
        ListView<BackupFile> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setCellFactory(v -> new BackupCell());
        list.setPlaceholder(new Label(messages.get("restore.none")));
        list.setPrefSize(520, 260);
        backups.stream().filter(BackupFile::restorable).findFirst().ifPresent(list.getSelectionModel()::select);
        Label explanation = new Label(messages.get("restore.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(520);

        Dialog<BackupFile> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("restore.title"));
        dialog.setHeaderText(messages.get("restore.header"));
        ButtonType restore = new ButtonType(messages.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(messages.get("restore.otherFile"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(other, restore, messages.cancelButton());
        dialog.getDialogPane().setContent(new VBox(10, explanation, list));
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !restorable(
                list.getSelectionModel().getSelectedItem()), list.getSelectionModel().selectedItemProperty()));
        Button otherButton = (Button) dialog.getDialogPane().lookupButton(other);
        otherButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            chooseFile().ifPresent(file -> {
                dialog.setResult(BackupFile.of(file));
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
        dialog.showAndWait().filter(this::confirmed)
                .ifPresent(chosen -> library.restoreBackup(chosen.file(), () -> { }));
    }

    private Optional<Path> chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("restore.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("restore.chooser.db"), "*.db"),
                new FileChooser.ExtensionFilter(messages.get("import.chooser.all"), "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private boolean confirmed(BackupFile backup) {
        ButtonType ok = messages.okButton();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("restore.confirm.text"),
                messages.cancelButton(), ok);
        confirm.initOwner(owner);
        confirm.setTitle(messages.get("restore.title"));
        confirm.setHeaderText(messages.format("restore.confirm.header", describe(backup, messages)));
        return confirm.showAndWait().filter(ok::equals).isPresent();
    }

    private static boolean restorable(BackupFile backup) {
        return backup != null && backup.restorable();
    }

    /** A backup in the reader's words: when, why, how big, and whether it is damaged. */
    static String describe(BackupFile backup, Messages messages) {
        String when = backup.made() == null ? backup.file().getFileName().toString()
                : WHEN.withLocale(messages.locale()).format(backup.made());
        String reason = backup.reason().isEmpty() ? "" : " · " + reason(backup.reason(), messages);
        String size = backup.bytes() < 0 ? "" : " · " + messages.format("restore.size", backup.bytes() / MEGABYTE);
        String damaged = backup.restorable() ? "" : " · " + messages.get("restore.damaged");
        return when + reason + size + damaged;
    }

    private static String reason(String reason, Messages messages) {
        String key = "restore.reason." + reason;
        return messages.has(key) ? messages.get(key) : reason;
    }

    private final class BackupCell extends ListCell<BackupFile> {
        @Override
        protected void updateItem(BackupFile backup, boolean empty) {
            super.updateItem(backup, empty);
            setText(empty || backup == null ? null : describe(backup, messages));
            setDisable(backup != null && !backup.restorable());
        }
    }
}
