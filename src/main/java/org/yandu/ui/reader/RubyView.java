package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.StyledSegment;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryService;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.SpeechDocument;
import org.yandu.text.ChineseText;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;

/**
 * The open speech with pinyin over every character (ruby), shown instead of the text area while pinyin is
 * on. Virtualised by Flowless: only the paragraphs on screen are built, each a flow of break units (a word with
 * its punctuation, {@link RubyLayout#breakUnits}) that lines break between, each word a {@link RubyWordBox}.
 * Readings come from {@link ChineseText#pinyinSyllables} (glossary readings and polyphone overrides applied, 一 and
 * 不 in the tones the settings ask for), per paragraph when first shown, and are kept for the open speech. A click
 * on a word looks it up.
 */
final class RubyView {
    /** Called with the display item, the word clicked and the node showing it (for the popover's place). */
    interface WordClicks {
        void clicked(int item, RubyLayout.RubyWord word, Node node);
    }

    private static final String NO_READING = "\u00a0";
    private static final Duration FLASH_TIME = Duration.seconds(2.5);

    private final ReaderViewModel reader;
    private final SettingsViewModel settings;
    private final Messages messages;
    private final ObservableValue<GlossaryService> glossary;
    private final ObservableList<Integer> items = FXCollections.observableArrayList();
    private final VirtualFlow<Integer, Cell<Integer, Node>> flow;
    private final VirtualizedScrollPane<VirtualFlow<Integer, Cell<Integer, Node>>> scroll;
    private final ObjectProperty<Insets> sides = new SimpleObjectProperty<>(Insets.EMPTY);
    private final Map<Integer, List<String>> readings = new HashMap<>();
    private final PauseTransition flashEnd = new PauseTransition(FLASH_TIME);
    private WordClicks clicks = (item, word, node) -> { };
    private ReaderViewModel.@Nullable Flash flash;
    private double verticalPadding;
    private boolean filling;

    RubyView(ReaderViewModel reader, SettingsViewModel settings, Messages messages,
             ObservableValue<GlossaryService> glossary) {
        this.reader = reader;
        this.settings = settings;
        this.messages = messages;
        this.glossary = glossary;
        flow = VirtualFlow.createVertical(items, index -> Cell.wrapNode(paragraph(index)));
        flow.setId("ruby-reader");
        flow.getStyleClass().addAll("reader-area", "ruby-reader");
        scroll = new VirtualizedScrollPane<>(flow);
        scroll.getStyleClass().add("ruby-scroll");
        flow.estimatedScrollYProperty().addListener((o, old, y) -> reportTop());
        flashEnd.setOnFinished(e -> endFlash());
    }

    Node node() {
        return scroll;
    }

    VirtualFlow<Integer, Cell<Integer, Node>> flow() {
        return flow;
    }

    void onWordClicked(WordClicks handler) {
        clicks = handler;
    }

    /** Builds the view for the open speech (again), at the reader's top item; empty when there is none. */
    void fill(boolean clearReadings) {
        if (clearReadings) {
            readings.clear();
        }
        SpeechDocument speech = reader.documentProperty().get();
        filling = true;
        try {
            if (speech == null) {
                items.clear();
                return;
            }
            items.setAll(IntStream.range(0, speech.items().size()).boxed().toList());
        } finally {
            filling = false;
        }
        scrollTo(Math.min(reader.topItemProperty().get(), items.size() - 1));
    }

    void clear() {
        items.clear();
        readings.clear();
    }

    void scrollTo(int item) {
        if (item >= 0 && item < items.size()) {
            filling = true;
            try {
                flow.showAsFirst(item);
            } finally {
                filling = false;
            }
        }
    }

    /** The first paragraph on screen, or -1. */
    int topItem() {
        return items.isEmpty() || flow.visibleCells().isEmpty() ? -1 : flow.getFirstVisibleIndex();
    }

    void setStyle(String style) {
        flow.setStyle(style);
    }

    void setMeasure(double side, double vertical) {
        verticalPadding = vertical;
        sides.set(new Insets(0, side, 0, side));
    }

    /** Marks a word for a moment after a jump to it. */
    void flash(ReaderViewModel.Flash request) {
        ReaderViewModel.Flash old = flash;
        flash = request;
        if (old != null && old.itemIndex() != request.itemIndex()) {
            refresh(old.itemIndex());
        }
        refresh(request.itemIndex());
        flashEnd.playFromStart();
    }

    private void endFlash() {
        ReaderViewModel.Flash old = flash;
        flash = null;
        if (old != null) {
            refresh(old.itemIndex());
        }
    }

    private void refresh(int item) {
        if (item >= 0 && item < items.size()) {
            int top = topItem();
            items.set(item, item);
            if (top >= 0) {
                scrollTo(top);
            }
        }
    }

    private void reportTop() {
        int top = topItem();
        if (!filling && top >= 0 && reader.documentProperty().get() != null) {
            reader.topItemProperty().set(top);
            reader.bottomItemProperty().set(flow.getLastVisibleIndex());
        }
    }

