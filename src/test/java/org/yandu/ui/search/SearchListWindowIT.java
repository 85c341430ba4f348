package org.yandu.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** The search results: each row as tall as its wrapped sentence, at any width and text size, every match marked. */
class SearchListWindowIT extends RunningWindow {
    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        launch();
    }

    @Test
    void rowsNeverOverlapAndEveryMatchIsMarked() throws Exception {
        Stage stage = (Stage) lookup("#library-tree").query().getScene().getWindow();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1260);
            stage.setHeight(760);
        });
        // Both parts stand in each of the long speech's sentences: two marks a row.
        clickOn("#search-field").write("人民 发展");
        ListView<?> results = lookup("#search-results").queryAs(ListView.class);
        waitFor(() -> lookup(".search-match").tryQuery().isPresent());

        for (double width : new double[] {900, 400}) {
            interact(() -> panes().setDividerPositions(width / panes().getWidth()));
            // Within the divider's few pixels.
            waitFor(() -> Math.abs(results.getWidth() - width) < 10);
            assertRowsApart(results, width == 400);
        }
        interact(() -> results.setStyle("-fx-font-size: 26px;"));
        assertRowsApart(results, true);
    }

    @Test
    void aTitleMatchIsLabelledAndOpensTheSpeechAtItsTop() throws Exception {
        // Only the classroom speech's title holds it: its body speaks of 教育, never of 教育大会.
        clickOn("#search-field").write("教育大会");
        waitFor(() -> label(".search-field").isPresent());
        assertEquals("Title", label(".search-field").orElseThrow().getText());
        // The count follows the first page (ADR 0026): under load, a moment after the rows.
        waitFor(() -> label(".search-summary").map(l -> l.getText().equals("1 match found")).orElse(false));
        Node row = lookup(".search-match").query();
        assertEquals(1, row.lookupAll(".search-field").size(), "the match row is the labelled one");
        assertEquals(List.of("教育大会"), row.lookupAll(".search-hit").stream()
                .map(t -> ((javafx.scene.text.Text) t).getText()).toList());
        clickOn(row);
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains(TestLibraries.CLASSROOM_BODY));
        assertEquals(0, onFx(area::firstVisibleParToAllParIndex), "at the speech's top");
    }

    /** Each shown row's sentence lies inside its row, each row above the next, two marks in each sentence. */
    /** The list places rows at whole pixels, their heights are fractional: less than a pixel is no overlap. */
    private static final double PIXEL = 1.0;

    private void assertRowsApart(ListView<?> results, boolean narrow) throws Exception {
        waitFor(() -> shownRows(results).size() > 3);
        List<String> problems = onFx(() -> {
            List<ListCell<?>> rows = shownRows(results);
            List<String> found = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Bounds row = rows.get(i).localToScene(rows.get(i).getLayoutBounds());
                if (i + 1 < rows.size()) {
                    Bounds next = rows.get(i + 1).localToScene(rows.get(i + 1).getLayoutBounds());
                    if (row.getMaxY() > next.getMinY() + PIXEL) {
                        found.add("row " + i + " runs into the next: " + row + " / " + next);
                    }
                }
                if (rows.get(i).getGraphic() instanceof TextFlow flow) {
                    Bounds text = flow.localToScene(flow.getLayoutBounds());
                    if (text.getMaxY() > row.getMaxY() + PIXEL || text.getMaxX() > row.getMaxX() + PIXEL) {
                        found.add("row " + i + "'s sentence leaves its row: " + text + " in " + row);
                    }
                    long marks = flow.getChildren().stream().filter(t -> t.getStyleClass().contains("search-hit"))
                            .count();
                    if (marks != 2) {
                        found.add("row " + i + " marks " + marks + " matches, not 2");
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
        if (narrow) {
            double tallest = onFx(() -> shownRows(results).stream().mapToDouble(c -> c.getHeight()).max().orElse(0));
            double line = onFx(() -> shownRows(results).get(0).getFont().getSize());
            assertTrue(tallest > 2.2 * line, "narrow rows wrap (else the test proves nothing): " + tallest);
        }
    }

    private static List<ListCell<?>> shownRows(ListView<?> results) {
        Bounds list = results.localToScene(results.getLayoutBounds());
        return results.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null)
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> c.localToScene(c.getLayoutBounds()).getMinY() < list.getMaxY()
                        && c.localToScene(c.getLayoutBounds()).getMaxY() > list.getMinY())
                .sorted(Comparator.comparingDouble((Node c) -> c.localToScene(c.getLayoutBounds()).getMinY()))
                .toList();
    }

    /** The library | reader split: the window's own, not the one inside the reader's master-detail pane. */
    private SplitPane panes() {
        return lookup(n -> n instanceof SplitPane && n.getParent() instanceof BorderPane).queryAs(SplitPane.class);
    }
}
