package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.reading.OutlineEntry;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** After every jump the outline marks the section that holds the paragraph at the top of the view. */
class OutlineFollowsWindowIT extends RunningWindow {
    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        launch();
    }

    @Test
    void theOutlineMarksTheSectionAtTheTopAfterEachJump() throws Exception {
        clickOn(treeCell(TestLibraries.LONG_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getLength() > 50_000);
        @SuppressWarnings("unchecked")
        ListView<OutlineEntry> outline = lookup("#outline").queryAs(ListView.class);

        clickOn(outlineCell("第7部分"));
        waitFor(() -> onFx(() -> area.firstVisibleParToAllParIndex() > 100));
        assertEquals("第7部分", marked(outline).label());
        assertMarksTheTop(outline, area);

        interact(area::requestFocus);
        press(KeyCode.END).release(KeyCode.END);
        waitFor(() -> onFx(() -> area.lastVisibleParToAllParIndex() == area.getParagraphs().size() - 1));
        assertEquals("第12部分", marked(outline).label());
        assertMarksTheTop(outline, area);

        press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertMarksTheTop(outline, area);
    }

    private static OutlineEntry marked(ListView<OutlineEntry> outline) throws Exception {
        return onFx(() -> outline.getSelectionModel().getSelectedItem());
    }

    /** The mark is on the last heading at or above the top paragraph, as a reader would look for it. */
    private static void assertMarksTheTop(ListView<OutlineEntry> outline, StyleClassedTextArea area) throws Exception {
        int top = onFx(area::firstVisibleParToAllParIndex);
        OutlineEntry holding = onFx(() -> holding(outline, top));
        assertEquals(holding, marked(outline), "the section holding paragraph " + top);
    }

    private static @Nullable OutlineEntry holding(ListView<OutlineEntry> outline, int top) {
        OutlineEntry found = null;
        for (OutlineEntry entry : outline.getItems()) {
            if (entry.itemIndex() <= top) {
                found = entry;
            }
        }
        return found;
    }
}
