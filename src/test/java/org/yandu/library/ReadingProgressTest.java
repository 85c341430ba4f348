package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
            assertFalse(store.progress(speech).read());
            store.recordReading(speech, 1, 90);
            store.recordReading(speech, 0, 30);
            ReadingProgress progress = store.progress(speech);
            assertEquals(0, progress.position());
            assertEquals(120, progress.secondsRead());
            store.markRead(speech, true);
            assertTrue(store.progress(speech).read());
            store.annotations().noteOnParagraph(store.paragraphs(speech).get(0).id(), "好", List.of());

            LocalDate weekStart = LocalDate.now().minusDays(LocalDate.now().getDayOfWeek().getValue() - 1);
            assertEquals(new StudySummary(1, 1, 120), store.studySince(weekStart));
            assertEquals(new StudySummary(0, 0, 0), store.studySince(LocalDate.now().plusDays(1)));
            store.markRead(speech, false);
            assertFalse(store.progress(speech).read());
        }
    }
}
