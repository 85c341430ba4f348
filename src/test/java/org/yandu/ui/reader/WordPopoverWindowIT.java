package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.text.ChineseText;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** The word popover (issue #14): compact, never taking the keys as it opens, Esc, More, hover off, CC-CEDICT. */
class WordPopoverWindowIT extends RunningWindow {
    /** Three words of CC-CEDICT: a compact popover shows the first three definitions of 检验. */
    private static final String TINY_CEDICT = """
            # CC-CEDICT
            #! version=1
            #! date=2026-01-04T16:04:33Z
            檢驗 检验 [jian3 yan4] /to inspect/to examine/to test/to verify/
            """;

    @BeforeEach
    void library() {
        TestLibraries.openWithLongSpeech(dir);
    }

    @Test
    void theCompactPopoverLeavesTheKeysToTheTextUntilTabMovesIn() throws Exception {
        launch();
        StyleClassedTextArea area = openLooseSpeechWithWords();
        AtomicInteger spaces = new AtomicInteger();
        interact(() -> area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaces.incrementAndGet();
            }
        }));
        clickOn(charCentre(area, area.getText().indexOf("群众路线") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("群众路线")).orElse(false));
        Bounds size = onFx(() -> lookup(".word-popover").query().getLayoutBounds());
        assertTrue(size.getWidth() <= 320 && size.getHeight() <= 220, "compact, not 440×500: " + size);
        assertFalse(lookup(".wp-occurrence").tryQuery().isPresent(), "the concordance waits behind More");
        assertTrue(onFx(area::isFocused), "the text keeps the keyboard");

        press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, spaces.get(), "Space went to the text");
        assertFalse(lookup("#term-field").tryQuery().isPresent(), "Space did not press Add to My Glossary");
        assertTrue(label(".wp-word").isPresent(), "the popover is still open");

        // Tab moves into the popover: its first control, More, takes Space.
        press(KeyCode.TAB).release(KeyCode.TAB);
        press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> lookup(".wp-occurrence").tryQuery().isPresent());
        assertEquals(1, spaces.get(), "this Space was the popover's");

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> label(".wp-word").isEmpty());
        assertTrue(onFx(area::isFocused));
    }

    @Test
    void moreShowsTheFullEntriesForTheFollowingWordsTooUntilLess() throws Exception {
        launch();
        StyleClassedTextArea area = openLooseSpeechWithWords();
        clickOn(charCentre(area, area.getText().indexOf("群众路线") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("群众路线")).orElse(false));
        double compact = onFx(() -> lookup(".word-popover").query().getLayoutBounds().getWidth());
        clickOn("#popover-more");
        waitFor(() -> lookup(".wp-occurrence").tryQuery().isPresent());
        assertTrue(lookup(".wp-section").tryQuery().isPresent(), "each glossary's entries under its name");
        assertTrue(onFx(() -> lookup(".word-popover").query().getLayoutBounds().getWidth()) > compact);

        clickOn(charCentre(area, area.getText().indexOf("生命线") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("生命线")).orElse(false));
        assertEquals("Less", lookup("#popover-more").queryAs(Hyperlink.class).getText());
        clickOn("#popover-more");
        waitFor(() -> "More".equals(lookup("#popover-more").queryAs(Hyperlink.class).getText()));
        assertFalse(lookup(".wp-occurrence").tryQuery().isPresent());
    }

    @Test
    void withoutCedictAWordWithNoEntryOffersTheImport() throws Exception {
        launch();
        StyleClassedTextArea area = openLooseSpeechWithWords();
        clickOn(charCentre(area, area.getText().indexOf("检验")));
        waitFor(() -> label(".wp-no-dictionary").isPresent());
        assertEquals("No dictionary entry — import CC-CEDICT to see meanings.",
                label(".wp-no-dictionary").orElseThrow().getText());
        assertTrue(lookup(n -> n instanceof Button b && "Import CC-CEDICT…".equals(b.getText())).tryQuery()
                .isPresent(), "one click starts the import");
        assertFalse(lookup(".wp-part").tryQuery().isPresent(), "not each character's reading alone");

        clickOn(charCentre(area, area.getText().indexOf("群众路线") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("群众路线")).orElse(false));
        assertFalse(label(".wp-no-dictionary").isPresent(), "a word the study glossary knows needs no offer");
    }

    @Test
    void withCedictTheCompactPopoverShowsTheFirstThreeDefinitionsWithinItsBounds() throws Exception {
        Path cedict = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            GlossaryService.open(store, ChineseText.load()).importCedict(cedict);
        }
        launch();
        StyleClassedTextArea area = openLooseSpeechWithWords();
        clickOn(charCentre(area, area.getText().indexOf("检验")));
        waitFor(() -> lookup(".wp-summary .wp-english").queryAll().size() == 3);
        assertEquals(List.of("to inspect", "to examine", "to test"), lookup(".wp-summary .wp-english").queryAll()
                .stream().map(n -> ((Label) n).getText()).toList());
        Bounds size = onFx(() -> lookup(".word-popover").query().getLayoutBounds());
        assertTrue(size.getWidth() <= 320 && size.getHeight() <= 220, "compact, not 440×500: " + size);
        assertFalse(label(".wp-no-dictionary").isPresent(), "CC-CEDICT is imported");
    }

    @Test
    void withHoverOffRestingOnAWordOpensNothing() throws Exception {
        launch();
        StyleClassedTextArea area = openLooseSpeechWithWords();
        int rested = area.getText().indexOf("感情观") + 1;
        chooseMenuItem("View", "Look Up Words on Hover", "After 0.3 s");
        // The pointer stays on the library tree, so only this event looks up, not RichTextFX's own after Esc.
        restedOn(area, rested);
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("感情观")).orElse(false));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> label(".wp-word").isEmpty());

        chooseMenuItem("View", "Look Up Words on Hover", "Off (Click a Word to Look It Up)");
        AtomicInteger opened = new AtomicInteger();
        ListChangeListener<Window> popovers = change -> {
            while (change.next()) {
                opened.addAndGet((int) change.getAddedSubList().stream().filter(w -> w instanceof PopOver).count());
            }
        };
        interact(() -> Window.getWindows().addListener(popovers));
        moveTo(charCentre(area, rested));
        restedOn(area, rested);
        WaitForAsyncUtils.waitForFxEvents();
        // A lookup the rest had started would show before this click's: lookups run one after another.
        clickOn(charCentre(area, area.getText().indexOf("群众路线") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("群众路线")).orElse(false));
        interact(() -> Window.getWindows().removeListener(popovers));
        assertEquals(1, opened.get(), "only the clicked word's popover opened");
    }

    @Test
    void aPopoverThePointerOpenedClosesWhenThePointerLeavesIt() throws Exception {
        launch();
        StyleClassedTextArea area = openLooseSpeechWithWords();
        chooseMenuItem("View", "Look Up Words on Hover", "After 0.3 s");
        moveTo(charCentre(area, area.getText().indexOf("感情观") + 1));
        waitFor(() -> label(".wp-word").map(l -> l.getText().equals("感情观")).orElse(false));
        moveTo(label(".wp-word").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(".wp-word").isPresent(), "moving from the word into the popover keeps it open");
        moveTo(treeCell(TestLibraries.LOOSE_TITLE));
        waitFor(() -> label(".wp-word").isEmpty());
    }

    @Test
    void scrollingTheTextClosesThePopoverThatPointsIntoIt() throws Exception {
        launch();
        clickOn(treeCell(TestLibraries.LONG_TITLE));
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getLength() > 50_000);
        waitForMarkedTerms();
        int word = area.getText().indexOf("社会主义") + 1;
        clickOn(charCentre(area, word));
        // The start's first lookup gathers the word's 1,800 places in the long speech while its words are stored
        // beside it: on a loaded machine more than the usual ten seconds.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(".wp-word").isPresent());
        press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitFor(() -> label(".wp-word").isEmpty());

        interact(() -> area.showParagraphAtTop(0));
        // The view settles (its scroll position moves) after the call: a popover opened before would close.
        waitFor(() -> onFx(() -> area.firstVisibleParToAllParIndex() == 0));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(charCentre(area, word));
        waitFor(() -> label(".wp-word").isPresent());
        wheelNotchDown(area);
        waitFor(() -> label(".wp-word").isEmpty());
    }

    /** What RichTextFX sends once the pointer has rested on a character for the hover delay, sent at once. */
    private void restedOn(StyleClassedTextArea area, int index) throws Exception {
        Point2D at = charCentre(area, index);
        interact(() -> Event.fireEvent(area, MouseOverTextEvent.beginAt(area.screenToLocal(at), index)));
    }
}
