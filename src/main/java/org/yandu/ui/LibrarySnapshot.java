package org.yandu.ui;

import java.util.List;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/** The library's speeches and collections as read at one moment; read off the FX thread, shown on it. */
public record LibrarySnapshot(List<Speech> speeches, List<SpeechCollection> collections) {
    public static final LibrarySnapshot EMPTY = new LibrarySnapshot(List.of(), List.of());

    public LibrarySnapshot {
        speeches = List.copyOf(speeches);
        collections = List.copyOf(collections);
    }

    public static LibrarySnapshot readFrom(LibraryStore store) {
        return new LibrarySnapshot(store.speeches(), store.collections());
    }
}
