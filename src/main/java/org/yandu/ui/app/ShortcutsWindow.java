package org.yandu.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.yandu.ui.base.Keys;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.ToolWindow;

/**
 * Help → Keyboard Shortcuts: every menu command that has a key, under its menu, read from the menu bar itself so the
 * list cannot fall behind it; then the keys of the reader and the lists, which are no menu's.
 */
final class ShortcutsWindow {
    /** The keys that are no menu command's: a message key for what they do, one for the keys. */
    private static final List<String> READER_KEYS = List.of("line", "page", "ends", "select");
    private static final List<String> MOVING_KEYS = List.of("panes", "lists", "popover", "close", "noteDone");

    /**
     * @param group the menu, or the part of the window, it belongs to
     * @param fromMenu whether a menu command gives it (false: a key of the reader or the lists)
     */
    record Shortcut(String group, String action, String keys, boolean fromMenu) {
    }

    /** The window while it is open, so F1 brings it forward rather than opening another. */
    private static @Nullable Stage open;

    private ShortcutsWindow() {
    }

    static void show(MenuBar menus, Messages messages, Stage owner) {
        if (open == null || open.getOwner() != owner) {
            open = build(menus, messages, owner);
        }
        open.show();
        open.toFront();
    }

    private static Stage build(MenuBar menus, Messages messages, Stage owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.getStyleClass().add("shortcuts");
        int row = 0;
        String group = null;
        for (Shortcut shortcut : list(menus, messages)) {
            if (!shortcut.group().equals(group)) {
                group = shortcut.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcut-group");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setUserData(shortcut);
            grid.add(new Label(shortcut.action()), 0, row);
            grid.add(keys, 1, row++);
        }
        grid.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("shortcuts.title"));
        // In a pane that paints the theme's background: a scroll pane is see-through, and the scene behind it white.
        Scene scene = new Scene(new BorderPane(scroll), 560, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        ToolWindow.closesWithKeys(stage, scene);
        stage.setOnHidden(e -> open = null);
        return stage;
    }

    /** The menus' shortcuts in the menus' order, then the reader's keys and the lists' and windows' keys. */
    private static List<Shortcut> list(MenuBar menus, Messages messages) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu.getText(), menu.getItems(), all);
        }
        all.addAll(keys("shortcuts.reading", READER_KEYS, messages));
        all.addAll(keys("shortcuts.moving", MOVING_KEYS, messages));
        return all;
    }

    private static void collect(String group, List<MenuItem> items, List<Shortcut> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                collect(group, submenu.getItems(), into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(group, item.getText(), item.getAccelerator().getDisplayText(), true));
            }
        }
    }

    /** Each key's text is given the tool windows' close key ({0}), written as this system writes it. */
    private static List<Shortcut> keys(String group, List<String> names, Messages messages) {
        String close = Keys.shortcut(KeyCode.W).getDisplayText();
        return names.stream().map(name -> new Shortcut(messages.get(group), messages.get("shortcuts.key." + name),
                messages.format("shortcuts.key." + name + ".keys", close), false)).toList();
    }
}
