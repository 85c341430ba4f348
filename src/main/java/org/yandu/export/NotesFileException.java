package org.yandu.export;

import java.io.IOException;

/** A notes file that cannot be imported: unreadable, not JSON, not a Yandu export, or from a newer Yandu. */
public final class NotesFileException extends IOException {
    public NotesFileException(String message) {
        super(message);
    }

    public NotesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
