package org.yandu.library;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the reader is in a speech.
 *
 * @param position the paragraph position at the top of the view when last read
 * @param readAt when the reader marked it read (or reached its end), null while unread
 * @param secondsRead active reading time, idle time not counted
 */
public record ReadingProgress(long speechId, int position, @Nullable Instant readAt, long secondsRead,
                              @Nullable Instant lastOpened) {
    public static ReadingProgress unread(long speechId) {
        return new ReadingProgress(speechId, 0, null, 0, null);
    }

    public boolean read() {
        return readAt != null;
    }

    /** Whether nothing of the reader's is here: never opened, no place, no time, not marked read. */
    public boolean untouched() {
        return position == 0 && readAt == null && secondsRead == 0 && lastOpened == null;
    }
}
