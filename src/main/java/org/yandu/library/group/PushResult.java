package org.yandu.library.group;

import java.util.UUID;

/**
 * What became of one change a client pushed.
 *
 * @param alreadyApplied the server had applied this push before (a retry after a lost answer): nothing was done
 * @param revision the note's revision after the push; 0 when it was already applied
 */
public record PushResult(UUID pushId, UUID noteId, boolean alreadyApplied, int revision) {
}
