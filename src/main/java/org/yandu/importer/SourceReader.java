package org.yandu.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
            throw new UnreadableSourceException(file, Refusal.EMPTY, format == SourceFormat.HTML
                    ? "is empty: the page has no article text" : "is empty");
        }
        LOG.debug("Read {} as {} in {}: {} lines", file, format.id(), document.encoding(), document.lines().size());
        return document;
    }

    /** A .docx is read from the file, not from its bytes in memory: most of a large one is pictures, never read. */
    private static SourceDocument docx(Path file, String kind) throws UnreadableSourceException {
        SourceBytes.Digest digest = SourceBytes.digest(file, SourceFormat.DOCX.maxBytes(), kind);
        if (digest.size() == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, "is empty");
        }
        return new SourceDocument(file, SourceFormat.DOCX.id(), StandardCharsets.UTF_8.name(), digest.sha256(),
                digest.size(), DocxParagraphs.read(file));
    }

    private static SourceDocument text(Path file, SourceFormat format, String kind) throws UnreadableSourceException {
        if (format == SourceFormat.HTML) {
            Page page = page(file, kind);
            return new SourceDocument(file, format.id(), page.text().encoding(), page.digest().sha256(),
                    page.digest().size(), HtmlArticleExtractor.extract(page.text().text()));
        }
        byte[] bytes = nonEmptyBytes(file, format, kind);
        TextDecoder.DecodedLines text = TextDecoder.decodeLines(requireText(file, bytes))
                .orElseThrow(() -> notInAnEncoding(file));
        requireNoControlNoise(file, text.lines());
        SourceBytes.Digest digest = SourceBytes.Digest.of(bytes);
        return new SourceDocument(file, format.id(), text.encoding(), digest.sha256(), digest.size(), text.lines());
    }

    /** A page's text and digest; its bytes are let go once decoded, before the page is parsed. */
    private record Page(TextDecoder.DecodedText text, SourceBytes.Digest digest) {
    }

    private static Page page(Path file, String kind) throws UnreadableSourceException {
        byte[] bytes = nonEmptyBytes(file, SourceFormat.HTML, kind);
        TextDecoder.DecodedText text = TextDecoder.decode(requireText(file, bytes), HtmlCharsetDeclaration.find(bytes))
                .orElseThrow(() -> notInAnEncoding(file));
        requireNoControlNoise(file, List.of(text.text()));
        return new Page(text, SourceBytes.Digest.of(bytes));
    }

    private static byte[] nonEmptyBytes(Path file, SourceFormat format, String kind) throws UnreadableSourceException {
        byte[] bytes = SourceBytes.read(file, format.maxBytes(), kind);
        if (bytes.length == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, "is empty");
        }
        return bytes;
    }

    private static byte[] requireText(Path file, byte[] bytes) throws UnreadableSourceException {
        if (BinarySniffer.looksBinary(bytes)) {
            throw new UnreadableSourceException(file, Refusal.NOT_TEXT, "is not a text file");
        }
        return bytes;
    }

    private static void requireNoControlNoise(Path file, List<String> lines) throws UnreadableSourceException {
        if (BinarySniffer.looksLikeControlNoise(lines)) {
            throw new UnreadableSourceException(file, Refusal.NOT_TEXT, "is not a text file");
        }
    }

    private static UnreadableSourceException notInAnEncoding(Path file) {
        return new UnreadableSourceException(file, Refusal.UNDECODABLE,
                "is not valid text in UTF-8, UTF-16 or GB18030");
    }
}
