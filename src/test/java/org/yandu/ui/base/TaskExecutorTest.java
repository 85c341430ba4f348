package org.yandu.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one failure policy of background work, run by the same-thread executor that view-model tests use. */
class TaskExecutorTest {
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();

    @Test
    void aResultReachesItsHandlerAndNothingIsShown() {
        List<Integer> got = new ArrayList<>();
        tasks.execute(BackgroundTask.on(Lane.LIBRARY, "error.notes", () -> 42).onSuccess(got::add));
        assertEquals(List.of(42), got);
        assertEquals(List.of(), tasks.shownFailures());
    }

    @Test
    void aFailureIsShownByWhatFailedThenItsOwnHandlerRuns() {
        List<String> order = new ArrayList<>();
        tasks.execute(BackgroundTask.<Integer>on(Lane.LIBRARY, "error.notes", () -> {
            throw new IllegalStateException("disk full");
        }).onSuccess(result -> order.add("success")).onFailure(e -> order.add("failed " + tasks.shownFailures())));
        assertEquals(List.of("failed [error.notes]"), order);
    }

    @Test
    void aFailureToldItsOwnWayIsNotShownInADialog() {
        List<Throwable> told = new ArrayList<>();
        tasks.execute(BackgroundTask.<String>on(Lane.WORDS, "error.lookup", () -> {
            throw new IllegalStateException("no dictionary");
        }).toldBy(told::add));
        assertEquals(1, told.size());
        assertEquals("no dictionary", told.get(0).getMessage());
        assertEquals(List.of(), tasks.shownFailures());
    }

    @Test
    void longWorkShowsHowFarItGot() {
        List<String> shown = new ArrayList<>();
        tasks.execute(BackgroundTask.withProgress(Lane.IMPORT, "error.import", progress -> {
            progress.message("file 1 of 2");
            progress.progress(1, 2);
            return progress.stopping();
        }).onProgress((text, done, total) -> shown.add(text + " " + done + "/" + total)).onSuccess(
                stopping -> shown.add("stopping " + stopping)));
        assertEquals(List.of("file 1 of 2 1.0/2.0", "stopping false"), shown);
    }

    @Test
    void aWriteNobodyWaitsForIsNeverShown() {
        List<String> written = new ArrayList<>();
        tasks.write("a setting", () -> written.add("font size"));
        tasks.write("the reading position", () -> {
            throw new IllegalStateException("locked");
        });
        assertEquals(List.of("font size"), written);
        assertTrue(tasks.shownFailures().isEmpty());
    }
}
