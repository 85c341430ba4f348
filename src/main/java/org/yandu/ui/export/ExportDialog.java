package org.yandu.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.yandu.export.ExportFormat;
import org.yandu.export.ExportOptions;
import org.yandu.export.ExportResult;
import org.yandu.ui.base.ErrorText;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.RadioGroups;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.base.ToolWindow;

/**
 * File → Export Study Notes…: format and content, which speeches, where to. The choices and their rules are
 * {@link ExportDialogViewModel}'s; this window shows them, runs the export with progress and a Cancel that stops
 * it, asks before replacing files, and says what was written.
 */
public final class ExportDialog {
    private static final double WIDTH = 900;
    private static final double WHAT_WIDTH = 300;

    private final ExportController exports;
    private final Messages messages;
    private final ExportDialogViewModel model;
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
    private TaskExecutor.@Nullable Running running;
    /** Where the last export wrote its files; null before one did. */
    private @Nullable Path writtenFolder;
    /** A file the reader chose to replace in the system's save dialog; they are not asked again. */
    private @Nullable Path replaceAgreed;

    private ExportDialog(ExportController exports, Messages messages, Stage owner, ExportDialogViewModel model) {
        this.exports = exports;
        this.messages = messages;
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("export.title"));
        // Two columns keep the dialog low enough for a laptop screen with the list of speeches open.
        VBox what = new VBox(16, formatSection(), contentSection());
        what.setPrefWidth(WHAT_WIDTH);
        what.setMinWidth(WHAT_WIDTH);
        Node which = section("export.scope", new ExportScopePane(model, messages).node());
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
        ToolWindow.closesWithKeys(stage, scene);
        stage.setOnCloseRequest(e -> cancel());
        // Messages below the form come and go; the window follows them and stays on the screen.
        for (Observable change : List.<Observable>of(model.formatProperty(),
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

    public static void show(ExportController exports, Messages messages, Stage owner, ExportDialogViewModel model) {
        ExportDialog dialog = new ExportDialog(exports, messages, owner, model);
        dialog.stage.show();
        dialog.export.requestFocus();
    }

    private Node formatSection() {
        Map<ExportFormat, String> names = new LinkedHashMap<>();
        for (ExportFormat format : ExportFormat.values()) {
            names.put(format, messages.get("export.format." + format.key()));
        }
        VBox row = new VBox(8);
        RadioGroups.add(model.formatProperty(), names, "export-format-", row);
        Label hint = new Label();
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.formatProperty().map(f -> messages.get("export.format." + f.key() + ".hint")));
        return section("export.format", row, hint);
    }

    private Node contentSection() {
        // Anki and JSON carry no keywords nor sentences, and always the looked-up words.
        CheckBox keywords = checkBox("export.keywords", "export-keywords");
        follow(keywords, model.keywordsProperty(), ExportDialogViewModel::readableNotes, false);
        CheckBox sentences = checkBox("export.sentences", "export-sentences");
        follow(sentences, model.sentencesProperty(), ExportDialogViewModel::readableNotes, false);
        CheckBox lookups = checkBox("export.lookups", "export-lookups");
        follow(lookups, model.lookupsProperty(), ExportDialogViewModel::lookupsApply, true);
        CheckBox combined = checkBox("export.combined", "export-combined");
        combined.selectedProperty().bindBidirectional(model.combinedProperty());
        combined.disableProperty().bind(model.combinedAppliesProperty().not());
        HBox language = new HBox(12);
        language.setAlignment(Pos.CENTER_LEFT);
        language.getChildren().add(new Label(messages.get("export.language")));
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("zh", messages.get("export.language.zh"));
        languages.put("en", messages.get("export.language.en"));
        RadioGroups.add(model.languageProperty(), languages, "export-language-", language);
        language.disableProperty().bind(model.formatProperty().map(f -> !ExportDialogViewModel.languageApplies(f)));
        return section("export.content", keywords, sentences, lookups, combined, language);
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
        Path parent = current.getParent();
        Path folder = parent != null && Files.isDirectory(parent) ? parent : model.targetFolder();
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
            chooser.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
            String extension = options.format().extension();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("export.format." + options.format().key()) + " (*" + extension + ")",
                    "*" + extension));
            chosen = chooser.showSaveDialog(stage);
        }
        if (chosen != null) {
            model.targetProperty().set(chosen.getAbsolutePath());
            // The system's save dialog has already asked whether to replace an existing file.
            replaceAgreed = !options.filePerSpeech() && chosen.exists() ? chosen.toPath().toAbsolutePath() : null;
        }
    }

    private static void initialDirectory(Path folder, Consumer<File> set) {
        if (Files.isDirectory(folder)) {
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
        openFolder.setOnAction(e -> {
            Path folder = writtenFolder;
            if (folder != null) {
                exports.showFolder(folder);
            }
        });
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
        export.setOnAction(e -> start(model.target().map(Path::toAbsolutePath).filter(t -> t.equals(replaceAgreed))
                .isPresent()));
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
        progress.setProgress(-1);
        progressText.setText(messages.get("status.exportStarting"));
        running = exports.tasks().execute(exports.export(model, force).onSuccess(this::finished)
                .onProgress((text, done, total) -> {
                    progress.setProgress(done < 0 || total <= 0 ? -1 : done / total);
                    progressText.setText(text);
                })
                .onCancelled(() -> stopped(messages.get("export.cancelled")))
                .onFailure(e -> stopped(ErrorText.line(messages, "error.export", e))));
        busy.set(true);
    }

    private void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void stopped(String text) {
        running = null;
        busy.set(false);
        outcome.setText(text);
    }

    private void finished(ExportJob.Outcome result) {
        stopped("");
        ExportResult written = result.result();
        if (written == null) {
            if (ExportNotices.confirmReplace(stage, messages, result.existing())) {
                start(true);
            }
            return;
        }
        List<Path> files = written.files();
        outcome.setText(ExportNotices.written(messages, written));
        writtenFolder = files.isEmpty() ? null : files.get(0).getParent();
        openFolder.setVisible(writtenFolder != null);
        exports.tasks().setIdleStatus(messages.format("status.exported", files.size(),
                writtenFolder == null ? "" : writtenFolder));
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

    private Node section(String key, Node... content) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("export-section");
        VBox box = new VBox(6, title);
        box.getChildren().addAll(content);
        return box;
    }
}
