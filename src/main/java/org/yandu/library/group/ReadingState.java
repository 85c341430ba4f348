package org.yandu.library.group;

/**
 * Whether a member has read a speech, and whether they let the organisers see it.
 *
 * @param member the member's user name (the server sets it to whoever writes)
 */
public record ReadingState(String member, String speechFingerprint, boolean read, boolean shownToOrganisers,
                           long change) {
}
