package org.yandu.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** The Export dialog in the real window, headless: files written, parsed back, and never replaced unasked. */
class ExportDialogIT extends RunningWindow {
    private static final String MARKED = "民族复兴";
    private static final String COLLECTION = "2024年讲话选编";

    @TempDir
    Path out;

    @BeforeEach
    void startWindow() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir)) {
            long classroom = store.speeches().stream().filter(s -> s.title().equals(TestLibraries.CLASSROOM_TITLE))
                    .mapToLong(Speech::id).findFirst().orElseThrow();
            Paragraph body = store.paragraphs(classroom).stream().filter(p -> p.text().contains(MARKED)).findFirst()
                    .orElseThrow();
            int at = body.text().indexOf(MARKED);
            store.annotations().highlight(body.id(), at, at + MARKED.length(), HighlightColor.GREEN, "复兴之基", List.of());
        }
        launch();
    }

    @Test
    void exportsTheLibraryAsJsonAskingBeforeItReplacesAFile() throws Exception {
        Path file = Files.writeString(out.resolve("notes.json"), "old notes");
        openDialog();
        clickOn("#export-format-json");
        clickOn("#export-scope-library");
        interact(() -> lookup("#export-target").queryAs(TextField.class).setText(file.toString()));

        clickOn("#export-start");
        clickOn(dialogButton("Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("old notes", Files.readString(file), "kept: the reader said no");

        clickOn("#export-start");
        clickOn(dialogButton("Replace"));
        waitFor(() -> outcome().contains(file.toString()));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("yandu-notes", json.get("format").asText());
        JsonNode speech = json.get("speeches").get(0);
        assertEquals(TestLibraries.CLASSROOM_TITLE, speech.get("title").asText());
        assertEquals(MARKED, speech.get("annotations").get(0).get("quote").asText());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }

        clickOn("#export-close");
        openDialog();
        assertTrue(lookup("#export-format-json").queryAs(RadioButton.class).isSelected(), "the format is remembered");
        Path target = Path.of(lookup("#export-target").queryAs(TextField.class).getText());
        assertEquals(out, target.getParent(), "and the folder");
    }

    @Test
    void exportsACollectionFromTheTreeAsMarkdownFiles() throws Exception {
        // Monocle sends no context-menu requests: the row is asked for its menu (made then) as a right-click would,
        // and its item fired.
        TreeCell<?> cell = (TreeCell<?>) treeCell(COLLECTION);
        interact(() -> cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 4, 4, 4, 4,
                false, null)));
        assertEquals("Export Study Notes…", cell.getContextMenu().getItems().get(0).getText());
        interact(() -> {
            cell.getContextMenu().hide();
            cell.getContextMenu().getItems().get(0).fire();
        });
        waitFor(() -> lookup("#export-dialog").tryQuery().isPresent());
        assertTrue(lookup("#export-scope-collection").queryAs(RadioButton.class).isSelected());
        clickOn("#export-format-md");
        interact(() -> lookup("#export-lookups").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        Path folder = out.resolve("notes");
        interact(() -> lookup("#export-target").queryAs(TextField.class).setText(folder.toString()));
        clickOn("#export-start");
        waitFor(() -> outcome().contains(folder.toString()));
        String classroom = Files.readString(folder.resolve(TestLibraries.CLASSROOM_TITLE + ".md"));
        assertTrue(classroom.startsWith("---\ntitle: "), classroom);
        assertTrue(classroom.lines().anyMatch(l -> l.startsWith("> ") && l.contains("**" + MARKED + "**")), classroom);
        assertTrue(Files.exists(folder.resolve(TestLibraries.VILLAGE_TITLE + ".md")));
    }

    private void openDialog() throws Exception {
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> lookup("#export-dialog").tryQuery().isPresent());
    }

    private String outcome() {
        return Optional.ofNullable(lookup("#export-outcome").queryAs(Label.class).getText()).orElse("");
    }

    private Node dialogButton(String text) throws Exception {
        waitFor(() -> findButton(text).isPresent());
        return findButton(text).orElseThrow();
    }

    private Optional<Node> findButton(String text) {
        return lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText())).findFirst();
    }
}
