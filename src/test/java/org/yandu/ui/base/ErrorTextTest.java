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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.FailureReason;
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
    void yandusOwnSentenceIsTheContentWhenNoSystemFailed() {
        LibraryException own = new LibraryException("There is no speech 5 in the library");
        ErrorText text = ErrorText.of(ENGLISH, "error.openSpeech", own);

        assertEquals("There is no speech 5 in the library", text.content());
        assertNull(text.details());
    }

    @Test
    void aGlossaryChangeOnAFullDiskSaysWhy() {
        assertEquals("词汇无法修改：磁盘已满。请腾出一些空间后再试。", CHINESE.glossaryError(fullDisk()));
    }

    @Test
    void everyReasonIsWordedInBothLanguages() {
        for (Messages m : List.of(ENGLISH, CHINESE)) {
            for (FailureReason reason : FailureReason.values()) {
                assertTrue(m.has(reason.messageKey()), reason + " in " + m.locale());
            }
        }
    }
}
