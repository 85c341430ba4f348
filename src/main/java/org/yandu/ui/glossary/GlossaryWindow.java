package org.yandu.ui.glossary;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Callback;
import org.controlsfx.control.textfield.TextFields;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.UserGlossaryCsv;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.base.ToolWindow;

/** "My glossary": every user term in a searchable table, with add, edit, delete and CSV import/export. */
public final class GlossaryWindow {
    private static @Nullable Stage open;

    private final GlossaryController terms;
    private final ObservableObjectValue<GlossaryService> loaded;
    private final TaskExecutor tasks;
    private final Runnable wordsChanged;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final GlossaryViewModel model = new GlossaryViewModel();
    private final TableView<GlossaryEntry> table = new TableView<>();
    private final Label status = new Label();

    private GlossaryWindow(Services services, Messages messages, Stage owner) {
        this.terms = services.terms();
        this.loaded = services.glossary();
        this.tasks = services.tasks();
        this.wordsChanged = services.wordsChanged();
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("glossary.title"));
        TextField filter = TextFields.createClearableTextField();
        filter.setId("glossary-filter");
        filter.setPromptText(messages.get("glossary.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        table.setId("glossary-table");
        table.setItems(model.shown());
        table.getColumns().setAll(List.of(
                column("term.term", GlossaryEntry::term, 130),
                column("term.pinyin", GlossaryEntry::pinyin, 150),
                column("term.english", GlossaryEntry::english, 200),
                column("term.explanation", GlossaryEntry::explanation, 260),
                column("term.tags", e -> String.join("、", e.tags()), 120)));
        table.setPlaceholder(new Label(messages.get("glossary.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(v -> {
            var row = new javafx.scene.control.TableRow<GlossaryEntry>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        Button add = button("glossary.add", () -> edit(null));
        Button edit = button("glossary.edit", () -> edit(table.getSelectionModel().getSelectedItem()));
        Button delete = button("glossary.delete", this::deleteSelected);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, edit, delete, gap, button("glossary.import", this::importCsv),
                button("glossary.export", this::exportCsv));
        status.getStyleClass().add("glossary-status");
        BorderPane root = new BorderPane(table);
        root.setTop(new HBox(8, filter));
        root.setBottom(new javafx.scene.layout.VBox(6, buttons, status));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 900, 520);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        ToolWindow.closesWithKeys(stage, scene);
        refresh();
    }

    /**
     * What My Glossary needs: saving and removing terms, the glossary once it is loaded, the background lanes, and
     * word marks to refresh when terms came in from a file.
     */
    public record Services(GlossaryController terms, ObservableObjectValue<GlossaryService> glossary,
                           TaskExecutor tasks, Runnable wordsChanged) {
    }

    public static void show(Services services, Messages messages, Stage owner) {
        if (open == null || open.getOwner() != owner) {
            open = new GlossaryWindow(services, messages, owner).stage;
            open.setOnHidden(e -> open = null);
        }
        open.show();
        open.toFront();
    }

    private void refresh() {
        GlossaryService glossary = loaded.get();
        if (glossary != null) {
            model.show(glossary.glossary().userEntries());
            status.setText(messages.format("glossary.count", model.all().size()));
        }
    }

    private void edit(@Nullable GlossaryEntry entry) {
        (entry == null ? TermDialog.showEmpty(stage, messages, terms::pinyinOf)
                : TermDialog.show(stage, messages, GlossaryViewModel.termOf(entry), true, terms::pinyinOf))
                .ifPresent(term -> terms.putTerm(term, this::refresh));
    }

    private void deleteSelected() {
        GlossaryEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        ButtonType delete = messages.okButton();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("glossary.confirmDelete", entry.term()),
                delete, messages.cancelButton());
        confirm.initOwner(stage);
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(delete::equals)
                .ifPresent(b -> terms.removeTerm(entry.term(), this::refresh));
    }

    private void importCsv() {
        FileChooser chooser = csvChooser("glossary.import");
        File file = chooser.showOpenDialog(stage);
        GlossaryService glossary = loaded.get();
        if (file == null || glossary == null) {
            return;
        }
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary",
                () -> GlossaryViewModel.importFrom(file.toPath(), glossary::putUserTerm)).onSuccess(result -> {
                    wordsChanged.run();
                    refresh();
                    status.setText(messages.format("glossary.imported", result.entries().size(),
                            result.problems().size()) + problems(result));
                }).toldBy(e -> status.setText(messages.glossaryError(e))));
    }

    private static String problems(UserGlossaryCsv.ImportResult result) {
        StringBuilder text = new StringBuilder();
        result.problems().stream().limit(3).forEach(p -> text.append("  ").append(p));
        return text.toString();
    }

    private void exportCsv() {
        FileChooser chooser = csvChooser("glossary.export");
        chooser.setInitialFileName("my-glossary.csv");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        List<GlossaryEntry> entries = model.all();
        Path target = file.toPath();
        tasks.execute(BackgroundTask.on(Lane.WORDS, "error.glossary", () -> {
            UserGlossaryCsv.export(target, entries);
            return entries.size();
        }).onSuccess(count -> status.setText(messages.format("glossary.exported", count, target.getFileName())))
                .toldBy(e -> status.setText(messages.glossaryError(e))));
    }

    private FileChooser csvChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private TableColumn<GlossaryEntry, String> column(String key,
                                                      java.util.function.Function<GlossaryEntry, String> value,
                                                      double width) {
        TableColumn<GlossaryEntry, String> column = new TableColumn<>(messages.get(key));
        Callback<TableColumn.CellDataFeatures<GlossaryEntry, String>, javafx.beans.value.ObservableValue<String>> cells
                = data -> new ReadOnlyStringWrapper(value.apply(data.getValue()) == null ? ""
                        : value.apply(data.getValue()));
        column.setCellValueFactory(cells);
        column.setPrefWidth(width);
        return column;
    }
}
