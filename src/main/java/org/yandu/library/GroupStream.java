package org.yandu.library;

/**
 * What a group shares, each pulled as its own series of changes with its own place reached, in this order: the
 * speeches come before the collections, assignments and notes that name them.
 */
public enum GroupStream {
    MEMBERS, SPEECHES, COLLECTIONS, ASSIGNMENTS, GLOSSARY, READING, NOTES
}
