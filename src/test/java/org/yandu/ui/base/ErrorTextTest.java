package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.importer.Importer;
import org.yandu.importer.SourceReader;
import org.yandu.importer.UnreadableSourceException;
import org.yandu.library.LibraryException;
import org.yandu.settings.Language;

/**
 * What the error box says in each language: what failed, then why in the reader's words; the system's only as details.
 */
class ErrorTextTest {
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);
    private static final Messages CHINESE = Messages.of(Language.CHINESE);

    @TempDir
    Path dir;

    /** A real write to a full device, as the library wraps it. */
    private static LibraryException fullDisk() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full");
        IOException e = assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(full)) {
                out.write(new byte[8192]);
            }
        });
        return new LibraryException("Could not save the annotation in the library /x/library.db: the disk is full", e);
    }

    @Test
    void aFullDiskIsSaidInEachLanguageWithoutTheSystemsWords() {
        LibraryException error = fullDisk();

        assertEquals(new ErrorText("The note could not be saved.", "The disk is full. Free some space and try again.",
                null), ErrorText.of(ENGLISH, "error.notes", error));
        assertEquals(new ErrorText("笔记未能保存。", "磁盘已满。请腾出一些空间后再试。", null),
                ErrorText.of(CHINESE, "error.notes", error));
        assertEquals("导出失败。磁盘已满。请腾出一些空间后再试。", ErrorText.line(CHINESE, "error.export", error));
        assertEquals("The export failed. The disk is full. Free some space and try again.",
                ErrorText.line(ENGLISH, "error.export", error));
    }

    @Test
    void aMissingFileIsNamedNotShownAsABarePath() {
        Path gone = dir.resolve("notes.json");
        IOException e = assertThrows(IOException.class, () -> Files.readString(gone));

        ErrorText text = ErrorText.of(CHINESE, "error.import", new UncheckedIOException(e));

        assertEquals("文件或文件夹不存在。", text.content());
        assertNull(text.details());
    }

    @Test
    void anSqliteErrorWithoutAKnownReasonGoesToTheDetailsNotTheHeadline() throws Exception {
        SQLException e;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("x.db"));
             Statement st = db.createStatement()) {
            e = assertThrows(SQLException.class, () -> st.execute("SELECT FROM nowhere"));
        }

        LibraryException unexplained = new LibraryException("Could not save: " + e.getMessage(), e);
        ErrorText text = ErrorText.of(ENGLISH, "error.notes", unexplained);

        assertEquals("The note could not be saved.", text.header());
        assertFalse(text.header().contains("SQLITE") || text.content().contains("SQLITE"), text.toString());
        assertTrue(text.details().contains("SQLITE_ERROR"), text.details());
    }

    @Test
    void aSpeechDeletedMeanwhileIsSaidInTheReadersLanguage() {
        LibraryException gone = LibraryException.gone("There is no speech 5 in the library");

        assertEquals(new ErrorText("无法打开这篇讲话。", "它已不在文库中。", null),
                ErrorText.of(CHINESE, "error.openSpeech", gone));
    }

    @Test
    void anErrorNobodyExplainedIsReasonUnknownWithItsOwnWordsInTheDetails() {
        ErrorText text = ErrorText.of(CHINESE, "error.openSpeech", new IllegalStateException("a bug's own words"));

        assertEquals(CHINESE.get("error.reasonUnknown"), text.content());
        assertEquals("a bug's own words", text.details());
    }

    @Test
    void aPdfThatIsNotWholeIsSaidInTheReadersLanguage() throws IOException {
        Path file = Files.writeString(dir.resolve("文件.pdf"), "%PDF-1.7\n1 0 obj");
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> new SourceReader().read(file));

        assertEquals("文件.pdf：这个 .pdf 文档已损坏或不完整（可能被截断），无法读取。",
                ErrorText.of(CHINESE, "error.import", refused).content());
        assertEquals("文件.pdf: the .pdf document is damaged or incomplete (cut short?) and cannot be read.",
                ErrorText.of(ENGLISH, "error.import", refused).content());
    }

    @Test
    void aFileTheImporterRefusesIsSaidInChinese() throws IOException {
        Path file = Files.writeString(dir.resolve("讲话.rtf"), "{\\rtf1}");
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> new SourceReader().read(file));

        ErrorText text = ErrorText.of(CHINESE, "error.import", refused);

        assertEquals("导入因错误而中止。", text.header());
        assertEquals("讲话.rtf：研读不能读取 .rtf 文件，只能读取这些：" + String.join(" ", Importer.readableExtensions()),
                text.content());
        assertNull(text.details());
        assertTrue(refused.getMessage().startsWith("讲话.rtf: "), "the command line keeps its English: "
                + refused.getMessage());
    }

    @Test
    void aGlossaryChangeOnAFullDiskSaysWhy() {
        assertEquals("词汇无法修改：磁盘已满。请腾出一些空间后再试。", CHINESE.glossaryError(fullDisk()));
    }

}
