package org.yandu.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a speech file (.txt, .html, .htm or .docx) into lines of text, working out its encoding,
 * or refuses it with a message that says which file is wrong and why.
 */
public final class SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

    /**
     * Reads one file.
     *
     * @throws UnreadableSourceException if the file is missing, unreadable, of an unsupported type,
     *     not a regular file, over its format's size limit, empty, not text, in no supported
     *     encoding, or not a valid Word document
     */
    public SourceDocument read(Path file) throws UnreadableSourceException {
        SourceFormat format = SourceFormat.of(file);
        String kind = "." + format.id() + " files";
        SourceDocument document = format == SourceFormat.DOCX ? docx(file, kind) : text(file, format, kind);
        if (document.lines().stream().allMatch(String::isEmpty)) {
            throw new UnreadableSourceException(file, format == SourceFormat.HTML
                    ? "is empty: the page has no article text" : "is empty");
        }
        LOG.debug("Read {} as {} in {}: {} lines", file, format.id(), document.encoding(), document.lines().size());
        return document;
    }

    /** A .docx is read from the file, not from its bytes in memory: most of a large one is pictures, never read. */
    private static SourceDocument docx(Path file, String kind) throws UnreadableSourceException {
        SourceBytes.Digest digest = SourceBytes.digest(file, SourceFormat.DOCX.maxBytes(), kind);
        if (digest.size() == 0) {
            throw new UnreadableSourceException(file, "is empty");
        }
        return new SourceDocument(file, SourceFormat.DOCX.id(), StandardCharsets.UTF_8.name(), digest.sha256(),
                digest.size(), DocxParagraphs.read(file));
    }

    private static SourceDocument text(Path file, SourceFormat format, String kind) throws UnreadableSourceException {
        Decoded decoded = decoded(file, format, kind);
        List<String> lines = format == SourceFormat.HTML
                ? HtmlArticleExtractor.extract(decoded.text().text()) : TextLines.split(decoded.text().text());
        return new SourceDocument(file, format.id(), decoded.text().encoding(), decoded.digest().sha256(),
                decoded.digest().size(), lines);
    }

    /** A text file's text and digest; its bytes are let go once decoded, before the text is split or parsed. */
    private record Decoded(TextDecoder.DecodedText text, SourceBytes.Digest digest) {
    }

    private static Decoded decoded(Path file, SourceFormat format, String kind) throws UnreadableSourceException {
        byte[] bytes = SourceBytes.read(file, format.maxBytes(), kind);
        if (bytes.length == 0) {
            throw new UnreadableSourceException(file, "is empty");
        }
        Optional<Charset> declared = format == SourceFormat.HTML ? HtmlCharsetDeclaration.find(bytes) : Optional.empty();
        return new Decoded(decodeText(file, bytes, declared), SourceBytes.Digest.of(bytes));
    }

    private static TextDecoder.DecodedText decodeText(Path file, byte[] bytes, Optional<Charset> declared)
            throws UnreadableSourceException {
        if (BinarySniffer.looksBinary(bytes)) {
            throw new UnreadableSourceException(file, "is not a text file");
        }
        TextDecoder.DecodedText decoded = TextDecoder.decode(bytes, declared).orElseThrow(
                () -> new UnreadableSourceException(file, "is not valid text in UTF-8, UTF-16 or GB18030"));
        if (BinarySniffer.looksLikeControlNoise(decoded.text())) {
            throw new UnreadableSourceException(file, "is not a text file");
        }
        return decoded;
    }
}
