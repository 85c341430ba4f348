package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.LibraryStore;
import org.yandu.library.Lookup;
import org.yandu.settings.Theme;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.app.WindowLook;
import org.yandu.ui.search.SearchViewModel;

/** The real window, headless: open a speech from the tree, jump in the outline, switch language, restart. */
class ReaderWindowIT extends RunningWindow {
    private static final String LONG_TITLE = TestLibraries.LONG_TITLE;

    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        launch();
    }

    @Test
    void opensASpeechFromTheLibraryAndShowsItsParagraphs() throws Exception {
        clickOn(treeCell(TestLibraries.LOOSE_TITLE));
        waitFor(() -> textNode("群众路线是我们党的生命线和根本工作路线。").isPresent());
        assertTrue(textNode(TestLibraries.LOOSE_TITLE).isPresent(), "the title is shown");
        ListView<?> outline = lookup("#outline").queryAs(ListView.class);
        assertEquals(1, outline.getItems().size());

        doubleClickOn(treeCell("2024年讲话选编"));
        clickOn(treeCell(TestLibraries.CLASSROOM_TITLE));
        waitFor(() -> textNode(TestLibraries.CLASSROOM_BODY).isPresent());
        assertTrue(textNode("一是").isPresent(), "the lead-in is its own styled run");
        assertEquals(6, outline.getItems().size());
    }

    @Test
    void filterNarrowsTheTree() throws Exception {
        clickOn("#library-filter").write("乡村");
        TreeView<?> tree = lookup("#library-tree").queryAs(TreeView.class);
        waitFor(() -> tree.getRoot().getChildren().size() == 1);
        clickOn(treeCell(TestLibraries.VILLAGE_TITLE));
        waitFor(() -> textNode("要坚持农业农村优先发展。").isPresent());
    }

    @Test
    void aLongSpeechOpensAndTheOutlineJumpsWithinIt() throws Exception {
        // How fast it opens is the bench's to say (the window starts on this speech there): here, that it opens.
        clickOn(treeCell(LONG_TITLE));
        waitFor(() -> textNode(LONG_TITLE).isPresent());
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        assertTrue(area.getLength() > 50_000);

        clickOn(outlineCell("第10部分"));
        waitFor(() -> textNode("第10部分").isPresent() && onFx(() -> area.firstVisibleParToAllParIndex() > 200));
    }

    @Test
    void restartReturnsToTheSameSpeechAndPlace() throws Exception {
        clickOn(treeCell(LONG_TITLE));
        waitFor(() -> textNode(LONG_TITLE).isPresent());
        clickOn(outlineCell("第7部分"));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> onFx(() -> area.firstVisibleParToAllParIndex() > 100));
        int top = onFx(area::firstVisibleParToAllParIndex);
        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);

        restart();

        waitFor(() -> textNode(LONG_TITLE).isPresent() || textNode("第7部分").isPresent());
        StyleClassedTextArea reopened = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> onFx(() -> Math.abs(reopened.firstVisibleParToAllParIndex() - top) <= 1));
        assertTrue(reopened.getStyle().contains("20px"), "the larger font is remembered: " + reopened.getStyle());
    }

    @Test
    void languageSwitchRebuildsTheWindowInChinese() throws Exception {
        clickOn(treeCell(TestLibraries.LOOSE_TITLE));
        waitFor(() -> textNode(TestLibraries.LOOSE_TITLE).isPresent());
        chooseMenuItem("View", "Language", "简体中文");
        waitFor(() -> lookup(".pane-title").queryAll().stream().anyMatch(n -> "文库".equals(((Label) n).getText())));
        assertTrue(textNode(TestLibraries.LOOSE_TITLE).isPresent(), "the open speech stays open");
        chooseMenuItem("视图", "语言", "English");
        waitFor(() -> lookup(".pane-title").queryAll().stream().anyMatch(n -> "Library".equals(((Label) n).getText())));
        assertEquals("4 speeches in the library", lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    @Test
    void darkThemeAndTextSizeApplyAtOnce() throws Exception {
        chooseMenuItem("View", "Theme", "Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        // Beside the library too, for the first frame of the next start.
        waitFor(() -> WindowLook.read(dir.resolve("library.db")).theme() == Theme.DARK);
        assertTrue(lookup("#library-tree").query().getScene().getStylesheets().stream()
                .anyMatch(sheet -> sheet.endsWith("dark.css")));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitFor(() -> area.getStyle().contains("16px"));
        chooseMenuItem("View", "Default Text Size");
        waitFor(() -> area.getStyle().contains("18px"));
        chooseMenuItem("View", "Theme", "Light");
    }

    @Test
    void outlineCanBeHiddenAndShown() throws Exception {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> lookup("#outline").tryQuery().map(n -> n.getScene() == null || !n.isVisible()
                || n.localToScene(n.getBoundsInLocal()).getWidth() < 1).orElse(true));
        chooseMenuItem("View", "Show Outline");
        waitFor(() -> lookup("#outline").tryQuery().map(n -> n.localToScene(n.getBoundsInLocal()).getWidth() > 50)
                .orElse(false));
    }

    @Test
    void clickingAWordShowsItsPopoverWithPinyinAndDefinition() throws Exception {
        StyleClassedTextArea area = openLooseSpeechWithWords();
        clickOn(charCentre(area, area.getText().indexOf("群众路线") + 1));
        waitFor(() -> label(".wp-pinyin").map(l -> l.getText().equals("qún zhòng lù xiàn")).orElse(false));
        assertEquals("群众路线", label(".wp-word").orElseThrow().getText());
        assertTrue(lookup(".wp-english").queryAll().stream().anyMatch(n -> !((Label) n).getText().isBlank()),
                "a definition is shown");
        clickOn("#popover-more");
        waitFor(() -> lookup(".wp-section").tryQuery().isPresent());
        assertTrue(lookup(".wp-section").queryAll().stream()
                .anyMatch(n -> "Study glossary".equals(((Label) n).getText())));
        assertTrue(lookup(".wp-occurrence").tryQuery().isPresent(), "the concordance lists where it occurs");
    }

    @Test
    void onlyWordsTheReaderAskedForAreRemembered() throws Exception {
        StyleClassedTextArea area = openLooseSpeechWithWords();
        chooseMenuItem("View", "Look Up Words on Hover", "After 0.3 s");
        moveTo(charCentre(area, area.getText().indexOf("感情观") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("感情观")).orElse(false));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> label(".wp-word").isEmpty());
        String selected = "人生境界";
        int start = area.getText().indexOf(selected);
        interact(() -> area.selectRange(start, start + selected.length()));
        clickOn(charCentre(area, area.getText().indexOf("群众路线是我们党") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("群众路线")).orElse(false));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        String asked = "检验";
        int at = area.getText().indexOf(asked);
        interact(() -> area.selectRange(at, at + asked.length()));
        press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals(asked)).orElse(false));

        // Read beside the window, which holds the library: its writes land there in a moment.
        waitFor(() -> lookedUp(TestLibraries.LOOSE_TITLE).size() == 2);
        assertEquals(List.of("群众路线", asked), lookedUp(TestLibraries.LOOSE_TITLE),
                "the clicked word and the one looked up on purpose; not the one hovered, nor the selection");
    }

    @Test
    void theWordPopoverFollowsTheDarkTheme() throws Exception {
        chooseMenuItem("View", "Theme", "Dark");
        StyleClassedTextArea area = openLooseSpeechWithWords();
        clickOn(charCentre(area, area.getText().indexOf("群众路线是我们党") + 1));
        waitFor(() -> label(".wp-word").isPresent());
        javafx.scene.shape.Shape frame = lookup(".word-popover-window .border").queryAs(javafx.scene.shape.Shape.class);
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) onFx(frame::getFill);
        javafx.scene.paint.Color word = (javafx.scene.paint.Color) onFx(() -> label(".wp-word").orElseThrow()
                .getTextFill());
        assertTrue(fill.getBrightness() < 0.3, "a dark frame, not ControlsFX's white: " + fill);
        assertTrue(word.getBrightness() - fill.getBrightness() > 0.5, "the word reads on it: " + word + " on " + fill);
    }

    @Test
    void aSelectionAddedToMyGlossaryIsOneMarkedWordAtOnce() throws Exception {
        StyleClassedTextArea area = openLooseSpeechWithWords();
        String term = "人生境界";
        int start = area.getText().indexOf(term);
        assertTrue(termRuns(term).isEmpty());
        javafx.geometry.Point2D from = charCentre(area, start);
        javafx.geometry.Point2D to = charCentre(area, start + term.length() - 1);
        double halfChar = (to.getX() - from.getX()) / (term.length() - 1) / 2;
        drag(from.add(-halfChar + 1, 0), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(to.add(halfChar - 1, 0)).release(javafx.scene.input.MouseButton.PRIMARY);
        waitFor(() -> term.equals(area.getSelectedText()));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals(term)).orElse(false));
        clickOn(n -> n instanceof javafx.scene.control.Button b && "Add to My Glossary…".equals(b.getText()));
        waitFor(() -> lookup("#term-pinyin").tryQuery().map(n -> !((javafx.scene.control.TextField) n).getText()
                .isBlank()).orElse(false));
        assertEquals(term, lookup("#term-field").queryAs(javafx.scene.control.TextField.class).getText());
        clickOn(n -> n instanceof javafx.scene.control.Button b && "OK".equals(b.getText()));
        waitFor(() -> !termRuns(term).isEmpty());
    }

    @Test
    void searchShowsMatchesAndOpensTheSpeech() throws Exception {
        clickOn("#search-field").write("生命线");
        ListView<?> results = lookup("#search-results").queryAs(ListView.class);
        waitFor(() -> results.getItems().stream().anyMatch(r -> r instanceof SearchViewModel.MatchRow));
        waitFor(() -> lookup(".search-match").tryQuery().isPresent());
        clickOn(lookup(".search-match").queryAll().iterator().next());
        waitFor(() -> textNode("群众路线是我们党的生命线和根本工作路线。").isPresent());
    }

    @Test
    void pinyinOverTheCharactersShowsReadingsAndLooksWordsUp() throws Exception {
        openLooseSpeechWithWords();
        chooseMenuItem("View", "Show Pinyin Above Characters");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rubyColumn("群", "qún").isPresent());
        assertTrue(rubyColumn("为", "wèi").isPresent() || rubyColumn("线", "xiàn").isPresent());
        assertTrue(lookup("#pinyin-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        Node column = rubyColumn("群", "qún").orElseThrow();
        clickOn(column);
        waitFor(() -> label(".wp-word").map(l -> l.getText().startsWith("群众")).orElse(false));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> label(".wp-word").isEmpty());

        // How fast the readings come is the bench's to say ("pinyin of every character"); here, that they come.
        clickOn(treeCell(LONG_TITLE));
        waitFor(() -> rubyText(LONG_TITLE.substring(0, 1)).isPresent()
                && lookup("#ruby-reader").lookup(".ruby-pinyin").queryAll().stream()
                .anyMatch(n -> ((Text) n).getText().equals("cháng")));
        clickOn(outlineCell("第10部分"));
        org.fxmisc.flowless.VirtualFlow<?, ?> flow = lookup("#ruby-reader")
                .queryAs(org.fxmisc.flowless.VirtualFlow.class);
        waitFor(() -> rubyText("第").isPresent() && flow.getFirstVisibleIndex() > 200);

        chooseMenuItem("View", "Show Pinyin Above Characters");
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> onFx(() -> area.isVisible() && area.firstVisibleParToAllParIndex() > 200));
    }

    @Test
    void traditionalCharactersAreShownAndStillLookedUp() throws Exception {
        StyleClassedTextArea area = openLooseSpeechWithWords();
        chooseMenuItem("View", "Show Traditional Characters");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.getText().contains("群眾路線"));
        waitFor(() -> lookup("#reader-text").lookup(".text").queryAll().stream()
                .anyMatch(n -> ((Text) n).getText().contains("群眾")));
        assertEquals(area.getText().length(), area.getText().replace("群眾路線", "群众路线").length());
        assertTrue(!termRuns("群眾路線").isEmpty(), "term marks stay on the converted word");
        clickOn(charCentre(area, area.getText().indexOf("群眾路線") + 1));
        waitFor(() -> label(".wp-pinyin").map(l -> l.getText().equals("qún zhòng lù xiàn")).orElse(false));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        chooseMenuItem("View", "Standard for Traditional Characters", "Hong Kong (着, 裏, 説)");
        waitFor(() -> area.getText().contains("羣眾路線"));
        assertTrue(!termRuns("羣眾路線").isEmpty(), "term marks stay on the word in Hong Kong's forms");
        chooseMenuItem("View", "Show Traditional Characters");
        waitFor(() -> area.getText().contains("群众路线"));
    }

    @Test
    void keywordsAppearInTheHeaderAndSearchTheLibrary() throws Exception {
        openLooseSpeechWithWords();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".reader-keyword").tryQuery().isPresent());
        javafx.scene.control.Hyperlink first = (javafx.scene.control.Hyperlink) lookup(".reader-keyword").query();
        String keyword = first.getText();
        clickOn(first);
        waitFor(() -> keyword.equals(lookup("#search-field").queryAs(javafx.scene.control.TextField.class).getText()));
    }

    @Test
    void aSearchResultFlashesTheMatchedWord() throws Exception {
        clickOn("#search-field").write("生命线");
        waitFor(() -> lookup(".search-match").tryQuery().isPresent());
        clickOn(lookup(".search-match").queryAll().iterator().next());
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> "生命线".equals(area.getSelectedText()));
    }

    /** A column of the ruby view: the character with its reading above it. */
    private Optional<Node> rubyColumn(String character, String reading) {
        return lookup("#ruby-reader").lookup(".ruby-char").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.layout.VBox box && box.getChildren().size() == 2
                        && reading.equals(((Text) box.getChildren().get(0)).getText())
                        && character.equals(((Text) box.getChildren().get(1)).getText()))
                .findFirst();
    }

    private Optional<Node> rubyText(String character) {
        return lookup("#ruby-reader").lookup(".text").queryAll().stream()
                .filter(n -> n instanceof Text t && character.equals(t.getText())).findFirst();
    }

    private List<String> lookedUp(String title) {
        try (LibraryStore store = LibraryStore.openOrReadBeside(dir.resolve("library.db"))) {
            long speech = store.speeches().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().id();
            return store.lookups().ofSpeech(speech).stream().map(Lookup::term).toList();
        }
    }

    @Test
    void firstStartImportsTheBundledSpeechesWhileTheWindowIsShown() throws Exception {
        FxToolkit.cleanupApplication(app);
        start(dir.resolve("fresh.db"));
        // The first speech opens by itself once the import is in (FirstRunWindowIT); another is chosen after it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#reader-text").tryQuery()
                .map(area -> ((StyleClassedTextArea) area).getLength() > 0).orElse(false));
        treeCell("2025年关于依靠群众求胜利发言稿");
        // Its collection is open in the tree now, so the speech further down is found by the filter.
        clickOn("#library-filter").write("植根");
        clickOn(treeCell("植根人民溯党源"));
        waitFor(() -> textNode("关于党的群众路线教育实践活动几点认识").isPresent());
    }

    @Test
    void aLibraryThatCannotBeOpenedIsExplained() throws Exception {
        FxToolkit.cleanupApplication(app);
        Path broken = dir.resolve("broken.db");
        Files.writeString(broken, "these are notes, not a library ".repeat(200));
        start(broken);
        waitFor(() -> lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("The file is damaged or is not an SQLite database.")).tryQuery().isPresent());
        assertTrue(lookup(".reader-placeholder").queryAs(Label.class).getText().contains("could not be opened"));
    }

    /** A run of text showing exactly {@code text}, or a paragraph whose runs (cut at glossary terms) join to it. */
    private Optional<Node> textNode(String text) {
        Optional<Node> run = lookup("#reader-text").lookup(".text").queryAll().stream()
                .filter(n -> n instanceof Text t && text.equals(t.getText()) && n.isVisible())
                .findFirst();
        if (run.isPresent()) {
            return run;
        }
        return lookup("#reader-text").lookup(".paragraph-text").queryAll().stream()
                .filter(n -> n instanceof TextFlow flow && n.isVisible() && text.equals(flow.getChildren().stream()
                        .filter(c -> c instanceof Text).map(c -> ((Text) c).getText()).collect(Collectors.joining())))
                .findFirst();
    }
}
