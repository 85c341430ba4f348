package org.yandu.library.group;

/**
 * A note as the server holds it: its state, its author, its revision and the change number it last took.
 *
 * @param unshared the note stopped being shared with the reader (its state then holds only its id): whatever of
 *                 it another member's device kept goes
 */
public record GroupNote(NoteState state, String author, int revision, long change, boolean unshared) {
    public GroupNote(NoteState state, String author, int revision, long change) {
        this(state, author, revision, change, false);
    }
}
