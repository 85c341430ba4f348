package org.yandu.ui.library;

import java.util.List;
import java.util.Map;
import org.yandu.library.LibraryStore;
import org.yandu.library.ReadingProgress;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * The library's speeches, collections and reading progress as read at one moment; read off the FX thread,
 * shown on it.
 *
 * @param progress by speech id; speeches never opened or marked are missing
 */
public record LibrarySnapshot(List<Speech> speeches, List<SpeechCollection> collections,
                              Map<Long, ReadingProgress> progress) {
    public static final LibrarySnapshot EMPTY = new LibrarySnapshot(List.of(), List.of(), Map.of());

    public LibrarySnapshot {
        speeches = List.copyOf(speeches);
        collections = List.copyOf(collections);
        progress = Map.copyOf(progress);
    }

    public static LibrarySnapshot readFrom(LibraryStore store) {
        return new LibrarySnapshot(store.speeches(), store.collections(), store.reading().allProgress());
    }
}
