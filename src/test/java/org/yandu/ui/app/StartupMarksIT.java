package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.reading.ReadingPosition;
import org.yandu.settings.Preferences;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.app.StartupMarks.Mark;

/** The milestones the bench reads from a starting window: the real window printing them. */
class StartupMarksIT {
    private static final List<String> MILESTONES = List.of(StartupMarks.FIRST_WINDOW, StartupMarks.LIBRARY_LISTED,
            StartupMarks.SPEECH_SHOWN, StartupMarks.LOOKUP_READY, StartupMarks.WORDS_SHOWN);

    @TempDir
    Path dir;
    private final PrintStream standardOut = System.out;
    private Application app;

    @AfterEach
    void restore() throws Exception {
        System.setOut(standardOut);
        System.clearProperty(StartupMarks.PROPERTY);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /** With pinyin on, the ruby view shows the speech and then its words, and says so as the text area does. */
    @ParameterizedTest(name = "pinyin shown: {0}")
    @ValueSource(booleans = {false, true})
    void theWindowMarksEachMilestoneOnceInTheOrderAReaderSeesThem(boolean pinyin) throws Exception {
        Path library = dir.resolve("library.db");
        try (LibraryStore store = TestLibraries.open(dir)) {
            long speech = store.speeches().stream().filter(s -> s.title().equals(TestLibraries.CLASSROOM_TITLE))
                    .mapToLong(Speech::id).findFirst().orElseThrow();
            new Preferences(store).putLastReading(new ReadingPosition(speech, 0));
            new Preferences(store).putPinyin(pinyin);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.setProperty(StartupMarks.PROPERTY, Long.toString(System.currentTimeMillis()));

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(YanduApp.class, "--library=" + library);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> marks(printed).stream().anyMatch(m -> m.name().equals(StartupMarks.LONGEST_STALL)));

        List<Mark> all = marks(printed);
        List<String> expected = new ArrayList<>(MILESTONES);
        expected.add(StartupMarks.LONGEST_STALL);
        assertEquals(expected, all.stream().map(Mark::name).toList(), printed.toString(StandardCharsets.UTF_8));
        List<Mark> marks = all.subList(0, MILESTONES.size());
        for (int i = 1; i < marks.size(); i++) {
            assertTrue(marks.get(i - 1).millis() <= marks.get(i).millis(), "milestones in time order: " + marks);
        }
        assertTrue(marks.get(0).millis() >= 0, "counted from the moment given: " + marks);
        assertTrue(all.get(MILESTONES.size()).millis() > 0, "frames were watched, a gap between each: " + all);
    }

    private static List<Mark> marks(ByteArrayOutputStream printed) {
        return printed.toString(StandardCharsets.UTF_8).lines().map(Mark::parse).flatMap(Optional::stream).toList();
    }
}
