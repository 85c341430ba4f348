package org.yandu.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB book, 2 or 3: its chapters in reading order, read with the ZIP and jsoup (no EPUB library is kept up).
 * A book of several chapters is a collection, one speech a chapter; a book of one chapter is one speech.
 */
final class EpubReader implements FormatReader {
    /** One chapter is parsed at a time, into a tree several times its size: the limit of a .docx's text part. */
    static final long MAX_CHAPTER = DocxParagraphs.MAX_DOCUMENT_PART;
    /** The lines of all chapters are held together: the limit of a page, whose text is held so too. */
    static final long MAX_CHAPTERS = 50 * SourceBytes.MB;
    private static final String NOT_TEXT = "script, style, aside, nav";
    /**
     * A copyright page, when the book does not mark it: lines of its own words. Two of them make one; a speech may
     * mention one in passing.
     */
    private static final Pattern IMPRINT = Pattern.compile("ISBN|版权所有|图书在版编目|CIP|出版发行|印\\s*刷[:：]|"
            + "定\\s*价[:：]|版\\s*次[:：]|印\\s*次[:：]|开\\s*本[:：]|字\\s*数[:：]");

    @Override
    public SourceDocument read(Path file, SourceFormat format) throws UnreadableSourceException {
        SourceBytes.Digest digest = SourceBytes.digest(file, format.maxBytes(), format.kind());
        if (digest.size() == 0) {
            throw new UnreadableSourceException(file, Refusal.EMPTY, emptyReason());
        }
        try (ZipPackage epub = ZipPackage.open(file, format)) {
            requireNoDrm(file, epub);
            EpubPackage book = EpubPackage.read(epub);
            EpubChapters chapters = new EpubChapters(book);
            long read = 0;
            for (String document : book.documents()) {
                byte[] markup = epub.read(document, MAX_CHAPTER);
                read += markup.length;
                if (read > MAX_CHAPTERS) {
                    throw new UnreadableSourceException(file, Refusal.TOO_LARGE, "holds more than "
                            + SourceBytes.megabytes(MAX_CHAPTERS) + " of chapters' markup, over the limit for "
                            + format.kind(), List.of("> " + SourceBytes.megabytes(MAX_CHAPTERS),
                            SourceBytes.megabytes(MAX_CHAPTERS)), null);
                }
                List<String> lines = lines(markup);
                if (!isImprint(lines)) {
                    chapters.add(document, lines);
                }
            }
            return chapters.document(file, format, digest);
        }
    }

    /**
     * Encryption of fonts (obfuscation) is common and harmless; encrypted content documents are a shop's copy
     * protection, without which nothing can be read.
     */
    private static void requireNoDrm(Path file, ZipPackage epub) throws UnreadableSourceException {
        String encryption = "META-INF/encryption.xml";
        if (epub.has(encryption) && Pattern.compile("URI=\"[^\"]*\\.x?html?\"").matcher(new String(
                epub.read(encryption, EpubPackage.MAX_PACKAGE_PART), StandardCharsets.UTF_8)).find()) {
            throw new UnreadableSourceException(file, Refusal.COPY_PROTECTED, "is protected against copying (DRM):"
                    + " its chapters are encrypted");
        }
    }

    /** A chapter's lines as a page's: a block a line, line breaks kept; notes, scripts and navigation left out. */
    private static List<String> lines(byte[] markup) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(markup), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
        Element body = page.body();
        body.select(NOT_TEXT).remove();
        return HtmlLines.of(body);
    }

    private static boolean isImprint(List<String> lines) {
        return lines.stream().filter(line -> line.length() <= 60 && IMPRINT.matcher(line).find()).count() >= 2;
    }
}
