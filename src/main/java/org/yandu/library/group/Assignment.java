package org.yandu.library.group;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser set the group to read: speeches by fingerprint, by when, with a word on why.
 *
 * @param withdrawn the organisers took it back; members' devices let it go
 */
public record Assignment(UUID id, String title, List<String> speechFingerprints, @Nullable LocalDate due,
                         String note, boolean withdrawn, long change) {
    public Assignment {
        speechFingerprints = List.copyOf(speechFingerprints);
    }
}
