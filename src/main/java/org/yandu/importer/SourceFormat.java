package org.yandu.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats Yandu imports, recognised by file extension. */
enum SourceFormat {
    TXT("txt", List.of("txt", "text")),
    HTML("html", List.of("html", "htm")),
    DOCX("docx", List.of("docx"));

    private final String id;
    private final List<String> extensions;

    SourceFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name recorded in {@link SourceDocument#format()}. */
    String id() {
        return id;
    }

    /** Whether a file of this name would be read, so a folder import skips the others quietly. */
    static boolean isSupported(Path file) {
        String extension = extension(file);
        return Arrays.stream(values()).anyMatch(format -> format.extensions.contains(extension));
    }

    static SourceFormat of(Path file) throws UnreadableSourceException {
        String extension = extension(file);
        for (SourceFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        String shown = extension.isEmpty() ? "without an extension" : "." + extension;
        throw new UnreadableSourceException(file,
                "unsupported file type " + shown + " (Yandu reads .txt, .html, .htm and .docx)");
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
