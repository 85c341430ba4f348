package org.yandu.library;

import java.nio.file.Path;

/** SQLite's quick check found the library file damaged: Yandu reads what it can but writes nothing to it. */
public class LibraryDamagedException extends LibraryReadOnlyException {
    public LibraryDamagedException(Path file, String detail) {
        super(file, file + " is damaged (" + detail + "), so nothing is written to it. Restore a backup: yandu restore"
                + " FILE, with a backup from " + file.resolveSibling("backups") + ", or File → Restore from Backup….");
    }

    /** A write that failed on a damaged library: the damage is the reason, SQLite's error the detail in the log. */
    public LibraryDamagedException(Path file, String detail, Throwable cause) {
        this(file, detail);
        initCause(cause);
    }
}
