package org.yandu.ui.reader;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossarySource;
import org.yandu.lookup.Occurrence;
import org.yandu.ui.base.Messages;

/** The popover of a looked-up word: reading, every glossary's entries, parts, synonyms, counts, concordance. */
public final class WordPopover {
    private static final double WIDTH = 420;
    private static final double ENTRIES_HEIGHT = 220;
    private static final double CONCORDANCE_HEIGHT = 150;

    /** What the popover's buttons and concordance lines do. */
    interface Actions {
        void openOccurrence(Occurrence occurrence);

        void addTerm(WordPopoverViewModel model);

        void editTerm(GlossaryEntry entry);

        void deleteTerm(GlossaryEntry entry);
    }

    private PopOver popOver;
    private final Messages messages;
    private final Actions actions;
    private @Nullable WordPopoverViewModel shown;

    WordPopover(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        popOver = newPopOver(PopOver.ArrowLocation.TOP_CENTER);
    }

    /** PopOver lays its arrow out when first shown: a new side gets a new PopOver. */
    private PopOver newPopOver(PopOver.ArrowLocation arrow) {
        PopOver popOver = new PopOver();
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
        popOver.setOnHidden(e -> shown = null);
        popOver.addEventFilter(KeyEvent.KEY_PRESSED, e -> forwardShortcut(popOver, e));
        return popOver;
    }

    /**
     * The popover takes the keyboard when it opens on a selection; the window's shortcuts (highlight with
     * Ctrl+1…6, note, undo) must still act on that selection, so they close the popover and run.
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

    /** Shows the model below {@code word} (screen bounds), or above it when there is no room below. */
    void show(Node owner, WordPopoverViewModel model, Bounds word) {
        Node content = content(model);
        double x = word.getMinX() + word.getWidth() / 2;
        double height = model.concordance().isEmpty() ? 360 : 560; // CSS is not applied yet: a safe estimate
        double bottom = Screen.getScreensForRectangle(word.getMinX(), word.getMinY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds().getMaxY();
        boolean roomBelow = word.getMaxY() + height < bottom || word.getMinY() - height < 0;
        PopOver.ArrowLocation arrow = roomBelow ? PopOver.ArrowLocation.TOP_CENTER
                : PopOver.ArrowLocation.BOTTOM_CENTER;
        if (popOver.getArrowLocation() != arrow) {
            popOver.hide();
            popOver = newPopOver(arrow);
        }
        popOver.setContentNode(content);
        shown = model;
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

    void hide() {
        popOver.hide();
    }

    private Node content(WordPopoverViewModel model) {
        VBox box = new VBox();
        box.getStyleClass().add("word-popover");
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);

        Label word = new Label(model.word());
        word.getStyleClass().add("wp-word");
        word.setWrapText(true);
        word.setMinHeight(Region.USE_PREF_SIZE);
        Label pinyin = new Label(model.pinyin());
        pinyin.getStyleClass().add("wp-pinyin");
        pinyin.setWrapText(true);
        Node head;
        if (model.word().length() <= 4) {
            HBox line = new HBox(word, pinyin);
            line.getStyleClass().add("wp-head");
            head = line;
        } else {
            head = new VBox(2, word, pinyin);
        }
        box.getChildren().add(head);
        if (!model.word().equals(model.form())) {
            box.getChildren().add(muted(messages.format("popover.form", model.form())));
        }
        box.getChildren().add(muted(messages.format("popover.counts", model.countInSpeech(), model.countInLibrary())));

        VBox entries = new VBox();
        entries.getStyleClass().add("wp-entries");
        for (WordPopoverViewModel.Section section : model.sections()) {
            entries.getChildren().add(sourceLabel(section.source()));
            for (GlossaryEntry entry : section.entries()) {
                entries.getChildren().add(entry(entry, model.pinyin()));
            }
        }
        if (!model.found()) {
            entries.getChildren().add(muted(messages.get(model.parts().isEmpty() ? "popover.noEntry"
                    : "popover.parts")));
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
        box.getChildren().add(buttons(model));
        return box;
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
        return button;
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
        content.heightProperty().subscribe(h -> scroll.setPrefViewportHeight(Math.min(maxHeight, h.doubleValue())));
        return scroll;
    }
}
