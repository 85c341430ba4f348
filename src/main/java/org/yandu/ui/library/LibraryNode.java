package org.yandu.ui.library;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * One row of the library tree: a collection with its speeches, or a speech.
 *
 * @param speech the speech of a speech row; null for a collection
 * @param collection the collection of a collection row; null for a speech
 */
public record LibraryNode(String title, @Nullable Speech speech, @Nullable SpeechCollection collection,
                          List<LibraryNode> children) {
    public LibraryNode {
        children = List.copyOf(children);
    }

    static LibraryNode of(Speech speech) {
        return new LibraryNode(speech.title(), speech, null, List.of());
    }

    public boolean isCollection() {
        return speech == null;
    }
}
