package org.yandu.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kinds of file study notes can be exported to, each with the short name the CLI and settings use. */
public enum ExportFormat {
    MARKDOWN("md", ".md"),
    HTML("html", ".html"),
    DOCX("docx", ".docx"),
    ANKI("anki", ".txt"),
    JSON("json", ".json");

    private final String key;
    private final String extension;

    ExportFormat(String key, String extension) {
        this.key = key;
        this.extension = extension;
    }

    /** The short name: md, html, docx, anki or json. */
    public String key() {
        return key;
    }

    /** The file name extension with its dot. */
    public String extension() {
        return extension;
    }

    /** The format with this short name, any case. */
    public static Optional<ExportFormat> named(@Nullable String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
    }
}
