package org.yandu.library.group;

/** A note as the server holds it: its state, its author, its revision and the change number it last took. */
public record GroupNote(NoteState state, String author, int revision, long change) {
}
