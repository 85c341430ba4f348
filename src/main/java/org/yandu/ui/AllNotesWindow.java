package org.yandu.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;

/**
 * Study → All Notes: every highlight and note of the library in one list beside the reader, narrowed and
 * sorted by {@link AllNotesModel}. Enter or a double-click opens one in the reader; Delete removes it through
 * the note editor, so Ctrl+Z brings it back. The list is read again whenever notes change.
 */
final class AllNotesWindow {
    private static final int QUOTE_CHARS = 120;
    private static final int PARAGRAPH_CHARS = 60;
    private static Stage open;

    private final AppController app;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final AllNotesModel model = new AllNotesModel(ZoneId.systemDefault());
    private final ListView<AllNotesModel.Entry> list = new ListView<>(model.shown());
    private final Label status = new Label();
    private final DateTimeFormatter dates;
    private final Subscription reloads;

    private AllNotesWindow(AppController app, Messages messages, Stage owner) {
        this.app = app;
        this.messages = messages;
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        stage.initOwner(owner);
        stage.setTitle(messages.get("allNotes.title"));
        BorderPane root = new BorderPane(list());
        root.setTop(new VBox(8, searchRow(), filterRow()));
        root.setBottom(statusRow());
        BorderPane.setMargin(list, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("all-notes");
        Scene scene = new Scene(root, 980, 660);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getAccelerators().put(AppMenus.shortcut(KeyCode.Z), () -> {
            if (app.canUndoProperty().get()) {
                app.undoNote();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    if (app.canRedoProperty().get()) {
                        app.redoNote();
                    }
                });
        stage.setScene(scene);
        reloads = app.notesVersionProperty().subscribe(version -> reload());
        stage.setOnHidden(e -> {
            reloads.unsubscribe();
            if (open == stage) {
                open = null;
            }
        });
    }

    static void show(AppController app, Messages messages, Stage owner) {
        if (open == null || open.getOwner() != owner) {
            open = new AllNotesWindow(app, messages, owner).stage;
        }
        open.show();
        open.toFront();
    }

    private void reload() {
        app.loadAllNotes(library -> {
            AllNotesModel.Entry selected = list.getSelectionModel().getSelectedItem();
            model.show(library);
            if (selected != null) {
                model.shown().stream().filter(e -> e.annotation().id() == selected.annotation().id()).findFirst()
                        .ifPresent(e -> list.getSelectionModel().select(e));
            }
        });
    }

    private HBox searchRow() {
        TextField filter = TextFields.createClearableTextField();
        filter.setId("all-notes-filter");
        filter.setPromptText(messages.get("allNotes.filter"));
        filter.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<AllNotesModel.Order> order = new ComboBox<>(
                FXCollections.observableArrayList(AllNotesModel.Order.values()));
        order.setId("all-notes-order");
        order.setConverter(converter(o -> messages.get("allNotes.order." + o.name().toLowerCase(Locale.ROOT))));
        order.valueProperty().bindBidirectional(model.orderProperty());
        HBox row = new HBox(8, filter, speechChoice(), order);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Every speech, or one collection or speech holding notes; the first item stands for "all". */
    private ComboBox<AllNotesModel.SpeechChoice> speechChoice() {
        AllNotesModel.SpeechChoice all = new AllNotesModel.SpeechChoice(messages.get("allNotes.allSpeeches"),
                List.of(), false);
        ComboBox<AllNotesModel.SpeechChoice> speeches = new ComboBox<>(FXCollections.observableArrayList(all));
        model.speechChoices().addListener((ListChangeListener<AllNotesModel.SpeechChoice>) c -> {
            speeches.getItems().setAll(Stream.concat(Stream.of(all), model.speechChoices().stream()).toList());
            speeches.setValue(model.speechProperty().get() == null ? all : model.speechProperty().get());
        });
        speeches.setId("all-notes-speech");
        speeches.setPrefWidth(280);
        speeches.setConverter(converter(c -> c == all || !c.collection() ? c.title()
                : messages.format("allNotes.collection", c.title(), c.speechIds().size())));
        speeches.setValue(all);
        speeches.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                model.speechProperty().set(chosen == all ? null : chosen);
            }
        });
        model.speechProperty().addListener((o, old, chosen) -> speeches.setValue(chosen == null ? all : chosen));
        return speeches;
    }

