package org.yandu.ui.library;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.AssignedReading;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * One row of the library tree: a collection or a study group's assignment with its speeches, or a speech.
 *
 * @param speech the speech of a speech row; null for a collection or an assignment
 * @param collection the collection of a collection row; null otherwise
 * @param assignment the assignment of an assignment row; null otherwise
 */
public record LibraryNode(String title, @Nullable Speech speech, @Nullable SpeechCollection collection,
                          @Nullable AssignedReading assignment, List<LibraryNode> children) {
    public LibraryNode {
        children = List.copyOf(children);
    }

    static LibraryNode of(Speech speech) {
        return new LibraryNode(speech.title(), speech, null, null, List.of());
    }

    public boolean isCollection() {
        return speech == null;
    }
}
