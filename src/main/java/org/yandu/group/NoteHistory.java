package org.yandu.group;

import java.util.List;
import java.util.UUID;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.group.GroupConnection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupNotes;
import org.yandu.library.group.NoteRevision;

/**
 * The earlier states of a note the group's server kept, and bringing one back: the restored state is an edit like
 * any other, sent at the next sync, and the state it replaces is kept in its turn.
 */
public final class NoteHistory {
    private NoteHistory() {
    }

    public static List<NoteRevision> of(LibraryStore library, GroupConnection server, long annotationId) {
        return GroupNotes.revisions(server, groupId(library, annotationId));
    }

    /** Sets the note's colour, words and tags to those of {@code revision}; its place stays where it is now. */
    public static NoteRevision restore(LibraryStore library, GroupConnection server, long annotationId,
                                       int revision) {
        NoteRevision kept = of(library, server, annotationId).stream().filter(r -> r.revision() == revision)
                .findFirst().orElseThrow(() -> new GroupException("The note " + annotationId + " has no kept"
                        + " revision " + revision));
        if (kept.deleted()) {
            throw new GroupException("Revision " + revision + " of the note " + annotationId + " is its deletion:"
                    + " there is nothing to bring back");
        }
        library.annotations().update(annotationId, kept.colour().isEmpty() ? null
                : HighlightColor.valueOf(kept.colour()), kept.body(), kept.tags());
        return kept;
    }

    private static UUID groupId(LibraryStore library, long annotationId) {
        return library.group().groupIdOf(annotationId).orElseThrow(() -> new GroupException("The note "
                + annotationId + " is not known to a group: this library belongs to none, or it was never synced"));
    }
}
