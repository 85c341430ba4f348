package org.yandu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.reading.OutlineEntry;
import org.yandu.ui.app.YanduApp;
import org.yandu.ui.library.LibraryNode;

/**
 * The real window, headless on Monocle, over a real library file in a temporary folder. Subclasses write the
 * library in their own {@code @BeforeEach}, then {@link #launch()}.
 */
public abstract class RunningWindow extends FxRobot {
    @TempDir
    protected Path dir;
    protected Application app;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Starts Yandu over {@code dir/library.db} and waits until the library tree shows something. */
    protected void launch() throws Exception {
        start(dir.resolve("library.db"));
        // The first frame is a plain "opening" page: the tree exists only once the full window is built.
        waitFor(() -> lookup("#library-tree").tryQuery()
                .map(tree -> !((TreeView<?>) tree).getRoot().getChildren().isEmpty()).orElse(false));
    }

    /** Starts Yandu over {@code library} without waiting for anything. */
    protected void start(Path library) throws Exception {
        app = FxToolkit.setupApplication(YanduApp.class, "--library=" + library);
    }

    /** Quits Yandu as the reader would, then starts it again over the same library. */
    protected void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        launch();
    }

    protected Node treeCell(String title) throws Exception {
        waitFor(() -> findTreeCell(title).isPresent());
        return findTreeCell(title).orElseThrow();
    }

    /**
     * Opens the classroom speech (in its collection) from the library tree and waits for its text: the collection
     * is expanded through the tree's model, which the window may already have done, so no click races it.
     */
    protected StyleClassedTextArea openClassroom() throws Exception {
        TreeView<?> tree = lookup("#library-tree").queryAs(TreeView.class);
        waitFor(() -> findTreeCell(TestLibraries.COLLECTION_TITLE).isPresent());
        WaitForAsyncUtils.asyncFx(() -> tree.getRoot().getChildren().stream()
                .filter(item -> item.getValue() instanceof LibraryNode node
                        && node.title().equals(TestLibraries.COLLECTION_TITLE))
                .forEach(item -> item.setExpanded(true))).get(10, TimeUnit.SECONDS);
        clickOn(treeCell(TestLibraries.CLASSROOM_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains(TestLibraries.CLASSROOM_BODY));
        return area;
    }

    /** The outline's row for the heading {@code label}, scrolled into view. */
    protected Node outlineCell(String label) throws Exception {
        ListView<?> outline = lookup("#outline").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < outline.getItems().size(); i++) {
            if (((OutlineEntry) outline.getItems().get(i)).label().equals(label)) {
                index = i;
            }
        }
        int row = index;
        interact(() -> outline.scrollTo(row));
        waitFor(() -> lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c && label.equals(c.getText())));
        return lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && label.equals(c.getText()))
                .findFirst().orElseThrow();
    }

    /** The library tree's row for a speech or collection whose title starts with {@code title}, if shown. */
    protected Optional<Node> findTreeCell(String title) {
        return lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> cell && cell.getItem() instanceof LibraryNode node
                        && node.title().startsWith(title))
                .findFirst();
    }

    /**
     * Opens the loose speech (no collection) and waits until its glossary terms are marked: the language tools are
     * loaded then, so words can be looked up.
     */
    protected StyleClassedTextArea openLooseSpeechWithWords() throws Exception {
        clickOn(treeCell(TestLibraries.LOOSE_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains("群众路线是我们党的生命线和根本工作路线。"));
        waitForMarkedTerms();
        return area;
    }

    /**
     * Waits until the open speech shows glossary terms: the language tools are loaded then, so a click looks a word
     * up (before, it only says they are loading), and under load they take longer than a speech to open.
     */
    protected void waitForMarkedTerms() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !termRuns(null).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs of the reader's text marked as glossary terms showing {@code text}, or any text when it is null. */
    protected List<Node> termRuns(@Nullable String text) {
        return lookup("#reader-text").lookup(".text").queryAll().stream()
                .filter(n -> n instanceof Text t && (text == null || text.equals(t.getText()))
                        && n.getStyleClass().contains("term"))
                .toList();
    }

    /** The centre, on screen, of the reader's character at {@code index}. */
    protected static Point2D charCentre(StyleClassedTextArea area, int index) throws Exception {
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(index, index + 1))
                .get(5, TimeUnit.SECONDS).orElseThrow();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The label of {@code styleClass} (e.g. the word popover's {@code .wp-word}), if one is shown. */
    protected Optional<Label> label(String styleClass) {
        return lookup(styleClass).tryQuery().filter(n -> n instanceof Label).map(n -> (Label) n);
    }

    /**
     * Menus are driven through their items: the robot's diagonal path to a submenu would close it.
     * A check item is toggled first, as a click on it does.
     */
    protected void chooseMenuItem(String... path) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = List.copyOf(bar.getMenus());
        MenuItem found = null;
        for (String text : path) {
            found = items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
            items = found instanceof Menu menu ? menu.getItems() : List.of();
        }
        MenuItem chosen = found;
        interact(() -> {
            if (chosen instanceof CheckMenuItem check) {
                check.setSelected(!check.isSelected());
            }
            chosen.fire();
        });
    }

    /** What {@code read} gives on the FX thread: the reader's view must not be asked from the test's thread. */
    /** A notch of the wheel down over {@code node} as a desktop reports it: three lines of 40 pixels. */
    protected void wheelNotchDown(Node node) {
        // TestFX's headless robot sends one pixel and one line instead.
        interact(() -> Event.fireEvent(node, new ScrollEvent(ScrollEvent.SCROLL, 0, 0, 0, 0, false, false, false,
                false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
