package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yandu.about.ThirdPartyComponent;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.text.ChineseText;
import org.yandu.ui.RunningWindow;
import org.yandu.ui.TestLibraries;

/** Help → About in the real window, headless: the third-party list with licence texts, CC-CEDICT once imported. */
class AboutWindowIT extends RunningWindow {
    private static final String TINY_CEDICT = """
            # CC-CEDICT
            # Published by MDBG
            # License:
            # Creative Commons Attribution-ShareAlike 4.0 International License
            # https://creativecommons.org/licenses/by-sa/4.0/
            #! version=1
            #! date=2026-01-04T16:04:33Z
            中國 中国 [Zhong1 guo2] /China/
            """;

    @BeforeEach
    void library() throws Exception {
        Path cedict = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        try (LibraryStore store = TestLibraries.open(dir)) {
            GlossaryService.open(store, ChineseText.load()).importCedict(cedict);
        }
        launch();
    }

    @Test
    void listsTheThirdPartySoftwareWithLicencesAndClosesWithEscape() throws Exception {
        clickOn("#menu-help");
        clickOn("#menu-about");
        waitFor(() -> lookup("#about-components").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<ThirdPartyComponent> table = lookup("#about-components").queryAs(TableView.class);
        List<String> ids = onFx(() -> table.getItems().stream().map(ThirdPartyComponent::id).toList());
        assertTrue(ids.contains("org.openjfx:javafx-controls") && ids.contains("com.hankcs:hanlp"), ids.toString());
        assertEquals("cc-cedict", ids.get(ids.size() - 1), "the imported CC-CEDICT is attributed last");
        TextArea licence = lookup("#about-licence").queryAs(TextArea.class);
        assertTrue(onFx(licence::getText).length() > 900, "the first row's licence shows at once");

        onFx(() -> {
            table.getSelectionModel().selectLast();
            return null;
        });
        waitFor(() -> licence.getText().startsWith("CC-CEDICT (MDBG) 2026-01-04"));
        assertTrue(onFx(licence::getText).contains("It is not part of Yandu"), "attributed in the window's words");
        assertTrue(onFx(licence::getText).contains("Published by MDBG"), "with the dictionary's own header");

        ThirdPartyComponent hanlp = onFx(() -> table.getItems().stream()
                .filter(c -> c.artifactId().equals("hanlp")).findFirst().orElseThrow());
        onFx(() -> {
            table.getSelectionModel().select(hanlp);
            table.scrollTo(hanlp);
            return null;
        });
        waitFor(() -> licence.getText().startsWith("HanLP portable-1.8.6"));
        assertTrue(onFx(licence::getText).contains("Apache License"));
        Window about = onFx(() -> licence.getScene().getWindow());
        assertTrue(onFx(about::getWidth) >= 780, "wider than AtlantaFX's 600 px dialogs, for the table's columns");
        Window owner = onFx(() -> ((Stage) about).getOwner());
        assertTrue(onFx(() -> owner.getScene().lookup("#library-tree") != null), "owned by the main window");

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> !about.isShowing());
    }
}
