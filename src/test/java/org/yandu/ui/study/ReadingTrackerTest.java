package org.yandu.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.ui.TestLibraries;
import org.yandu.ui.library.LibrarySnapshot;
import org.yandu.ui.library.LibraryViewModel;

/** Reading progress as the reader makes it, saved into a real library; time is passed in, not waited for. */
class ReadingTrackerTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;
    private LibraryStore store;
    private final LibraryViewModel library = new LibraryViewModel();
    private final AtomicLong now = new AtomicLong();
    private ReadingTracker tracker;
    private Speech classroom;
    private Speech village;

    @BeforeEach
    void openLibrary() {
        store = TestLibraries.open(dir);
        library.show(LibrarySnapshot.readFrom(store));
        tracker = new ReadingTracker(library, Runnable::run, Runnable::run, now::get);
        tracker.use(store);
        classroom = byTitle(TestLibraries.CLASSROOM_TITLE);
        village = byTitle(TestLibraries.VILLAGE_TITLE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void activeTimeAndPositionAreSavedAndShownInTheLibrary() {
        tracker.opened(classroom, 0);
        readFor(40, 3);
        tracker.save();

        assertEquals(40, store.reading().progress(classroom.id()).secondsRead());
        assertEquals(3, store.reading().progress(classroom.id()).position());
        assertEquals(store.reading().progress(classroom.id()), library.progress(classroom.id()));
        assertEquals(Math.round(100.0 * 3 / (classroom.paragraphCount() - 1)), library.percentRead(classroom));
    }

    @Test
    void openingAnotherSpeechSavesWhereTheReaderLeftTheFirst() {
        tracker.opened(classroom, 0);
        readFor(20, 5);
        tracker.opened(village, 0);
        tracker.moved(0, false);

        assertEquals(5, store.reading().progress(classroom.id()).position());
        assertEquals(20, store.reading().progress(classroom.id()).secondsRead());
        assertTrue(store.reading().progress(village.id()).lastOpened() != null);
    }

    @Test
    void reachingTheEndMarksReadOnlyAfterReadingItAsAFastReaderWould() {
        tracker.opened(classroom, 0);
        tracker.moved(classroom.paragraphCount() - 1, true);
        assertFalse(store.reading().progress(classroom.id()).read(), "jumping straight to the end is not reading");

        long fast = Math.max(ReadingTracker.LEAST_SECONDS,
                (long) classroom.charCount() / ReadingTracker.FAST_CHARS_PER_SECOND + 1);
        readFor(fast - 2, classroom.paragraphCount() - 1);
        tracker.moved(classroom.paragraphCount() - 1, true);
        assertFalse(store.reading().progress(classroom.id()).read(), "a glance at a short speech is not reading it");

        readFor(2, classroom.paragraphCount() - 1);
        tracker.moved(classroom.paragraphCount() - 1, true);
        assertTrue(store.reading().progress(classroom.id()).read());
        assertTrue(library.progress(classroom.id()).read());
        assertEquals(100, library.percentRead(classroom));
    }

    @Test
    void aSpeechMarkedUnreadStaysUnreadWhileTheReaderIsAtItsEnd() {
        tracker.opened(village, 0);
        readFor(Math.max(ReadingTracker.LEAST_SECONDS, village.charCount()), 1);
        tracker.moved(1, true);
        assertTrue(store.reading().progress(village.id()).read());

        tracker.markRead(village.id(), false);
        readFor(60, 1);
        tracker.moved(1, true);
        tracker.save();
        assertFalse(store.reading().progress(village.id()).read());
        assertFalse(library.progress(village.id()).read());
    }

    /** The reader reads for {@code seconds}, scrolling now and then, and stops at {@code paragraph}. */
    private void readFor(long seconds, int paragraph) {
        for (long s = 0; s < seconds; s += 10) {
            now.addAndGet(Math.min(10, seconds - s) * SECOND);
            tracker.activity();
        }
        tracker.moved(paragraph, false);
    }

    private Speech byTitle(String title) {
        return store.speeches().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }
}
