package org.yandu.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.yandu.glossary.GlossaryService;
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
    private final RubyView ruby;
    private final StackPane content;
    private final BorderPane root = new BorderPane();
    private final FlowPane keywords = new FlowPane();
    private final HBox bar;
    private final PauseTransition flashEnd = new PauseTransition(Duration.seconds(2.5));
    private final Consumer<String> searchKeyword;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Messages messages;
    private boolean rendering;
    private ReaderViewModel.Flash flashing;

    ReaderPane(ReaderViewModel reader, SettingsViewModel settings, Messages messages,
               ObservableValue<String> placeholderText, ObservableValue<GlossaryService> glossary,
               Consumer<String> searchKeyword) {
        this.reader = reader;
        this.settings = settings;
        this.messages = messages;
        this.searchKeyword = searchKeyword;
        ruby = new RubyView(reader, settings, messages, glossary);
        content = new StackPane(scroll, ruby.node(), placeholder);
        bar = headerBar();
        root.setTop(bar);
        root.setCenter(content);
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
        subscriptions.add(reader.wordsProperty().subscribe(words -> rerender(true)));
        subscriptions.add(reader.scriptProperty().subscribe(script -> rerender(false)));
        subscriptions.add(settings.markTermsProperty().subscribe(mark -> rerender(false)));
        subscriptions.add(settings.pinyinProperty().subscribe(this::switchMode));
        subscriptions.add(glossary.subscribe(service -> {
            if (service != null && pinyinShown()) {
                rerender(true);
            }
        }));
        subscriptions.add(reader.scrollRequestProperty().subscribe(this::scroll));
        subscriptions.add(reader.flashProperty().subscribe(this::flash));
        subscriptions.add(reader.keywordsProperty().subscribe(this::showKeywords));
        flashEnd.setOnFinished(e -> {
            flashing = null;
            area.deselect();
        });
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

    RubyView ruby() {
        return ruby;
    }

    private boolean pinyinShown() {
        return settings.pinyinProperty().get();
    }

    /** The keywords of the open speech, each a link that searches the library for it; and the display toggles. */
    private HBox headerBar() {
        Label title = new Label(messages.get("reader.keywords"));
        title.getStyleClass().add("reader-keywords-title");
        keywords.getStyleClass().add("reader-keywords");
        keywords.setId("reader-keywords");
        HBox.setHgrow(keywords, Priority.ALWAYS);
        ToggleButton pinyin = new ToggleButton(messages.get("reader.pinyin"));
        pinyin.setId("pinyin-toggle");
        pinyin.setTooltip(new Tooltip(messages.get("menu.view.pinyin")));
        pinyin.selectedProperty().bindBidirectional(settings.pinyinProperty());
        subscriptions.add(() -> pinyin.selectedProperty().unbindBidirectional(settings.pinyinProperty()));
        ToggleButton traditional = new ToggleButton(messages.get("reader.traditional"));
        traditional.setId("traditional-toggle");
        traditional.setTooltip(new Tooltip(messages.get("menu.view.traditional")));
        traditional.selectedProperty().bindBidirectional(settings.traditionalProperty());
        subscriptions.add(() -> traditional.selectedProperty()
                .unbindBidirectional(settings.traditionalProperty()));
        pinyin.getStyleClass().add("reader-toggle");
        traditional.getStyleClass().add("reader-toggle");
        HBox box = new HBox(title, keywords, pinyin, traditional);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("reader-bar");
        box.setId("reader-bar");
        box.visibleProperty().bind(reader.documentProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        title.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(keywords.getChildren()));
        return box;
    }

    private void showKeywords(java.util.List<String> found) {
        keywords.getChildren().clear();
        for (String keyword : found) {
            Hyperlink link = new Hyperlink(keyword);
            link.getStyleClass().add("reader-keyword");
            link.setTooltip(new Tooltip(messages.format("reader.keywordSearch", keyword)));
            link.setOnAction(e -> searchKeyword.accept(keyword));
            keywords.getChildren().add(link);
        }
    }

    /** Re-shows the speech (words, marks or script changed), keeping the reader's place. */
    private void rerender(boolean readingsChanged) {
        SpeechDocument speech = reader.documentProperty().get();
        if (speech == null) {
            return;
        }
        if (pinyinShown()) {
            int top = ruby.topItem();
            if (top >= 0) {
                reader.topItemProperty().set(top);
            }
            ruby.fill(readingsChanged);
        } else if (area.getParagraphs().size() > 1) {
            if (!area.getVisibleParagraphs().isEmpty()) {
                reader.topItemProperty().set(area.firstVisibleParToAllParIndex());
            }
            render(speech);
        }
    }

    /** Pinyin on: the ruby view replaces the text area (emptied, so it costs nothing), and back. */
    private void switchMode(boolean pinyin) {
        SpeechDocument speech = reader.documentProperty().get();
        if (pinyin) {
            if (speech != null && !area.getVisibleParagraphs().isEmpty() && area.getParagraphs().size() > 1) {
                reader.topItemProperty().set(area.firstVisibleParToAllParIndex());
            }
        } else {
            int top = ruby.topItem();
            if (speech != null && top >= 0) {
                reader.topItemProperty().set(top);
            }
            ruby.clear();
        }
        render(speech);
    }

    private void flash(ReaderViewModel.Flash flash) {
        if (flash == null || reader.documentProperty().get() == null) {
            return;
        }
        if (pinyinShown()) {
            ruby.flash(flash);
        } else {
            flashing = flash;
            flashEnd.playFromStart();
            selectFlash();
        }
    }

    /** Selects the flashed word (again, after the text was rebuilt while it shows). */
    private void selectFlash() {
        ReaderViewModel.Flash flash = flashing;
        if (flash != null && flash.itemIndex() < area.getParagraphs().size()
                && flash.end() <= area.getParagraphLength(flash.itemIndex())) {
            area.selectRange(flash.itemIndex(), flash.start(), flash.itemIndex(), flash.end());
        }
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        placeholder.textProperty().unbind();
        flashEnd.stop();
    }

    private void render(SpeechDocument speech) {
        placeholder.setVisible(speech == null);
        scroll.setVisible(speech != null && !pinyinShown());
        ruby.node().setVisible(speech != null && pinyinShown());
        if (pinyinShown()) {
            rendering = true;
            try {
                area.clear();
            } finally {
                rendering = false;
            }
            ruby.fill(true);
            return;
        }
        rendering = true;
        try {
            if (speech == null) {
                area.clear();
            } else {
                area.replace(ReaderText.of(speech, messages,
                        settings.markTermsProperty().get() ? reader.wordsProperty().get() : null,
                        reader.scriptProperty().get()));
                area.moveTo(0);
            }
        } finally {
            rendering = false;
        }
        if (speech != null) {
            area.showParagraphAtTop(Math.min(reader.topItemProperty().get(), area.getParagraphs().size() - 1));
            selectFlash();
        }
    }

    private void scroll(ScrollRequest request) {
        if (request != null && reader.documentProperty().get() != null && pinyinShown()) {
            ruby.scrollTo(request.itemIndex());
        } else if (request != null && reader.documentProperty().get() != null
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
        ruby.setStyle("-fx-font-size: " + size.intValue() + "px;");
        fitMeasure();
    }

    private void fitMeasure() {
        double measure = settings.fontSizeProperty().get() * MEASURE_EMS;
        double side = Math.max(MIN_SIDE_PADDING, (scroll.getWidth() - measure) / 2);
        area.setPadding(new Insets(VERTICAL_PADDING, side, VERTICAL_PADDING, side));
        ruby.setMeasure(side, VERTICAL_PADDING);
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem(messages.get("reader.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem selectAll = new MenuItem(messages.get("reader.selectAll"));
        selectAll.setOnAction(e -> area.selectAll());
        return new ContextMenu(copy, selectAll);
    }
}
