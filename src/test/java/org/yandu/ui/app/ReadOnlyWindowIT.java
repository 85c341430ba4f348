package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.yandu.library.HeldLibrary;
import org.yandu.library.LibraryStore;
import org.yandu.settings.Language;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;

/** The window over a library another Yandu process holds: it reads it, says so calmly, and saves nothing. */
class ReadOnlyWindowIT extends RunningWindow {

    @Test
    void theLibraryIsReadBesideItsHolderWithANoticeInsteadOfAnError() throws Exception {
        Path library = dir.resolve("library.db");
        TestLibraries.open(dir).close();
        try (HeldLibrary held = HeldLibrary.start(library)) {
            held.writeNote("别处写的笔记");
            launch();
            Label notice = lookup("#read-only-notice").queryAs(Label.class);
            assertTrue(notice.isVisible());
            assertTrue(notice.getText().startsWith("Another Yandu is using this library"), notice.getText());
            assertTrue(lookup(".alert").tryQuery().isEmpty(), "no error dialog");
            assertTrue(onFx(() -> menuItem("menu.file.importFiles").isDisable()), "no import beside the holder");

            clickOn(treeCell(TestLibraries.LOOSE_TITLE));
            waitFor(() -> lookup("#reader-text").tryQuery()
                    .map(area -> ((StyleClassedTextArea) area).getText().contains(TestLibraries.LOOSE_TITLE))
                    .orElse(false));
        }
        try (LibraryStore store = LibraryStore.open(library)) {
            assertEquals(0, store.reading().allProgress().size(), "opening a speech saved no progress");
            assertEquals(1, store.annotations().all().size());
        }
    }

    private MenuItem menuItem(String key) {
        String text = Messages.of(Language.ENGLISH).get(key);
        return lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
