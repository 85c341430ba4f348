package org.yandu.library;

/** What a group shares, each pulled as its own series of changes with its own place reached. */
public enum GroupStream {
    SPEECHES, NOTES
}
