package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossarySource;
import org.yandu.lookup.Occurrence;
import org.yandu.ui.base.Messages;

/**
 * The popover of a looked-up word. It opens compact (the word, its reading, first meanings, counts) and shows every
 * glossary's entries, parts, synonyms and the concordance on "More", for the following words too until "Less": a
 * reader who wants the full entries wants them for more than one word. It never takes the keyboard as it opens: keys
 * go on to the text (Space pages on) until the reader presses Tab, which moves into the popover's buttons. Esc
 * closes it, whether or not the keyboard is in it.
 *
 * <p>A popover the pointer opened by resting on a word closes once the pointer leaves both the word and the
 * popover; one the reader asked for (a click, a selection, Look Up) stays while they read on, as a clicked word's
 * card does in Pleco, until Esc, a click in the text, or the pointer goes into the popover and out again.
 */
public final class WordPopover {
    private static final double WIDTH = 420;
    private static final double COMPACT_WIDTH = 300;
    private static final double ENTRIES_HEIGHT = 220;
    private static final double CONCORDANCE_HEIGHT = 150;
    /** Time to cross from the word to the popover (or back) before leaving both closes it. */
    private static final Duration GRACE = Duration.millis(350);
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    /** What the popover's buttons and concordance lines do. */
    interface Actions {
        void openOccurrence(Occurrence occurrence);

        void addTerm(WordPopoverViewModel model);

        void editTerm(GlossaryEntry entry);

        void deleteTerm(GlossaryEntry entry);

        /** Starts the import of CC-CEDICT, as the File menu does. */
        void importDictionary();
    }

    private PopOver popOver;
    private final Messages messages;
    private final Actions actions;
    /** The popover's content, kept across words so the pointer over it stays over it when its content changes. */
    private final VBox box = new VBox();
    private final PauseTransition leaving = new PauseTransition(GRACE);
    /** The buttons and links, in order: reachable by Tab once the reader moves the keyboard into the popover. */
    private final List<Control> controls = new ArrayList<>();
    private @Nullable WordPopoverViewModel shown;
    private @Nullable Node owner;
    private @Nullable Bounds word;
    private boolean expanded;
    private boolean followsPointer;
    private boolean pointerInside;
    private boolean keyboardInside;

    WordPopover(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        box.getStyleClass().add("word-popover");
        box.setPickOnBounds(true);
        box.setOnMouseEntered(e -> {
            pointerInside = true;
            leaving.stop();
        });
        box.setOnMouseExited(e -> {
            pointerInside = false;
            leaving.playFromStart();
        });
        leaving.setOnFinished(e -> hide());
        popOver = newPopOver(PopOver.ArrowLocation.TOP_CENTER);
    }

