package org.yandu.importer;

import java.nio.file.Path;

/** A .txt file in whatever Chinese encoding it was saved in, line by line. */
final class PlainTextReader implements FormatReader {
    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        byte[] bytes = TextChecks.nonEmptyBytes(file, format);
        TextDecoder.DecodedLines text = TextDecoder.decodeLines(TextChecks.requireText(file, bytes))
                .orElseThrow(() -> TextChecks.notInAnEncoding(file));
        TextChecks.requireNoControlNoise(file, text.lines());
        SourceBytes.Digest digest = SourceBytes.Digest.of(bytes);
        return new SourceDocument(file, format.id(), text.encoding(), digest.sha256(), digest.size(), text.lines());
    }
}
