package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Real failures of the system, each named as the reader can act on it. */
class FailureReasonTest {
    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path dir;

    @Test
    void writingToAFullDeviceIsAFullDiskThroughEitherJavaApi() {
        assumeTrue(Files.exists(DEV_FULL), "no /dev/full");
        IOException channel = assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(DEV_FULL)) {
                out.write(new byte[8192]);
            }
        });
        IOException stream = assertThrows(IOException.class, () -> {
            try (OutputStream out = new FileOutputStream(DEV_FULL.toFile())) {
                out.write(new byte[8192]);
            }
        });
        assertEquals(FailureReason.DISK_FULL, FailureReason.of(channel), channel.toString());
        assertEquals(FailureReason.DISK_FULL, FailureReason.of(new LibraryException("Could not", stream)));
        assertEquals("the disk is full", FailureReason.explain(stream));
    }

    @Test
    void aMissingFileIsNamedMissingNotByItsPathAlone() {
        Path gone = dir.resolve("gone.json");
        IOException e = assertThrows(IOException.class, () -> Files.readAllBytes(gone));
        assertEquals(gone.toString(), e.getMessage(), "Java's own message is only the path");
        assertEquals("the file or folder does not exist", FailureReason.explain(e));
    }

    @Test
    void sqliteRefusingToWriteAFileOpenedReadOnlySaysReadOnly() {
        Path file = dir.resolve("library.db");
        LibraryStore.open(file).close();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection db = readOnly.createConnection("jdbc:sqlite:" + file);
                 Statement st = db.createStatement()) {
                st.executeUpdate("DELETE FROM speeches");
            }
        });
        assertEquals(FailureReason.READ_ONLY, FailureReason.of(e), e.toString());
        assertEquals("the file or its folder is read-only", FailureReason.explain(e));
    }

    @Test
    void aReasonUnknownLeavesTheMessageAsItIs() {
        IOException odd = new IOException("something else went wrong");
        assertNull(FailureReason.of(odd));
        assertEquals("something else went wrong", FailureReason.explain(odd));
    }
}
