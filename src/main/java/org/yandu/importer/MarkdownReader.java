package org.yandu.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A Markdown file: its headings and paragraphs as lines of plain text, in whatever encoding it was saved in. */
final class MarkdownReader implements FormatReader {
    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        byte[] bytes = TextChecks.nonEmptyBytes(file, format);
        TextDecoder.DecodedText text = TextDecoder.decode(TextChecks.requireText(file, bytes), Optional.empty())
                .orElseThrow(() -> TextChecks.notInAnEncoding(file));
        TextChecks.requireNoControlNoise(file, List.of(text.text()));
        SourceBytes.Digest digest = SourceBytes.Digest.of(bytes);
        return new SourceDocument(file, format.id(), text.encoding(), digest.sha256(), digest.size(),
                MarkdownLines.of(text.text()));
    }
}
