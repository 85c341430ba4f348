package org.yandu.ui.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.yandu.library.HighlightColor;
import org.yandu.library.SharedNote;
import org.yandu.ui.base.Messages;
import org.yandu.ui.reader.SpeechAnnotations;

/**
 * The filter bar of All Notes: text, speech or collection, order; tags, colours, dates, "with a note",
 * "orphaned only". Each control follows its {@link AllNotesViewModel} property both ways, so Clear Filters shows.
 */
final class AllNotesFilters {
    private final AllNotesViewModel model;
    private final Messages messages;
    private final VBox root;
    /** Set while the tag list and the model's tags are brought in line, so neither echoes the other. */
    private boolean syncingTags;

    AllNotesFilters(AllNotesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root = new VBox(8, searchRow(), filterRow());
    }

    Node node() {
        return root;
    }

    private HBox searchRow() {
        TextField filter = TextFields.createClearableTextField();
        filter.setId("all-notes-filter");
        filter.setPromptText(messages.get("allNotes.filter"));
        filter.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<AllNotesViewModel.Order> order = new ComboBox<>(
                FXCollections.observableArrayList(AllNotesViewModel.Order.values()));
        order.setId("all-notes-order");
        order.setConverter(converter(o -> messages.get("allNotes.order." + o.name().toLowerCase(Locale.ROOT))));
        order.valueProperty().bindBidirectional(model.orderProperty());
        HBox row = new HBox(8, filter, whoseChoice(), speechChoice(), order);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Whose notes: the reader's own, everyone's, or one member's; shown only while others in the study group shared
     * notes on the library's speeches.
     */
    private ComboBox<AllNotesViewModel.Whose> whoseChoice() {
        ComboBox<AllNotesViewModel.Whose> whose = new ComboBox<>();
        whose.setId("all-notes-whose");
        Map<String, String> names = new HashMap<>();
        Runnable fill = () -> {
            names.clear();
            model.authors().forEach(n -> names.put(n.author(), n.authorName()));
            List<AllNotesViewModel.Whose> choices = new ArrayList<>(List.of(AllNotesViewModel.Whose.MINE,
                    AllNotesViewModel.Whose.EVERYONE));
            model.authors().forEach(n -> choices.add(new AllNotesViewModel.Whose(n.author(), false)));
            whose.getItems().setAll(choices);
            whose.setValue(model.whoseProperty().get());
            whose.setVisible(!model.authors().isEmpty());
            whose.setManaged(whose.isVisible());
        };
        model.authors().addListener((ListChangeListener<SharedNote>) c -> fill.run());
        fill.run();
        whose.setConverter(converter(w -> w.everyone() ? messages.get("allNotes.whose.everyone")
                : w.member() == null ? messages.get("allNotes.whose.mine")
                : names.getOrDefault(w.member(), w.member())));
        whose.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                model.whoseProperty().set(chosen);
            }
        });
        return whose;
    }

    /** Every speech, or one collection or speech holding notes; the first item stands for "all". */
    private ComboBox<AllNotesViewModel.SpeechChoice> speechChoice() {
        AllNotesViewModel.SpeechChoice all = new AllNotesViewModel.SpeechChoice(messages.get("allNotes.allSpeeches"),
                List.of(), false);
        ComboBox<AllNotesViewModel.SpeechChoice> speeches = new ComboBox<>(FXCollections.observableArrayList(all));
        model.speechChoices().addListener((ListChangeListener<AllNotesViewModel.SpeechChoice>) c -> {
            speeches.getItems().setAll(Stream.concat(Stream.of(all), model.speechChoices().stream()).toList());
            speeches.setValue(model.speechProperty().get() == null ? all : model.speechProperty().get());
        });
        speeches.setId("all-notes-speech");
        speeches.setPrefWidth(280);
        speeches.setConverter(converter(c -> all.equals(c) || !c.collection() ? c.title()
                : messages.format("allNotes.collection", c.title(), c.speechIds().size())));
        speeches.setValue(all);
        speeches.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                model.speechProperty().set(all.equals(chosen) ? null : chosen);
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
        model.tagsInUse().addListener((ListChangeListener<String>) c -> checkModelTags(tags));
        model.tags().addListener((SetChangeListener<String>) c -> {
            if (!syncingTags) {
                checkModelTags(tags);
            }
        });
        checked.addListener((ListChangeListener<String>) c -> {
            if (!syncingTags) {
                syncingTags = true;
                try {
                    model.tags().retainAll(checked);
                    model.tags().addAll(checked);
                } finally {
                    syncingTags = false;
                }
            }
        });
        tags.titleProperty().bind(Bindings.createStringBinding(() -> checked.isEmpty()
                ? messages.get("allNotes.anyTag") : "#" + String.join(" #", checked), checked));
        return tags;
    }

    /** Lists the tags in use and checks those the model has chosen. */
    private void checkModelTags(CheckComboBox<String> tags) {
        syncingTags = true;
        try {
            tags.getItems().setAll(model.tagsInUse());
            tags.getCheckModel().clearChecks();
            model.tags().forEach(tags.getCheckModel()::check);
        } finally {
            syncingTags = false;
        }
    }

    private HBox colourToggles() {
        HBox chips = new HBox(4);
        chips.setAlignment(Pos.CENTER_LEFT);
        for (HighlightColor color : HighlightColor.values()) {
            ToggleButton chip = new ToggleButton();
            chip.getStyleClass().addAll("highlight-button", "colour-filter",
                    SpeechAnnotations.styleClass(color) + "-chip");
            chip.setTooltip(new Tooltip(messages.colour(color)));
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

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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
}
