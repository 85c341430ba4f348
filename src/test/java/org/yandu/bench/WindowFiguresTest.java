package org.yandu.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.ui.app.StartupMarks;

/** The harness's side of the start-up and memory figures: a window in a child JVM, its mark and its memory. */
class WindowFiguresTest {
    /** The child runs headless, as the tests do, so the test needs no display. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dfile.encoding=UTF-8");

    @TempDir
    Path dir;

    @Test
    void aWindowInAChildJvmIsTimedByItsMarkAndItsResidentMemoryIsRead() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "resident memory is read from Linux's /proc");
        WindowFigures.Run run = figures().emptyWindow();

        assertTrue(run.mark(StartupMarks.FIRST_WINDOW) > 0, "the first window's mark: " + run);
        assertTrue(run.mark(StartupMarks.LONGEST_STALL) > 0, "its longest stall, the first frame's: " + run);
        assertTrue(run.resident() > 10 * 1024 * 1024, "a JVM with a window holds megabytes: " + run);
        assertTrue(run.peak() >= run.resident(), "the peak is at least what is held now: " + run);
    }

    @Test
    void theStackAloneListsThenShowsTheSpeechThenHasHanlpLoaded() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "resident memory is read from Linux's /proc");
        Files.write(dir.resolve("speech.txt"), List.of("同志们：今天，我们在这里召开会议。", "我们要坚持以人民为中心的发展思想。"));

        WindowFigures.Run run = figures().stackAlone();

        long listed = run.mark(StartupMarks.LIBRARY_LISTED);
        long shown = run.mark(StartupMarks.SPEECH_SHOWN);
        assertTrue(run.mark(StartupMarks.FIRST_WINDOW) <= listed, "the titles are in the first frame: " + run);
        assertTrue(listed < shown, "the speech follows the titles, as the reader's does: " + run);
        assertTrue(shown <= run.mark(StartupMarks.LOOKUP_READY), "lookups need the speech shown: " + run);
        assertTrue(run.resident() > 10 * 1024 * 1024, "HanLP's dictionaries are held: " + run);
    }

    private WindowFigures figures() {
        return new WindowFigures(dir.resolve("library.db"), dir.resolve("speech.txt"), HEADLESS, Optional.empty(),
                Duration.ZERO, dir.resolve("errors.log"), new PrintWriter(new StringWriter()));
    }
}
