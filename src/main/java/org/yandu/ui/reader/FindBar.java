package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.reactfx.Subscription;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.Messages;

/**
 * The find bar under the open speech (Ctrl+F): a query, "3 of 17", previous and next (Shift+Enter and Enter, or
 * Shift+F3 and F3), Esc to close. Every occurrence is marked in the text ({@code find-hit}), the current one more
 * strongly ({@code find-current}), selected and scrolled into view. With pinyin on, the text is the ruby view's:
 * the current occurrence is flashed there and scrolled to, the others are not marked.
 */
final class FindBar {
    private static final String HIT = "find-hit";
    private static final String CURRENT = "find-current";

    private final FindInSpeechViewModel find = new FindInSpeechViewModel();
    private final ReaderViewModel reader;
    private final StyleClassedTextArea area;
    private final BooleanSupplier pinyinShown;
    private final Node ruby;
    private final TextField field = new TextField();
    private final HBox bar;
    private final Subscription rerendered;
    /** The hits marked in the area now, to unmark them. */
    private List<FindInSpeechViewModel.Hit> marked = List.of();
    private boolean marking;

    FindBar(ReaderViewModel reader, StyleClassedTextArea area, Node ruby, BooleanSupplier pinyinShown,
            Messages messages) {
        this.reader = reader;
        this.area = area;
        this.ruby = ruby;
        this.pinyinShown = pinyinShown;
        field.setId("find-field");
        field.setPromptText(messages.get("find.prompt"));
        field.textProperty().bindBidirectional(find.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Label count = new Label();
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> find.queryProperty().get().isBlank() ? ""
                        : find.hitsProperty().get().isEmpty() ? messages.get("find.none")
                        : messages.format("find.count", find.currentProperty().get() + 1,
                        find.hitsProperty().get().size()),
                find.queryProperty(), find.hitsProperty(), find.currentProperty()));
        bar = new HBox(field, count, button("↑", "find-previous", messages.get("find.previous"), find::previous),
                button("↓", "find-next", messages.get("find.next"), find::next),
                button("✕", "find-close", messages.get("find.close"), this::close));
        bar.setId("find-bar");
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        bar.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // On every search, not only when the hits differ: a rebuilt text has lost its marks.
        find.hitsProperty().addListener(o -> markAll());
        find.currentProperty().addListener((o, old, now) -> moveCurrent(old.intValue(), now.intValue()));
        // The text is rebuilt when notes, words or script change, without the marks: they are put back after.
        rerendered = area.richChanges().subscribe(change -> {
            if (!marking && bar.isVisible()) {
                Platform.runLater(this::refind);
            }
        });
    }

    private static Button button(String glyph, String id, String tip, Runnable action) {
        Button button = new Button(glyph);
        button.setId(id);
        button.getStyleClass().add("find-button");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    Node node() {
        return bar;
    }

    /** Opens the bar (or focuses it again) on the open speech, starting from the paragraph at the top. */
    void open() {
        bar.setVisible(true);
        refind();
        field.requestFocus();
        field.selectAll();
    }

    /** F3 and Shift+F3 wherever the reader has focus, while the bar is open. */
    void handleF3(KeyEvent e) {
        if (bar.isVisible() && e.getCode() == KeyCode.F3) {
            step(e.isShiftDown());
            e.consume();
        }
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            step(e.isShiftDown());
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
        } else {
            handleF3(e);
            return;
        }
        e.consume();
    }

    private void step(boolean back) {
        if (back) {
            find.previous();
        } else {
            find.next();
        }
    }

    void close() {
        // Focus first: a hidden bar holding the focus would hand it on to whatever comes next.
        (pinyinShown.getAsBoolean() ? ruby : area).requestFocus();
        bar.setVisible(false);
        unmark();
    }

    /** Searches the speech as it is shown now: the area's paragraphs, or the items when the ruby view shows them. */
    private void refind() {
        SpeechDocument speech = reader.documentProperty().get();
        if (!bar.isVisible() || speech == null) {
            return;
        }
        List<String> texts = new ArrayList<>();
        if (pinyinShown.getAsBoolean()) {
            speech.items().forEach(item -> texts.add(item.text()));
        } else {
            area.getParagraphs().forEach(p -> texts.add(p.getText()));
        }
        FindInSpeechViewModel.Hit current = find.currentHit();
        find.search(texts, current != null ? current.item() : reader.topItemProperty().get());
    }

    /** Marks every hit of a new search, in place of the last search's. */
    private void markAll() {
        // Read always: an invalidation listener hears of the next search only once the hits were read.
        List<FindInSpeechViewModel.Hit> hits = find.hitsProperty().get();
        unmark();
        if (!pinyinShown.getAsBoolean()) {
            marked = hits;
            marked.forEach(hit -> style(hit, HIT, true));
        }
    }

    /** Moves the stronger mark from hit {@code old} to hit {@code now} (indices in the hits, or -1) and shows it. */
    private void moveCurrent(int old, int now) {
        if (old >= 0 && old < marked.size()) {
            style(marked.get(old), CURRENT, false);
        }
        FindInSpeechViewModel.Hit current = find.currentHit();
        if (current == null || now < 0) {
            return;
        }
        if (pinyinShown.getAsBoolean()) {
            SpeechDocument speech = reader.documentProperty().get();
            DisplayItem item = speech == null ? null : speech.items().get(current.item());
            if (item != null && item.paragraph() >= 0) {
                reader.flashParagraph(item.paragraph(), current.start(), current.end());
            }
        } else {
            style(current, CURRENT, true);
            area.selectRange(current.item(), current.start(), current.item(), current.end());
            reveal(current.item());
        }
    }

    /**
     * Brings a paragraph not wholly in view to the middle, where the eye finds it, as a browser does; the caret (at
     * the match's end) is followed too, for a paragraph taller than the view.
     */
    private void reveal(int item) {
        if (area.getVisibleParagraphs().isEmpty() || item <= area.firstVisibleParToAllParIndex()
                || item >= area.lastVisibleParToAllParIndex()) {
            area.showParagraphAtCenter(item);
        }
        area.requestFollowCaret();
    }

    private void unmark() {
        for (FindInSpeechViewModel.Hit hit : marked) {
            style(hit, HIT, false);
            style(hit, CURRENT, false);
        }
        marked = List.of();
    }

    /** Adds or removes a style class on a hit's characters, keeping the classes they have. */
    private void style(FindInSpeechViewModel.Hit hit, String styleClass, boolean add) {
        List<Paragraph<Collection<String>, String, Collection<String>>> paragraphs = area.getParagraphs();
        if (hit.item() >= paragraphs.size() || hit.end() > paragraphs.get(hit.item()).length()) {
            return;
        }
        marking = true;
        try {
            area.setStyleSpans(hit.item(), hit.start(), area.getStyleSpans(hit.item(), hit.start(), hit.end())
                    .mapStyles(styles -> {
                        List<String> changed = new ArrayList<>(styles);
                        changed.remove(styleClass);
                        if (add) {
                            changed.add(styleClass);
                        }
                        return changed;
                    }));
        } finally {
            marking = false;
        }
    }

    void dispose() {
        rerendered.unsubscribe();
        field.textProperty().unbindBidirectional(find.queryProperty());
    }
}
