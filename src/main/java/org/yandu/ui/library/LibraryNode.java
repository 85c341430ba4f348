package org.yandu.ui.library;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.AssignedReading;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/**
 * One row of the library tree: a collection, a study group's assignment or a part of the speeches in no collection,
 * with its speeches; or a speech.
 *
 * @param speech the speech of a speech row; null for a folder
 * @param collection the collection of a collection row; null otherwise
 * @param assignment the assignment of an assignment row; null otherwise
 * @param part which of the speeches in no collection a part row holds; null otherwise
 */
public record LibraryNode(String title, @Nullable Speech speech, @Nullable SpeechCollection collection,
                          @Nullable AssignedReading assignment, @Nullable Part part, List<LibraryNode> children) {
    /**
     * The speeches in no collection from the {@code first}-th to the {@code last}-th, counting from 1 in the
     * tree's order: a library of many thousands is shown in parts, as a long book is in volumes.
     */
    public record Part(int first, int last) {
    }

    public LibraryNode {
        children = List.copyOf(children);
    }

    static LibraryNode of(Speech speech) {
        return new LibraryNode(speech.title(), speech, null, null, null, List.of());
    }

    static LibraryNode of(SpeechCollection collection, List<LibraryNode> speeches) {
        return new LibraryNode(collection.title(), null, collection, null, null, speeches);
    }

    static LibraryNode of(AssignedReading assignment, List<LibraryNode> speeches) {
        return new LibraryNode(assignment.title(), null, null, assignment, null, speeches);
    }

    static LibraryNode of(Part part, List<LibraryNode> speeches) {
        return new LibraryNode("", null, null, null, part, speeches);
    }

    /** A folder of speeches: a collection, an assignment or a part. */
    public boolean isFolder() {
        return speech == null;
    }

    /** Whether {@code speechId} is this speech or one of this folder's. */
    boolean holds(long speechId) {
        if (speech != null) {
            return speech.id() == speechId;
        }
        return children.stream().anyMatch(child -> child.holds(speechId));
    }
}
