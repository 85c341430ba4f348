package org.yandu.group;

/**
 * What a sync did.
 *
 * @param sent notes whose changes the group now has
 * @param received notes changed in the group and applied here
 * @param upTo the group's change number this library has applied up to
 */
public record SyncReport(int sent, int received, long upTo) {
}