    private FlowPane filterRow() {
        DatePicker from = datePicker("all-notes-from", "allNotes.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("all-notes-to", "allNotes.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        CheckBox withNote = new CheckBox(messages.get("allNotes.withNote"));
        withNote.selectedProperty().bindBidirectional(model.withNoteProperty());
        CheckBox orphaned = new CheckBox(messages.get("allNotes.orphanedOnly"));
        orphaned.setId("all-notes-orphaned");
        orphaned.selectedProperty().bindBidirectional(model.orphanedOnlyProperty());
        Button clear = new Button(messages.get("allNotes.clear"));
        clear.setOnAction(e -> model.clearFilters());
        // Wraps rather than cutting the labels off when the window is narrow.
        FlowPane row = new FlowPane(8, 6, tagChoice(), colourToggles(), from, to, withNote, orphaned, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private CheckComboBox<String> tagChoice() {
        CheckComboBox<String> tags = new CheckComboBox<>();
        tags.setId("all-notes-tags");
        tags.setPrefWidth(150);
        ObservableList<String> checked = tags.getCheckModel().getCheckedItems();
        // The check model and the model's set follow each other; the flag stops the echo.
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                tags.getItems().setAll(model.tagsInUse());
                tags.getCheckModel().clearChecks();
                model.tags().forEach(tags.getCheckModel()::check);
            } finally {
                syncing[0] = false;
            }
        };
        model.tagsInUse().addListener((ListChangeListener<String>) c -> fromModel.run());
        model.tags().addListener((SetChangeListener<String>) c -> {
            if (!syncing[0]) {
                fromModel.run();
            }
        });
        checked.addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    model.tags().retainAll(checked);
                    model.tags().addAll(checked);
                } finally {
                    syncing[0] = false;
                }
            }
        });
        tags.titleProperty().bind(Bindings.createStringBinding(() -> checked.isEmpty()
                ? messages.get("allNotes.anyTag") : "#" + String.join(" #", checked), checked));
        return tags;
    }

    private HBox colourToggles() {
        HBox chips = new HBox(4);
        chips.setAlignment(Pos.CENTER_LEFT);
        for (HighlightColor color : HighlightColor.values()) {
            ToggleButton chip = new ToggleButton();
            chip.getStyleClass().addAll("highlight-button", "colour-filter", SpeechNotes.styleClass(color) + "-chip");
            chip.setTooltip(new Tooltip(messages.get("colour." + color.name().toLowerCase(Locale.ROOT))));
            chip.setOnAction(e -> {
                if (chip.isSelected()) {
                    model.colours().add(color);
                } else {
                    model.colours().remove(color);
                }
            });
            model.colours().addListener((SetChangeListener<HighlightColor>) c ->
                    chip.setSelected(model.colours().contains(color)));
            chips.getChildren().add(chip);
        }
        return chips;
    }

    private DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(messages.get(promptKey));
        picker.setPrefWidth(140);
        picker.setTooltip(new Tooltip(messages.get("allNotes.datesTip")));
        return picker;
    }

    private ListView<AllNotesModel.Entry> list() {
        list.setId("all-notes-list");
        list.getStyleClass().add("all-notes-list");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.totalProperty().isEqualTo(0))
                .then(messages.get("allNotes.empty")).otherwise(messages.get("allNotes.noMatch")));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new EntryCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
            }
        });
        MenuItem openItem = new MenuItem(messages.get("allNotes.open"));
        openItem.setOnAction(e -> openSelected());
        MenuItem delete = new MenuItem(messages.get("notes.delete"));
        delete.setOnAction(e -> deleteSelected());
        list.setContextMenu(new ContextMenu(openItem, delete));
        return list;
    }

    private HBox statusRow() {
        Label count = new Label();
        count.setId("all-notes-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("allNotes.count", model.shown().size(), model.totalProperty().get()),
                model.shown(), model.totalProperty()));
        status.getStyleClass().add("all-notes-status");
        status.setWrapText(true);
        HBox row = new HBox(16, count, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void openSelected() {
        AllNotesModel.Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        Annotation a = entry.annotation();
        app.openNote(a.speechId(), entry.position(), a.isHighlight() ? a.start() : 0, a.isHighlight() ? a.end() : 0);
        status.setText(entry.orphaned()
                ? messages.format("allNotes.orphanedOpened", excerpt(a), entry.speechTitle()) : "");
    }

    private void deleteSelected() {
        AllNotesModel.Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            app.deleteNote(entry.annotation().id());
            status.setText(messages.get("allNotes.deleted"));
        }
    }

    /** The marked words; for a note on a whole paragraph, the paragraph's start. */
    private static String excerpt(Annotation a) {
        int max = a.isHighlight() ? QUOTE_CHARS : PARAGRAPH_CHARS;
        String quote = a.quote().strip();
        return quote.length() > max ? quote.substring(0, max) + "…" : quote;
    }

    private String dateLine(Annotation a) {
        String created = dates.format(a.created());
        String edited = dates.format(a.updated());
        return created.equals(edited) ? created : created + " · " + messages.format("allNotes.edited", edited);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** Colour chip; the quote; the note; speech, date, tags and, when orphaned, a mark saying so. */
    private final class EntryCell extends ListCell<AllNotesModel.Entry> {
        EntryCell() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty()) {
                    openSelected();
                }
            });
        }

        @Override
        protected void updateItem(AllNotesModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Annotation a = entry.annotation();
            Region chip = new Region();
            chip.getStyleClass().addAll("note-chip",
                    a.isHighlight() ? SpeechNotes.styleClass(a.color()) + "-chip" : "note-chip-plain");
            Label quote = new Label(excerpt(a));
            quote.getStyleClass().add("note-quote");
            quote.setWrapText(true);
            VBox text = new VBox(2, quote);
            if (!a.note().isBlank()) {
                Label body = new Label(a.note().strip());
                body.getStyleClass().add("note-body");
                body.setWrapText(true);
                body.setMaxHeight(80);
                text.getChildren().add(body);
            }
            text.getChildren().add(metaLine(entry));
            text.setMaxWidth(Double.MAX_VALUE);
            text.prefWidthProperty().bind(list.widthProperty().subtract(48));
            HBox box = new HBox(10, chip, text);
            box.setAlignment(Pos.TOP_LEFT);
            setGraphic(box);
        }

        private HBox metaLine(AllNotesModel.Entry entry) {
            Annotation a = entry.annotation();
            Label speech = new Label(entry.speechTitle());
            speech.getStyleClass().add("all-notes-speech");
            Label date = new Label(dateLine(a));
            date.getStyleClass().add("all-notes-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            HBox meta = new HBox(12, speech, date);
            if (!a.tags().isEmpty()) {
                Label tags = new Label("#" + String.join("  #", a.tags()));
                tags.getStyleClass().add("note-tags");
                meta.getChildren().add(tags);
            }
            if (entry.orphaned()) {
                Label orphaned = new Label(messages.get("notes.orphaned"));
                orphaned.getStyleClass().add("orphaned-mark");
                orphaned.setMinWidth(Region.USE_PREF_SIZE);
                meta.getChildren().add(orphaned);
            }
            meta.setAlignment(Pos.CENTER_LEFT);
            return meta;
        }
    }
}
