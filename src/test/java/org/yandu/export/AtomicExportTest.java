package org.yandu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Files appear whole or not at all, and only over existing ones when forced. */
class AtomicExportTest extends ExportFixture {

    private ExportResult export(ExportOptions options, Path target, boolean force, BooleanSupplier cancelled)
            throws Exception {
        ExportScope scope = ExportScope.collection(store, store.collections().get(0).id());
        return new NotesExport(store, Vocabulary.BARE).export(new ExportRequest(scope, options, target, force),
                ExportProgress.NONE, cancelled);
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void anExportHasTheFolderDefaultPermissionsNotATemporaryFilesOnes() throws Exception {
        Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path exported = out.resolve("notes.html");
        export(ExportOptions.defaults(ExportFormat.HTML), exported, false, () -> false);
        Path plain = Files.createFile(out.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(exported));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenForced() throws Exception {
        Path file = Files.writeString(out.resolve("notes.html"), "mine");
        ExportOptions html = ExportOptions.defaults(ExportFormat.HTML);
        TargetExistsException refused = assertThrows(TargetExistsException.class,
                () -> export(html, file, false, () -> false));
        assertEquals(List.of(file.toAbsolutePath()), refused.existing());
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of(file), filesIn(out), "no temporary file left");

        export(html, file, true, () -> false);
        assertTrue(Files.readString(file).startsWith("<!doctype html>"));
        assertEquals(List.of(file), filesIn(out));
    }

    /** No library's opening looks in an export's folder, so the export removes what a killed one left there. */
    @Test
    void anExportRemovesWhatAKilledExportLeftInItsFolderAndNothingElse() throws Exception {
        Path killed = Files.writeString(out.resolve(".yandu-0b1c-killed.part"), "half");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path writing = Files.writeString(out.resolve(".yandu-writing-now.part"), "another export, at work");
        Path others = Files.writeString(out.resolve("notes.part"), "someone else's");
        Files.setLastModifiedTime(others, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        Path file = out.resolve("notes.html");
        export(ExportOptions.defaults(ExportFormat.HTML), file, false, () -> false);
        assertFalse(Files.exists(killed));
        assertEquals(List.of(writing, file, others), filesIn(out).stream().sorted().toList());
    }

    @Test
    void anExportIntoAnExistingFolderIsNamedAfterItsTitle() throws Exception {
        ExportResult result = export(ExportOptions.defaults(ExportFormat.DOCX), out, false, () -> false);
        assertEquals(List.of(out.resolve(store.collections().get(0).title() + ".docx").toAbsolutePath()),
                result.files());
    }

    @Test
    void anExportCancelledBetweenSpeechesLeavesNoFile() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        Path file = out.resolve("notes.docx");
        assertThrows(CancellationException.class,
                () -> export(ExportOptions.defaults(ExportFormat.DOCX), file, false,
                        () -> checks.incrementAndGet() > 3));
        assertTrue(filesIn(out).isEmpty());
    }

    @Test
    void anExportCancelledWhileWritingLeavesNoFileNorTemporaryFile() throws Exception {
        int speeches = store.collections().get(0).speechIds().size();
        AtomicInteger checks = new AtomicInteger();
        Path folder = out.resolve("notes");
        // past every speech and the first file written: the cancel comes between the files
        assertThrows(CancellationException.class, () -> export(ExportOptions.defaults(ExportFormat.MARKDOWN), folder,
                false, () -> checks.incrementAndGet() > speeches + 2));
        assertTrue(filesIn(out).isEmpty(), filesIn(out).toString());
        assertFalse(Files.exists(folder), "the folder it made is gone again");
        assertEquals(speeches + 3, checks.get());
    }

    @Test
    void aFolderOfMarkdownFilesHasOneFilePerSpeech() throws Exception {
        ExportResult result = export(ExportOptions.defaults(ExportFormat.MARKDOWN), out.resolve("notes"), false,
                () -> false);
        assertEquals(store.collections().get(0).speechIds().size(), result.files().size());
        assertEquals(result.files().size(), filesIn(out).size());
        assertThrows(TargetExistsException.class,
                () -> export(ExportOptions.defaults(ExportFormat.MARKDOWN), out.resolve("notes"), false, () -> false));
    }
}
