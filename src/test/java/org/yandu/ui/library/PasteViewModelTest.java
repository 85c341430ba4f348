package org.yandu.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.importer.ImportReport;
import org.yandu.importer.PastedSource;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;
import org.yandu.ui.base.SameThreadTaskExecutor;
import org.yandu.ui.base.StudyServices;

/** A new speech from the clipboard, from what was offered to the stored speech, without the FX thread. */
class PasteViewModelTest {
    private static final Messages CHINESE = Messages.of(Language.CHINESE);
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 15, 30, 12);
    private static final String HTML = "<h1>在学习会上的讲话</h1>" + "<p>第一段话。</p><p>第二段话。</p><p>第三段话。</p>"
            + "<p>第四段话。</p><p>第五段话。</p><p>第六段话。</p><p>第七段话。</p><p>- END -</p><p>往期推荐</p><p>别的文章</p>";

    @TempDir
    Path dir;

    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final LibraryViewModel library = new LibraryViewModel();
    private final List<ImportReport> announced = new ArrayList<>();
    private final List<PastedSource> previewed = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    @Test
    void nothingOrOnlyAPictureIsRefusedInTheReadersLanguage() {
        PasteViewModel.Offered nothing = new PasteViewModel.Offered(null, " \n", false);
        PasteViewModel.Offered picture = new PasteViewModel.Offered(null, null, true);

        assertEquals("剪贴板里没有可以成篇的文字：请先复制要导入的段落。", new PasteViewModel(CHINESE).refusal(nothing));
        assertEquals("The clipboard holds only a picture; Yandu needs text. Copy the passage as text (select it and "
                + "copy).", new PasteViewModel(ENGLISH).refusal(picture));
        assertNull(new PasteViewModel(ENGLISH).refusal(new PasteViewModel.Offered(HTML, null, true)));
    }

    @Test
    void theSourceIsNamedByTheMomentItCameInAsAFileNameCanBe() {
        PasteViewModel.Offered offered = new PasteViewModel.Offered(HTML, "text", false);

        assertEquals("剪贴板 2026-12-06 15.30", new PasteViewModel(CHINESE).text(offered, NOW).name());
        assertEquals("Clipboard 2026-12-06 15.30", new PasteViewModel(ENGLISH).text(offered, NOW).name());
        assertEquals(HTML, new PasteViewModel(ENGLISH).text(offered, NOW).html());
        assertEquals("clipboard", new PasteViewModel(ENGLISH).text(offered, NOW).format());
    }

    @Test
    void thePreviewShowsTheTitleAndFirstParagraphsAndOkStoresIt() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportController imports = controller(store);
            imports.readPasted(new PasteViewModel(CHINESE).text(new PasteViewModel.Offered(HTML, null, false), NOW),
                    previewed::add, refused::add);

            PasteViewModel.Preview preview = PasteViewModel.preview(previewed.get(0));
            assertEquals("在学习会上的讲话", preview.title());
            assertEquals(List.of("第一段话。", "第二段话。", "第三段话。", "第四段话。", "第五段话。"), preview.paragraphs());
            assertEquals(2, preview.moreParagraphs(), "the END and 往期推荐 tail is gone");
            assertEquals(1, preview.speeches());
            assertTrue(store.isEmpty(), "nothing is stored while the preview is shown");

            List<Long> opened = new ArrayList<>();
            imports.importPasted(previewed.get(0), opened::add);

            Speech speech = store.speeches().get(0);
            assertEquals(List.of(speech.id()), opened, "the speech pasted is opened to read");
            assertEquals("在学习会上的讲话", speech.title());
            assertEquals(List.of("剪贴板 2026-12-06 15.30"), speech.sourceFiles());
            assertEquals(1, library.speechCount(), "the library lists it");
            assertEquals("已导入 1 篇讲话。", ImportSummary.headline(announced.get(0), CHINESE));
            assertEquals(List.of(), refused);
        }
    }

    @Test
    void theSameTextPastedAgainSaysItIsAlreadyThere() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportController imports = controller(store);
            for (int minute = 30; minute < 32; minute++) {
                imports.readPasted(new PasteViewModel(ENGLISH).text(new PasteViewModel.Offered(null, HTML, false),
                        NOW.withMinute(minute)), previewed::add, refused::add);
                imports.importPasted(previewed.get(previewed.size() - 1), id -> { });
            }

            assertEquals(1, store.speeches().size());
            assertEquals("Nothing new: the library already holds this text.",
                    ImportSummary.headline(announced.get(1), ENGLISH));
        }
    }

    @Test
    void pastedHtmlWithoutTextIsRefusedByNameAndNothingIsStored() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            controller(store).readPasted(new PasteViewModel(CHINESE).text(
                    new PasteViewModel.Offered("<p><img src=\"a.png\"></p>", null, false), NOW),
                    previewed::add, refused::add);

            assertEquals(List.of("剪贴板 2026-12-06 15.30：其中没有文字。"), refused);
            assertEquals(List.of(), previewed);
            assertTrue(store.isEmpty());
            assertEquals(List.of(), tasks.shownFailures(), "a line, not the error dialog");
        }
    }

    private ImportController controller(LibraryStore store) {
        ImportController imports = new ImportController(tasks, () -> CHINESE, library, new StudyServices(),
                () -> true, () -> { });
        imports.use(store);
        imports.onImportFinished(announced::add);
        return imports;
    }
}
