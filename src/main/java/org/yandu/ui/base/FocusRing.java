package org.yandu.ui.base;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.jspecify.annotations.Nullable;

/**
 * Marks the focused control {@code :keyboard-focus} while the window is used from the keyboard, and not once the
 * mouse is pressed, so the style sheet rings the control that keys act on without ringing every click. JavaFX's own
 * {@code :focus-visible} is set only by Tab traversal: a control focused by the window itself (the library tree at
 * start, the reader after a dialog) and then used with the arrows would show no ring.
 */
public final class FocusRing {
    private static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

    private FocusRing() {
    }

    public static void install(Scene scene) {
        BooleanProperty keyboard = new SimpleBooleanProperty(false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyboard.set(true));
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> keyboard.set(false));
        keyboard.subscribe(on -> mark(scene.getFocusOwner(), on));
        scene.focusOwnerProperty().addListener((o, old, now) -> {
            mark(old, false);
            mark(now, keyboard.get());
        });
    }

    private static void mark(@Nullable Node node, boolean on) {
        if (node != null) {
            node.pseudoClassStateChanged(KEYBOARD_FOCUS, on);
        }
    }
}
