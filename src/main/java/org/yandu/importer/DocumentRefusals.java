package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The refusals every reader of documents and packages (.doc, .odt, .epub, .pdf) words alike. */
final class DocumentRefusals {
    private DocumentRefusals() {
    }

    /** A file of its format that its library could not read through: cut short, or broken inside. */
    static UnreadableSourceException damaged(Path file, SourceFormat format, @Nullable Exception cause) {
        String extension = "." + format.id();
        return new UnreadableSourceException(file, Refusal.DAMAGED, "is a damaged or incomplete " + extension
                + " file", List.of(extension), cause);
    }

    /** A file whose contents are of another kind than its name says; {@code why} says what it is or lacks. */
    static UnreadableSourceException misnamed(Path file, SourceFormat format, String why) {
        String extension = "." + format.id();
        return new UnreadableSourceException(file, Refusal.MISNAMED, "is not a " + extension + " file: " + why,
                List.of(extension), null);
    }

    static UnreadableSourceException passwordProtected(Path file, @Nullable Exception cause) {
        return new UnreadableSourceException(file, Refusal.PASSWORD_PROTECTED, "is protected by a password; open it,"
                + " save it without the password and import it again", List.of(), cause);
    }
}
