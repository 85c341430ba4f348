package org.yandu.ui.reader;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.UserTerm;
import org.yandu.lookup.LookupRequest;
import org.yandu.lookup.Occurrence;
import org.yandu.settings.HoverLookup;
import org.yandu.text.Token;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;
import org.yandu.ui.glossary.GlossaryController;
import org.yandu.ui.glossary.TermDialog;

/**
 * Word lookup in the reader: a click on a word (or resting the mouse on it, if the reader turned that on) shows its
 * popover; a selection is looked up exactly as selected, on release of the mouse or from the context menu. Only what
 * the reader asked for is remembered in the speech's vocabulary ({@link LookupRequest}): a click, Look Up.
 * Word boundaries are the speech's stored words ({@link SpeechWords}), else the paragraph segmented now.
 */
final class ReaderLookup {
    /** How long the pointer rests on the text before a note's tip shows, while hovering looks nothing up. */
    static final Duration HOVER_DELAY = Duration.ofMillis(400);

    private final ReaderController reader;
    private final GlossaryController glossary;
    private final ObservableValue<GlossaryService> loaded;
    private final Messages messages;
    private final StyleClassedTextArea area;
    private final WordPopover popover;
    private final ObservableValue<HoverLookup> hover;
    /** The settings outlive the window (a change of language builds a new one): let go of them on dispose. */
    private final Subscription hoverDelay;
    private long serial;
    /** The characters of the word the pointer rested on, while its popover shows; -1 when none. */
    private int hoveredFrom = -1;
    private int hoveredTo = -1;
    private int contextIndex = -1;

