package org.yandu.library.group;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A note (a highlight with or without words) as the group keeps it: where it is, as a speech's fingerprint and an
 * anchor the client reads (JSON: paragraph, quote and its surroundings), and what its author wrote.
 *
 * @param baseRevision the server's revision of the note that this state was edited from (0 for a new note)
 */
public record NoteState(UUID id, String speechFingerprint, String anchor, String colour, String body,
                        List<String> tags, boolean shared, boolean deleted, int baseRevision, Instant editedAt) {
    public NoteState {
        tags = List.copyOf(tags);
    }
}
