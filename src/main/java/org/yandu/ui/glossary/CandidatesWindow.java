package org.yandu.ui.glossary;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.yandu.library.UserTerm;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.ToolWindow;

/**
 * Study → Suggested Terms: the library's frequent phrases that no glossary has, computed in the background,
 * each with its reading, its count and an Add button that puts it into My Glossary at once.
 */
public final class CandidatesWindow {
    static final int SUGGESTIONS = 30;

    /** What the window needs: the suggestions, a way to keep one as a term, and the status line to say so. */
    public interface Suggestions {
        /** Up to {@code max} suggested terms of the library, handed to {@code done} on the FX thread. */
        void glossaryCandidates(int max, Consumer<List<CandidatesViewModel.Candidate>> done);

        /** Keeps a suggested term in My Glossary, then runs {@code done} on the FX thread. */
        void putTerm(UserTerm term, Runnable done);

        /** Says something in the status bar while nothing runs. */
        void setIdleStatus(String text);
    }

    private final Stage stage = new Stage();

    private CandidatesWindow(Suggestions suggestions, Messages messages, Stage owner) {
        stage.initOwner(owner);
        stage.setTitle(messages.get("candidates.title"));
        CandidatesViewModel model = new CandidatesViewModel(term -> suggestions.putTerm(term,
                () -> suggestions.setIdleStatus(messages.format("candidates.added", term.term()))));
        ListView<CandidatesViewModel.Candidate> list = new ListView<>(model.candidates());
        list.setId("candidates-list");
        list.getStyleClass().add("candidates-list");
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(messages.get("candidates.loading")).otherwise(messages.get("candidates.none")));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CandidatesViewModel.Candidate candidate, boolean empty) {
                super.updateItem(candidate, empty);
                setText(null);
                if (empty || candidate == null) {
                    setGraphic(null);
                    return;
                }
                Label phrase = new Label(candidate.phrase());
                phrase.getStyleClass().add("candidate-phrase");
                Label pinyin = new Label(candidate.pinyin());
                pinyin.getStyleClass().add("candidate-pinyin");
                Label count = new Label(messages.format("candidates.count", candidate.count()));
                count.getStyleClass().add("candidate-count");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button add = new Button(messages.get("candidates.add"));
                add.getStyleClass().add("candidate-add");
                add.setOnAction(e -> model.accept(candidate));
                HBox row = new HBox(12, phrase, pinyin, gap, count, add);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        Label header = new Label(messages.get("candidates.header"));
        header.setWrapText(true);
        header.getStyleClass().add("candidates-header");
        BorderPane root = new BorderPane(list);
        root.setTop(header);
        BorderPane.setMargin(list, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 560, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        ToolWindow.closesWithKeys(stage, scene);
        suggestions.glossaryCandidates(SUGGESTIONS, model::show);
    }

    public static void show(Suggestions suggestions, Messages messages, Stage owner) {
        Stage stage = new CandidatesWindow(suggestions, messages, owner).stage;
        stage.show();
    }
}
