package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingProgressTest {
    @TempDir
    Path dir;

    @Test
    void positionReadStateTimeAndTheWeeksSummary() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            long speech = store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), null,
                    List.of(new SpeechDraft("标题", false, null, null, null, null, List.of(),
                            List.of(ParagraphDraft.body("第一段。"), ParagraphDraft.body("第二段。"))))).speechIds().get(0);
            assertFalse(store.reading().progress(speech).read());
            store.reading().record(speech, 1, 90);
            store.reading().record(speech, 0, 30);
            ReadingProgress progress = store.reading().progress(speech);
            assertEquals(0, progress.position());
            assertEquals(120, progress.secondsRead());
            store.reading().markRead(speech, true);
            assertTrue(store.reading().progress(speech).read());
            store.annotations().noteOnParagraph(store.paragraphs(speech).get(0).id(), "好", List.of());

            LocalDate weekStart = today().minusDays(today().getDayOfWeek().getValue() - 1);
            assertEquals(new StudySummary(1, 1, 120), store.study().since(weekStart));
            assertEquals(new StudySummary(0, 0, 0), store.study().since(today().plusDays(1)));
            store.reading().markRead(speech, false);
            assertFalse(store.reading().progress(speech).read());
        }
    }

    @Test
    void theSpeechesStudiedSinceADayAreThoseReadFinishedOrAnnotatedThenLongestReadFirst() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            List<Long> ids = store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), "集", List.of(
                    new SpeechDraft("甲", false, null, null, null, null, List.of(), List.of(ParagraphDraft.body("甲文。"))),
                    new SpeechDraft("乙", false, null, null, null, null, List.of(), List.of(ParagraphDraft.body("乙文。"))),
                    new SpeechDraft("丙", false, null, null, null, null, List.of(), List.of(ParagraphDraft.body("丙文。"))),
                    new SpeechDraft("丁", false, null, null, null, null, List.of(),
                            List.of(ParagraphDraft.body("丁文。")))))
                    .speechIds();
            store.reading().record(ids.get(0), 0, 45);
            store.reading().record(ids.get(1), 0, 300);
            store.reading().record(ids.get(3), 0, 0);
            store.reading().markRead(ids.get(1), true);
            store.annotations().noteOnParagraph(store.paragraphs(ids.get(2)).get(0).id(), "记下", List.of());
            store.annotations().noteOnParagraph(store.paragraphs(ids.get(2)).get(0).id(), "再记", List.of());

            assertEquals(List.of(new SpeechStudied(ids.get(1), "乙", 300, 0, true),
                            new SpeechStudied(ids.get(0), "甲", 45, 0, false),
                            new SpeechStudied(ids.get(2), "丙", 0, 2, false)),
                    store.study().speechesSince(today()));
            assertEquals(List.of(), store.study().speechesSince(today().plusDays(1)));
        }
    }

    @Test
    void theProgressOfAllSpeechesHoldsOnlyThoseOpenedOrMarked() {
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            List<Long> ids = store.recordImport(new SourceFile("/a.txt", "a.txt", "txt", "UTF-8", 1, "h"), "集", List.of(
                    new SpeechDraft("甲", false, null, null, null, null, List.of(), List.of(ParagraphDraft.body("甲文。"))),
                    new SpeechDraft("乙", false, null, null, null, null, List.of(), List.of(ParagraphDraft.body("乙文。"))),
                    new SpeechDraft("丙", false, null, null, null, null, List.of(),
                            List.of(ParagraphDraft.body("丙文。")))))
                    .speechIds();
            store.reading().record(ids.get(0), 0, 45);
            store.reading().markRead(ids.get(2), true);

            var all = store.reading().allProgress();
            assertEquals(2, all.size());
            assertEquals(store.reading().progress(ids.get(0)), all.get(ids.get(0)));
            assertTrue(all.get(ids.get(2)).read());
            assertFalse(all.containsKey(ids.get(1)));
        }
    }

    /** Today as the library counts reading days: SQLite's local time, the computer's time zone. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.systemDefault());
    }
}