    /**
     * @param loaded the glossary once the language tools are loaded, for word boundaries not yet stored
     * @param importDictionary starts the import of CC-CEDICT, which the popover offers while it is missing
     */
    ReaderLookup(ReaderController reader, GlossaryController glossary, ObservableValue<GlossaryService> loaded,
                 Messages messages, StyleClassedTextArea area, SettingsViewModel settings, Runnable importDictionary) {
        this.reader = reader;
        this.hover = settings.hoverLookupProperty();
        this.glossary = glossary;
        this.loaded = loaded;
        this.messages = messages;
        this.area = area;
        this.popover = new WordPopover(messages, new WordPopover.Actions() {
            @Override
            public void openOccurrence(Occurrence occurrence) {
                reader.openSpeechAt(occurrence.speechId(), occurrence.paragraphPosition(), occurrence.sentence(),
                        occurrence.highlightStart(), occurrence.highlightEnd());
            }

            @Override
            public void addTerm(WordPopoverViewModel model) {
                ReaderLookup.this.editTerm(TermDialog.newTerm(model.form(), ""), false);
            }

            @Override
            public void editTerm(GlossaryEntry entry) {
                ReaderLookup.this.editTerm(new UserTerm(entry.term(), entry.pinyin(), entry.explanation(),
                        entry.english(), entry.tags()), true);
            }

            @Override
            public void deleteTerm(GlossaryEntry entry) {
                glossary.removeTerm(entry.term(), () -> { });
            }

            @Override
            public void importDictionary() {
                importDictionary.run();
            }
        });
        // The note tips of ReaderPane rest on the same delay.
        hoverDelay = hover.subscribe(choice -> area.setMouseOverTextDelay(choice.delay().orElse(HOVER_DELAY)));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            if (hover.getValue() != HoverLookup.OFF && area.getSelection().getLength() == 0 && !e.isConsumed()) {
                lookUpWordAt(e.getCharacterIndex(), LookupRequest.GLANCE);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::pointerMoved);
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> popover.pointerLeftWord());
        // A press in the text closes the popover (the owner's clicks do not, in JavaFX); its release may open another.
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> popover.hide());
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> contextIndex = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1));
        addToContextMenu(area.getContextMenu());
    }

    /** A popover the pointer opened follows it: leaving the word starts its closing, coming back stops it. */
    private void pointerMoved(MouseEvent e) {
        if (hoveredFrom < 0) {
            return;
        }
        int index = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        if (index >= hoveredFrom && index < hoveredTo) {
            popover.pointerOnWord();
        } else {
            popover.pointerLeftWord();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        // A selection is shown, not remembered: it is as often made to highlight as to look up.
        if (area.getSelection().getLength() > 0) {
            lookUpSelection(LookupRequest.GLANCE);
        } else if (e.isStillSincePress()) {
            area.hit(e.getX(), e.getY()).getCharacterIndex()
                    .ifPresent(index -> lookUpWordAt(index, LookupRequest.CLICK));
        }
    }

    private void addToContextMenu(ContextMenu menu) {
        if (menu == null) {
            return;
        }
        MenuItem lookUp = new MenuItem(messages.get("reader.lookUp"));
        lookUp.setOnAction(e -> {
            if (area.getSelection().getLength() > 0) {
                lookUpSelection(LookupRequest.EXPLICIT);
            } else if (contextIndex >= 0) {
                lookUpWordAt(contextIndex, LookupRequest.EXPLICIT);
            }
        });
        menu.getItems().addAll(0, List.of(lookUp, new SeparatorMenuItem()));
    }

    /** Looks up exactly the selected characters, if they lie in one paragraph and hold a letter. */
    void lookUpSelection(LookupRequest request) {
        int from = area.getSelection().getStart();
        int to = area.getSelection().getEnd();
        String text = area.getText(from, to);
        if (!text.isBlank() && text.indexOf('\n') < 0 && text.codePoints().anyMatch(Character::isLetter)
                && text.length() <= 100) {
            TwoDimensional.Position at = area.offsetToPosition(from, TwoDimensional.Bias.Forward);
            show(text.strip(), from, to, new ReaderController.Place(at.getMajor(), at.getMinor(),
                    at.getMinor() + (to - from)), request, false);
        }
    }

    /** Looks up the word holding the character at {@code index} of the area. */
    void lookUpWordAt(int index, LookupRequest request) {
        TwoDimensional.Position at = area.offsetToPosition(index, TwoDimensional.Bias.Forward);
        int paragraph = at.getMajor();
        String text = area.getText(paragraph);
        int column = at.getMinor();
        if (column >= text.length()) {
            return;
        }
        SpeechWords.Word word = wordAt(paragraph, column, text);
        String found = text.substring(word.start(), word.end());
        if (found.codePoints().noneMatch(Character::isLetter)) {
            return;
        }
        if (request == LookupRequest.GLANCE && popover.isShowing(found)) {
            return;
        }
        int start = index - column + word.start();
        show(found, start, start + word.length(), new ReaderController.Place(paragraph, word.start(), word.end()),
                request, request == LookupRequest.GLANCE);
    }

    /** A word clicked in the pinyin (ruby) view: looked up and shown under the word's node. */
    void lookUpRubyWord(int item, RubyLayout.RubyWord word, Node node) {
        String found = word.text();
        long request = ++serial;
        reader.lookUp(found, new ReaderController.Place(item, word.start(), word.end()), LookupRequest.CLICK, model -> {
            if (request != serial || node.getScene() == null) {
                return;
            }
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            if (bounds != null) {
                hoveredFrom = -1;
                popover.show(node, model, bounds, false);
            }
        });
    }

    /** The word holding character {@code column} of the area's paragraph {@code paragraph} (in its bounds). */
    SpeechWords.Word wordAt(int paragraph, int column) {
        return wordAt(paragraph, column, area.getText(paragraph));
    }

    private SpeechWords.Word wordAt(int paragraph, int column, String text) {
        SpeechWords words = reader.reader().wordsProperty().get();
        SpeechWords.Word word = words == null ? null : words.wordAt(paragraph, column);
        if (word != null && word.end() <= text.length()) {
            return word;
        }
        GlossaryService service = loaded.getValue();
        if (service != null) {
            for (Token token : service.text().segment(text)) {
                if (token.contains(column)) {
                    return new SpeechWords.Word(token.start(), token.end());
                }
            }
        }
        return new SpeechWords.Word(column, column + Character.charCount(text.codePointAt(column)));
    }

    /** @param followsPointer the pointer rested on the word: the popover closes when it leaves */
    private void show(String word, int from, int to, ReaderController.Place place, LookupRequest request,
                      boolean followsPointer) {
        if (request == LookupRequest.GLANCE && !reader.lookupsReady()) {
            // Nothing to show yet, and a click waiting for the dictionaries must not be taken for an older lookup.
            return;
        }
        long shown = ++serial;
        reader.lookUp(word, place, request, model -> {
            if (shown != serial || area.getScene() == null) {
                return;
            }
            Optional<Bounds> bounds = area.getCharacterBoundsOnScreen(from, to);
            bounds.ifPresent(b -> {
                hoveredFrom = followsPointer ? from : -1;
                hoveredTo = to;
                popover.show(area, model, b, followsPointer);
            });
        });
    }

    private void editTerm(UserTerm initial, boolean editing) {
        Window owner = area.getScene() == null ? null : area.getScene().getWindow();
        TermDialog.show(owner, messages, initial, editing, glossary::pinyinOf)
                .ifPresent(term -> glossary.putTerm(term, () -> glossary.setIdleStatus(
                        messages.format("status.termSaved", term.term()))));
    }

    /**
     * The popover points at its word: once the text under it moves (the wheel, Space, a jump) it would point at
     * other words, so it closes, as a dictionary popup does when its page scrolls.
     */
    void closeWhenScrolled(ObservableValue<Double> scrollY) {
        scrollY.addListener((o, old, now) -> {
            if (Math.abs(now - old) >= 1) {
                popover.hide();
            }
        });
    }

    void dispose() {
        hoverDelay.unsubscribe();
        popover.hide();
    }
}
