package org.yandu.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.yandu.library.LibraryLocation;

/**
 * The reader window. The window appears first and the library opens behind it, so start-up feels
 * instant even when the library (or, later, the dictionaries) take a while.
 * The library file is the named parameter {@code --library=PATH}, else the default location.
 */
public class YanduApp extends Application {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 820;
    /** Small laptop screens get a window that fits, with room to see it is a window. */
    private static final double SCREEN_SHARE = 0.92;

    private Stage stage;
    private Scene scene;
    private AppController app;
    private MainWindow window;
    private Messages messages;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        ErrorReporter errors = new ErrorReporter(() -> messages, stage);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> errors.report("error.unexpected", e));
        app = new AppController(new TaskRunner(errors), () -> messages);
        app.setHostServices(getHostServices());
        app.setWindow(stage);
        app.onImportFinished(report -> {
            app.tasks().setIdleStatus(ImportSummary.headline(report, messages));
            ImportNotice.show(report, messages, stage);
        });
        SettingsViewModel settings = app.settings();
        messages = Messages.of(settings.languageProperty().get());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(new Pane(), Math.min(WIDTH, screen.getWidth() * SCREEN_SHARE),
                Math.min(HEIGHT, screen.getHeight() * SCREEN_SHARE));
        addKeypadFontKeys(settings);
        followReadingActivity();
        buildWindow();
        settings.themeProperty().subscribe(this::applyTheme);
        settings.languageProperty().addListener((o, old, language) -> {
            messages = Messages.of(language);
            buildWindow();
            app.showLibraryStatus();
        });
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        app.openLibrary(libraryFile());
    }

    @Override
    public void stop() {
        if (app != null) {
            app.shutdown();
        }
    }

    private Path libraryFile() {
        String named = getParameters().getNamed().get("library");
        return named != null && !named.isBlank() ? Path.of(named).toAbsolutePath() : LibraryLocation.resolve(null);
    }

    private void buildWindow() {
        if (window != null) {
            window.dispose();
        }
        window = new MainWindow(app, messages, stage);
        scene.setRoot(window.root());
        stage.setTitle(messages.get("app.name"));
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(FontStack.stylesheet(Font.getFamilies()), stylesheet("yandu.css"),
                stylesheet(theme == Theme.DARK ? "dark.css" : "light.css"));
    }

    /** Ctrl with the keypad's + − 0 also zooms, as in browsers; the menu shows the main-keyboard keys. */
    private void addKeypadFontKeys(SettingsViewModel settings) {
        scene.getAccelerators().put(AppMenus.shortcut(KeyCode.ADD), settings::biggerFont);
        scene.getAccelerators().put(AppMenus.shortcut(KeyCode.SUBTRACT), settings::smallerFont);
        scene.getAccelerators().put(AppMenus.shortcut(KeyCode.NUMPAD0), settings::resetFont);
    }

    /** Scrolling, keys and the mouse over the window tell the reading clock the reader is there. */
    private void followReadingActivity() {
        EventHandler<Event> active = e -> app.readingActivity();
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, active);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, active);
        scene.addEventFilter(ScrollEvent.ANY, active);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, active);
        stage.focusedProperty().addListener((o, old, focused) -> app.readingFocus(focused));
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(YanduApp.class.getResource(name), name).toExternalForm();
    }
}