    /** PopOver lays its arrow out when first shown: a new side gets a new PopOver. */
    private PopOver newPopOver(PopOver.ArrowLocation arrow) {
        PopOver popOver = new PopOver(box);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        // The click that closes the popover still reaches the text: it looks up the next word, or starts a selection.
        popOver.setConsumeAutoHidingEvents(false);
        popOver.setHideOnEscape(true);
        popOver.setAnimated(false);
        popOver.setHeaderAlwaysVisible(false);
        popOver.setCornerRadius(8);
        popOver.setArrowLocation(arrow);
        popOver.getStyleClass().add("word-popover-window");
        popOver.setOnHidden(e -> {
            shown = null;
            pointerInside = false;
            keyboardInside = false;
            leaving.stop();
        });
        // The owner window's keys reach the popover first (JavaFX redirects them to a popup): what it does not
        // consume goes on to the text.
        popOver.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(popOver, e));
        return popOver;
    }

    private void keyPressed(PopOver popOver, KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            // Consumed, so the Esc that closes the popover does nothing else.
            event.consume();
            popOver.hide();
        } else if (event.getCode() == KeyCode.TAB && !keyboardInside && !controls.isEmpty()) {
            event.consume();
            keyboardInside = true;
            takeKeyboard();
        } else {
            forwardShortcut(popOver, event);
        }
    }

    /** The buttons become reachable by Tab, and the first takes the keys (Space or Enter presses it). */
    private void takeKeyboard() {
        controls.forEach(c -> c.setFocusTraversable(true));
        controls.get(0).requestFocus();
    }

    /**
     * Once the reader has moved the keyboard into the popover, the window's shortcuts (highlight with Ctrl+1…6,
     * note, undo) must still act on the text, so they close the popover and run.
     */
    private static void forwardShortcut(PopOver popOver, KeyEvent event) {
        Window owner = popOver.getOwnerWindow();
        if (owner == null || owner.getScene() == null) {
            return;
        }
        for (Map.Entry<KeyCombination, Runnable> accelerator : owner.getScene().getAccelerators().entrySet()) {
            if (accelerator.getKey().match(event)) {
                event.consume();
                popOver.hide();
                accelerator.getValue().run();
                return;
            }
        }
    }

    /**
     * Shows the model below {@code word} (screen bounds), or above it when there is no room below.
     *
     * @param followsPointer opened by the pointer resting on the word: it closes when the pointer leaves
     */
    void show(Node owner, WordPopoverViewModel model, Bounds word, boolean followsPointer) {
        this.owner = owner;
        this.word = word;
        this.followsPointer = followsPointer;
        shown = model;
        leaving.stop();
        fill(model);
        double x = word.getMinX() + word.getWidth() / 2;
        // CSS is not applied yet: a safe estimate of the height
        double height = !expanded ? 260 : model.concordance().isEmpty() ? 360 : 560;
        double bottom = Screen.getScreensForRectangle(word.getMinX(), word.getMinY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds().getMaxY();
        boolean roomBelow = word.getMaxY() + height < bottom || word.getMinY() - height < 0;
        PopOver.ArrowLocation arrow = roomBelow ? PopOver.ArrowLocation.TOP_CENTER
                : PopOver.ArrowLocation.BOTTOM_CENTER;
        if (popOver.getArrowLocation() != arrow) {
            popOver.hide();
            shown = model;
            popOver = newPopOver(arrow);
        }
        popOver.show(owner, x, roomBelow ? word.getMaxY() : word.getMinY());
        themeFrame(popOver);
    }

    /**
     * ControlsFX paints the popover's frame from its own style sheet (white), which the window's sheets do not
     * reach in the popover's window; the frame takes the theme's overlay colours inline instead.
     */
    private static void themeFrame(PopOver popOver) {
        if (popOver.getSkin() != null && popOver.getSkin().getNode() instanceof Parent frame) {
            frame.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("border")).forEach(
                    border -> border.setStyle("-fx-fill: -color-bg-overlay; -fx-stroke: -color-border-default;"));
        }
    }

    boolean isShowing(String word) {
        return popOver.isShowing() && shown != null && shown.word().equals(word);
    }

    /** The pointer left the word it rested on: a popover it opened closes unless the pointer comes into it. */
    void pointerLeftWord() {
        if (popOver.isShowing() && followsPointer && !pointerInside) {
            leaving.playFromStart();
        }
    }

    /** The pointer is back on the word the popover shows. */
    void pointerOnWord() {
        if (followsPointer && !pointerInside) {
            leaving.stop();
        }
    }

    void hide() {
        popOver.hide();
    }

    private void toggleExpanded() {
        expanded = !expanded;
        if (shown != null && owner != null && word != null) {
            show(owner, shown, word, followsPointer);
        }
    }

    private void fill(WordPopoverViewModel model) {
        controls.clear();
        double width = expanded ? WIDTH : COMPACT_WIDTH;
        box.pseudoClassStateChanged(COMPACT, !expanded);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        box.getChildren().setAll(head(model));
        if (!model.word().equals(model.form())) {
            box.getChildren().add(muted(messages.format("popover.form", model.form())));
        }
        box.getChildren().add(muted(messages.format("popover.counts", model.countInSpeech(), model.countInLibrary())));
        if (model.offersDictionary()) {
            box.getChildren().add(dictionaryOffer());
        }
        if (expanded) {
            full(model);
        } else {
            compact(model);
        }
        box.getChildren().add(buttons(model));
        if (keyboardInside) {
            takeKeyboard();
        }
    }

    /** The word with its reading beside it, or below it when both do not fit on one line. */
    private Node head(WordPopoverViewModel model) {
        Label word = new Label(model.word());
        word.getStyleClass().add("wp-word");
        word.setWrapText(true);
        word.setMinHeight(Region.USE_PREF_SIZE);
        Label pinyin = new Label(model.pinyin());
        pinyin.getStyleClass().add("wp-pinyin");
        pinyin.setWrapText(true);
        FlowPane line = new FlowPane(word, pinyin);
        line.getStyleClass().add("wp-head");
        line.setRowValignment(VPos.BASELINE);
        return line;
    }

    /** The first meanings, a line each (cut short with an ellipsis), or the first parts of an unknown word. */
    private void compact(WordPopoverViewModel model) {
        if (!model.summary().isEmpty()) {
            VBox lines = new VBox();
            lines.getStyleClass().add("wp-summary");
            for (String meaning : model.summary()) {
                Label line = new Label(meaning);
                line.getStyleClass().add("wp-english");
                lines.getChildren().add(line);
            }
            box.getChildren().add(lines);
        }
        if (!model.found() && !model.offersDictionary()) {
            box.getChildren().add(muted(messages.get(model.parts().isEmpty() ? "popover.noEntry"
                    : "popover.parts")));
            model.compactParts().forEach(part -> box.getChildren().add(part(part)));
        }
    }

    private void full(WordPopoverViewModel model) {
        VBox entries = new VBox();
        entries.getStyleClass().add("wp-entries");
        for (WordPopoverViewModel.Section section : model.sections()) {
            entries.getChildren().add(sourceLabel(section.source()));
            for (GlossaryEntry entry : section.entries()) {
                entries.getChildren().add(entry(entry, model.pinyin()));
            }
        }
        if (!model.found()) {
            if (!model.offersDictionary() || !model.parts().isEmpty()) {
                entries.getChildren().add(muted(messages.get(model.parts().isEmpty() ? "popover.noEntry"
                        : "popover.parts")));
            }
            for (WordPopoverViewModel.PartLine part : model.parts()) {
                entries.getChildren().add(part(part));
            }
        }
        if (!model.synonyms().isEmpty()) {
            entries.getChildren().add(sectionLabel(messages.get("popover.synonyms")));
            entries.getChildren().add(wrapped(String.join("、", model.synonyms()), "wp-synonyms"));
        }
        box.getChildren().add(limited(entries, ENTRIES_HEIGHT));

        if (!model.concordance().isEmpty()) {
            box.getChildren().add(sectionLabel(model.concordanceCut()
                    ? messages.format("popover.concordanceCut", model.concordance().size(), model.countInLibrary())
                    : messages.format("popover.concordance", model.concordance().size())));
            VBox lines = new VBox();
            lines.getStyleClass().add("wp-concordance");
            model.concordance().forEach(o -> lines.getChildren().add(occurrence(o)));
            box.getChildren().add(limited(lines, CONCORDANCE_HEIGHT));
        }
    }

    /** Without CC-CEDICT most words have no entry: the popover says so and starts the import in one click. */
    private Node dictionaryOffer() {
        VBox offer = new VBox(4, wrapped(messages.get("popover.noDictionary"), "wp-no-dictionary"),
                button("popover.importDictionary", actions::importDictionary));
        offer.getStyleClass().add("wp-offer");
        return offer;
    }

    private Node entry(GlossaryEntry entry, String wordPinyin) {
        VBox box = new VBox();
        box.getStyleClass().add("wp-entry");
        StringBuilder forms = new StringBuilder();
        if (entry.traditional() != null && !entry.traditional().equals(entry.term())) {
            forms.append(entry.traditional()).append("  ");
        }
        if (!entry.pinyin().isEmpty() && !entry.pinyin().equalsIgnoreCase(wordPinyin)) {
            forms.append('[').append(entry.pinyin()).append(']');
        }
        if (!forms.isEmpty()) {
            box.getChildren().add(muted(forms.toString().strip()));
        }
        if (!entry.meaning().isEmpty()) {
            box.getChildren().add(wrapped(entry.source() == GlossarySource.CEDICT
                    ? String.join("; ", entry.definitions()) : entry.meaning(), "wp-english"));
        }
        if (entry.explanation() != null) {
            box.getChildren().add(wrapped(entry.explanation(), "wp-explanation"));
        }
        if (entry.origin() != null) {
            box.getChildren().add(wrapped(messages.format("popover.origin", entry.origin()), "wp-muted"));
        }
        if (!entry.tags().isEmpty()) {
            box.getChildren().add(wrapped(messages.format("popover.tags", String.join("、", entry.tags())),
                    "wp-muted"));
        }
        return box;
    }

    private Node part(WordPopoverViewModel.PartLine part) {
        Text text = new Text(part.text() + "  ");
        text.getStyleClass().addAll("wp-text", "wp-part-word");
        Text pinyin = new Text(part.pinyin() + (part.meaning().isEmpty() ? "" : "  "));
        pinyin.getStyleClass().addAll("wp-text", "wp-part-pinyin");
        Text meaning = new Text(part.meaning());
        meaning.getStyleClass().add("wp-text");
        TextFlow flow = new TextFlow(text, pinyin, meaning);
        flow.getStyleClass().add("wp-part");
        return flow;
    }

    private Node occurrence(Occurrence o) {
        String sentence = o.sentence();
        int from = Math.max(0, Math.min(o.highlightStart(), sentence.length()));
        int to = Math.max(from, Math.min(o.highlightEnd(), sentence.length()));
        Text title = new Text(o.speechTitle() + "  ");
        title.getStyleClass().addAll("wp-text", "wp-occurrence-title");
        Text before = new Text(sentence.substring(0, from));
        Text match = new Text(sentence.substring(from, to));
        Text after = new Text(sentence.substring(to));
        before.getStyleClass().add("wp-text");
        match.getStyleClass().addAll("wp-text", "wp-match");
        after.getStyleClass().add("wp-text");
        TextFlow flow = new TextFlow(title, before, match, after);
        flow.getStyleClass().add("wp-occurrence");
        flow.setCursor(Cursor.HAND);
        flow.setOnMouseClicked(e -> {
            hide();
            actions.openOccurrence(o);
        });
        return flow;
    }

    private Node buttons(WordPopoverViewModel model) {
        HBox bar = new HBox();
        bar.getStyleClass().add("wp-buttons");
        if (expanded || model.hasMore()) {
            Hyperlink more = new Hyperlink(messages.get(expanded ? "popover.less" : "popover.more"));
            more.setId("popover-more");
            more.getStyleClass().add("wp-more");
            more.setOnAction(e -> toggleExpanded());
            keyboardOnRequest(more);
            bar.getChildren().add(more);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().add(gap);
        model.userEntry().ifPresentOrElse(entry -> {
            bar.getChildren().add(button("popover.edit", () -> actions.editTerm(entry)));
            bar.getChildren().add(button("popover.delete", () -> actions.deleteTerm(entry)));
        }, () -> bar.getChildren().add(button("popover.add", () -> actions.addTerm(model))));
        return bar;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.getStyleClass().add("small");
        button.setOnAction(e -> {
            hide();
            action.run();
        });
        keyboardOnRequest(button);
        return button;
    }

    /**
     * A control the popover's opening must not give the keys to (JavaFX focuses a new popup's first one): Space
     * pressed to page on once opened "Add to My Glossary" (issue #14). Tab reaches it ({@link #takeKeyboard}).
     */
    private void keyboardOnRequest(Control control) {
        control.setFocusTraversable(false);
        controls.add(control);
    }

    private Node sourceLabel(GlossarySource source) {
        Label label = sectionLabel(messages.get("source." + source.name()));
        label.getStyleClass().add("wp-source-" + source.name().toLowerCase(java.util.Locale.ROOT));
        return label;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("wp-section");
        return label;
    }

    private static Label muted(String text) {
        return wrapped(text, "wp-muted");
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Long content scrolls inside the popover instead of making it taller than the screen. */
    private static Node limited(VBox content, double maxHeight) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(maxHeight);
        scroll.setPrefViewportHeight(Math.min(maxHeight, 40.0 * Math.max(1, content.getChildren().size())));
        scroll.getStyleClass().add("wp-scroll");
        scroll.setFocusTraversable(false);
        content.heightProperty().subscribe(h -> scroll.setPrefViewportHeight(Math.min(maxHeight, h.doubleValue())));
        return scroll;
    }
}
