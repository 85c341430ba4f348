package org.yandu.group;

/**
 * What a sync did.
 *
 * @param sent notes whose changes the group now has
 * @param speeches speeches the group shared that this library did not have, now stored here
 * @param received notes changed in the group and applied here
 * @param unreadable speeches of the group that could not be read (written past Yandu), left out and logged
 * @param terms terms of the group's glossary put, changed or removed; their paragraphs wait to be segmented again
 * @param collections collections the group published, changed or withdrawn
 */
public record SyncReport(int sent, int speeches, int received, int unreadable, int terms, int collections) {
}
