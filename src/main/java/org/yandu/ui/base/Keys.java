package org.yandu.ui.base;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Key combinations that the window's texts name as well as its menus take: a text names them by their display text,
 * so it says the keys of the reader's platform (Ctrl+Z, or ⌘Z on a Mac), as the menus do.
 */
public final class Keys {
    public static final KeyCombination UNDO = shortcut(KeyCode.Z);
    public static final KeyCombination SEARCH_LIBRARY = new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN, SHIFT_DOWN);

    private Keys() {
    }

    /** The highlight colour {@code colour}'s (0 is the first): the shortcut with 1, 2, … */
    public static KeyCombination highlight(int colour) {
        return shortcut(KeyCode.valueOf("DIGIT" + (colour + 1)));
    }

    /** {@code key} with the platform's shortcut modifier: Ctrl, or ⌘ on a Mac. */
    public static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, SHORTCUT_DOWN);
    }
}
