package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.SharedNote;
import org.yandu.lookup.LookupRequest;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;
import org.yandu.ui.base.TaskExecutor;
import org.yandu.ui.glossary.GlossaryController;

/**
 * The open speech, virtualised by RichTextFX so long speeches open at once. Read-only but selectable;
 * the text is kept to a comfortable measure by widening the side padding on wide windows.
 */
public final class ReaderPane {
    /** About 36 Chinese characters a line: a comfortable measure for continuous reading. */
    private static final double MEASURE_EMS = 36;
    /** A line of the reader's text: the text and its 0.75em spacing (yandu.css), what ↑ and ↓ scroll by. */
    private static final double LINE_EMS = 1.75;
    private static final double MIN_SIDE_PADDING = 28;
    private static final double VERTICAL_PADDING = 36;
    /** The margin left of each paragraph: a note glyph, and a click there highlights the whole paragraph. */
    private static final double GUTTER = 22;

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
    private final FindBar find;
    private final PauseTransition flashEnd = new PauseTransition(Duration.seconds(2.5));
    private final Consumer<String> searchKeyword;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Messages messages;
    private final TaskExecutor tasks;
    private boolean rendering;
    /** Given by {@link #setNotes} and {@link #lookUpWith} once the window is wired; null before. */
    private @Nullable NoteEdits noteEdits;
    private @Nullable ReaderLookup lookup;
    private Consumer<Annotation> editNote = a -> { };
    private HighlightColor lastColor = HighlightColor.YELLOW;
    private final Tooltip noteTip = new Tooltip();
    private final List<MenuItem> noteItems = new ArrayList<>();
    private int contextIndex = -1;
    private ReaderViewModel.@Nullable Flash flashing;

