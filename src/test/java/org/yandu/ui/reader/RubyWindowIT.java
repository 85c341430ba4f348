package org.yandu.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.SpeechDraft;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.SettingsViewModel;

/**
 * Pinyin over the characters, measured on screen, with 一 and 不 as the View menu asks; and the outline and keywords in
 * traditional characters.
 */
class RubyWindowIT extends RunningWindow {
    /** Marks no line may begin with (RubyLayout has the full list). */
    private static final String CLOSING = "、，。；：？！）》」』”’";

    /** A word of the ruby view as drawn: its characters' and syllables' centres and edges on screen. */
    private record Drawn(String text, List<Bounds> characters, List<Bounds> syllables, double textSize,
                         double pinyinSize) {
    }

    /** A link of the keyword bar. */
    private record Keyword(String shown, String searched) {
    }

    /** A break unit as drawn: its text and where its top is on screen. */
    private record Unit(String text, double top) {
    }

    /** A speech where 不 and 一 change their tones when said. */
    private static final String TONES_TITLE = "勇于胜利";

    @BeforeEach
    void startWindow() throws Exception {
        TestLibraries.openWithLongSpeech(dir);
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            TestLibraries.add(store, dir, "tones.txt", new SpeechDraft(TONES_TITLE, true, null, null, null, null,
                    List.of(), List.of(ParagraphDraft.body("这不是勇于胜利，一个也不能少。"))));
        }
        launch();
    }

    @Test
    void aHighlightStaysUnderItsCharactersAndTheirPinyinWhenPinyinIsOn() throws Exception {
        StyleClassedTextArea area = openClassroom();
        int at = area.getText().indexOf("民族复兴");
        interact(() -> area.selectRange(at, at + 4));
        clickOn("#highlight-yellow");
        waitFor(() -> lookup("#reader-text").lookup(".hl-yellow").tryQuery().isPresent());
        clickOn("#pinyin-toggle");
        waitFor(() -> "民族复兴".equals(onFx(() -> highlighted("hl-yellow"))));
        assertTrue(onFx(() -> lookup("#ruby-reader").lookup(".ruby-char.hl-yellow").queryAll().stream()
                .allMatch(n -> ((VBox) n).getBackground() != null && !((VBox) n).getBackground().isEmpty())),
                "each marked column is painted");
    }

    /** The characters of the ruby view marked with {@code colour}, in order. */
    private String highlighted(String colour) {
        StringBuilder text = new StringBuilder();
        for (Node column : lookup("#ruby-reader").lookup(".ruby-char." + colour).queryAll()) {
            text.append(((Text) ((VBox) column).getChildren().get(1)).getText());
        }
        return text.toString();
    }

    @Test
    void oneAndNotAreShownInCitationTonesUntilTheViewMenuAsksForThemAsSaid() throws Exception {
        clickOn(treeCell(TONES_TITLE));
        clickOn("#pinyin-toggle");
        // Readings come with the language tools; the view is built again when the words come: wait for both.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shows("bù shì", "yī gè", "bù néng"));

        chooseMenuItem("View", "Tone Changes of 一 and 不");
        waitFor(() -> shows("bú shì", "yí gè", "bù néng"));

        chooseMenuItem("View", "Tone Changes of 一 and 不");
        waitFor(() -> shows("bù shì", "yī gè", "bù néng"));
    }

    /** Whether the ruby view shows these readings over 不是, 一个 and 不能. */
    private boolean shows(String notIs, String oneOf, String notCan) throws Exception {
        return onFx(() -> List.of(notIs, oneOf, notCan).equals(
                Arrays.asList(shownReading("不是"), shownReading("一个"), shownReading("不能"))));
    }

    @Test
    void syllablesSitCentredOverEvenlySpacedCharactersAtAShareOfTheTextSize() throws Exception {
        openClassroom();
        clickOn("#pinyin-toggle");
        // The words come with the language tools: until then every character is a word of its own.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(this::drawnWords).stream()
                .anyMatch(w -> w.text().equals("教育")));
        waitFor(() -> settledAt(18));
        assertLaidOut(onFx(this::drawnWords));
        Drawn before = inBody("教育");
        assertEquals(18, before.textSize(), 0.01, "the default text size");
        assertEquals(9.9, before.pinyinSize(), 0.01, "0.55 of the text");

        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitFor(() -> settledAt(20));
        assertLaidOut(onFx(this::drawnWords));
        Drawn after = inBody("教育");
        assertEquals(11, after.pinyinSize(), 0.01, "the pinyin grows with the text");
        assertTrue(centre(after.characters().get(1)) - centre(after.characters().get(0))
                > centre(before.characters().get(1)) - centre(before.characters().get(0)), "and so does the pitch");

        for (int i = 0; i < 4; i++) {
            press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        }
        waitFor(() -> settledAt(12));
        assertLaidOut(onFx(this::drawnWords));
        assertEquals(RubyWordBox.MIN_PINYIN_SIZE, inBody("教育").pinyinSize(), 0.01, "still legible at the smallest");
    }

    @Test
    void noLineBeginsWithClosingPunctuationAtAnyTextSize() throws Exception {
        clickOn(treeCell(TestLibraries.LONG_TITLE));
        clickOn("#pinyin-toggle");
        // Each body paragraph of the long speech is a sentence with a comma and a full stop, again and again.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(this::lines).stream()
                .flatMap(List::stream).anyMatch(u -> u.text().endsWith("，")));
        for (int i = 0; i < 3; i++) {
            press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        }
        int breaksAtPunctuation = 0;
        // Every size lays the lines out anew, so across them many breaks fall next to a mark.
        for (int size = SettingsViewModel.MIN_FONT_SIZE; size <= SettingsViewModel.MAX_FONT_SIZE; size += 2) {
            double expected = size;
            // The body's lines, once laid out at this size: while it is applied, the cells may be between sizes.
            waitFor(() -> onFx(this::drawnWords).stream().mapToDouble(Drawn::textSize).min().orElse(0) == expected
                    && onFx(this::lines).size() >= 5);
            List<List<Unit>> lines = onFx(this::lines);
            for (List<Unit> line : lines) {
                String first = line.get(0).text();
                assertFalse(CLOSING.indexOf(first.charAt(0)) >= 0, "at " + size + "px a line begins with " + first);
                String last = line.get(line.size() - 1).text();
                breaksAtPunctuation += CLOSING.indexOf(last.charAt(last.length() - 1)) >= 0 ? 1 : 0;
            }
            press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        assertTrue(breaksAtPunctuation > 10, "lines end at a mark, so the rule was put to the test");
    }

    @Test
    void theOutlineKeywordsAndTitleFollowTheTraditionalToggle() throws Exception {
        openClassroom();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".reader-keyword").tryQuery().isPresent());
        clickOn("#traditional-toggle");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c && "一、堅持黨的全面領導".equals(c.getText())));
        waitFor(() -> lookup("#reader-text").lookup(".text").queryAll().stream()
                .anyMatch(n -> n instanceof Text t && "在全國教育大會上的講話".equals(t.getText())));
        // Each link shows its keyword in the script of the text; its tooltip names what it searches for.
        waitFor(() -> onFx(this::keywords).stream().anyMatch(k -> !k.shown().equals(k.searched())));
        List<Keyword> keywords = onFx(this::keywords);
        String shownText = onFx(() -> lookup("#reader-text").queryAs(StyleClassedTextArea.class).getText());
        for (Keyword keyword : keywords) {
            assertEquals(keyword.searched().length(), keyword.shown().length(), keyword + ": converted one for one");
            assertTrue(shownText.contains(keyword.shown()), keyword + ": as the text shows it");
        }
        int changed = 0;
        while (keywords.get(changed).shown().equals(keywords.get(changed).searched())) {
            changed++;
        }
        String searched = keywords.get(changed).searched();
        clickOn(lookup(".reader-keyword").queryAll().stream().toList().get(changed));
        waitFor(() -> searched.equals(lookup("#search-field").queryAs(TextField.class).getText()));

        clickOn("#traditional-toggle");
        waitFor(() -> onFx(this::keywords).stream().allMatch(k -> k.shown().equals(k.searched()))
                && lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c && "一、坚持党的全面领导".equals(c.getText())));
    }

    /**
     * Each word's characters at one even pitch, far enough apart not to overlap, each syllable centred over its
     * character and clear of the one before, at the pinyin size for its text size.
     */
    private static void assertLaidOut(List<Drawn> words) {
        assertTrue(words.stream().filter(w -> w.characters().size() >= 2).count() >= 5, words.toString());
        for (Drawn word : words) {
            double step = word.characters().size() < 2 ? 0
                    : centre(word.characters().get(1)) - centre(word.characters().get(0));
            for (int i = 0; i < word.characters().size(); i++) {
                Bounds character = word.characters().get(i);
                Bounds syllable = word.syllables().get(i);
                assertEquals(centre(character), centre(syllable), 1, word.text() + ": syllable " + i + " off centre");
                if (i > 0) {
                    assertEquals(step, centre(character) - centre(word.characters().get(i - 1)), 0.5,
                            word.text() + ": character " + i + " not at the word's pitch");
                    assertTrue(syllable.getMinX() > word.syllables().get(i - 1).getMaxX(),
                            word.text() + ": syllable " + i + " touches the one before");
                }
            }
            assertTrue(step == 0 || step >= word.textSize(), word.text() + ": characters overlap");
            assertEquals(RubyWordBox.pinyinSize(word.textSize()), word.pinyinSize(), 0.01, word.text());
        }
    }

    /** Whether the body's text is drawn at {@code textSize} and its readings have followed. */
    private boolean settledAt(double textSize) throws Exception {
        Drawn word = inBody("教育");
        return word.textSize() == textSize && Math.abs(word.pinyinSize() - RubyWordBox.pinyinSize(textSize)) < 0.01;
    }

    /** {@code text} where it is drawn at the body's size (the title shows larger). */
    private Drawn inBody(String text) throws Exception {
        return onFx(this::drawnWords).stream().filter(w -> w.text().equals(text))
                .min(Comparator.comparingDouble(Drawn::textSize)).orElseThrow();
    }

    /** The keyword bar's links: what each shows, and what it searches for (from its tooltip). */
    private List<Keyword> keywords() {
        return lookup(".reader-keyword").queryAll().stream().map(n -> (Hyperlink) n).map(link -> {
            String tip = link.getTooltip().getText();
            return new Keyword(link.getText(), tip.substring(tip.indexOf('“') + 1, tip.lastIndexOf('”')));
        }).toList();
    }

    /** The syllables the ruby view shows over the first occurrence of {@code text} on screen; null if it is not. */
    private @Nullable String shownReading(String text) {
        List<VBox> columns = new ArrayList<>();
        columnsInOrder(lookup("#ruby-reader").query(), columns);
        StringBuilder characters = new StringBuilder();
        columns.forEach(column -> characters.append(((Text) column.getChildren().get(1)).getText()));
        int at = characters.indexOf(text);
        return at < 0 ? null : String.join(" ", columns.subList(at, at + text.length()).stream()
                .map(column -> ((Text) column.getChildren().get(0)).getText()).toList());
    }

    /** The character columns (a syllable over its character) under {@code node}, in the order they are read. */
    private static void columnsInOrder(Node node, List<VBox> columns) {
        if (node instanceof VBox column && column.getStyleClass().contains("ruby-char")) {
            columns.add(column);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> columnsInOrder(child, columns));
        }
    }

    /** The words on screen made of Chinese characters that all have a reading. */
    private List<Drawn> drawnWords() {
        List<Drawn> words = new ArrayList<>();
        for (Node node : lookup("#ruby-reader").lookup(".ruby-word").queryAll()) {
            List<Bounds> characters = new ArrayList<>();
            List<Bounds> syllables = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            boolean chinese = true;
            double textSize = 0;
            double pinyinSize = 0;
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                Text syllable = (Text) ((VBox) child).getChildren().get(0);
                Text character = (Text) ((VBox) child).getChildren().get(1);
                chinese &= Character.isIdeographic(character.getText().codePointAt(0))
                        && !syllable.getText().isBlank();
                text.append(character.getText());
                // The advance boxes, as type is centred: the ink of "j" or "f" reaches out of them.
                characters.add(character.localToScreen(character.getLayoutBounds()));
                syllables.add(syllable.localToScreen(syllable.getLayoutBounds()));
                textSize = character.getFont().getSize();
                pinyinSize = syllable.getFont().getSize();
            }
            if (chinese && !characters.isEmpty()) {
                words.add(new Drawn(text.toString(), characters, syllables, textSize, pinyinSize));
            }
        }
        return words;
    }

    /** The lines of the body paragraphs on screen, each its break units from left to right. */
    private List<List<Unit>> lines() {
        List<List<Unit>> lines = new ArrayList<>();
        for (Node paragraph : lookup("#ruby-reader").lookup(".paragraph-text.body").queryAll()) {
            List<Unit> line = new ArrayList<>();
            for (Node unit : ((TextFlow) paragraph).getChildren()) {
                Unit drawn = new Unit(text(unit), unit.localToScreen(unit.getBoundsInLocal()).getMinY());
                if (!line.isEmpty() && drawn.top() > line.get(0).top() + 1) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                line.add(drawn);
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The characters a node of the ruby view shows, in order. */
    private static String text(Node node) {
        if (node instanceof Text text) {
            return text.getStyleClass().contains("ruby-pinyin") ? "" : text.getText();
        }
        StringBuilder all = new StringBuilder();
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(text(child)));
        }
        return all.toString();
    }

    private static double centre(Bounds bounds) {
        return bounds.getCenterX();
    }
}
