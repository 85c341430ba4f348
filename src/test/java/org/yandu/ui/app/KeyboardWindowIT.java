package org.yandu.ui.app;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/**
 * The window used from the keyboard alone: the control keys act on is ringed, Page Down pages the reader again when a
 * dialog, the look-up or a note is done, and F1 lists the shortcuts.
 */
class KeyboardWindowIT extends RunningWindow {
    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        launch();
    }

    private StyleClassedTextArea openLong() throws Exception {
        clickOn(treeCell(TestLibraries.LONG_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getLength() > 50_000);
        interact(area::requestFocus);
        return area;
    }

    private void pressOnce(KeyCode... keys) {
        press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int top(StyleClassedTextArea area) throws Exception {
        return onFx(area::firstVisibleParToAllParIndex);
    }

    private static long windows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).count();
    }

    @Test
    void pageDownScrollsTheReaderAfterTheExportDialogClosesWithEsc() throws Exception {
        assertPageDownScrollsAfterAWindowOpenedByClosesWithEsc(KeyCode.CONTROL, KeyCode.E);
    }

    @Test
    void pageDownScrollsTheReaderAfterAllNotesClosesWithEsc() throws Exception {
        assertPageDownScrollsAfterAWindowOpenedByClosesWithEsc(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
    }

    /** Opens a window with {@code keys}, closes it with Esc, then Page Down must scroll the reader. */
    private void assertPageDownScrollsAfterAWindowOpenedByClosesWithEsc(KeyCode... keys) throws Exception {
        StyleClassedTextArea area = openLong();
        long before = windows();
        pressOnce(keys);
        waitFor(() -> windows() > before);
        pressOnce(KeyCode.ESCAPE);
        waitFor(() -> windows() == before);
        int top = top(area);
        pressOnce(KeyCode.PAGE_DOWN);
        Node owner = onFx(() -> area.getScene().getFocusOwner());
        assertTrue(top(area) > top, "Page Down scrolls the reader; focus is on " + owner);
    }

    @Test
    void pageDownScrollsTheReaderAfterANoteIsWrittenAndEscPressed() throws Exception {
        StyleClassedTextArea area = openLong();
        pressOnce(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(() -> onFx(() -> !area.isFocused()));
        write("x");
        pressOnce(KeyCode.ESCAPE);
        int top = top(area);
        pressOnce(KeyCode.PAGE_DOWN);
        Node owner = onFx(() -> area.getScene().getFocusOwner());
        assertTrue(top(area) > top, "Page Down scrolls the reader; focus is on " + owner);
    }

    @Test
    void ctrlLGoesToTheLibraryAndCtrlRBackToTheText() throws Exception {
        StyleClassedTextArea area = openLong();
        TreeView<?> tree = lookup("#library-tree").queryAs(TreeView.class);
        pressOnce(KeyCode.CONTROL, KeyCode.L);
        assertTrue(onFx(tree::isFocused), "Ctrl+L: the library tree");
        pressOnce(KeyCode.CONTROL, KeyCode.R);
        assertTrue(onFx(area::isFocused), "Ctrl+R: the text");
        int top = top(area);
        pressOnce(KeyCode.PAGE_DOWN);
        assertTrue(top(area) > top, "Page Down pages the text");
    }

    @Test
    void tabGoesFromTheLibraryIntoTheTextAndOnToTheOutline() throws Exception {
        StyleClassedTextArea area = openLong();
        TreeView<?> tree = lookup("#library-tree").queryAs(TreeView.class);
        interact(tree::requestFocus);
        List<Node> visited = new ArrayList<>();
        // Past the search field, the speech's keywords once they are found, and the toggles.
        for (int i = 0; i < 30 && !onFx(area::isFocused); i++) {
            pressOnce(KeyCode.TAB);
            visited.add(onFx(() -> area.getScene().getFocusOwner()));
        }
        assertTrue(onFx(area::isFocused), "Tab reaches the text: " + visited);
        assertTrue(visited.stream().allMatch(n -> n.isFocusTraversable() && n.getStyleClass().stream()
                .noneMatch("master-detail-pane"::equals)), "no stop on a pane of panes: " + visited);

        pressOnce(KeyCode.TAB);
        assertTrue(onFx(() -> lookup("#outline").query().isFocused()), "Tab leaves the text for the outline");
        interact(area::requestFocus);
        pressOnce(KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(onFx(tree::isFocused), "Shift+Tab leaves the text for the library");
    }

    @Test
    void theControlKeysActOnIsRingedAndAClickTakesTheRingAway() throws Exception {
        StyleClassedTextArea area = openLong();
        TreeView<?> tree = lookup("#library-tree").queryAs(TreeView.class);
        assertNull(ring(area), "focused by a click: no ring");

        pressOnce(KeyCode.DOWN);
        Color accent = ring(area);
        assertNotNull(accent, "a key pressed in the reader rings it");
        interact(tree::requestFocus);
        assertEquals(accent, ring(tree), "the ring moves to the tree with the focus");
        assertNull(ring(area));
        ToggleButton pinyin = lookup("#pinyin-toggle").queryAs(ToggleButton.class);
        interact(pinyin::requestFocus);
        assertEquals(accent, ring(pinyin), "the reader's toggles are ringed too");

        clickOn(treeCell(TestLibraries.LONG_TITLE));
        assertNull(ring(tree), "clicked: the tree is not ringed");
    }

    /**
     * The colour of the ring {@code region} shows: a frame 2px wide in all of one opaque colour (perhaps drawn as two
     * strokes of a pixel), or null when it shows none.
     */
    private static @Nullable Color ring(Region region) throws Exception {
        return onFx(() -> {
            region.applyCss();
            Border border = region.getBorder();
            if (border == null || border.getStrokes().isEmpty()) {
                return null;
            }
            Set<Paint> colours = border.getStrokes().stream().map(BorderStroke::getTopStroke).collect(toSet());
            double width = border.getStrokes().stream().mapToDouble(s -> s.getWidths().getTop()).sum();
            return colours.size() == 1 && colours.iterator().next() instanceof Color c && c.getOpacity() == 1
                    && width >= 2 ? c : null;
        });
    }

    @Test
    void f1ListsEveryMenuShortcutAndTheReadersKeys() throws Exception {
        openLong();
        MenuBar menus = lookup(".menu-bar").queryAs(MenuBar.class);
        long withKeys = onFx(() -> menus.getMenus().stream().flatMap(KeyboardWindowIT::leaves)
                .filter(item -> item.getAccelerator() != null).count());
        long before = windows();
        pressOnce(KeyCode.F1);
        waitFor(() -> windows() > before);
        List<ShortcutsWindow.Shortcut> listed = lookup(".shortcut-keys").queryAll().stream()
                .map(n -> (ShortcutsWindow.Shortcut) n.getUserData()).toList();
        assertEquals(withKeys, listed.stream().filter(ShortcutsWindow.Shortcut::fromMenu).count(),
                "one line for each menu command with a key: " + listed);
        assertTrue(listed.contains(new ShortcutsWindow.Shortcut("Edit", "Look Up Selection", "Ctrl+D", true)),
                listed.toString());
        assertTrue(listed.stream().anyMatch(s -> !s.fromMenu() && s.keys().contains("Page Down")), "the reader's keys");
        pressOnce(KeyCode.ESCAPE);
        waitFor(() -> windows() == before);
    }

    private static Stream<MenuItem> leaves(MenuItem item) {
        return item instanceof Menu menu ? menu.getItems().stream().flatMap(KeyboardWindowIT::leaves) : Stream.of(item);
    }
}
