package org.yandu.export;

import java.time.Instant;
import java.util.List;
import org.yandu.library.UserTerm;

/**
 * Everything an export shows, collected once from the library so every format renders the same content.
 *
 * @param title the export's title (a collection's, the one speech's, or a generic one)
 * @param exported when it was collected, to the second
 * @param speeches the speeches in export order
 * @param userGlossary the reader's own glossary, by term
 */
public record StudyNotes(String title, Instant exported, List<SpeechNotes> speeches, List<UserTerm> userGlossary) {
    public StudyNotes {
        speeches = List.copyOf(speeches);
        userGlossary = List.copyOf(userGlossary);
    }

    public int annotationCount() {
        return speeches.stream().mapToInt(s -> s.notes().size()).sum();
    }
}
