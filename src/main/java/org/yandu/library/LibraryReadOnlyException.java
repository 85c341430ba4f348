package org.yandu.library;

import java.nio.file.Path;

/**
 * A write refused because the library is open for reading only: another Yandu holds it (this one opened it beside
 * that one, {@link LibraryStore#openForReading}), or it is damaged ({@link LibraryDamagedException}).
 */
public class LibraryReadOnlyException extends LibraryException {
    private final transient Path file;

    /** The library is held by another Yandu window or command. */
    public LibraryReadOnlyException(Path file) {
        this(file, "Another Yandu is using the library " + file + " (a window, or a command such as import), so it"
                + " was opened for reading only: nothing is written to it. Close that one first, then try again.");
    }

    protected LibraryReadOnlyException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
