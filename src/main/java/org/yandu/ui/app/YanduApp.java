package org.yandu.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.library.LibraryLocation;
import org.yandu.settings.Theme;
import org.yandu.ui.base.BackgroundTask;
import org.yandu.ui.base.ErrorReporter;
import org.yandu.ui.base.FocusRing;
import org.yandu.ui.base.FxTaskExecutor;
import org.yandu.ui.base.Keys;
import org.yandu.ui.base.Lane;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SettingsViewModel;
import org.yandu.ui.library.ImportNotice;
import org.yandu.ui.library.ImportSummary;
import org.yandu.ui.reader.ReaderViewModel;

/**
 * The reader window. Its frame appears first, saying the library is being opened; then the library opens
 * on its own thread while the full window is built, and the dictionaries load once the library is in.
 * The library file is the named parameter {@code --library=PATH}, else the default location.
 */
public class YanduApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(YanduApp.class);
    /** Style sheets and icons, shared by the window's parts, beside the message bundles. */
    private static final String RESOURCES = "/org/yandu/ui/";
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 820;
    /** Small laptop screens get a window that fits, with room to see it is a window. */
    private static final double SCREEN_SHARE = 0.92;
    /** AtlantaFX's Primer Dark background and text, for the first frame, drawn before any style sheet. */
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");
    private static final Color DARK_TEXT = Color.web("#e6edf3");

    private Stage stage;
    private Scene scene;
    private AppController app;
    /** Built at the turn of the FX thread after the first frame; built anew when the language changes. */
    private @Nullable MainWindow window;
    private Messages messages;
    private Path library;
    /** The look and place last written beside the library; each change writes a new one. */
    private WindowLook look;
    private WindowPlacement placement;
    /** Held here: a binding is only weakly referenced by the values it observes. */
    private @Nullable BooleanBinding startDone;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        ErrorReporter errors = new ErrorReporter(() -> messages, stage);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> errors.report("error.unexpected", e));
        app = new AppController(new FxTaskExecutor(errors), () -> messages, then -> NextFrame.drawn(scene, then));
        app.setHostServices(getHostServices());
        app.setWindow(stage);
        app.imports().onImportFinished(report -> {
            app.tasks().setIdleStatus(ImportSummary.headline(report, messages));
            ImportNotice.show(report, messages, stage);
        });
        // On a lane idle until a speech opens, while this thread draws the first frame.
        app.tasks().execute(BackgroundTask.on(Lane.TEXT, "error.unexpected", () -> {
            FontStack.open(Font.getFamilies());
            return null;
        }).toldBy(e -> log.warn("The window's fonts were not opened ahead", e)));
        library = libraryFile();
        look = WindowLook.read(library);
        app.settings().themeProperty().set(look.theme());
        app.settings().languageProperty().set(look.language());
        rememberLook();
        messages = Messages.of(look.language());
        scene = firstScene(opening(library, look.theme()), look.geometry() == null);
        scene.setFill(background(look.theme()));
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.getIcons().setAll(icons());
        placement = new WindowPlacement(stage, look.geometry());
        stage.show();
        Optional<StartupMarks> marks = StartupMarks.requested(scene);
        marks.ifPresent(m -> {
            m.watchStalls(StartupMarks.WORDS_SHOWN);
            m.whenDrawn(StartupMarks.FIRST_WINDOW);
        });
        NextFrame.drawn(scene, () -> {
            app.openLibrary(library);
            // The theme's style sheets are read first and the window built at the next turn of the FX thread, so
            // the opening frame, rendered meanwhile, reaches the screen: without a GPU, JavaFX hands its pixels to
            // the window on this thread.
            app.settings().themeProperty().subscribe(this::applyTheme);
            Platform.runLater(() -> {
                fillWindow();
                marks.ifPresent(m -> m.watchLibrary(app));
                whenLibrarySettled(() -> {
                    buildReaderSide();
                    marks.ifPresent(m -> m.watchReader(app));
                });
                startDone = startDone();
                DesktopHeap.manage(startDone, app.fileCheckedProperty());
            });
        });
    }

    /**
     * Runs {@code then} once the library is listed and drawn, or could not be opened, at once if that is past: the
     * reader's side of the window waits for it, so the library shows about half a second sooner.
     */
    private void whenLibrarySettled(Runnable then) {
        BooleanSupplier settled = () -> app.libraryOpenProperty().get() || app.libraryFailedProperty().get();
        if (settled.getAsBoolean()) {
            then.run();
            return;
        }
        InvalidationListener once = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (settled.getAsBoolean()) {
                    app.libraryOpenProperty().removeListener(this);
                    app.libraryFailedProperty().removeListener(this);
                    // A turn later still, so that what else waited for this frame (the start-up marks) goes first.
                    NextFrame.drawn(scene, () -> Platform.runLater(then));
                }
            }
        };
        app.libraryOpenProperty().addListener(once);
        app.libraryFailedProperty().addListener(once);
    }

    /**
     * True once every dictionary is in (HanLP's rarely needed ones last) and the open speech, if any, has its words:
     * the start's work is done, and what it left behind can be collected.
     */
    private BooleanBinding startDone() {
        ReaderViewModel reader = app.reader();
        return Bindings.createBooleanBinding(() -> app.everyDictionaryLoadedProperty().get()
                        && (reader.documentProperty().get() == null || reader.wordsProperty().get() != null),
                app.everyDictionaryLoadedProperty(), reader.documentProperty(), reader.wordsProperty());
    }

    /**
     * The window's first frame: its name and what it is doing, in plain nodes that need no theme, so it shows
     * about a second before the full window (controls and their styles) is built. Its colours are the theme's.
     */
    private Parent opening(Path library, Theme theme) {
        Text name = new Text(messages.get("app.name"));
        name.setFont(Font.font(28));
        name.setFill(theme == Theme.DARK ? DARK_TEXT : Color.BLACK);
        Text doing = new Text(messages.format("status.openingLibrary", library.getFileName()));
        doing.setFill(Color.GRAY);
        VBox opening = new VBox(12, name, doing);
        opening.setAlignment(Pos.CENTER);
        return opening;
    }

    /** The scene of the first frame: of the default size, or of the stage's when it goes where it was last closed. */
    private static Scene firstScene(Parent opening, boolean defaultSize) {
        if (!defaultSize) {
            return new Scene(opening);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(opening, Math.min(WIDTH, screen.getWidth() * SCREEN_SHARE),
                Math.min(HEIGHT, screen.getHeight() * SCREEN_SHARE));
    }

    /** What shows where the window's content does not paint: the theme's background. */
    private static Color background(Theme theme) {
        return theme == Theme.DARK ? DARK_BACKGROUND : Color.WHITE;
    }

    /** Keeps the file the first frame reads in step with the library's theme and language. */
    private void rememberLook() {
        SettingsViewModel settings = app.settings();
        InvalidationListener changed = o -> writeLook(look.withLook(settings.themeProperty().get(),
                settings.languageProperty().get()));
        settings.themeProperty().addListener(changed);
        settings.languageProperty().addListener(changed);
    }

    /** Where the window and its dividers are as it closes, for the next start's first frame. */
    private void rememberPlace() {
        WindowGeometry.Dividers saved = look.dividers();
        writeLook(look.withGeometry(placement.closing(window == null ? saved : saved.updatedBy(window.dividers()))));
    }

    /** On the library thread, after the writes asked before it; quitting waits for them. */
    private void writeLook(WindowLook changed) {
        look = changed;
        app.tasks().write("the window's look", () -> {
            try {
                changed.write(library);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + WindowLook.fileFor(library), e);
            }
        });
    }

    /** The full window, after the theme, so each control is styled once and JavaFX's own theme never loads. */
    private void fillWindow() {
        SettingsViewModel settings = app.settings();
        addKeypadFontKeys(settings);
        followReadingActivity();
        FocusRing.install(scene);
        // The library may have opened, with a language other than the first frame's, before this turn came.
        messages = Messages.of(settings.languageProperty().get());
        buildWindow();
        settings.languageProperty().addListener((o, old, language) -> {
            messages = Messages.of(language);
            buildWindow();
            whenLibrarySettled(this::buildReaderSide);
            app.showLibraryStatus();
        });
    }

    @Override
    public void stop() {
        if (app != null) {
            if (placement != null) {
                rememberPlace();
            }
            app.shutdown();
        }
    }

    /**
     * The window's icon in the sizes drawn (assets/icons), decoded in the background: the first frame waits for none.
     */
    private static List<Image> icons() {
        return IntStream.of(16, 24, 32, 48, 64, 128, 256)
                .mapToObj(size -> new Image(YanduApp.class.getResource(RESOURCES + "icons/yandu-" + size + ".png")
                        .toExternalForm(),
                        true))
                .toList();
    }

    private Path libraryFile() {
        String named = getParameters().getNamed().get("library");
        return named != null && !named.isBlank() ? Path.of(named).toAbsolutePath() : LibraryLocation.resolve(null);
    }

    private void buildWindow() {
        WindowGeometry.Dividers dividers = look.dividers();
        if (window != null) {
            dividers = dividers.updatedBy(window.dividers());
            window.dispose();
        }
        window = new MainWindow(app, messages, stage, dividers);
        scene.setRoot(window.root());
        stage.setTitle(messages.get("app.name"));
    }

    /** On the window shown then: the language may have changed, and the window with it, while the library settled. */
    private void buildReaderSide() {
        Objects.requireNonNull(window, "the window is built before the library settles").buildReaderSide();
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        scene.setFill(background(theme));
        scene.getStylesheets().setAll(FontStack.stylesheet(Font.getFamilies()), stylesheet("yandu.css"),
                stylesheet(theme == Theme.DARK ? "dark.css" : "light.css"));
    }

    /** Ctrl with the keypad's + − 0 also zooms, as in browsers; the menu shows the main-keyboard keys. */
    private void addKeypadFontKeys(SettingsViewModel settings) {
        scene.getAccelerators().put(Keys.shortcut(KeyCode.ADD), settings::biggerFont);
        scene.getAccelerators().put(Keys.shortcut(KeyCode.SUBTRACT), settings::smallerFont);
        scene.getAccelerators().put(Keys.shortcut(KeyCode.NUMPAD0), settings::resetFont);
    }

    /** Scrolling, keys and the mouse over the window tell the reading clock the reader is there. */
    private void followReadingActivity() {
        EventHandler<Event> active = e -> app.study().activity();
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, active);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, active);
        scene.addEventFilter(ScrollEvent.ANY, active);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, active);
        stage.focusedProperty().addListener((o, old, focused) -> app.study().focus(focused));
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(YanduApp.class.getResource(RESOURCES + name), name).toExternalForm();
    }
}
