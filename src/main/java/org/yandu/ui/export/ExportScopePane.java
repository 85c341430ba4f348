package org.yandu.ui.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.jspecify.annotations.Nullable;
import org.yandu.library.SpeechCollection;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.RadioGroups;

/** The Export dialog's choice of speeches: the scopes the model offers, with the list to tick and the collections. */
final class ExportScopePane {
    private static final double LIST_HEIGHT = 190;

    private final ExportDialogViewModel model;
    private final Messages messages;

    ExportScopePane(ExportDialogViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node node() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (ExportDialogViewModel.Scope scope : model.scopes()) {
            RadioButton button = new RadioButton(scopeText(scope));
            button.setId("export-scope-" + scope.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setUserData(scope);
            choices.getChildren().add(button);
            Node detail = scopeDetail(scope);
            if (detail != null) {
                detail.disableProperty().bind(model.scopeProperty().isNotEqualTo(scope));
                VBox.setMargin(detail, new Insets(0, 0, 4, 26));
                choices.getChildren().add(detail);
            }
        }
        RadioGroups.link(group, model.scopeProperty());
        return choices;
    }

    private String scopeText(ExportDialogViewModel.Scope scope) {
        return switch (scope) {
            case NOTES_VIEW -> messages.format("export.scope.notesView",
                    Objects.requireNonNull(model.notesView(), "offered with a notes view").speechIds().size());
            case OPEN_SPEECH -> messages.format("export.scope.openSpeech",
                    Objects.requireNonNull(model.openSpeech(), "offered with a speech open").title());
            case CHOSEN_SPEECHES -> messages.get("export.scope.chosen");
            case COLLECTION -> messages.get("export.scope.collection");
            case LIBRARY -> messages.format("export.scope.library", model.speechCount());
        };
    }

    private @Nullable Node scopeDetail(ExportDialogViewModel.Scope scope) {
        return switch (scope) {
            case CHOSEN_SPEECHES -> speechChooser();
            case COLLECTION -> collectionChooser();
            default -> null;
        };
    }

    private Node speechChooser() {
        TextField filter = TextFields.createClearableTextField();
        filter.setId("export-speech-filter");
        filter.setPromptText(messages.get("library.filter.prompt"));
        filter.textProperty().bindBidirectional(model.speechFilterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button all = new Button(messages.get("export.chooseShown"));
        all.setOnAction(e -> model.chooseShown(true));
        Button none = new Button(messages.get("export.unchooseShown"));
        none.setOnAction(e -> model.chooseShown(false));
        Label count = new Label();
        count.textProperty().bind(model.chosenCountProperty().map(n -> messages.format("export.chosenCount", n)));
        all.setTooltip(new Tooltip(messages.get("export.chooseShown.tooltip")));
        none.setTooltip(new Tooltip(messages.get("export.unchooseShown.tooltip")));
        for (Control fixed : List.of(all, none, count)) {
            fixed.setMinWidth(Control.USE_PREF_SIZE);
        }
        HBox tools = new HBox(8, filter, all, none, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        ListView<ExportDialogViewModel.SpeechChoice> list = new ListView<>(model.shownSpeeches());
        list.setId("export-speeches");
        list.setPrefHeight(LIST_HEIGHT);
        list.setCellFactory(CheckBoxListCell.forListView(ExportDialogViewModel.SpeechChoice::chosenProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(ExportDialogViewModel.SpeechChoice choice) {
                        return choice == null ? "" : choice.speech().title();
                    }

                    @Override
                    public ExportDialogViewModel.SpeechChoice fromString(String text) {
                        throw new UnsupportedOperationException("the list is not edited as text");
                    }
                }));
        // Once the window is laid out, so that the list knows its height.
        model.shownSpeeches().stream().filter(c -> c.chosenProperty().get()).findFirst()
                .ifPresent(chosen -> Platform.runLater(() -> list.scrollTo(chosen)));
        return new VBox(6, tools, list);
    }

    private Node collectionChooser() {
        ComboBox<SpeechCollection> box = new ComboBox<>();
        box.setId("export-collection");
        box.getItems().setAll(model.collections());
        box.valueProperty().bindBidirectional(model.collectionProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SpeechCollection collection) {
                return collection == null ? "" : messages.format("library.collection", collection.title(),
                        collection.speechIds().size());
            }

            @Override
            public SpeechCollection fromString(String text) {
                throw new UnsupportedOperationException("collections are chosen, not typed");
            }
        });
        return box;
    }
}
