package org.yandu.ui.reader;

import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
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
    /** Time to cross from the word to the popover (or back) before leaving both closes it. */
    private static final Duration GRACE = Duration.millis(350);

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
    private final WordPopoverContent content;
    /** The popover's content, kept across words so the pointer over it stays over it when its content changes. */
    private final VBox box = new VBox();
    private final PauseTransition leaving = new PauseTransition(GRACE);
    /** The buttons and links, in order: reachable by Tab once the reader moves the keyboard into the popover. */
    private List<Control> controls = List.of();
    private @Nullable WordPopoverViewModel shown;
    private @Nullable Node owner;
    private @Nullable Bounds word;
    private boolean expanded;
    private boolean followsPointer;
    private boolean pointerInside;
    private boolean keyboardInside;

    WordPopover(Messages messages, Actions actions) {
        content = new WordPopoverContent(box, messages, actions, this::hide, this::toggleExpanded);
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
     * The window's shortcuts (highlight with Ctrl+1…6, note, undo) act on the text, also once the reader has moved
     * the keyboard into the popover: they close it and run.
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
        controls = content.fill(model, expanded);
        if (keyboardInside) {
            takeKeyboard();
        }
    }
}
