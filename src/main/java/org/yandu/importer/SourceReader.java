package org.yandu.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** Lines of text and the charset they were decoded from. */
    private record Content(String encoding, List<String> lines) {
    }

    /**
     * Reads one file.
     *
     * @throws UnreadableSourceException if the file is missing, unreadable, of an unsupported type,
     *     not a regular file, over its format's size limit, empty, not text, in no supported
     *     encoding, or not a valid Word document
     */
    public SourceDocument read(Path file) throws UnreadableSourceException {
        SourceFormat format = SourceFormat.of(file);
        byte[] bytes = SourceBytes.read(file, format.maxBytes(), "." + format.id() + " files");
        if (bytes.length == 0) {
            throw new UnreadableSourceException(file, "is empty");
        }
        Content content = switch (format) {
            case TXT -> text(file, bytes);
            case HTML -> html(file, bytes);
            case DOCX -> new Content(StandardCharsets.UTF_8.name(), DocxParagraphs.read(file, bytes));
        };
        if (content.lines().stream().allMatch(String::isEmpty)) {
            throw new UnreadableSourceException(file, format == SourceFormat.HTML
                    ? "is empty: the page has no article text" : "is empty");
        }
        LOG.debug("Read {} as {} in {}: {} lines", file, format.id(), content.encoding(), content.lines().size());
        return new SourceDocument(file, format.id(), content.encoding(), sha256(bytes), bytes.length,
                content.lines());
    }

    private static Content text(Path file, byte[] bytes) throws UnreadableSourceException {
        TextDecoder.DecodedText text = decodeText(file, bytes, Optional.empty());
        return new Content(text.encoding(), TextLines.split(text.text()));
    }

    private static Content html(Path file, byte[] bytes) throws UnreadableSourceException {
        TextDecoder.DecodedText page = decodeText(file, bytes, HtmlCharsetDeclaration.find(bytes));
        return new Content(page.encoding(), HtmlArticleExtractor.extract(page.text()));
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
