package org.yandu.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The open speech, virtualised by RichTextFX so long speeches open at once. Read-only but selectable;
 * the text is kept to a comfortable measure by widening the side padding on wide windows.
 */
final class ReaderPane {
    /** About 36 Chinese characters a line: a comfortable measure for continuous reading. */
    private static final double MEASURE_EMS = 36;
    private static final double MIN_SIDE_PADDING = 28;
    private static final double VERTICAL_PADDING = 36;

    private final ReaderViewModel reader;
    private final SettingsViewModel settings;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Label placeholder = new Label();
    private final StackPane root = new StackPane(scroll, placeholder);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Messages messages;
    private boolean rendering;

    ReaderPane(ReaderViewModel reader, SettingsViewModel settings, Messages messages,
               ObservableValue<String> placeholderText) {
        this.reader = reader;
        this.settings = settings;
        this.messages = messages;
        area.setId("reader-text");
        area.getStyleClass().add("reader-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setContextMenu(contextMenu());
        placeholder.getStyleClass().add("reader-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(placeholderText);
        root.getStyleClass().add("reader-pane");
        subscriptions.add(reader.documentProperty().subscribe(this::render));
        subscriptions.add(reader.wordsProperty().subscribe(words -> rerender()));
        subscriptions.add(settings.markTermsProperty().subscribe(mark -> rerender()));
        subscriptions.add(reader.scrollRequestProperty().subscribe(this::scroll));
        subscriptions.add(settings.fontSizeProperty().subscribe(this::applyFontSize));
        subscriptions.add(scroll.widthProperty().subscribe(this::fitMeasure));
        // A change listener, not an invalidation one: ReactFX values only invalidate again once read.
        area.estimatedScrollYProperty().addListener((o, old, y) -> reportTop());
    }

    Node node() {
        return root;
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Marks glossary terms once the words are known (or unmarks them), keeping the reader's place. */
    private void rerender() {
        SpeechDocument speech = reader.documentProperty().get();
        if (speech != null && area.getParagraphs().size() > 1) {
            if (!area.getVisibleParagraphs().isEmpty()) {
                reader.topItemProperty().set(area.firstVisibleParToAllParIndex());
            }
            render(speech);
        }
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        placeholder.textProperty().unbind();
    }

    private void render(SpeechDocument speech) {
        placeholder.setVisible(speech == null);
        scroll.setVisible(speech != null);
        rendering = true;
        try {
            if (speech == null) {
                area.clear();
            } else {
                area.replace(ReaderText.of(speech, messages,
                        settings.markTermsProperty().get() ? reader.wordsProperty().get() : null));
                area.moveTo(0);
            }
        } finally {
            rendering = false;
        }
        if (speech != null) {
            area.showParagraphAtTop(Math.min(reader.topItemProperty().get(), area.getParagraphs().size() - 1));
        }
    }

    private void scroll(ScrollRequest request) {
        if (request != null && reader.documentProperty().get() != null
                && request.itemIndex() < area.getParagraphs().size()) {
            area.showParagraphAtTop(request.itemIndex());
        }
    }

    /** Tells the view-model which paragraph is at the top, so the outline and saved position follow. */
    private void reportTop() {
        if (rendering || reader.documentProperty().get() == null || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        reader.topItemProperty().set(area.firstVisibleParToAllParIndex());
    }

    private void applyFontSize(Number size) {
        area.setStyle("-fx-font-size: " + size.intValue() + "px;");
        fitMeasure();
    }

    private void fitMeasure() {
        double measure = settings.fontSizeProperty().get() * MEASURE_EMS;
        double side = Math.max(MIN_SIDE_PADDING, (scroll.getWidth() - measure) / 2);
        area.setPadding(new Insets(VERTICAL_PADDING, side, VERTICAL_PADDING, side));
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem(messages.get("reader.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem selectAll = new MenuItem(messages.get("reader.selectAll"));
        selectAll.setOnAction(e -> area.selectAll());
        return new ContextMenu(copy, selectAll);
    }
}
