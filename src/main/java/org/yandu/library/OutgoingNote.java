package org.yandu.library;

import java.util.List;
import org.yandu.library.group.NoteState;

/**
 * A note the group has not yet heard of as it is now: its state, and the outbox entries (the changes made to it
 * since it was last sent) that sending it settles. It is sent under the newest entry's id.
 */
public record OutgoingNote(List<String> pushIds, NoteState state) {
    public OutgoingNote {
        pushIds = List.copyOf(pushIds);
    }

    /** The id the server records for this push: the last change's. */
    public String pushId() {
        return pushIds.get(pushIds.size() - 1);
    }
}
