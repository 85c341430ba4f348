package org.yandu.library;

import java.nio.file.Path;

/** Another Yandu (a second window or a command) has this library open; opening it twice could corrupt it. */
public class LibraryInUseException extends LibraryException {
    public LibraryInUseException(Path file) {
        super(file + " is already open in another Yandu window or command. Close that one first, or choose"
                + " another library.");
    }
}
