package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file decoded into lines, leading whitespace kept (it carries structure in scraped text).
 *
 * @param format "txt", "html" or "docx"
 * @param encoding the charset the bytes were decoded with (e.g. "UTF-8", "GB18030"); for docx "UTF-8"
 * @param contentHash SHA-256 of the file's bytes, lowercase hex
 * @param metadata what the source states about its speech besides its lines (a WeChat page's account and date)
 */
public record SourceDocument(Path path, String format, String encoding, String contentHash, long size,
                             List<String> lines, SourceMetadata metadata) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }

    /** A source whose lines are all it says: every format whose pages have no fields of their own. */
    public SourceDocument(Path path, String format, String encoding, String contentHash, long size,
                          List<String> lines) {
        this(path, format, encoding, contentHash, size, lines, SourceMetadata.NONE);
    }
}
