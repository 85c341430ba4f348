package org.yandu.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.yandu.ui.app.StartupMarks;

/**
 * The limit of the start-up and memory figures: a JavaFX window with one label, launched from a plain main
 * class as Yandu's is, and marking its first window the same way.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Not the main class itself, so it starts from the class path without the JavaFX module path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("研读")), 1280, 820);
            stage.setScene(scene);
            stage.show();
            StartupMarks.requested(scene).ifPresent(marks -> {
                // Its longest stall, the first frame's, is the limit of the window's.
                marks.watchStalls(StartupMarks.FIRST_WINDOW);
                marks.whenDrawn(StartupMarks.FIRST_WINDOW);
            });
        }
    }
}
