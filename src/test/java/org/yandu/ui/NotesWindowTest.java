package org.yandu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.LibraryStore;

/** Highlighting and notes in the real window, headless; they are still there after a restart. */
class NotesWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.open(dir).close();
        FxToolkit.registerPrimaryStage();
        launch();
    }

    @AfterEach
    void stopWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
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
        WaitForAsyncUtils.sleep(1800, TimeUnit.MILLISECONDS);
        waitFor(() -> lookup(".reader-margin.has-note").tryQuery().isPresent());

        FxToolkit.cleanupApplication(app);
        launch();
        StyleClassedTextArea again = openClassroom();
        // A note on a selection highlights it in the colour used last.
        waitFor(() -> highlighted("hl-green").equals(marked + noted));
        assertTrue(again.getText().contains(marked));
        javafx.scene.control.TabPane tabs = lookup(".side-tabs").queryAs(javafx.scene.control.TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> notes = lookup("#notes-list").queryAs(ListView.class);
        waitFor(() -> notes.getItems().size() == 2);
        NotesPanelModel.Row row = (NotesPanelModel.Row) notes.getItems().get(1);
        assertEquals("要抓住关键", row.annotation().note());
        assertTrue(lookup(".note-body").queryAll().stream()
                .anyMatch(n -> "要抓住关键".equals(((javafx.scene.control.Label) n).getText())));
    }

    private StyleClassedTextArea openClassroom() throws Exception {
        waitFor(() -> findTreeCell("2024年讲话选编") != null);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        if (findTreeCell(TestLibraries.CLASSROOM_TITLE) == null) {
            doubleClickOn(findTreeCell("2024年讲话选编"));
        }
        waitFor(() -> findTreeCell(TestLibraries.CLASSROOM_TITLE) != null);
        clickOn(findTreeCell(TestLibraries.CLASSROOM_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains(TestLibraries.CLASSROOM_BODY));
        return area;
    }

    /** The text of the visible runs carrying a style class, joined. */
    private String highlighted(String styleClass) {
        StringBuilder text = new StringBuilder();
        lookup("#reader-text").lookup(".text").queryAll().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains(styleClass))
                .forEach(n -> text.append(((Text) n).getText()));
        return text.toString();
    }

    private Node findTreeCell(String title) {
        return lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> cell && cell.getItem() instanceof LibraryNode node
                        && node.title().startsWith(title))
                .findFirst().orElse(null);
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(YanduApp.class, "--library=" + dir.resolve("library.db"));
        waitFor(() -> !lookup("#library-tree").queryAs(TreeView.class).getRoot().getChildren().isEmpty());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
