package org.yandu.ui.group;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.jspecify.annotations.Nullable;
import org.yandu.library.SpeechCollection;
import org.yandu.ui.base.Messages;

/** Set an Assignment: a title, a due day, a note, and the open speech or a collection to read. */
final class AssignDialog {
    private AssignDialog() {
    }

    static Optional<AssignViewModel.Assigning> show(Window owner, Messages messages,
                                                    Optional<AssignViewModel.OpenSpeech> open,
                                                    List<SpeechCollection> collections) {
        AssignViewModel model = new AssignViewModel(open, LocalDate.now(ZoneId.systemDefault()));
        TextField title = JoinDialog.field(new TextField(), "group-assign-title", model.titleProperty());
        DatePicker due = new DatePicker();
        due.setId("group-assign-due");
        // Dates as the window's language writes them, not the system's.
        due.setConverter(new LocalDateStringConverter(FormatStyle.MEDIUM, messages.locale(), IsoChronology.INSTANCE));
        due.valueProperty().bindBidirectional(model.dueProperty());
        TextArea note = JoinDialog.field(new TextArea(), "group-assign-note", model.noteProperty());
        note.setPrefRowCount(3);
        note.setWrapText(true);
        ComboBox<@Nullable SpeechCollection> what = new ComboBox<>();
        what.setId("group-assign-what");
        what.getItems().add(null);
        what.getItems().addAll(collections);
        what.setMaxWidth(Double.MAX_VALUE);
        String speech = open.map(s -> messages.format("group.assign.thisSpeech", s.title()))
                .orElse(messages.get("group.assign.chooseCollection"));
        what.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable SpeechCollection collection) {
                return collection == null ? speech : messages.format("library.collection", collection.title(),
                        collection.speechIds().size());
            }

            @Override
            public @Nullable SpeechCollection fromString(String text) {
                return null;
            }
        });
        what.valueProperty().bindBidirectional(model.collectionProperty());
        StringBinding problem = Bindings.createStringBinding(() -> model.problem(messages), model.titleProperty(),
                model.dueProperty(), model.collectionProperty());
        GroupForm form = new GroupForm(messages)
                .field("group.assign.what", what)
                .field("group.assign.titleField", title)
                .field("group.assign.due", due)
                .field("group.assign.note", note)
                .hint("group-assign-hint", problem)
                .note("group.assign.told");
        ButtonType set = new ButtonType(messages.get("group.assign.button"), ButtonType.OK.getButtonData());
        Dialog<AssignViewModel.Assigning> dialog = form.dialog(owner, "group.assign.title",
                messages.get("group.assign.header"), set, problem);
        dialog.setResultConverter(button -> button == set ? model.assigning() : null);
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }
}
