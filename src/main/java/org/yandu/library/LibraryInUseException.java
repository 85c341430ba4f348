package org.yandu.library;

import java.nio.file.Path;
import org.yandu.failure.Explanation;

/** Another Yandu (a second window or a command) has this library open; opening it twice could corrupt it. */
public class LibraryInUseException extends LibraryException {
    public LibraryInUseException(Path file) {
        super(file + " is already open in another Yandu window or command. Close that one first, or choose"
                + " another library.", Explanation.of(LibraryProblem.IN_USE));
    }

    /** In use, and {@code why} it cannot even be read beside the Yandu that holds it. */
    public LibraryInUseException(String why) {
        super(why, Explanation.of(LibraryProblem.IN_USE));
    }
}
