package org.yandu.library.group;

import java.util.List;
import java.util.UUID;

/**
 * A collection an organiser published: its title and its speeches' fingerprints in order.
 *
 * @param withdrawn the organisers took it back; members' devices let the folder go, and keep its speeches
 */
public record GroupCollection(UUID id, String title, List<String> speechFingerprints, boolean withdrawn,
                              long change) {
    public GroupCollection {
        speechFingerprints = List.copyOf(speechFingerprints);
    }
}