    /** @param tasks builds the text of each speech shown, on {@link Lane#TEXT} */
    public ReaderPane(ReaderViewModel reader, SettingsViewModel settings, Messages messages, TaskExecutor tasks,
               ObservableValue<String> placeholderText, ObservableValue<GlossaryService> glossary,
               Consumer<String> searchKeyword) {
        this.reader = reader;
        this.tasks = tasks;
        this.settings = settings;
        this.messages = messages;
        this.searchKeyword = searchKeyword;
        ruby = new RubyView(reader, settings, messages, glossary);
        content = new StackPane(scroll, ruby.node(), placeholder);
        bar = headerBar();
        root.setTop(bar);
        root.setCenter(content);
        find = new FindBar(reader, area, ruby.node(), this::pinyinShown, messages);
        root.setBottom(find.node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, find::handleF3);
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
        subscriptions.add(settings.othersNotesProperty().subscribe(shown -> rerender(false)));
        subscriptions.add(settings.pinyinProperty().subscribe(this::switchMode));
        subscriptions.add(settings.spokenTonesProperty().subscribe((old, spoken) -> {
            if (pinyinShown()) {
                rerender(true);
            }
        }));
        subscriptions.add(glossary.subscribe(service -> {
            if (service != null && pinyinShown()) {
                rerender(true);
            }
        }));
        subscriptions.add(reader.notesProperty().subscribe(notes -> rerender(false)));
        area.setParagraphGraphicFactory(this::margin);
        noteTip.getStyleClass().add("note-tip");
        noteTip.setWrapText(true);
        noteTip.setMaxWidth(420);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::hoverNote);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> noteTip.hide());
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> contextIndex = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1));
        subscriptions.add(reader.scrollRequestProperty().subscribe(this::scroll));
        subscriptions.add(reader.flashProperty().subscribe(this::flash));
        subscriptions.add(reader.keywordsProperty().subscribe(this::showKeywords));
        subscriptions.add(reader.scriptProperty().subscribe(script -> showKeywords(reader.keywordsProperty().get())));
        flashEnd.setOnFinished(e -> {
            flashing = null;
            area.deselect();
        });
        subscriptions.add(settings.fontSizeProperty().subscribe(this::applyFontSize));
        subscriptions.add(scroll.widthProperty().subscribe(this::fitMeasure));
        // A change listener, not an invalidation one: ReactFX values only invalidate again once read.
        area.estimatedScrollYProperty().addListener((o, old, y) -> reportTop());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::moveView);
        // After the area ends its drag, before the lookup (made later) glances at the words the selection grew to.
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !e.isStillSincePress()) {
                snapToWholeWords();
            }
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, this::wheel);
    }

    /**
     * A wheel notch moves the text by the lines the system asks for (three, usually), as in other readers;
     * Flowless scrolls a notch by 40 pixels, about a line of the reader's text. A touchpad's pixel scrolling
     * (no lines given) stays as it is.
     */
    private void wheel(ScrollEvent e) {
        if (e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES && e.getTextDeltaY() != 0
                && !e.isShortcutDown()) {
            area.scrollYBy(-e.getTextDeltaY() * LINE_EMS * settings.fontSizeProperty().get());
            e.consume();
        }
    }

    /**
     * The keys move the view from where the reader is, as in a browser or an e-book reader: Page Down/Up (and
     * Space, Shift+Space) by a screen less a line, so the last line read stays in sight; ↓/↑ by a line; Home/End
     * to the speech's beginning and end. RichTextFX's own keys move the hidden caret and scroll to it, which sent
     * the view to wherever the caret was left (the beginning after a highlight), and its page keys fail when the
     * last paragraph is partly in view. With Shift, ↑/↓ extend the selection as usual.
     */
    private void moveView(KeyEvent e) {
        if (e.isAltDown() || area.getParagraphs().isEmpty()) {
            return;
        }
        double line = LINE_EMS * settings.fontSizeProperty().get();
        double screen = area.getViewportHeight();
        double page = Math.max(screen - 2 * settings.fontSizeProperty().get(), screen / 2);
        boolean plain = !e.isShortcutDown() && !e.isShiftDown();
        boolean withoutShift = !e.isShiftDown();
        switch (e.getCode()) {
            case PAGE_DOWN, PAGE_UP, SPACE -> {
                if (e.isShortcutDown()) {
                    return;
                }
                boolean back = e.getCode() == KeyCode.PAGE_UP || (e.getCode() == KeyCode.SPACE && e.isShiftDown());
                area.scrollYBy(back ? -page : page);
            }
            case DOWN, UP -> {
                if (!plain) {
                    return;
                }
                area.scrollYBy(e.getCode() == KeyCode.UP ? -line : line);
            }
            case HOME, END -> {
                if (!withoutShift) {
                    return;
                }
                if (e.getCode() == KeyCode.HOME) {
                    area.showParagraphAtTop(0);
                } else {
                    area.showParagraphAtBottom(area.getParagraphs().size() - 1);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    public Node node() {
        return root;
    }

    /**
     * Words are looked up through {@code controller}; the popover's term edits go to {@code glossary}, word
     * boundaries not stored yet come from the {@code loaded} language tools, and its offer of CC-CEDICT runs
     * {@code importDictionary}.
     */
    public void lookUpWith(ReaderController controller, GlossaryController glossary,
                           ObservableValue<GlossaryService> loaded, Runnable importDictionary) {
        lookup = new ReaderLookup(controller, glossary, loaded, messages, area, settings, importDictionary);
        ruby.onWordClicked(lookup::lookUpRubyWord);
        lookup.closeWhenScrolled(area.estimatedScrollYProperty());
        lookup.closeWhenScrolled(ruby.flow().estimatedScrollYProperty());
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
        HBox colours = new HBox();
        colours.getStyleClass().add("highlight-buttons");
        HighlightColor[] palette = HighlightColor.values();
        for (int key = 1; key <= palette.length; key++) {
            HighlightColor color = palette[key - 1];
            javafx.scene.control.Button button = new javafx.scene.control.Button();
            button.setId("highlight-" + color.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().addAll("highlight-button", SpeechAnnotations.styleClass(color) + "-chip");
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(messages.format("reader.highlightIn", messages.colour(color),
                    "Ctrl+" + key)));
            button.setOnAction(e -> highlightSelection(color));
            colours.getChildren().add(button);
        }
        javafx.scene.control.Button note = new javafx.scene.control.Button("✎");
        note.setId("note-button");
        note.getStyleClass().add("note-button");
        note.setFocusTraversable(false);
        note.setTooltip(new Tooltip(messages.get("reader.addNote") + " (Ctrl+Shift+N)"));
        note.setOnAction(e -> addNote());
        colours.getChildren().add(note);
        // The keywords wrap and shrink; the label, colours and toggles keep their size so they stay legible.
        for (Region fixed : List.of(title, colours, pinyin, traditional)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        keywords.setMinWidth(0);
        HBox box = new HBox(title, keywords, colours, pinyin, traditional);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("reader-bar");
        box.setId("reader-bar");
        box.visibleProperty().bind(reader.documentProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        title.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(keywords.getChildren()));
        return box;
    }

    /** Shown in the speech's script; a click searches for the keyword as stored. */
    private void showKeywords(java.util.List<String> found) {
        keywords.getChildren().clear();
        DisplayScript script = reader.scriptProperty().get();
        for (String keyword : found) {
            Hyperlink link = new Hyperlink(script == null ? keyword : script.shownPart(keyword, 0));
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
            fillRuby(readingsChanged);
        } else {
            if (showsOpenSpeech() && !area.getVisibleParagraphs().isEmpty()) {
                reader.topItemProperty().set(area.firstVisibleParToAllParIndex());
            }
            build();
        }
    }

    /** Pinyin on: the ruby view replaces the text area (emptied, so it costs nothing), and back. */
    private void switchMode(boolean pinyin) {
        SpeechDocument speech = reader.documentProperty().get();
        if (pinyin) {
            if (showsOpenSpeech() && !area.getVisibleParagraphs().isEmpty()) {
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

    /** Opens the find bar on the open speech (Edit → Find in Speech); false when no speech is open. */
    public boolean findInSpeech() {
        if (reader.documentProperty().get() == null) {
            return false;
        }
        find.open();
        return true;
    }

    public void dispose() {
        disposed = true;
        find.dispose();
        if (lookup != null) {
            lookup.dispose();
        }
        subscriptions.forEach(Subscription::unsubscribe);
        placeholder.textProperty().unbind();
        flashEnd.stop();
    }

    /** The speech the text area shows, or -1, and the notes it was drawn with. */
    private long renderedSpeech = -1;
    private @Nullable Object renderedNotes;
    /** A text being built off the FX thread, and whether what it is built from changed meanwhile. */
    private boolean building;
    private boolean buildAgain;
    private boolean disposed;

    private void render(@Nullable SpeechDocument speech) {
        placeholder.setVisible(speech == null);
        scroll.setVisible(speech != null && !pinyinShown());
        ruby.node().setVisible(speech != null && pinyinShown());
        if (speech != null && !pinyinShown()) {
            build();
            return;
        }
        rendering = true;
        try {
            area.clear();
        } finally {
            rendering = false;
        }
        renderedSpeech = -1;
        if (pinyinShown()) {
            fillRuby(true);
        } else {
            reader.textShown(null);
        }
    }

    /** Fills the ruby view with the open speech (or none) and says what it shows. */
    private void fillRuby(boolean clearReadings) {
        ruby.fill(clearReadings);
        SpeechDocument speech = reader.documentProperty().get();
        reader.textShown(speech == null ? null
                : new ReaderViewModel.Shown(speech.speech().id(), reader.wordsProperty().get() != null));
    }

    /**
     * Builds the text of the open speech off the FX thread (tens of milliseconds for a long speech, a tenth of a
     * second before the JIT warms up), then shows it. What changes while one is built (its notes come just after
     * the speech, its words a little later) is built again before anything is shown, so the area, whose layout
     * of a screen of paragraphs is the costly part, takes one text instead of two.
     */
    private void build() {
        if (building) {
            buildAgain = true;
            return;
        }
        SpeechDocument speech = reader.documentProperty().get();
        if (speech == null || pinyinShown()) {
            return;
        }
        building = true;
        SpeechWords words = reader.wordsProperty().get();
        DisplayScript script = reader.scriptProperty().get();
        SpeechAnnotations notes = reader.notesProperty().get();
        SpeechWords marked = settings.markTermsProperty().get() ? words : null;
        tasks.execute(BackgroundTask.on(Lane.TEXT, "error.showSpeech",
                        () -> ReaderText.of(speech, messages, marked, script, notes))
                .onSuccess(text -> {
                    building = false;
                    if (disposed) {
                        return;
                    }
                    if (buildAgain) {
                        buildAgain = false;
                        build();
                    } else if (speech == reader.documentProperty().get() && !pinyinShown()) {
                        show(speech, text, notes, words != null && words.speechId() == speech.speech().id());
                    }
                })
                .onFailure(e -> building = false));
    }

    private void show(SpeechDocument speech, ReadOnlyStyledDocument<Collection<String>, String,
            Collection<String>> text, @Nullable SpeechAnnotations notes, boolean withWords) {
        rendering = true;
        try {
            // Words or script arriving re-render the same speech: the reader's selection stays. A change of
            // notes (a highlight just made from it) ends the selection so the new colour shows.
            boolean sameSpeech = speech.speech().id() == renderedSpeech;
            boolean sameNotes = notes == renderedNotes;
            IndexRange selection = sameSpeech && sameNotes ? area.getSelection() : null;
            int caret = sameSpeech ? area.getCaretPosition() : 0;
            area.replace(text);
            // Cells kept for unchanged paragraphs keep their margins; a new factory redraws them all.
            area.setParagraphGraphicFactory(null);
            area.setParagraphGraphicFactory(this::margin);
            if (selection != null && selection.getLength() > 0 && selection.getEnd() <= area.getLength()) {
                area.selectRange(selection.getStart(), selection.getEnd());
            } else {
                // The caret stays where the reader was (a key moves from there); never back to the beginning.
                area.moveTo(Math.min(caret, area.getLength()));
            }
            renderedSpeech = speech.speech().id();
            renderedNotes = notes;
        } finally {
            rendering = false;
        }
        area.showParagraphAtTop(Math.min(reader.topItemProperty().get(), area.getParagraphs().size() - 1));
        selectFlash();
        reader.textShown(new ReaderViewModel.Shown(speech.speech().id(), withWords));
    }

    private void scroll(ScrollRequest request) {
        if (request != null && reader.documentProperty().get() != null && pinyinShown()) {
            ruby.scrollTo(request.itemIndex());
        } else if (request != null && reader.documentProperty().get() != null
                && request.itemIndex() < area.getParagraphs().size()) {
            area.showParagraphAtTop(request.itemIndex());
        }
    }

    /** False while the text of a speech just opened is still being built and the area shows the one before. */
    private boolean showsOpenSpeech() {
        SpeechDocument open = reader.documentProperty().get();
        return open != null && open.speech().id() == renderedSpeech;
    }

    /** Tells the view-model which paragraph is at the top, so the outline and saved position follow. */
    private void reportTop() {
        if (rendering || !showsOpenSpeech() || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        reader.topItemProperty().set(first);
        reader.bottomItemProperty().set(last);
        // The hidden caret follows the view, so a key that moves it (→, Shift+↓) starts from what is on screen.
        int caretAt = area.getCurrentParagraph();
        if (area.getSelection().getLength() == 0 && (caretAt < first || caretAt > last)) {
            area.moveTo(first, 0);
        }
    }

    private void applyFontSize(Number size) {
        area.setStyle("-fx-font-size: " + size.intValue() + "px;");
        ruby.setStyle("-fx-font-size: " + size.intValue() + "px;");
        fitMeasure();
    }

    private void fitMeasure() {
        double measure = settings.fontSizeProperty().get() * MEASURE_EMS;
        double side = Math.max(MIN_SIDE_PADDING, (scroll.getWidth() - measure) / 2);
        area.setPadding(new Insets(VERTICAL_PADDING, side, VERTICAL_PADDING, Math.max(0, side - GUTTER)));
        ruby.setMeasure(side, VERTICAL_PADDING);
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem(messages.get("reader.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem selectAll = new MenuItem(messages.get("reader.selectAll"));
        selectAll.setOnAction(e -> area.selectAll());
        ContextMenu menu = new ContextMenu(copy, selectAll);
        menu.setOnShowing(e -> fillNoteItems(menu));
        return menu;
    }

    /** Highlights and notes made in the reader, as the notes panel keeps them. */
    public interface NoteEdits {
        /** Highlights the spans, one part each: a highlight across paragraphs when there are several. */
        void highlight(List<SpeechAnnotations.Span> spans, HighlightColor color, Consumer<Annotation> done);

        void noteOnParagraph(int position, Consumer<Annotation> done);

        void update(long id, @Nullable HighlightColor color, String note, List<String> tags);

        void delete(long id);
    }

    /** Notes are edited through {@code controller}; {@code edit} opens an annotation in the notes panel. */
    public void setNotes(NoteEdits controller, Consumer<Annotation> edit) {
        this.noteEdits = controller;
        this.editNote = edit;
    }

    /**
     * The selected characters of each paragraph the selection touches, in reading order: one span for a
     * selection within a paragraph, several for one dragged across paragraphs. Empty when nothing is selected.
     */
    private List<SpeechAnnotations.Span> selectedSpans() {
        SpeechDocument speech = reader.documentProperty().get();
        if (speech == null || pinyinShown() || area.getSelection().getLength() == 0) {
            return List.of();
        }
        var selection = area.getCaretSelectionBind();
        int first = selection.getStartParagraphIndex();
        int last = Math.min(selection.getEndParagraphIndex(), speech.items().size() - 1);
        List<SpeechAnnotations.Span> spans = new ArrayList<>();
        for (int item = first; item <= last; item++) {
            int start = item == first ? selection.getStartColumnPosition() : 0;
            int end = item == selection.getEndParagraphIndex() ? selection.getEndColumnPosition()
                    : area.getParagraphLength(item);
            int position = speech.items().get(item).paragraph();
            if (position >= 0 && start < end) {
                spans.add(new SpeechAnnotations.Span(position, start, end));
            }
        }
        return spans;
    }

    /** Grows the selection to whole words when the reader asked for that (Edit → Select Whole Words). */
    private void snapToWholeWords() {
        if (!settings.wholeWordsProperty().get() || lookup == null || area.getSelection().getLength() == 0) {
            return;
        }
        var selection = area.getCaretSelectionBind();
        int first = selection.getStartParagraphIndex();
        int last = selection.getEndParagraphIndex();
        int from = selection.getStartColumnPosition();
        int to = selection.getEndColumnPosition();
        int start = from < area.getParagraphLength(first) ? lookup.wordAt(first, from).start() : from;
        int end = to > 0 ? lookup.wordAt(last, to - 1).end() : to;
        if (start != from || end != to) {
            area.selectRange(first, start, last, end);
        }
    }

    /** Highlights the selected characters in {@code color}: across paragraphs, one highlight in parts. */
    public void highlightSelection(HighlightColor color) {
        List<SpeechAnnotations.Span> spans = selectedSpans();
        if (spans.isEmpty() || noteEdits == null) {
            return;
        }
        lastColor = color;
        noteEdits.highlight(spans, color, a -> area.deselect());
    }

    /** Hands the keys back to the reading (the pinyin view while it shows), e.g. when a note is written. */
    public void focusText() {
        (pinyinShown() ? ruby.node() : area).requestFocus();
    }

    /** Looks the selection up on purpose (Edit → Look Up), so it joins the speech's vocabulary. */
    public void lookUpSelection() {
        if (lookup != null && !pinyinShown()) {
            lookup.lookUpSelection(LookupRequest.EXPLICIT);
        }
    }

    /** A note on the selection (highlighted in the last colour), or on the paragraph at the top. */
    public void addNote() {
        SpeechDocument speech = reader.documentProperty().get();
        if (speech == null || noteEdits == null) {
            return;
        }
        List<SpeechAnnotations.Span> spans = selectedSpans();
        if (!spans.isEmpty()) {
            noteEdits.highlight(spans, lastColor, editNote);
        } else {
            int item = area.getCurrentParagraph();
            if (item <= 0 || speech.items().get(item).paragraph() < 0) {
                item = reader.topItemProperty().get();
            }
            noteEdits.noteOnParagraph(speech.paragraphAt(item), editNote);
        }
    }

    /** The margin of paragraph {@code index}: a glyph when it carries a note; clicks highlight or annotate it. */
    private Node margin(int index) {
        Label glyph = new Label();
        glyph.getStyleClass().add("reader-margin");
        glyph.setMinWidth(GUTTER);
        glyph.setPrefWidth(GUTTER);
        glyph.setMaxHeight(Double.MAX_VALUE);
        SpeechDocument speech = reader.documentProperty().get();
        if (speech == null || index >= speech.items().size() || speech.items().get(index).paragraph() < 0) {
            return glyph;
        }
        DisplayItem item = speech.items().get(index);
        SpeechAnnotations notes = reader.notesProperty().get();
        List<Annotation> here = notes == null ? List.of() : notes.at(item.paragraph());
        List<SharedNote> others = notes == null || !settings.othersNotesProperty().get() ? List.of()
                : notes.othersAt(item.paragraph());
        StringBuilder text = new StringBuilder();
        if (notes != null && notes.hasNote(item.paragraph())) {
            glyph.setText("✎");
            glyph.getStyleClass().add("has-note");
            for (Annotation a : here) {
                if (!a.note().isBlank() || !a.tags().isEmpty()) {
                    append(text, a.note(), a.tags());
                }
            }
        }
        if (!others.isEmpty()) {
            glyph.setGraphic(othersMark(others));
            glyph.setContentDisplay(glyph.getText().isEmpty() ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.BOTTOM);
            for (SharedNote other : others) {
                append(text, other.authorName() + messages.get("reader.othersNote") + other.body(), other.tags());
            }
        }
        String tip = !text.isEmpty() ? text.toString()
                : notes == null || !notes.hasNote(item.paragraph()) ? messages.get("reader.marginHint") : "";
        // A margin's tooltip and menu are made when the reader first points at it or clicks: a screen of
        // paragraphs making them all at once (popups are costly to make) held up each re-render by a tenth of a second.
        glyph.setOnMouseEntered(e -> {
            if (!tip.isEmpty() && glyph.getTooltip() == null) {
                glyph.setTooltip(new Tooltip(tip));
            }
        });
        // A whole paragraph is marked only when asked: a click shows the choices (colours, a note), as a right-click
        // does; it opens the note of a paragraph that has one.
        glyph.setOnMouseClicked(e -> {
            if (noteEdits == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (!here.isEmpty()) {
                editNote.accept(notes.asMade(here.get(0)));
            } else {
                glyph.setContextMenu(paragraphMenu(item));
                glyph.getContextMenu().show(glyph, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // Made as it is asked for; the glyph then shows it as any control's, styled as the window is.
        glyph.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> glyph.setContextMenu(paragraphMenu(item)));
        return glyph;
    }

    /** The choices for a whole paragraph: a highlight of each colour, or a note. */
    private ContextMenu paragraphMenu(DisplayItem item) {
        ContextMenu menu = new ContextMenu();
        for (HighlightColor color : HighlightColor.values()) {
            MenuItem colour = new MenuItem(messages.format("reader.highlightParagraph", messages.colour(color)));
            colour.setOnAction(e -> editNotes(
                    edits -> edits.highlight(List.of(new SpeechAnnotations.Span(item.paragraph(), 0,
                            item.text().length())), color, a -> { })));
            menu.getItems().add(colour);
        }
        MenuItem note = new MenuItem(messages.get("reader.noteOnParagraph"));
        note.setOnAction(e -> editNotes(edits -> edits.noteOnParagraph(item.paragraph(), editNote)));
        menu.getItems().add(note);
        return menu;
    }

    /** A note and its tags, after the notes before it in a margin's tooltip. */
    private static void append(StringBuilder text, String note, List<String> tags) {
        text.append(text.isEmpty() ? "" : "\n\n").append(note.strip());
        if (!tags.isEmpty()) {
            text.append("\n#").append(String.join(" #", tags));
        }
    }

    /**
     * Others' notes on a paragraph, in the margin: the first character of the first member's name in their colour
     * (the margin has room for one character; the tooltip lists them all).
     */
    private static Label othersMark(List<SharedNote> others) {
        SharedNote first = others.get(0);
        String initial = first.authorName().isEmpty() ? "?"
                : first.authorName().substring(0, first.authorName().offsetByCodePoints(0, 1));
        Label mark = new Label(initial);
        mark.getStyleClass().add("member-mark");
        mark.setStyle(SpeechAnnotations.memberStyle(first.author()));
        return mark;
    }

    /** The highlight under character {@code index} of the area, if any: all of it, if it spans paragraphs. */
    private java.util.Optional<Annotation> highlightAtIndex(int index) {
        SpeechDocument speech = reader.documentProperty().get();
        SpeechAnnotations notes = reader.notesProperty().get();
        if (speech == null || notes == null || index < 0 || index >= area.getLength()) {
            return java.util.Optional.empty();
        }
        var at = area.offsetToPosition(index, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        if (at.getMajor() >= speech.items().size() || speech.items().get(at.getMajor()).paragraph() < 0) {
            return java.util.Optional.empty();
        }
        return notes.highlightAt(speech.items().get(at.getMajor()).paragraph(), at.getMinor()).map(notes::asMade);
    }

    private void hoverNote(MouseOverTextEvent e) {
        highlightAtIndex(e.getCharacterIndex()).filter(a -> !a.note().isBlank() || !a.tags().isEmpty())
                .ifPresent(a -> {
                    String tags = a.tags().isEmpty() ? "" : "\n#" + String.join(" #", a.tags());
                    noteTip.setText(a.note().strip() + tags);
                    noteTip.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
                    e.consume();
                });
    }

    /** For menu actions: does nothing before {@link #setNotes} wires the notes in. */
    private void editNotes(Consumer<NoteEdits> edit) {
        if (noteEdits != null) {
            edit.accept(noteEdits);
        }
    }

    /** The context menu's note items: highlight the selection, add a note, or edit the highlight clicked. */
    private void fillNoteItems(ContextMenu menu) {
        menu.getItems().removeAll(noteItems);
        noteItems.clear();
        if (noteEdits == null || reader.documentProperty().get() == null || pinyinShown()) {
            return;
        }
        noteItems.add(new javafx.scene.control.SeparatorMenuItem());
        if (!selectedSpans().isEmpty()) {
            javafx.scene.control.Menu colours = new javafx.scene.control.Menu(messages.get("reader.highlight"));
            for (HighlightColor color : HighlightColor.values()) {
                MenuItem colour = new MenuItem(messages.colour(color));
                colour.getStyleClass().add(SpeechAnnotations.styleClass(color) + "-item");
                colour.setOnAction(e -> highlightSelection(color));
                colours.getItems().add(colour);
            }
            MenuItem note = new MenuItem(messages.get("reader.addNote"));
            note.setOnAction(e -> addNote());
            noteItems.add(colours);
            noteItems.add(note);
        }
        java.util.Optional<Annotation> clicked = highlightAtIndex(contextIndex);
        clicked.ifPresent(a -> {
            MenuItem edit = new MenuItem(messages.get("notes.edit"));
            edit.setOnAction(e -> editNote.accept(a));
            javafx.scene.control.Menu recolour = new javafx.scene.control.Menu(messages.get("notes.recolour"));
            for (HighlightColor color : HighlightColor.values()) {
                MenuItem colour = new MenuItem(messages.colour(color));
                colour.setOnAction(e -> editNotes(edits -> edits.update(a.id(), color, a.note(), a.tags())));
                recolour.getItems().add(colour);
            }
            MenuItem delete = new MenuItem(messages.get("notes.deleteHighlight"));
            delete.setOnAction(e -> editNotes(edits -> edits.delete(a.id())));
            noteItems.addAll(List.of(edit, recolour, delete));
        });
        if (noteItems.size() == 1) {
            noteItems.clear();
        }
        menu.getItems().addAll(noteItems);
    }
}
