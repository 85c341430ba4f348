package org.yandu.ui.library;

import java.util.List;
import java.util.Map;
import org.yandu.library.AssignedReading;
import org.yandu.library.LibraryStore;
import org.yandu.library.ReadingProgress;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * The library's speeches, collections, reading progress and its study group's assignments as read at one moment;
 * read off the FX thread, shown on it.
 *
 * @param progress by speech id; speeches never opened or marked are missing
 */
public record LibrarySnapshot(List<Speech> speeches, List<SpeechCollection> collections,
                              Map<Long, ReadingProgress> progress, List<AssignedReading> assignments) {
    public static final LibrarySnapshot EMPTY = new LibrarySnapshot(List.of(), List.of(), Map.of(), List.of());

    public LibrarySnapshot {
        speeches = List.copyOf(speeches);
        collections = List.copyOf(collections);
        progress = Map.copyOf(progress);
        assignments = List.copyOf(assignments);
    }

    public static LibrarySnapshot readFrom(LibraryStore store) {
        return new LibrarySnapshot(store.speeches(), store.collections(), store.reading().allProgress(),
                store.group().assignedReading());
    }
}
