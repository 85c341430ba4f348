package org.yandu.library;

import java.nio.file.Path;
import org.yandu.failure.Explanation;

/** The library was written by a newer Yandu; it is left untouched. */
public class LibraryTooNewException extends LibraryException {
    public LibraryTooNewException(Path file, int found, int known) {
        super(file + " was written by a newer version of Yandu (library schema " + found
                + "; this version knows up to " + known + "). It has not been changed: update Yandu to open it.",
                Explanation.of(LibraryProblem.TOO_NEW, file, found, known));
    }
}
