package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** Ctrl+F in the reader: a find bar over the open speech, its count, Enter to the next match, Esc to close. */
class FindInSpeechWindowIT extends RunningWindow {
    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        launch();
    }

    private void pressOnce(KeyCode... keys) {
        press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlFFindsEveryMatchAndEnterMovesToTheNext() throws Exception {
        clickOn(treeCell(TestLibraries.LONG_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getLength() > 50_000);
        interact(area::requestFocus);

        pressOnce(KeyCode.CONTROL, KeyCode.F);
        waitFor(() -> lookup("#find-bar").query().isVisible() && lookup("#find-field").query().isFocused());
        // The long speech's twelve part headings, 第1部分 to 第12部分.
        write("部分");
        Label count = lookup("#find-count").queryAs(Label.class);
        waitFor(() -> "1 of 12".equals(count.getText()));
        int first = onFx(() -> area.getCurrentParagraph());
        assertTrue(onFx(() -> style(area, heading(area, 12)).contains("find-hit")),
                "the last heading's match is marked too");

        pressOnce(KeyCode.ENTER);
        waitFor(() -> "2 of 12".equals(count.getText()));
        int second = onFx(() -> area.getCurrentParagraph());
        assertEquals(heading(area, 2), second, "the selection moved to the second heading (from " + first + ")");
        assertEquals("部分", onFx(area::getSelectedText));
        assertTrue(onFx(() -> style(area, second).contains("find-current")));
        waitFor(() -> onFx(() -> shownInTheArea(area)));

        pressOnce(KeyCode.SHIFT, KeyCode.ENTER);
        waitFor(() -> "1 of 12".equals(count.getText()));
        pressOnce(KeyCode.ESCAPE);
        waitFor(() -> !lookup("#find-bar").query().isVisible());
        assertTrue(onFx(area::isFocused), "the text has the focus again, not " + onFx(area.getScene()::getFocusOwner));
        assertTrue(onFx(() -> !style(area, heading(area, 12)).contains("find-hit")),
                "closing the bar unmarks the text");
    }

    /** The style classes of 部 in paragraph {@code paragraph}. */
    private static Collection<String> style(StyleClassedTextArea area, int paragraph) {
        return area.getStyleOfChar(paragraph, area.getParagraph(paragraph).getText().indexOf("部分"));
    }

    /** The area's paragraph holding the heading 第{@code n}部分. */
    private static int heading(StyleClassedTextArea area, int n) {
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            if (area.getParagraph(i).getText().equals("第" + n + "部分")) {
                return i;
            }
        }
        throw new AssertionError("no heading " + n);
    }

    /** The selected text lies on screen inside the area. */
    private static boolean shownInTheArea(StyleClassedTextArea area) {
        Bounds shown = area.localToScreen(area.getLayoutBounds());
        return area.getSelectionBounds().map(b -> shown.contains(b.getMinX(), b.getMinY())
                && shown.contains(b.getMaxX() - 1, b.getMaxY() - 1)).orElse(false);
    }
}
