package org.yandu.ui.notes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.SharedNote;
import org.yandu.ui.base.Keys;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.ToolWindow;
import org.yandu.ui.export.ExportController;
import org.yandu.ui.reader.SpeechAnnotations;

/**
 * Study → All Notes: every highlight and note of the library in one list beside the reader, narrowed and
 * sorted by {@link AllNotesViewModel}. Enter or a double-click opens one in the reader; Delete removes it through
 * the note editor, so Ctrl+Z brings it back. The list is read again whenever notes change.
 */
public final class AllNotesWindow {
    private static final int QUOTE_CHARS = 120;
    private static final int PARAGRAPH_CHARS = 60;
    private static @Nullable Stage open;

    /** Opens a note in the reader: its speech at the paragraph, the marked characters flashed. */
    public interface NoteOpener {
        void openNote(long speechId, int paragraph, int start, int end);
    }

    private final NotesController notes;
    private final ExportController exports;
    private final NoteOpener reader;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final AllNotesViewModel model = new AllNotesViewModel(ZoneId.systemDefault());
    private final ListView<AllNotesViewModel.Entry> list = new ListView<>(model.shown());
    private final Label status = new Label();
    private final DateTimeFormatter dates;
    private final Subscription reloads;

    private AllNotesWindow(NotesController notes, ExportController exports, NoteOpener reader, Messages messages,
                           Stage owner) {
        this.notes = notes;
        this.exports = exports;
        this.reader = reader;
        this.messages = messages;
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        stage.initOwner(owner);
        stage.setTitle(messages.get("allNotes.title"));
        BorderPane root = new BorderPane(list());
        root.setTop(new AllNotesFilters(model, messages).node());
        root.setBottom(statusRow());
        BorderPane.setMargin(list, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("all-notes");
        Scene scene = new Scene(root, 980, 660);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        undoKeys(scene);
        stage.setScene(scene);
        ToolWindow.closesWithKeys(stage, scene);
        reloads = notes.versionProperty().subscribe(version -> reload());
        stage.setOnHidden(e -> {
            reloads.unsubscribe();
            if (open == stage) {
                open = null;
            }
        });
    }

    public static void show(NotesController notes, ExportController exports, NoteOpener reader, Messages messages,
                            Stage owner) {
        if (open == null || open.getOwner() != owner) {
            open = new AllNotesWindow(notes, exports, reader, messages, owner).stage;
        }
        open.show();
        open.toFront();
    }

    /** The Edit menu's undo and redo of note edits, which lives in the main window, work here too. */
    private void undoKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (notes.canUndoProperty().get()) {
                notes.undo();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    if (notes.canRedoProperty().get()) {
                        notes.redo();
                    }
                });
    }

    private void reload() {
        notes.loadAll(library -> {
            AllNotesViewModel.Entry selected = list.getSelectionModel().getSelectedItem();
            model.show(library);
            if (selected != null) {
                model.shown().stream().filter(e -> sameNote(e, selected)).findFirst()
                        .ifPresent(e -> list.getSelectionModel().select(e));
            }
        });
    }

    private static boolean sameNote(AllNotesViewModel.Entry one, AllNotesViewModel.Entry other) {
        SharedNote theirs = one.other();
        SharedNote alsoTheirs = other.other();
        return theirs == null ? alsoTheirs == null && one.annotation().id() == other.annotation().id()
                : alsoTheirs != null && theirs.groupId().equals(alsoTheirs.groupId());
    }

    private ListView<AllNotesViewModel.Entry> list() {
        list.setId("all-notes-list");
        list.getStyleClass().add("all-notes-list");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.totalProperty().isEqualTo(0))
                .then(messages.format("allNotes.empty", Keys.highlight(0).getDisplayText()))
                .otherwise(messages.get("allNotes.noMatch")));
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
        Button export = new Button(messages.get("allNotes.export"));
        export.setId("all-notes-export");
        export.setTooltip(new Tooltip(messages.get("allNotes.export.tip")));
        export.disableProperty().bind(Bindings.isEmpty(model.shown()));
        export.setOnAction(e -> exports.showDialog(model.exportScope()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox row = new HBox(16, count, status, space, export);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void openSelected() {
        AllNotesViewModel.Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        Annotation a = entry.annotation();
        Annotation.Suggestion suggestion = a.suggestion();
        if (suggestion != null && entry.suggested() >= 0) {
            reader.openNote(a.speechId(), entry.suggested(), suggestion.start(), suggestion.end());
            status.setText(messages.format("allNotes.orphanedSuggested", excerpt(a), entry.speechTitle()));
            return;
        }
        reader.openNote(a.speechId(), entry.position(), a.isHighlight() ? a.start() : 0, a.isHighlight() ? a.end() : 0);
        status.setText(entry.orphaned()
                ? messages.format("allNotes.orphanedOpened", excerpt(a), entry.speechTitle()) : "");
    }

    private void deleteSelected() {
        AllNotesViewModel.Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null && entry.own()) {
            notes.delete(entry.annotation().id());
            status.setText(messages.format("allNotes.deleted", Keys.UNDO.getDisplayText()));
        } else if (entry != null) {
            status.setText(messages.get("allNotes.othersReadOnly"));
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

    /**
     * Colour chip; the quote; the note; speech, date, tags and, when orphaned, a mark saying so. The nodes are
     * made once per cell and refilled, so a double-click lands on the same node twice.
     */
    private final class EntryCell extends ListCell<AllNotesViewModel.Entry> {
        private final Region chip = new Region();
        private final Label quote = label("note-quote");
        private final Label body = label("note-body");
        private final Label speech = label("all-notes-speech");
        private final Label date = label("all-notes-date");
        private final Label tags = label("note-tags");
        private final Label orphaned = label("orphaned-mark");
        private final Label author = label("note-author");
        private final HBox meta = new HBox(12, author, speech, date, tags, orphaned);
        private final VBox text = new VBox(2, quote, body, meta);
        private final HBox box = new HBox(10, chip, text);

        EntryCell() {
            quote.setWrapText(true);
            body.setWrapText(true);
            body.setMaxHeight(80);
            date.setMinWidth(Region.USE_PREF_SIZE);
            orphaned.setText(messages.get("notes.orphaned"));
            orphaned.setMinWidth(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            text.prefWidthProperty().bind(list.widthProperty().subtract(48));
            meta.setAlignment(Pos.CENTER_LEFT);
            box.setAlignment(Pos.TOP_LEFT);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty()) {
                    openSelected();
                }
            });
        }

        @Override
        protected void updateItem(AllNotesViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Annotation a = entry.annotation();
            chip.getStyleClass().setAll("note-chip",
                    SpeechAnnotations.chipClass(a));
            quote.setText(excerpt(a));
            show(body, a.note().strip());
            speech.setText(entry.speechTitle());
            date.setText(dateLine(a));
            show(tags, a.tags().isEmpty() ? "" : "#" + String.join("  #", a.tags()));
            orphaned.setVisible(entry.orphaned());
            orphaned.setManaged(entry.orphaned());
            SharedNote other = entry.other();
            author.setStyle(other == null ? "" : SpeechAnnotations.memberStyle(other.author()));
            show(author, other == null ? "" : other.authorName());
            setGraphic(box);
        }

        private static void show(Label label, String value) {
            label.setText(value);
            label.setVisible(!value.isEmpty());
            label.setManaged(!value.isEmpty());
        }

        private static Label label(String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            return label;
        }
    }
}
