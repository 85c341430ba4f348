package org.yandu.ui.glossary;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.InvalidTermException;
import org.yandu.glossary.UserTermRule;
import org.yandu.library.UserTerm;
import org.yandu.ui.base.FormGrid;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.TypedTags;

/**
 * Add or edit a term of the user's glossary: term, pinyin (following the term as it is typed, until the reader
 * writes their own), explanation, English, tags. OK stays disabled, with a hint saying why, while the term could
 * not be stored.
 */
public final class TermDialog {
    private final Dialog<UserTerm> dialog = new Dialog<>();
    private final TextField term;
    private final TextField pinyin;
    private final TextArea explanation;
    private final TextField english;
    private final TextField tags;
    private final BiConsumer<String, Consumer<String>> pinyinOf;
    /** Set while the dialog itself writes the pinyin, so only the reader's own edits count as theirs. */
    private boolean fillingPinyin;
    private boolean pinyinByHand;

    /** @param forGroup whether the term goes into the study group's glossary, not the reader's own */
    private TermDialog(Messages messages, boolean forGroup, @Nullable UserTerm initial, boolean editing,
                       BiConsumer<String, Consumer<String>> pinyinOf) {
        this.pinyinOf = pinyinOf;
        term = field("term-field", initial == null ? "" : initial.term());
        term.setEditable(!editing);
        pinyin = field("term-pinyin", initial == null ? "" : initial.pinyin());
        pinyin.setPromptText(messages.get("term.pinyin.prompt"));
        explanation = new TextArea(initial == null ? "" : nullToEmpty(initial.explanation()));
        explanation.setId("term-explanation");
        explanation.setWrapText(true);
        explanation.setPrefRowCount(3);
        explanation.addEventFilter(KeyEvent.KEY_PRESSED, TermDialog::tabMovesFocus);
        english = field("term-english", initial == null ? "" : nullToEmpty(initial.english()));
        tags = field("term-tags", initial == null ? "" : String.join("、", initial.tags()));
        tags.setPromptText(messages.get("term.tags.prompt"));
        pinyinByHand = !pinyin.getText().isBlank();
        pinyin.textProperty().addListener((o, was, now) -> pinyinEdited(now));
        term.textProperty().addListener((o, was, now) -> followTerm());
        List<String> texts;
        if (forGroup) {
            texts = editing ? List.of("groupTerm.edit.title", "groupTerm.edit.header")
                    : List.of("groupTerm.add.title", "groupTerm.add.header");
        } else {
            texts = editing ? List.of("term.edit.title", "term.edit.header")
                    : List.of("term.add.title", "term.add.header");
        }
        dialog.setTitle(messages.get(texts.get(0)));
        dialog.setHeaderText(messages.get(texts.get(1)));
        StringBinding problem = Bindings.createStringBinding(() -> problem(messages), term.textProperty(),
                pinyin.textProperty());
        GridPane grid = grid(messages);
        grid.add(hint(problem), 1, 5);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = messages.okButton();
        dialog.getDialogPane().getButtonTypes().addAll(save, messages.cancelButton());
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(problem.isNotEmpty());
        dialog.setResultConverter(button -> button == save ? result() : null);
        followTerm();
        Platform.runLater((editing ? explanation : term.getText().isEmpty() ? term : pinyin)::requestFocus);
    }

    /**
     * Shows the dialog and waits; the term as the reader saved it, or empty if they cancelled.
     *
     * @param initial the term to edit, or one holding just the word (and maybe pinyin) for a new term
     * @param pinyinOf the pinyin of a word, handed back (maybe later, off the FX thread's turn) to its consumer
     */
    public static Optional<UserTerm> show(@Nullable Window owner, Messages messages, UserTerm initial, boolean editing,
                                          BiConsumer<String, Consumer<String>> pinyinOf) {
        return open(owner, new TermDialog(messages, false, initial, editing, pinyinOf));
    }

    /** The same for a term of the study group's glossary, as its organiser adds ({@code initial} null) or edits it. */
    public static Optional<UserTerm> showForGroup(@Nullable Window owner, Messages messages,
                                                  @Nullable UserTerm initial,
                                                  BiConsumer<String, Consumer<String>> pinyinOf) {
        return open(owner, new TermDialog(messages, true, initial, initial != null, pinyinOf));
    }

    /** Shows the dialog for a term still to be typed and waits; see {@link #show}. */
    public static Optional<UserTerm> showEmpty(@Nullable Window owner, Messages messages,
                                               BiConsumer<String, Consumer<String>> pinyinOf) {
        return open(owner, new TermDialog(messages, false, null, false, pinyinOf));
    }

    public static UserTerm newTerm(String word, String pinyin) {
        return new UserTerm(word, pinyin, null, null, List.of());
    }

    private static Optional<UserTerm> open(@Nullable Window owner, TermDialog termDialog) {
        termDialog.dialog.initOwner(owner);
        return termDialog.dialog.showAndWait();
    }

    private GridPane grid(Messages messages) {
        GridPane grid = FormGrid.labelled();
        grid.addRow(0, label(messages, "term.term"), term);
        grid.addRow(1, label(messages, "term.pinyin"), pinyin);
        grid.addRow(2, label(messages, "term.explanation"), explanation);
        grid.addRow(3, label(messages, "term.english"), english);
        grid.addRow(4, label(messages, "term.tags"), tags);
        grid.setPrefWidth(460);
        return grid;
    }

    /** Why OK is disabled, under the fields. */
    private static Label hint(StringBinding problem) {
        Label hint = new Label();
        hint.setId("term-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("term-hint");
        hint.textProperty().bind(problem);
        return hint;
    }

    private void pinyinEdited(String now) {
        if (!fillingPinyin) {
            // Emptied by hand, the pinyin follows the term again.
            pinyinByHand = !now.isBlank();
            if (!pinyinByHand) {
                followTerm();
            }
        }
    }

    /** Asks for the pinyin of the term as it now reads, unless the reader wrote the pinyin themselves. */
    private void followTerm() {
        String word = term.getText().strip();
        if (pinyinByHand) {
            return;
        }
        if (word.isEmpty()) {
            fillPinyin("");
            return;
        }
        pinyinOf.accept(word, reading -> {
            // Readings of earlier keystrokes may come late: only the current term's counts.
            if (!pinyinByHand && word.equals(term.getText().strip())) {
                fillPinyin(reading);
            }
        });
    }

    private void fillPinyin(String reading) {
        fillingPinyin = true;
        try {
            pinyin.setText(reading);
        } finally {
            fillingPinyin = false;
        }
    }

    /** Why the term cannot be stored as it stands, in the reader's language; empty when it can. */
    private String problem(Messages messages) {
        if (term.getText().isBlank()) {
            return messages.get("term.hint.empty");
        }
        try {
            UserTermRule.check(term.getText(), pinyin.getText());
            return "";
        } catch (InvalidTermException e) {
            return messages.glossaryError(e);
        }
    }

    private UserTerm result() {
        return new UserTerm(term.getText(), pinyin.getText(), blankToNull(explanation.getText()),
                blankToNull(english.getText()), TypedTags.parse(tags.getText()));
    }

    /** Tab leaves the explanation like every other field (a tab character has no place in it). */
    private static void tabMovesFocus(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            // Ctrl+Tab is the text area's own way out; Shift keeps its direction.
            ((TextArea) e.getSource()).fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                    KeyCode.TAB, e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
        }
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
