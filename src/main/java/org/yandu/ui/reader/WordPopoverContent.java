package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossarySource;
import org.yandu.lookup.Occurrence;
import org.yandu.ui.base.Messages;

/**
 * What the word popover shows of a word, laid out in its box: compact (the word, its reading, first meanings,
 * counts) or full (every glossary's entries, parts, synonyms, the concordance). Its buttons and links are listed in
 * order, none taking the keys by itself.
 */
final class WordPopoverContent {
    private static final double WIDTH = 420;
    private static final double COMPACT_WIDTH = 300;
    private static final double ENTRIES_HEIGHT = 220;
    private static final double CONCORDANCE_HEIGHT = 150;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final VBox box;
    private final Messages messages;
    private final WordPopover.Actions actions;
    private final Runnable close;
    private final Runnable toggleExpanded;
    private final List<Control> controls = new ArrayList<>();

    /** @param close closes the popover, before a button's action runs */
    WordPopoverContent(VBox box, Messages messages, WordPopover.Actions actions, Runnable close,
                       Runnable toggleExpanded) {
        this.box = box;
        this.messages = messages;
        this.actions = actions;
        this.close = close;
        this.toggleExpanded = toggleExpanded;
    }

    /** Lays {@code model} out, full or compact, in place of what was shown; returns its buttons and links. */
    List<Control> fill(WordPopoverViewModel model, boolean expanded) {
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
        box.getChildren().add(buttons(model, expanded));
        return List.copyOf(controls);
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
                entries.getChildren().add(entry(entry, model.readOtherwise(entry)));
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

    private Node entry(GlossaryEntry entry, boolean otherReading) {
        VBox box = new VBox();
        box.getStyleClass().add("wp-entry");
        StringBuilder forms = new StringBuilder();
        if (entry.traditional() != null && !entry.traditional().equals(entry.term())) {
            forms.append(entry.traditional()).append("  ");
        }
        if (otherReading) {
            forms.append(messages.format("popover.otherReading", entry.pinyin()));
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
            close.run();
            actions.openOccurrence(o);
        });
        return flow;
    }

    private Node buttons(WordPopoverViewModel model, boolean expanded) {
        HBox bar = new HBox();
        bar.getStyleClass().add("wp-buttons");
        if (expanded || model.hasMore()) {
            Hyperlink more = new Hyperlink(messages.get(expanded ? "popover.less" : "popover.more"));
            more.setId("popover-more");
            more.getStyleClass().add("wp-more");
            more.setOnAction(e -> toggleExpanded.run());
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
            close.run();
            action.run();
        });
        keyboardOnRequest(button);
        return button;
    }

    /**
     * A control the popover's opening must not give the keys to (JavaFX focuses a new popup's first one): Space
     * pressed to page on once opened "Add to My Glossary" (issue #14). Tab reaches it (see {@link WordPopover}).
     */
    private void keyboardOnRequest(Control control) {
        control.setFocusTraversable(false);
        controls.add(control);
    }

    private Node sourceLabel(GlossarySource source) {
        Label label = sectionLabel(messages.get("source." + source.name()));
        label.getStyleClass().add("wp-source-" + source.name().toLowerCase(Locale.ROOT));
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
