package org.yandu.library;

/**
 * What a group shares, each pulled as its own series of changes with its own place reached, in this order: the
 * speeches come before the notes on them and the assignments that name them.
 */
public enum GroupStream {
    MEMBERS, SPEECHES, ASSIGNMENTS, READING, NOTES
}
