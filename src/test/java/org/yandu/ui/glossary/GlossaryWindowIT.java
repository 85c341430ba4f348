package org.yandu.ui.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.library.LibraryStore;
import org.yandu.library.UserTerm;
import org.yandu.settings.Language;
import org.yandu.settings.Preferences;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;

/** Study → My Glossary → Add… in the real window, headless, over a real library file (issue #14). */
class GlossaryWindowIT extends RunningWindow {
    private static final List<String> LABELS = List.of("term.term", "term.pinyin", "term.explanation",
            "term.english", "term.tags");

    private Messages messages = Messages.of(Language.ENGLISH);

    @BeforeEach
    void writeLibrary() {
        TestLibraries.open(dir).close();
    }

    /** Starts Yandu in {@code language}, chosen as the reader chooses it (kept in the library). */
    private void launchIn(Language language) throws Exception {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            new Preferences(store).putLanguage(language);
        }
        messages = Messages.of(language);
        launch();
    }

    @Test
    void aTermTypedIntoAddIsInTheListAndTheLibrary() throws Exception {
        openAddIn(Language.ENGLISH);
        Button ok = okButton();
        assertTrue(ok.isDisabled(), "nothing to add yet");
        assertEquals(messages.get("term.hint.empty"), lookup("#term-hint").queryAs(Label.class).getText());
        for (String key : LABELS) {
            assertShownWhole(dialogLabel(messages.get(key)));
        }

        TextField pinyin = lookup("#term-pinyin").queryAs(TextField.class);
        clickOn("#term-field").write("人生");
        waitForPinyin(pinyin, "rensheng");
        write("境界");
        waitForPinyin(pinyin, "renshengjingjie");
        assertFalse(ok.isDisabled());

        clickOn("#term-explanation").write("人的精神修养达到的程度");
        type(KeyCode.TAB);
        waitFor(() -> lookup("#term-english").queryAs(TextField.class).isFocused());
        assertEquals("人的精神修养达到的程度", lookup("#term-explanation").queryAs(TextArea.class).getText(),
                "Tab moved on and wrote no tab");
        write("level of one's life");
        clickOn(ok);

        TableView<?> table = lookup("#glossary-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().stream().anyMatch(e -> "人生境界".equals(((GlossaryEntry) e).term())));
        try (LibraryStore store = LibraryStore.openForReading(dir.resolve("library.db"))) {
            UserTerm stored = store.userTerms().stream().filter(t -> t.term().equals("人生境界")).findFirst()
                    .orElseThrow();
            assertEquals("renshengjingjie", toneless(stored.pinyin()));
            assertEquals("人的精神修养达到的程度", stored.explanation());
            assertEquals("level of one's life", stored.english());
        }
    }

    @Test
    void pinyinWrittenByHandIsKept() throws Exception {
        openAddIn(Language.ENGLISH);
        TextField pinyin = lookup("#term-pinyin").queryAs(TextField.class);
        clickOn("#term-field").write("人生");
        waitForPinyin(pinyin, "rensheng");
        interact(() -> pinyin.setText("ren2 sheng1"));
        // Typed at the end of the term: a click could put the caret between its characters.
        TextField term = lookup("#term-field").queryAs(TextField.class);
        interact(() -> {
            term.requestFocus();
            term.end();
        });
        write("观");
        assertEquals("人生观", term.getText());
        assertEquals("ren2 sheng1", pinyin.getText());
        assertTrue(okButton().isDisabled(), "two syllables for three characters");
        assertFalse(lookup("#term-hint").queryAs(Label.class).getText().isBlank(), "and the hint says so");

        interact(() -> pinyin.setText(""));
        waitForPinyin(pinyin, "renshengguan");
        assertFalse(okButton().isDisabled(), "emptied, the pinyin follows the term again");
    }

    @Test
    void theChineseLabelsAreShownWhole() throws Exception {
        openAddIn(Language.CHINESE);
        for (String key : LABELS) {
            assertShownWhole(dialogLabel(messages.get(key)));
        }
        assertEquals("请输入要添加的词语。", lookup("#term-hint").queryAs(Label.class).getText());
    }

    /** The window in {@code language}, My Glossary open and its Add… dialog shown. */
    private void openAddIn(Language language) throws Exception {
        launchIn(language);
        openMyGlossary();
        clickOn(n -> n instanceof Button b && messages.get("glossary.add").equals(b.getText()));
        waitFor(() -> lookup("#term-field").tryQuery().isPresent());
    }

    private void openMyGlossary() throws Exception {
        // A library that keeps another language than the window's first frame rebuilds the window once it is open.
        waitFor(() -> glossaryItem().isPresent());
        MenuItem item = glossaryItem().orElseThrow();
        // The menu item waits for the glossaries, loaded in the background at start.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !item.isDisable());
        interact(item::fire);
        waitFor(() -> lookup("#glossary-table").tryQuery().isPresent());
    }

    private java.util.Optional<MenuItem> glossaryItem() {
        return lookup(".menu-bar").queryAll().stream().filter(n -> n instanceof MenuBar).map(n -> (MenuBar) n)
                .flatMap(bar -> bar.getMenus().stream()).flatMap(m -> m.getItems().stream())
                .filter(i -> messages.get("menu.study.glossary").equals(i.getText())).findFirst();
    }

    private Button okButton() {
        return lookup(n -> n instanceof Button b && messages.get("button.ok").equals(b.getText()))
                .queryAs(Button.class);
    }

    /** The dialog's label showing {@code text} (the table's column headers say the same). */
    private Label dialogLabel(String text) {
        Node fields = lookup("#term-field").query().getParent();
        return from(fields).lookup((Node n) -> n instanceof Label l && text.equals(l.getText()))
                .queryAs(Label.class);
    }

    /** The label is as wide as its text wants and shows all of it, not an ellipsis. */
    private static void assertShownWhole(Label label) throws Exception {
        double pref = onFx(() -> label.prefWidth(-1));
        assertTrue(label.getWidth() >= pref - 0.5, label.getText() + " is " + label.getWidth() + " wide, wants "
                + pref);
        Node shown = label.lookup(".text");
        assertEquals(label.getText(), ((Text) shown).getText());
    }

    /** The reading comes from the words lane, which may still be busy with the start's work. */
    private static void waitForPinyin(TextField pinyin, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> expected.equals(toneless(pinyin.getText())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String toneless(String pinyin) {
        return GlossaryViewModel.stripTones(pinyin).replace(" ", "");
    }
}
