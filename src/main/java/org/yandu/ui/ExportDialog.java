package org.yandu.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.yandu.export.ExportFormat;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportResult;
import org.yandu.library.SpeechCollection;

/**
 * File → Export Study Notes…: format and content, which speeches, where to. The choices and their rules are
 * {@link ExportDialogModel}'s; this window shows them, runs the export with progress and a Cancel that stops
 * it, asks before replacing files, and says what was written.
 */
final class ExportDialog {
    private static final int FILES_LISTED = 5;
    private static final double WIDTH = 900;
    private static final double WHAT_WIDTH = 300;
    private static final double LIST_HEIGHT = 190;

    private final AppController app;
    private final Messages messages;
    private final ExportDialogModel model;
    private final Stage stage = new Stage();
    private final VBox form = new VBox(14);
    /** An export is running: the choices wait, Close becomes Cancel. */
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Button export = new Button();
    private final Button close = new Button();
    private final Button openFolder = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label outcome = new Label();
    private ExportJob running;
    private Path writtenFolder;

    private ExportDialog(AppController app, Messages messages, Stage owner, ExportDialogModel model) {
        this.app = app;
        this.messages = messages;
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.title"));
        // Two columns keep the dialog low enough for a laptop screen with the list of speeches open.
        VBox what = new VBox(16, formatSection(), contentSection());
        what.setPrefWidth(WHAT_WIDTH);
        what.setMinWidth(WHAT_WIDTH);
        Node which = scopeSection();
        HBox.setHgrow(which, Priority.ALWAYS);
        form.getChildren().addAll(new HBox(28, what, which), targetSection());
        form.disableProperty().bind(busy);
        VBox root = new VBox(14, form, problemLabel(), progressBox(), outcomeBox(), buttons());
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setId("export-dialog");
        root.getStyleClass().add("export-dialog");
        root.setPrefWidth(WIDTH);
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> cancel());
        // Messages below the form come and go; the window follows them and stays on the screen.
        for (javafx.beans.Observable change : List.<javafx.beans.Observable>of(model.formatProperty(),
                model.problemProperty(), busy, outcome.textProperty())) {
            change.addListener(o -> Platform.runLater(this::fit));
        }
    }

    private void fit() {
        stage.sizeToScene();
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (stage.getY() + stage.getHeight() > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
        }
    }

    static void show(AppController app, Messages messages, Stage owner, ExportDialogModel model) {
        ExportDialog dialog = new ExportDialog(app, messages, owner, model);
        dialog.stage.show();
        dialog.export.requestFocus();
    }

    private Node formatSection() {
        Map<ExportFormat, String> names = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            names.put(format, messages.get("export.format." + format.key()));
        }
        VBox row = new VBox(8);
        radios(model.formatProperty(), names, "export-format-", row);
        Label hint = new Label();
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.formatProperty().map(f -> messages.get("export.format." + f.key() + ".hint")));
        return section("export.format", row, hint);
    }

    private Node contentSection() {
        // Anki and JSON carry no keywords, and always the looked-up words.
        CheckBox keywords = checkBox("export.keywords", "export-keywords");
        follow(keywords, model.keywordsProperty(), ExportDialogModel::keywordsApply, false);
        CheckBox lookups = checkBox("export.lookups", "export-lookups");
        follow(lookups, model.lookupsProperty(), ExportDialogModel::lookupsApply, true);
        CheckBox combined = checkBox("export.combined", "export-combined");
        combined.selectedProperty().bindBidirectional(model.combinedProperty());
        combined.disableProperty().bind(model.combinedAppliesProperty().not());
        HBox language = new HBox(12);
        language.setAlignment(Pos.CENTER_LEFT);
        language.getChildren().add(new Label(messages.get("export.language")));
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("zh", messages.get("export.language.zh"));
        languages.put("en", messages.get("export.language.en"));
        radios(model.languageProperty(), languages, "export-language-", language);
        language.disableProperty().bind(model.formatProperty().map(f -> !ExportDialogModel.languageApplies(f)));
        return section("export.content", keywords, lookups, combined, language);
    }

    private Node scopeSection() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (ExportDialogModel.Scope scope : model.scopes()) {
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
        link(group, model.scopeProperty());
        return section("export.scope", choices);
    }

    private String scopeText(ExportDialogModel.Scope scope) {
        return switch (scope) {
            case NOTES_VIEW -> messages.format("export.scope.notesView", model.notesView().speechIds().size());
            case OPEN_SPEECH -> messages.format("export.scope.openSpeech", model.openSpeech().title());
            case CHOSEN_SPEECHES -> messages.get("export.scope.chosen");
            case COLLECTION -> messages.get("export.scope.collection");
            case LIBRARY -> messages.format("export.scope.library", model.speechCount());
        };
    }

    private Node scopeDetail(ExportDialogModel.Scope scope) {
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
        ListView<ExportDialogModel.SpeechChoice> list = new ListView<>(model.shownSpeeches());
        list.setId("export-speeches");
        list.setPrefHeight(LIST_HEIGHT);
        list.setCellFactory(CheckBoxListCell.forListView(ExportDialogModel.SpeechChoice::chosenProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(ExportDialogModel.SpeechChoice choice) {
                        return choice == null ? "" : choice.speech().title();
                    }

                    @Override
                    public ExportDialogModel.SpeechChoice fromString(String text) {
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

    private Node targetSection() {
        TextField target = new TextField();
        target.setId("export-target");
        target.textProperty().bindBidirectional(model.targetProperty());
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button(messages.get("export.choose"));
        choose.setOnAction(e -> chooseTarget());
        HBox row = new HBox(8, target, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("export.target", row);
    }

    /** A folder for one file per speech, else a file; either starts where the target is now. */
    private void chooseTarget() {
        ExportOptions options = model.options();
        Path current = model.target().orElse(model.targetFolder());
        Path folder = Files.isDirectory(current.getParent()) ? current.getParent() : model.targetFolder();
        File chosen;
        if (options.filePerSpeech()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("export.chooser.folder"));
            initialDirectory(folder, chooser::setInitialDirectory);
            chosen = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("export.chooser.file"));
            initialDirectory(folder, chooser::setInitialDirectory);
            chooser.setInitialFileName(current.getFileName().toString());
            String extension = options.format().extension();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("export.format." + options.format().key()) + " (*" + extension + ")", "*" + extension));
            chosen = chooser.showSaveDialog(stage);
        }
        if (chosen != null) {
            model.targetProperty().set(chosen.getAbsolutePath());
        }
    }

    private static void initialDirectory(Path folder, java.util.function.Consumer<File> set) {
        if (folder != null && Files.isDirectory(folder)) {
            set.accept(folder.toFile());
        }
    }

    private Node problemLabel() {
        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty().map(messages::get).orElse(""));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private Node progressBox() {
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("export-progress");
        progressText.getStyleClass().add("export-hint");
        VBox box = new VBox(4, progress, progressText);
        box.visibleProperty().bind(busy);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node outcomeBox() {
        outcome.setId("export-outcome");
        outcome.setWrapText(true);
        openFolder.setText(messages.get("export.openFolder"));
        openFolder.setOnAction(e -> app.hostServices().showDocument(writtenFolder.toUri().toString()));
        openFolder.setVisible(false);
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        VBox box = new VBox(8, outcome, openFolder);
        box.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node buttons() {
        export.setText(messages.get("export.export"));
        export.setId("export-start");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.problemProperty().isNotNull().or(busy));
        export.setOnAction(e -> start(false));
        close.setId("export-close");
        close.setCancelButton(true);
        close.textProperty().bind(busy.map(on -> messages.get(on ? "export.cancel" : "export.close")));
        close.setOnAction(e -> {
            if (running != null) {
                cancel();
            } else {
                stage.close();
            }
        });
        // Not a ButtonBar: it keeps the width "Close" had when the button turns into "Cancel Export".
        close.setMinWidth(Control.USE_PREF_SIZE);
        export.setMinWidth(Control.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(8, gap, close, export);
    }

    private void start(boolean force) {
        outcome.setText("");
        openFolder.setVisible(false);
        ExportJob job = app.export(model, force, this::finished);
        running = job;
        progress.progressProperty().bind(job.progressProperty());
        progressText.textProperty().bind(job.messageProperty());
        job.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> stopped(messages.get("export.cancelled")));
        job.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> stopped(messages.get("error.export")));
        busy.set(true);
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void stopped(String text) {
        running = null;
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        busy.set(false);
        outcome.setText(text);
    }

    private void finished(ExportJob.Outcome result) {
        stopped("");
        if (!result.written()) {
            if (confirmReplace(result.existing())) {
                start(true);
            }
            return;
        }
        ExportResult written = result.result();
        List<Path> files = written.files();
        StringBuilder text = new StringBuilder(messages.format("export.done", written.speeches(),
                written.annotations(), files.size()));
        files.stream().limit(FILES_LISTED).forEach(f -> text.append('\n').append(f));
        if (files.size() > FILES_LISTED) {
            text.append('\n').append(messages.format("export.more", files.size() - FILES_LISTED));
        }
        outcome.setText(text.toString());
        writtenFolder = files.isEmpty() ? null : files.get(0).getParent();
        openFolder.setVisible(writtenFolder != null && app.hostServices() != null);
        app.tasks().setIdleStatus(messages.format("status.exported", files.size(),
                writtenFolder == null ? "" : writtenFolder));
    }

    /** Asks before replacing; the safe answer, keeping the files, is the default. */
    private boolean confirmReplace(List<Path> existing) {
        ButtonType replace = new ButtonType(messages.get("export.replace"), ButtonBar.ButtonData.OK_DONE);
        // Not ButtonType.CANCEL, whose text follows the system's language rather than the reader's choice.
        ButtonType keep = new ButtonType(messages.get("export.replace.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, keep);
        alert.initOwner(stage);
        alert.setTitle(messages.get("export.replace.title"));
        alert.setHeaderText(existing.size() == 1
                ? messages.format("export.replace.one", existing.get(0).getFileName())
                : messages.format("export.replace.many", existing.size()));
        StringBuilder text = new StringBuilder(messages.format("export.replace.where", existing.get(0).getParent()));
        existing.stream().skip(existing.size() == 1 ? 1 : 0).limit(FILES_LISTED)
                .forEach(f -> text.append('\n').append(f.getFileName()));
        if (existing.size() > FILES_LISTED) {
            text.append('\n').append(messages.format("export.more", existing.size() - FILES_LISTED));
        }
        alert.setContentText(text.toString());
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /**
     * The box edits the reader's choice where the format lets them choose; elsewhere it is disabled and shows
     * what the format does, {@code otherwise}, leaving the choice as it was for the next format.
     */
    private void follow(CheckBox box, BooleanProperty choice, Predicate<ExportFormat> applies, boolean otherwise) {
        model.formatProperty().subscribe(format -> {
            box.selectedProperty().unbindBidirectional(choice);
            if (applies.test(format)) {
                box.selectedProperty().bindBidirectional(choice);
            } else {
                box.setSelected(otherwise);
            }
            box.setDisable(!applies.test(format));
        });
    }

    private CheckBox checkBox(String key, String id) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.setWrapText(true);
        return box;
    }

    /** Radio buttons for the values, added to {@code into}, kept in step with the property both ways. */
    private static <T> void radios(ObjectProperty<T> property, Map<T, String> labels, String idPrefix, Pane into) {
        ToggleGroup group = new ToggleGroup();
        labels.forEach((value, label) -> {
            RadioButton button = new RadioButton(label);
            button.setId(idPrefix + String.valueOf(value instanceof ExportFormat f ? f.key() : value));
            button.setUserData(value);
            button.setToggleGroup(group);
            into.getChildren().add(button);
        });
        link(group, property);
    }

    @SuppressWarnings("unchecked")
    private static <T> void link(ToggleGroup group, ObjectProperty<T> property) {
        group.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle != null) {
                property.set((T) toggle.getUserData());
            }
        });
        property.subscribe(value -> {
            for (Toggle toggle : group.getToggles()) {
                if (toggle.getUserData().equals(value)) {
                    group.selectToggle(toggle);
                }
            }
        });
    }

    private Node section(String key, Node... content) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("export-section");
        VBox box = new VBox(6, title);
        box.getChildren().addAll(content);
        return box;
    }
}
