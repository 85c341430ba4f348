package org.yandu.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.LibraryStore;
import org.yandu.settings.Language;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.base.Messages;

/** File → New Speech from Clipboard in the real window, headless: previewed, then stored on OK. */
class PasteWindowIT extends RunningWindow {
    private static final String TITLE = "在青年干部座谈会上的讲话";
    /** A passage copied from a WeChat article in a browser: its markup and its tail. */
    private static final String HTML = "<section><p><span>点击上方蓝字关注我们</span></p><h1>" + TITLE + "</h1>"
            + "<p><span>青年干部是党和国家事业的生力军。</span></p>"
            + "<p><span>要在吃劲岗位上经受磨炼，</span><strong>在基层一线增长才干。</strong></p>"
            + "<p>- END -</p><p>来源：学习时报 编辑：王明</p><p>往期推荐</p><p>别的文章</p></section>";

    @BeforeEach
    void startWindow() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir)) {
            assertTrue(store.speeches().size() > 1);
        }
        launch();
    }

    @Test
    void htmlOnTheClipboardIsPreviewedWithCtrlShiftVInTheLibraryAndStoredOnOk() throws Exception {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putHtml(HTML);
            content.putString("在青年干部座谈会上的讲话（纯文本）");
            Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn(treeCell(TestLibraries.LOOSE_TITLE));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);

        waitFor(() -> lookup("#paste-title").tryQuery().isPresent());
        assertEquals(TITLE, lookup("#paste-title").queryAs(Label.class).getText());
        List<String> paragraphs = lookup(".paste-paragraph").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertEquals(List.of("青年干部是党和国家事业的生力军。", "要在吃劲岗位上经受磨炼，在基层一线增长才干。"), paragraphs);
        assertTrue(findTreeCell(TITLE).isEmpty(), "nothing is stored before OK");

        clickOn("#paste-ok");

        waitFor(() -> findTreeCell(TITLE).isPresent());
        StyleClassedTextArea area = lookup("#reader-text").queryAs(StyleClassedTextArea.class);
        waitFor(() -> area.getText().contains("要在吃劲岗位上经受磨炼"));
    }

    @Test
    void aClipboardHoldingOnlyAPictureIsRefusedWithOneLine() throws Exception {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(new WritableImage(4, 4));
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem paste = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "menu-paste".equals(item.getId()))
                .findFirst().orElseThrow();
        interact(paste::fire);

        waitFor(() -> lookup("#paste-refused").tryQuery().isPresent());
        String said = lookup("#paste-refused").queryAs(DialogPane.class).getHeaderText();
        assertTrue(Set.of(Messages.of(Language.CHINESE).get("paste.imageOnly"),
                Messages.of(Language.ENGLISH).get("paste.imageOnly")).contains(said), said);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#paste-dialog").tryQuery().isEmpty());
    }
}
