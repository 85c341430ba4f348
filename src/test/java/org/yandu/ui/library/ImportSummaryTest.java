package org.yandu.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.SmallDisk;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.ImportReport;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;

/** The message after an import, from real imports of the bundled speeches into a real library. */
class ImportSummaryTest {
    private static final Path SPEECHES = BundledLibrary.speeches();

    @TempDir
    Path dir;
    private LibraryStore store;

    @BeforeEach
    void openLibrary() {
        store = LibraryStore.open(dir.resolve("library.db"));
    }

    @AfterEach
    void closeLibrary() {
        store.close();
    }

    @Test
    void aFirstImportCountsWhatCameInAndCallsCopiesCopies() {
        ImportReport report = new Importer(store).importBundled(ImportProgress.NONE);
        int speeches = store.speeches().size();
        int copies = report.alreadyPresent();

        assertEquals(speeches + " speeches imported; " + copies + " copies found in several files were linked.",
                ImportSummary.headline(report, Messages.of(Language.ENGLISH)));
        assertEquals("已导入 " + speeches + " 篇讲话；另有 " + copies + " 篇在多个文件中重复出现，已关联，未重复保存。",
                ImportSummary.headline(report, Messages.of(Language.CHINESE)));
    }

    @Test
    void aFirstImportWithoutCopiesJustCountsItsSpeeches() {
        ImportReport report = new Importer(store).importPaths(List.of(SPEECHES.resolve("001_6c73ef4be9669b1e.txt")),
                ImportProgress.NONE);

        assertEquals("1 speech imported.", ImportSummary.headline(report, Messages.of(Language.ENGLISH)));
        assertEquals("已导入 1 篇讲话。", ImportSummary.headline(report, Messages.of(Language.CHINESE)));
    }

    @Test
    void laterImportsSayWhatWasAlreadyInTheLibrary() {
        Importer importer = new Importer(store);
        importer.importPaths(List.of(SPEECHES.resolve("000_65599855c2b14f2c.txt")), ImportProgress.NONE);
        ImportReport later = importer.importPaths(List.of(SPEECHES.resolve("004_4f9b95b1c1759ded.txt")),
                ImportProgress.NONE);

        assertEquals(later.added() + " new speeches, " + later.alreadyPresent() + " already in the library.",
                ImportSummary.headline(later, Messages.of(Language.ENGLISH)));
        assertEquals("新增 " + later.added() + " 篇，已有 " + later.alreadyPresent() + " 篇。",
                ImportSummary.headline(later, Messages.of(Language.CHINESE)));
    }

    @Test
    void filesRefusedForWhatTheyHoldAreNamedWithWhyInTheReadersLanguage() throws Exception {
        Path rtf = Files.write(dir.resolve("讲话.rtf"), new byte[] {'{', '\\', 'r', 't', 'f'});
        Path binary = Files.write(dir.resolve("扫描.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
        Path empty = Files.write(dir.resolve("空.txt"), new byte[0]);

        ImportReport report = new Importer(store).importPaths(List.of(rtf, binary, empty), ImportProgress.NONE);

        String readable = String.join(" ", Importer.readableExtensions());
        assertEquals("讲话.rtf：研读不能读取 .rtf 文件，只能读取这些：" + readable + "\n"
                        + "扫描.txt：不是文本文件。\n空.txt：其中没有文字。",
                ImportSummary.failures(report, Messages.of(Language.CHINESE)));
        assertEquals("讲话.rtf: Yandu cannot read .rtf files; it reads these: " + readable + "\n"
                        + "扫描.txt: not a text file.\n空.txt: there is no text in it.",
                ImportSummary.failures(report, Messages.of(Language.ENGLISH)));
    }

    @Test
    void aFileThatDoesNotFitOnTheDiskIsRefusedWithWhyInTheReadersLanguage() throws Exception {
        Path big = dir.resolve("长篇.txt");
        Files.writeString(big, "长篇讲话\n" + "\n坚持从群众中来、到群众中去，密切联系群众是我们党的优良作风。".repeat(30_000));
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 2048);
             LibraryStore small = LibraryStore.open(disk.folder().resolve("library.db"))) {
            disk.fillLeaving(300);

            ImportReport report = new Importer(small).importPaths(List.of(big), ImportProgress.NONE);

            assertEquals("长篇.txt：磁盘已满。请腾出一些空间后再试。", ImportSummary.failures(report, Messages.of(Language.CHINESE)));
            assertEquals("长篇.txt: The disk is full. Free some space and try again.",
                    ImportSummary.failures(report, Messages.of(Language.ENGLISH)));
        }
    }
}
