package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.yandu.settings.Language;

class KeysTest {
    @Test
    void theHighlightColoursTakeTheShortcutWithOneToSix() {
        assertEquals(Keys.shortcut(KeyCode.DIGIT1), Keys.highlight(0));
        assertEquals(Keys.shortcut(KeyCode.DIGIT6), Keys.highlight(5));
    }

    @Test
    void aTextNamesTheKeysAsTheMenusShowThem() {
        String keys = Keys.SEARCH_LIBRARY.getDisplayText();
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        assertEquals(mac ? "⇧⌘F" : "Ctrl+Shift+F", keys);
        assertTrue(Messages.of(Language.ENGLISH).format("search.prompt", keys).endsWith("(" + keys + ")"));
        assertTrue(Messages.of(Language.CHINESE).format("search.prompt", keys).endsWith("（" + keys + "）"));
        assertEquals("Select words and press " + Keys.highlight(0).getDisplayText()
                        + " to highlight them, or click a paragraph's margin.",
                Messages.of(Language.ENGLISH).format("notes.empty", Keys.highlight(0).getDisplayText()));
    }
}
