package org.yandu.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Tells a regular file from the rest (FIFOs, devices, sockets, folders) and names the rest in messages. */
final class FileKind {
    private static final int TYPE_MASK = 0170000;

    private FileKind() {
    }

    /** Refuses anything that is not, or whose symlink chain does not end at, a regular file; opens nothing. */
    static void requireRegularFile(Path file) throws UnreadableSourceException {
        if (Files.isRegularFile(file)) {
            return;
        }
        String target = linkTarget(file);
        if (!Files.exists(file)) {
            // A dangling link is otherwise a puzzling "does not exist" for a name the user can see.
            throw new UnreadableSourceException(file, Refusal.MISSING, "does not exist"
                    + (target == null ? "" : " (it is a symbolic link to " + target + ")"));
        }
        String kind = describe(file);
        String what = target == null ? "is " + kind : "is a symbolic link to " + target + ", which is " + kind;
        throw new UnreadableSourceException(file, Refusal.NOT_A_FILE, "cannot be read: it " + what
                + ", not a regular file; Yandu imports only regular files");
    }

    /** "a named pipe (FIFO)", "a character device" …; only Unix says which, elsewhere "a special file" must do. */
    private static String describe(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & TYPE_MASK) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    /** Where a symlink points, as written in it; null for anything else. */
    private static @Nullable String linkTarget(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        try {
            return Files.readSymbolicLink(file).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }
}
