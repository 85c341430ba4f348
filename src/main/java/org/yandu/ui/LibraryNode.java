package org.yandu.ui;

import java.util.List;
import org.yandu.library.Speech;

/**
 * One row of the library tree: a collection with its speeches, or a speech.
 *
 * @param speech the speech of a speech row; null for a collection
 */
public record LibraryNode(String title, Speech speech, List<LibraryNode> children) {
    public LibraryNode {
        children = List.copyOf(children);
    }

    static LibraryNode of(Speech speech) {
        return new LibraryNode(speech.title(), speech, List.of());
    }

    public boolean isCollection() {
        return speech == null;
    }
}
