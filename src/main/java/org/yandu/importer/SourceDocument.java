package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file decoded into lines, leading whitespace kept (it carries structure in scraped text).
 *
 * @param format "txt", "html", "docx" or "pdf"
 * @param encoding the charset the bytes were decoded with (e.g. "UTF-8", "GB18030"); for docx and pdf "UTF-8"
 * @param contentHash SHA-256 of the file's bytes, lowercase hex
 */
public record SourceDocument(Path path, String format, String encoding, String contentHash, long size,
                             List<String> lines) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }
}
