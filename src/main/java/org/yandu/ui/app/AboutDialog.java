package org.yandu.ui.app;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.yandu.about.ThirdPartyComponent;
import org.yandu.about.ThirdPartyNotices;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;

/**
 * Help → About: Yandu's name, version and purpose, then the third-party software it is built with (and CC-CEDICT
 * when the library has it imported), each with its version and licence; the selected row's full licence text shows
 * below. The list is read from the jar on the library thread, so the dialog opens at once and fills in.
 */
final class AboutDialog {
    private static final double WIDTH = 800;

    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<ThirdPartyComponent> table = new TableView<>();
    private final TextArea licence = new TextArea();
    private @Nullable ThirdPartyNotices notices;

    private AboutDialog(Stage owner, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));
        dialog.setHeaderText(messages.format("about.header", version(messages)));
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        // Close is the cancel button, so Esc closes the dialog too.
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content(messages));
        dialog.getDialogPane().setId("about-dialog");
        // Its width is in yandu.css: AtlantaFX's 600 px cap on dialog panes beats a width set here.
    }

    static void show(Stage owner, Messages messages, AppController app) {
        AboutDialog about = new AboutDialog(owner, messages);
        about.dialog.show();
        app.tasks().execute(BackgroundTask.on(Lane.LIBRARY, "error.readLicences",
                () -> ThirdPartyNotices.forLibrary(app.libraryFile()))
                .status(messages.get("about.loading"))
                .onSuccess(about::fill));
    }

    private VBox content(Messages messages) {
        Label description = new Label(messages.get("about.description") + "\n" + messages.get("about.speeches"));
        description.setWrapText(true);
        Label heading = new Label(messages.get("about.thirdParty"));
        heading.getStyleClass().add("about-heading");
        Label hint = new Label(messages.get("about.thirdParty.hint"));
        hint.setWrapText(true);
        table.setId("about-components");
        table.setPlaceholder(new Label(messages.get("about.loading")));
        table.getColumns().add(column(messages.get("about.column.name"), ThirdPartyComponent::name, 0.31));
        table.getColumns().add(column(messages.get("about.column.version"), ThirdPartyComponent::version, 0.21));
        table.getColumns().add(column(messages.get("about.column.licence"), ThirdPartyComponent::licence, 0.46));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(250);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, selected) ->
                licence.setText(selected == null || notices == null ? "" : text(messages, notices, selected)));
        licence.setId("about-licence");
        licence.setEditable(false);
        licence.setWrapText(true);
        licence.setPrefRowCount(12);
        VBox.setVgrow(licence, Priority.ALWAYS);
        VBox box = new VBox(8, description, heading, hint, table, licence);
        return box;
    }

    private static TableColumn<ThirdPartyComponent, String> column(String title,
            Function<ThirdPartyComponent, String> value, double share) {
        TableColumn<ThirdPartyComponent, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(WIDTH * share);
        return column;
    }

    private void fill(ThirdPartyNotices read) {
        notices = read;
        table.getItems().setAll(read.components());
        table.getSelectionModel().selectFirst();
    }

    /**
     * The row's facts above its licence text, so a copied text says what it is for; CC-CEDICT's attribution is
     * said in the window's language.
     */
    private static String text(Messages messages, ThirdPartyNotices notices, ThirdPartyComponent component) {
        String facts = component.name() + " " + component.version() + "\n" + component.licence()
                + (component.url().isEmpty() ? "" : "\n" + component.url()) + "\n\n";
        if (component.id().equals(ThirdPartyNotices.CEDICT_ID)) {
            facts += messages.format("about.cedict", component.url(), String.join(" ", component.licenceUrls()))
                    + "\n\n";
        }
        return facts + notices.text(component);
    }

    /** The jar manifest's version; a build run from the classes folder has none. */
    private static String version(Messages messages) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version != null ? version : messages.get("about.devVersion");
    }
}
