package org.yandu.library.group;

import java.time.Instant;
import java.util.List;

/**
 * An earlier state of one of the member's notes, kept by the server when an edit replaced it.
 *
 * @param overwritten replaced by an edit made on another device that had not seen it (a conflict the later edit
 *                    won): the state the reader is most likely to want back
 */
public record NoteRevision(int revision, String colour, String body, List<String> tags, boolean deleted,
                           Instant edited, boolean overwritten) {
    public NoteRevision {
        tags = List.copyOf(tags);
    }
}
