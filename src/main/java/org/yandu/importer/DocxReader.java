package org.yandu.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A Word .docx: its paragraphs and table cells, read from the file (most of a large one is pictures, never read). */
final class DocxReader implements FormatReader {
    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        SourceBytes.Digest digest = SourceBytes.digest(file, format.maxBytes(), format.kind());
        if (digest.size() == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, emptyReason());
        }
        return new SourceDocument(file, format.id(), StandardCharsets.UTF_8.name(), digest.sha256(), digest.size(),
                DocxParagraphs.read(file));
    }
}
