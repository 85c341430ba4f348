package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** The keys move the view from where the reader is, and the place they leave is the place saved. */
class ReaderKeysWindowIT extends RunningWindow {
    private static final String LONG_TITLE = TestLibraries.LONG_TITLE;

    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        launch();
    }

    /** The long speech, scrolled to its seventh part. */
    private StyleClassedTextArea openInTheMiddle() throws Exception {
        clickOn(treeCell(LONG_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getLength() > 50_000);
        clickOn(outlineCell("第7部分"));
        waitFor(() -> onFx(() -> area.firstVisibleParToAllParIndex() > 100));
        return area;
    }

    private static int top(StyleClassedTextArea area) throws Exception {
        return onFx(area::firstVisibleParToAllParIndex);
    }

    private void pressOnce(KeyCode... keys) {
        press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anArrowAfterAKeyboardHighlightStaysWhereTheReaderIs() throws Exception {
        StyleClassedTextArea area = openInTheMiddle();
        int top = top(area);
        int marked = top + 1;
        interact(() -> {
            area.requestFocus();
            area.selectRange(marked, 0, marked, 4);
        });
        pressOnce(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitFor(() -> onFx(() -> area.getSelection().getLength() == 0
                && area.getStyleSpans(marked).getStyleSpan(0).getStyle().stream().anyMatch(s -> s.startsWith("hl-"))));

        pressOnce(KeyCode.RIGHT);
        assertTrue(Math.abs(top(area) - top) <= 1,
                "→ leaves the view where it was, not at the beginning: " + top(area));
        pressOnce(KeyCode.DOWN);
        pressOnce(KeyCode.DOWN);
        int afterDown = top(area);
        assertTrue(afterDown >= top && afterDown <= top + 2, "↓ moves on a line or two: " + top + " → " + afterDown);

        restart();
        StyleClassedTextArea reopened = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> onFx(() -> reopened.getLength() > 50_000 && Math.abs(reopened.firstVisibleParToAllParIndex()
                - afterDown) <= 1));
    }

    @Test
    void keysMoveTheViewOnceFocusIsInTheReader() throws Exception {
        StyleClassedTextArea area = openInTheMiddle();
        int top = top(area);
        interact(area::requestFocus);

        pressOnce(KeyCode.DOWN);
        assertTrue(top(area) >= top && top(area) <= top + 1, "↓ scrolls a line: " + top + " → " + top(area));
        pressOnce(KeyCode.PAGE_DOWN);
        int paged = top(area);
        assertTrue(paged > top, "Page Down moves on: " + top + " → " + paged);
        pressOnce(KeyCode.SHIFT, KeyCode.RIGHT);
        assertTrue(Math.abs(top(area) - paged) <= 1, "a selection starts from what is on screen");
        assertEquals(1, onFx(() -> area.getSelection().getLength()));
        pressOnce(KeyCode.HOME);
        assertEquals(0, top(area));
        pressOnce(KeyCode.END);
        waitFor(() -> onFx(() -> area.lastVisibleParToAllParIndex() == area.getParagraphs().size() - 1));
    }

    @Test
    void aWheelNotchScrollsTheLinesTheSystemAsksFor() throws Exception {
        StyleClassedTextArea area = openInTheMiddle();
        // A character well inside the view, measured on screen before and after (Flowless's scroll position is an
        // estimate that is corrected as cells are measured).
        int paragraph = top(area) + 2;
        double before = characterTop(area, paragraph);
        wheelNotchDown(area);
        double moved = before - characterTop(area, paragraph);
        // The text size the reader set, as the window styles the area with it ("-fx-font-size: 18px;").
        double line = 1.75 * Double.parseDouble(onFx(area::getStyle).replaceAll("[^0-9.]", ""));
        assertTrue(moved >= 2 * line && moved <= 4 * line, "one notch, about three lines: " + moved / line + " lines");
    }

    private static double characterTop(StyleClassedTextArea area, int paragraph) throws Exception {
        return onFx(() -> {
            int at = area.getAbsolutePosition(paragraph, 0);
            return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY();
        });
    }
}
