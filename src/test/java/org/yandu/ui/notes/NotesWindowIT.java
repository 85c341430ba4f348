package org.yandu.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** Highlighting and notes in the real window, headless; they are still there after a restart. */
class NotesWindowIT extends RunningWindow {

    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.open(dir).close();
        launch();
    }

    @Test
    void aHighlightAndItsNoteSurviveARestart() throws Exception {
        StyleClassedTextArea area = openClassroom();
        String marked = "民族复兴";
        int start = area.getText().indexOf(marked);
        interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + marked.length());
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(() -> highlighted("hl-green").equals(marked));

        String noted = "先手棋";
        int from = area.getText().indexOf(noted);
        interact(() -> {
            area.requestFocus();
            area.selectRange(from, from + noted.length());
        });
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> lookup("#note-text").queryAs(TextArea.class).isFocused());
        write("要抓住关键");
        waitFor(() -> lookup(".reader-margin.has-note").tryQuery().isPresent());

        restart();
        StyleClassedTextArea again = openClassroom();
        // A note on a selection highlights it in the colour used last.
        waitFor(() -> highlighted("hl-green").equals(marked + noted));
        assertTrue(again.getText().contains(marked));
        javafx.scene.control.TabPane tabs = lookup(".side-tabs").queryAs(javafx.scene.control.TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> notes = lookup("#notes-list").queryAs(ListView.class);
        waitFor(() -> notes.getItems().size() == 2);
        NotesPanelViewModel.Row row = (NotesPanelViewModel.Row) notes.getItems().get(1);
        assertEquals("要抓住关键", row.annotation().note());
        assertTrue(lookup(".note-body").queryAll().stream()
                .anyMatch(n -> "要抓住关键".equals(((javafx.scene.control.Label) n).getText())));
    }

    @Test
    void aHighlightDraggedAcrossTwoParagraphsKeepsBothAndIsOneNote() throws Exception {
        StyleClassedTextArea area = openClassroom();
        String text = area.getText();
        int boundary = text.indexOf('\n', text.indexOf("民族复兴"));
        String end = text.substring(boundary - 4, boundary);
        String start = text.substring(boundary + 1, boundary + 6);
        interact(() -> {
            area.requestFocus();
            area.selectRange(boundary - 4, boundary + 6);
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        waitFor(() -> highlighted("hl-blue").equals(end + start));
        javafx.scene.control.TabPane tabs = lookup(".side-tabs").queryAs(javafx.scene.control.TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> notes = lookup("#notes-list").queryAs(ListView.class);
        waitFor(() -> notes.getItems().size() == 1);
        NotesPanelViewModel.Row row = (NotesPanelViewModel.Row) notes.getItems().get(0);
        assertEquals(end + "\n" + start, row.annotation().quote(), "one note quoting both paragraphs");
    }

    @Test
    void withWholeWordsADragFromInsideAWordToInsideAnotherTakesBoth() throws Exception {
        StyleClassedTextArea area = openClassroom();
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.CheckMenuItem wholeWords = (javafx.scene.control.CheckMenuItem) bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-whole-words".equals(i.getId())).findFirst()
                .orElseThrow();
        interact(() -> wholeWords.setSelected(true));
        int at = area.getText().indexOf("民族复兴");
        interact(() -> area.showParagraphAtTop(area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional
                .Bias.Forward).getMajor()));
        javafx.geometry.Bounds from = onFx(() -> area.getCharacterBoundsOnScreen(at + 1, at + 2).orElseThrow());
        javafx.geometry.Bounds to = onFx(() -> area.getCharacterBoundsOnScreen(at + 2, at + 3).orElseThrow());

        // The words are found once the language tools are up: until then a drag keeps the characters dragged over.
        String selected = "";
        for (int attempt = 0; attempt < 30 && !"民族复兴".equals(selected); attempt++) {
            moveTo(new javafx.geometry.Point2D(from.getMinX() + 1, from.getCenterY()))
                    .press(javafx.scene.input.MouseButton.PRIMARY)
                    .moveTo(new javafx.geometry.Point2D(to.getMaxX() - 1, to.getCenterY()))
                    .release(javafx.scene.input.MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            selected = onFx(area::getSelectedText);
            if (!"民族复兴".equals(selected)) {
                Thread.sleep(500);
            }
        }
        assertEquals("民族复兴", selected, "the drag grew to the words at its ends");
    }

    /** The text of the visible runs carrying a style class, joined. */
    private String highlighted(String styleClass) {
        StringBuilder text = new StringBuilder();
        lookup("#reader-text").lookup(".text").queryAll().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains(styleClass))
                .forEach(n -> text.append(((Text) n).getText()));
        return text.toString();
    }
}
