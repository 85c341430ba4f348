package org.yandu.ui.base;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What the windows beside the main one (All Notes, My Glossary, suggested terms, Export) share: Esc or Ctrl+W
 * (⌘W) closes them, as the reader's close button would, so a tool window is left without reaching for the mouse.
 */
public final class ToolWindow {
    private static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private ToolWindow() {
    }

    /**
     * Lets Esc and Ctrl+W close {@code stage}, through its close-request handler (which may refuse, as Export
     * does). The control keys act on is ringed, as in the main window.
     */
    public static void closesWithKeys(Stage stage, Scene scene) {
        FocusRing.install(scene);
        Runnable close = () -> {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            EventHandler<WindowEvent> handler = stage.getOnCloseRequest();
            if (handler != null) {
                handler.handle(request);
            }
            if (!request.isConsumed()) {
                stage.hide();
            }
        };
        // A filter, not an accelerator: lists and tables take Esc for themselves before an accelerator sees it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ESCAPE.match(e) || CLOSE.match(e)) {
                e.consume();
                close.run();
            }
        });
    }
}
