package org.yandu.importer;

import java.nio.file.Path;

/** A file that cannot be imported; the message names the file and says what is wrong with it. */
public class UnreadableSourceException extends Exception {
    private final Path path;

    public UnreadableSourceException(Path path, String reason) {
        super(path.getFileName() + ": " + reason);
        this.path = path;
    }

    public UnreadableSourceException(Path path, String reason, Throwable cause) {
        super(path.getFileName() + ": " + reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
