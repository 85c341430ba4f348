package org.yandu.library;

import java.time.Instant;
import java.util.List;

/**
 * Another member's note shared with the group, as the last sync brought it: read-only here.
 *
 * @param anchor where it sits, as its author's library wrote it (JSON: paragraph position, quote, prefix, suffix)
 */
public record SharedNote(String groupId, String author, String anchor, String colour, String body,
                         List<String> tags, Instant edited) {
    public SharedNote {
        tags = List.copyOf(tags);
    }
}
