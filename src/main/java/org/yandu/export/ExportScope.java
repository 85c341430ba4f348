package org.yandu.export;

import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryException;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * Which speeches to export, and optionally which of their notes (the notes view's filter).
 *
 * @param title the export's title when the scope has one (a collection's); null to let the export choose
 * @param speechIds the speeches in the order they are exported
 * @param filter the annotations to keep; null keeps all. With a filter, speeches left without a note are not
 *     exported: the reader asked for those notes, not for the speeches
 */
public record ExportScope(@Nullable String title, List<Long> speechIds, @Nullable Predicate<Annotation> filter) {
    public ExportScope {
        speechIds = speechIds.stream().distinct().toList();
    }

    public static ExportScope speeches(List<Long> ids) {
        return new ExportScope(null, ids, null);
    }

    public static ExportScope collection(LibraryStore store, long collectionId) {
        SpeechCollection collection = store.collections().stream().filter(c -> c.id() == collectionId).findFirst()
                .orElseThrow(() -> LibraryException.gone("There is no collection " + collectionId + " in the library"));
        return new ExportScope(collection.title(), collection.speechIds(), null);
    }

    public static ExportScope library(LibraryStore store) {
        return new ExportScope(null, store.speeches().stream().map(Speech::id).toList(), null);
    }

    /** The same speeches with only the annotations {@code keep} accepts. */
    public ExportScope filtered(Predicate<Annotation> keep) {
        return new ExportScope(title, speechIds, keep);
    }

    public boolean isFiltered() {
        return filter != null;
    }

    boolean keeps(Annotation annotation) {
        return filter == null || filter.test(annotation);
    }
}
