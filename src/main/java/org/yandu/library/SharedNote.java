package org.yandu.library;

import java.time.Instant;
import java.util.List;

/**
 * Another member's note shared with the group, as the last sync brought it, placed on this library's copy of the
 * speech: read-only here.
 *
 * @param speechId the speech in this library it is on
 * @param authorName the author's name as the group shows it (their user name if the group has none)
 * @param position the paragraph it is on in this copy, or -1 when its words are not surely found here (the copies
 *     differ): then it is listed, not placed
 * @param start where its words begin in that paragraph (with {@code end}: both 0 for a note on the paragraph)
 * @param quote the words it was made on, as its author's copy had them
 */
public record SharedNote(String groupId, long speechId, String author, String authorName, int position, int start,
                         int end,
                         String quote, String colour, String body, List<String> tags, Instant edited) {
    public SharedNote {
        tags = List.copyOf(tags);
    }

    /** Whether its words were found in this library's copy of the speech. */
    public boolean placed() {
        return position >= 0;
    }
}
