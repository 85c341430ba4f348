package org.yandu.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.TextFields;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.SharedNote;
import org.yandu.ui.base.Keys;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TypedTags;
import org.yandu.ui.reader.ReaderViewModel;
import org.yandu.ui.reader.SpeechAnnotations;

/**
 * The open speech's highlights and notes in reading order, orphaned ones last. Choosing one scrolls the
 * reader to it and flashes it; below the list its note, tags and colour are edited. Typing is saved a
 * second after the last key and when the note loses focus.
 */
public final class NotesPane {
    static final Duration TYPING_SAVE_DELAY = Duration.seconds(1);

    private final NotesController notes;
    private final ReaderViewModel reader;
    private final ObservableBooleanValue othersShown;
    private final History versions;
    private final Messages messages;
    private final ListView<NotesPanelViewModel.Row> list = new ListView<>();
    private final BorderPane root = new BorderPane();
    private final VBox editor = new VBox();
    private final TextArea note = new TextArea();
    private final TextField tags = new TextField();
    private final HBox colours = new HBox();
    private final Button placeHere = new Button();
    private final Button delete = new Button();
    private final Hyperlink history = new Hyperlink();
    private final PauseTransition typingSaver = new PauseTransition(TYPING_SAVE_DELAY);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private @Nullable Annotation editing;
    private boolean filling;

    /** Earlier versions of the reader's notes, kept by their study group's server. */
    public interface History {
        /** Whether there are any: the library belongs to a group. */
        ObservableBooleanValue available();

        void show(Annotation note);
    }

