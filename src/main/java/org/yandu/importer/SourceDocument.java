package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source file decoded into lines, leading whitespace kept (it carries structure in scraped text).
 *
 * @param format the {@link SourceFormat}'s id: "txt", "html", "docx", "doc", "wps", "odt", "epub", "md", "pdf"
 * @param encoding the charset the bytes were decoded with (e.g. "UTF-8", "GB18030"); for docx, odt, epub and pdf
 *     "UTF-8", for doc and wps "UTF-16LE"
 * @param contentHash SHA-256 of the file's bytes, lowercase hex
 * @param collectionTitle the title the file gives the speeches it holds when its format says where each starts
 *     (an EPUB book's), else null
 * @param speechStarts the lines where the format itself says a speech starts (an EPUB's chapters), in order; empty
 *     when it says nothing and the parser finds the speeches in the text
 * @param metadata what the source states about its speech besides its lines (a WeChat page's account and date)
 */
public record SourceDocument(Path path, String format, String encoding, String contentHash, long size,
                             List<String> lines, @Nullable String collectionTitle, List<Integer> speechStarts,
                             SourceMetadata metadata) {
    public SourceDocument {
        lines = List.copyOf(lines);
        speechStarts = List.copyOf(speechStarts);
    }

    /** A source whose lines are all it says: not divided into speeches by its format, no fields of its own. */
    public SourceDocument(Path path, String format, String encoding, String contentHash, long size,
                          List<String> lines) {
        this(path, format, encoding, contentHash, size, lines, null, List.of(), SourceMetadata.NONE);
    }
}