    private Node paragraph(int index) {
        SpeechDocument speech = reader.documentProperty().get();
        VBox box = new VBox();
        box.getStyleClass().add("ruby-paragraph");
        if (speech == null || index >= speech.items().size()) {
            return box;
        }
        List<DisplayItem> all = speech.items();
        DisplayItem item = all.get(index);
        TextFlow text = new TextFlow();
        text.getStyleClass().add("paragraph-text");
        text.getStyleClass().addAll(ReaderText.paragraphClasses(item));
        int headerEnd = ReaderText.headerEnd(all);
        if (index == headerEnd) {
            text.getStyleClass().add("header-end");
        } else if (index == headerEnd + 1) {
            text.getStyleClass().add("text-start");
        }
        DisplayScript script = reader.scriptProperty().get();
        if (script != null && script.speechId() != speech.speech().id()) {
            script = null;
        }
        if (item.role() == DisplayItem.Role.META) {
            meta(text, item, index, script);
        } else {
            ruby(text, item, index, script, speech.speech().id());
        }
        box.getChildren().add(text);
        box.paddingProperty().bind(sides.map(side -> new Insets(
                index == 0 ? verticalPadding : 0, side.getRight(),
                index == all.size() - 1 ? verticalPadding : 0, side.getLeft())));
        return box;
    }

    /** Header lines are shown as text, without readings. */
    private void meta(TextFlow text, DisplayItem item, int index, @Nullable DisplayScript script) {
        List<StyledSegment<String, Collection<String>>> segments = ReaderText.segments(item, messages);
        StringBuilder original = new StringBuilder();
        segments.forEach(s -> original.append(s.getSegment()));
        String shown = script == null ? original.toString() : script.shown(index, original.toString());
        int at = 0;
        for (StyledSegment<String, Collection<String>> segment : segments) {
            int end = at + segment.getSegment().length();
            Text run = new Text(shown.substring(at, end));
            run.getStyleClass().add("text");
            run.getStyleClass().addAll(segment.getStyle());
            text.getChildren().add(run);
            at = end;
        }
    }

    private void ruby(TextFlow text, DisplayItem item, int index, @Nullable DisplayScript script, long speechId) {
        String original = item.text();
        String shown = script == null ? original : script.shown(index, original);
        SpeechWords words = reader.wordsProperty().get();
        boolean ours = words != null && words.speechId() == speechId;
        Set<Integer> termStarts = new HashSet<>();
        if (ours && settings.markTermsProperty().get()) {
            words.terms(index).forEach(term -> termStarts.add(term.start()));
        }
        List<RubyLayout.RubyWord> layout = RubyLayout.of(shown, readingsOf(index, original),
                ours ? words.words(index) : List.of());
        @Nullable String[] highlights = highlights(item, speechId);
        List<Node> children = new ArrayList<>();
        for (RubyLayout.BreakUnit unit : RubyLayout.breakUnits(layout)) {
            HBox box = new HBox();
            box.getStyleClass().add("ruby-unit");
            for (RubyLayout.RubyWord word : unit.words()) {
                box.getChildren().add(word(word, item, index, termStarts.contains(word.start()), highlights));
            }
            if (!unit.words().get(unit.words().size() - 1).hasLetters()) {
                // Full-width punctuation carries its own space: the gap after words would double it.
                box.getStyleClass().add("ends-in-punctuation");
            }
            children.add(box);
        }
        text.getChildren().setAll(children);
    }

    /** The highlight colour class of each character of the item ({@code hl-yellow} …), null where there is none. */
    private @Nullable String[] highlights(DisplayItem item, long speechId) {
        @Nullable String[] classes = new String[item.text().length()];
        SpeechAnnotations notes = reader.notesProperty().get();
        if (notes == null || notes.speechId() != speechId || item.paragraph() < 0) {
            return classes;
        }
        for (SpeechAnnotations.Mark mark : notes.marks(item.paragraph(), classes.length)) {
            Arrays.fill(classes, mark.start(), Math.min(mark.end(), classes.length),
                    SpeechAnnotations.styleClass(mark.color()));
        }
        return classes;
    }

    /** A word: its characters at an even pitch with their readings, each on its highlight; a click looks it up. */
    private Node word(RubyLayout.RubyWord word, DisplayItem item, int index, boolean term,
                      @Nullable String[] highlights) {
        List<String> role = item.styleClasses();
        List<VBox> columns = new ArrayList<>(word.chars().size());
        int at = word.start();
        for (RubyLayout.RubyChar c : word.chars()) {
            Text base = new Text(c.text());
            base.getStyleClass().add("text");
            base.getStyleClass().addAll(role);
            if (at < item.leadInLength()) {
                base.getStyleClass().add("lead-in");
            }
            Text reading = new Text(c.hasReading() ? c.reading() : NO_READING);
            reading.getStyleClass().add("ruby-pinyin");
            RubyWordBox.sizeReading(reading, base);
            VBox column = new VBox(reading, base);
            column.setAlignment(Pos.BOTTOM_CENTER);
            column.getStyleClass().add("ruby-char");
            String highlight = at < highlights.length ? highlights[at] : null;
            if (highlight != null) {
                column.getStyleClass().add(highlight);
            }
            if (flash != null && flash.itemIndex() == index && at >= flash.start() && at < flash.end()) {
                column.getStyleClass().add("ruby-flash");
            }
            columns.add(column);
            at += c.text().length();
        }
        RubyWordBox box = new RubyWordBox(columns);
        if (term) {
            box.getStyleClass().add("ruby-term");
        }
        if (word.hasLetters()) {
            box.setCursor(Cursor.HAND);
            box.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    clicks.clicked(index, word, box);
                }
            });
        }
        return box;
    }

    /** The readings of an item's text, computed when it is first shown; null until the language tools are in. */
    private @Nullable List<String> readingsOf(int index, String original) {
        List<String> known = readings.get(index);
        if (known != null) {
            return known;
        }
        GlossaryService service = glossary.getValue();
        if (service == null) {
            return null;
        }
        List<String> computed = service.text().pinyinSyllables(original, settings.tones());
        readings.put(index, computed);
        return computed;
    }
}