    /**
     * @param othersShown whether the notes others in the study group shared are listed too
     * @param versions what the Earlier Versions button shows
     */
    public NotesPane(NotesController notes, ReaderViewModel reader, ObservableBooleanValue othersShown,
                     History versions, Messages messages) {
        this.notes = notes;
        this.reader = reader;
        this.othersShown = othersShown;
        this.versions = versions;
        this.messages = messages;
        list.setId("notes-list");
        list.getStyleClass().add("notes-list");
        Label empty = new Label(messages.format("notes.empty", Keys.highlight(0).getDisplayText()));
        empty.setWrapText(true);
        empty.getStyleClass().add("outline-placeholder");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> chosen(row));
        list.setOnMouseClicked(e -> {
            NotesPanelViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row != null && !row.orphanedHeading()) {
                jumpTo(row);
            }
        });
        root.setCenter(list);
        root.setBottom(editor());
        root.getStyleClass().add("notes-pane");
        subscriptions.add(reader.notesProperty().subscribe(this::show));
        subscriptions.add(othersShown.subscribe(shown -> show(reader.notesProperty().get())));
        typingSaver.setOnFinished(e -> saveTyping());
        note.textProperty().addListener((o, old, text) -> {
            if (!filling && editing != null) {
                typingSaver.playFromStart();
            }
        });
        note.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                saveTyping();
            }
        });
        tags.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                saveTags();
            }
        });
        tags.setOnAction(e -> saveTags());
        TextFields.bindAutoCompletion(tags, request -> {
            String typed = request.getUserText();
            int cut = Math.max(Math.max(typed.lastIndexOf(','), typed.lastIndexOf('，')), typed.lastIndexOf(' '));
            String head = typed.substring(0, cut + 1);
            String last = typed.substring(cut + 1).strip();
            if (last.isEmpty()) {
                return List.of();
            }
            List<String> already = TypedTags.parse(head);
            return notes.tagsProperty().get().stream()
                    .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(last.toLowerCase(Locale.ROOT))
                            && !already.contains(t))
                    .map(t -> head + (head.isEmpty() || head.endsWith(" ") ? "" : " ") + t)
                    .toList();
        });
    }

    public Node node() {
        return root;
    }

    /** Puts the keys in the list of notes. */
    public void focus() {
        list.requestFocus();
    }

    public void dispose() {
        saveTyping();
        typingSaver.stop();
        subscriptions.forEach(Subscription::unsubscribe);
    }

    /** Selects an annotation (e.g. one just made) and puts the cursor in its note. */
    public void edit(Annotation annotation) {
        if (annotation == null) {
            return;
        }
        editing = annotation;
        fill(annotation);
        int index = NotesPanelViewModel.indexOf(list.getItems(), annotation.id());
        if (index >= 0) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
        note.requestFocus();
    }

    private VBox editor() {
        note.setId("note-text");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPromptText(messages.get("notes.notePrompt"));
        tags.setId("note-tags");
        tags.setPromptText(messages.get("notes.tagsPrompt"));
        colours.getStyleClass().add("highlight-buttons");
        colours.setAlignment(Pos.CENTER_LEFT);
        for (HighlightColor color : HighlightColor.values()) {
            Button chip = new Button();
            chip.getStyleClass().addAll("highlight-button", SpeechAnnotations.styleClass(color) + "-chip");
            chip.setTooltip(new Tooltip(messages.colour(color)));
            chip.setOnAction(e -> recolour(color));
            colours.getChildren().add(chip);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        delete.setText(messages.get("notes.delete"));
        delete.setId("note-delete");
        delete.setOnAction(e -> {
            if (editing != null) {
                notes.delete(editing.id());
                editing = null;
                fill(null);
            }
        });
        history.setText(messages.get("notes.history"));
        history.setId("note-history");
        history.setTooltip(new Tooltip(messages.get("notes.history.tip")));
        history.setOnAction(e -> {
            if (editing != null) {
                saveTyping();
                versions.show(editing);
            }
        });
        history.getStyleClass().add("note-history");
        history.visibleProperty().bind(versions.available());
        history.managedProperty().bind(history.visibleProperty());
        placeHere.setText(messages.get("notes.placeHere"));
        placeHere.setId("note-place-here");
        placeHere.setTooltip(new Tooltip(messages.format("notes.placeHere.tip", Keys.UNDO.getDisplayText())));
        placeHere.setOnAction(e -> {
            if (editing != null) {
                saveTyping();
                notes.placeAtSuggestion(editing.id(), this::edit);
            }
        });
        delete.setMinWidth(Region.USE_PREF_SIZE);
        placeHere.setMaxWidth(Double.MAX_VALUE);
        placeHere.getStyleClass().add("accent");
        colours.getChildren().addAll(gap, delete);
        editor.getChildren().addAll(placeHere, colours, note, tags, history);
        editor.getStyleClass().add("note-editor");
        editor.setDisable(true);
        return editor;
    }

    private void show(@Nullable SpeechAnnotations shown) {
        List<NotesPanelViewModel.Row> rows = shown == null ? List.of()
                : NotesPanelViewModel.rows(shown, othersShown.get());
        Annotation current = editing;
        filling = true;
        try {
            list.getItems().setAll(rows);
        } finally {
            filling = false;
        }
        if (current == null) {
            fill(null);
            return;
        }
        int index = NotesPanelViewModel.indexOf(rows, current.id());
        if (index < 0) {
            editing = null;
            fill(null);
            return;
        }
        editing = rows.get(index).annotation();
        filling = true;
        try {
            list.getSelectionModel().select(index);
        } finally {
            filling = false;
        }
        if (!note.isFocused() && !tags.isFocused()) {
            fill(editing);
        }
    }

    private void chosen(NotesPanelViewModel.Row row) {
        if (filling) {
            return;
        }
        saveTyping();
        editing = row == null ? null : row.annotation();
        SharedNote other = row == null ? null : row.other();
        if (other != null) {
            fillOther(other);
        } else {
            fill(editing);
        }
    }

    /** Shows the row's words in the reader, or for an orphaned one the words suggested for it. */
    private void jumpTo(NotesPanelViewModel.Row row) {
        SharedNote other = row.other();
        if (other != null && other.placed()) {
            reader.flashParagraph(other.position(), other.start(), other.end());
        }
        Annotation a = row.annotation();
        if (a == null) {
            return; // another's note on words this copy lacks, and the orphaned notes' heading, lead nowhere
        }
        Annotation.Suggestion suggestion = a.suggestion();
        if (row.position() >= 0) {
            reader.flashParagraph(row.position(), a.isHighlight() ? a.start() : 0,
                    a.isHighlight() ? a.end() : 0);
        } else if (row.suggested() >= 0 && suggestion != null) {
            reader.flashParagraph(row.suggested(), suggestion.start(), suggestion.end());
        }
    }

    private void fill(@Nullable Annotation annotation) {
        filling = true;
        try {
            editable(true);
            editor.setDisable(annotation == null);
            boolean suggested = annotation != null && annotation.suggestion() != null;
            placeHere.setVisible(suggested);
            placeHere.setManaged(suggested);
            note.setText(annotation == null ? "" : annotation.note());
            tags.setText(annotation == null ? "" : String.join(", ", annotation.tags()));
        } finally {
            filling = false;
        }
    }

    /** Another member's note, to read in full: the editor shows it and changes nothing. */
    private void fillOther(SharedNote other) {
        filling = true;
        try {
            editable(false);
            note.setPromptText(messages.format("notes.othersReadOnly", other.authorName()));
            editor.setDisable(false);
            placeHere.setVisible(false);
            placeHere.setManaged(false);
            note.setText(other.body());
            tags.setText(String.join(", ", other.tags()));
        } finally {
            filling = false;
        }
    }

    private void editable(boolean own) {
        if (own) {
            note.setPromptText(messages.get("notes.notePrompt"));
        }
        history.setDisable(!own);
        note.setEditable(own);
        tags.setEditable(own);
        colours.getChildren().forEach(button -> button.setDisable(!own));
    }

    private void saveTyping() {
        typingSaver.stop();
        if (editing != null && !note.getText().equals(editing.note())) {
            editing = editing.withNote(note.getText());
            notes.saveTyping(editing.id(), note.getText());
        }
    }

    private void saveTags() {
        if (editing == null) {
            return;
        }
        List<String> typed = TypedTags.parse(tags.getText());
        if (!typed.equals(editing.tags())) {
            saveTyping();
            notes.update(editing.id(), editing.color(), note.getText(), typed);
        }
    }

    private void recolour(HighlightColor color) {
        if (editing != null) {
            saveTyping();
            notes.update(editing.id(), color, note.getText(), editing.tags());
        }
    }

    /** Colour chip, the marked words, the note's first lines and the tags. */
    private final class RowCell extends ListCell<NotesPanelViewModel.Row> {
        RowCell() {
            // Sized by the list, not by its unwrapped text: its labels then wrap to the panel's width.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(NotesPanelViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("notes-heading");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            SharedNote other = row.other();
            if (other != null) {
                setText(null);
                setGraphic(othersNote(other));
                return;
            }
            Annotation a = row.annotation();
            if (row.orphanedHeading() || a == null) {
                setText(messages.get("notes.orphaned"));
                setGraphic(null);
                getStyleClass().add("notes-heading");
                return;
            }
            Region chip = new Region();
            chip.getStyleClass().addAll("note-chip", SpeechAnnotations.chipClass(a));
            VBox text = noteText(a.quote(), a.note(), a.tags());
            if (row.suggested() >= 0) {
                Label suggestion = new Label(messages.get("notes.suggested"));
                suggestion.getStyleClass().add("note-suggestion");
                suggestion.setWrapText(true);
                suggestion.setMinHeight(Region.USE_PREF_SIZE);
                text.getChildren().add(text.getChildren().size() - (a.tags().isEmpty() ? 0 : 1), suggestion);
            }
            setText(null);
            setGraphic(row(chip, text));
        }

        /** Another member's note: their name in their colour, the words, the note's first lines and the tags. */
        private HBox othersNote(SharedNote other) {
            Region chip = new Region();
            chip.getStyleClass().addAll("note-chip", "member-chip");
            chip.setStyle(SpeechAnnotations.memberStyle(other.author()));
            Label author = new Label(other.authorName());
            author.getStyleClass().add("note-author");
            author.setStyle(SpeechAnnotations.memberStyle(other.author()));
            VBox text = noteText(other.quote(), other.body(), other.tags());
            text.getChildren().add(0, author);
            HBox box = row(chip, text);
            box.getStyleClass().add("others-note");
            return box;
        }

        /** The marked words (their start), the note's first lines and the tags, a line each. */
        private VBox noteText(String words, String note, List<String> noteTags) {
            Label quote = new Label(words.length() > 60 ? words.substring(0, 60) + "…" : words);
            quote.getStyleClass().add("note-quote");
            quote.setWrapText(true);
            quote.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(quote);
            if (!note.isBlank()) {
                Label body = new Label(note.strip());
                body.getStyleClass().add("note-body");
                body.setWrapText(true);
                body.setMaxHeight(60);
                text.getChildren().add(body);
            }
            if (!noteTags.isEmpty()) {
                Label tagLine = new Label("#" + String.join("  #", noteTags));
                tagLine.getStyleClass().add("note-tags");
                text.getChildren().add(tagLine);
            }
            text.setMaxWidth(Double.MAX_VALUE);
            text.prefWidthProperty().bind(list.widthProperty().subtract(48));
            return text;
        }

        private HBox row(Region chip, VBox text) {
            HBox box = new HBox(8, chip, text);
            box.setAlignment(Pos.TOP_LEFT);
            return box;
        }
    }
}
