package org.yandu.ui.glossary;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.yandu.library.UserTerm;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TypedTags;

/** Add or edit a term of the user's glossary: term, pinyin (prefilled), explanation, English, tags. */
public final class TermDialog {
    private TermDialog() {
    }

    /**
     * Shows the dialog and waits; the term as the reader saved it, or empty if they cancelled.
     *
     * @param initial the term to edit, or one holding just the word (and maybe pinyin) for a new term
     * @param pinyinOf fills in the pinyin of a new term (asynchronously) when none is given
     */
    public static Optional<UserTerm> show(@Nullable Window owner, Messages messages, UserTerm initial, boolean editing,
                                   BiConsumer<String, Consumer<String>> pinyinOf) {
        Dialog<UserTerm> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(editing ? "term.edit.title" : "term.add.title"));
        dialog.setHeaderText(messages.get(editing ? "term.edit.header" : "term.add.header"));
        TextField term = new TextField(initial.term());
        term.setId("term-field");
        term.setEditable(!editing);
        TextField pinyin = new TextField(initial.pinyin());
        pinyin.setId("term-pinyin");
        pinyin.setPromptText(messages.get("term.pinyin.prompt"));
        TextArea explanation = new TextArea(nullToEmpty(initial.explanation()));
        explanation.setId("term-explanation");
        explanation.setWrapText(true);
        explanation.setPrefRowCount(3);
        TextField english = new TextField(nullToEmpty(initial.english()));
        english.setId("term-english");
        TextField tags = new TextField(String.join("、", initial.tags()));
        tags.setId("term-tags");
        tags.setPromptText(messages.get("term.tags.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("term.term")), term);
        grid.addRow(1, new Label(messages.get("term.pinyin")), pinyin);
        grid.addRow(2, new Label(messages.get("term.explanation")), explanation);
        grid.addRow(3, new Label(messages.get("term.english")), english);
        grid.addRow(4, new Label(messages.get("term.tags")), tags);
        grid.setPrefWidth(460);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = messages.okButton();
        dialog.getDialogPane().getButtonTypes().addAll(save, messages.cancelButton());
        dialog.getDialogPane().lookupButton(save).disableProperty()
                .bind(term.textProperty().map(String::isBlank));
        if (initial.pinyin().isEmpty() && !initial.term().isBlank()) {
            pinyinOf.accept(initial.term(), reading -> {
                if (pinyin.getText().isBlank()) {
                    pinyin.setText(reading);
                }
            });
        }
        term.focusedProperty().addListener((o, was, now) -> {
            if (!now && pinyin.getText().isBlank() && !term.getText().isBlank()) {
                pinyinOf.accept(term.getText().strip(), pinyin::setText);
            }
        });
        dialog.setResultConverter(button -> button == save
                ? new UserTerm(term.getText(), pinyin.getText(), blankToNull(explanation.getText()),
                blankToNull(english.getText()), TypedTags.parse(tags.getText()))
                : null);
        Platform.runLater((editing ? explanation : pinyin)::requestFocus);
        return dialog.showAndWait();
    }

    public static UserTerm newTerm(String word, String pinyin) {
        return new UserTerm(word, pinyin, null, null, List.of());
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
