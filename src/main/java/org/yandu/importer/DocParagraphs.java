package org.yandu.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the paragraphs of a Word 97-2003 .doc (or a WPS .wps, the same format) as lines, as {@link DocxParagraphs}
 * does for a .docx: one line per paragraph in body order, table cells included, a line break in a paragraph starting
 * a new line. Footnotes, comments, headers and text boxes are other parts of the file and not read.
 */
final class DocParagraphs {
    private static final String WORD_DOCUMENT = "WordDocument";
    /**
     * The largest WordDocument stream (the text, two bytes a Chinese character, and its formatting) that is read:
     * about 12 million characters, the .docx limit's worth. POI holds the stream, the text and each paragraph's
     * properties at once, and a stream twice as large does not fit the import's memory bound (docs/PERFORMANCE.md).
     */
    static final long MAX_WORD_DOCUMENT = DocxParagraphs.MAX_DOCUMENT_PART;
    /** Word's marks inside paragraph text: 0x0B a line break, 0x0C a page or section break. */
    private static final Pattern BREAK = Pattern.compile("[\\u000B\\u000C]");
    /**
     * The other control characters Word leaves in the text: the paragraph's end (CR) and a table cell's (0x07), and
     * the anchors of pictures, drawings, footnote and comment marks (0x01, 0x08, 0x02, 0x05).
     */
    private static final Pattern MARK = Pattern.compile("[\\u0000-\\u0008\\u000D\\u000E-\\u001F]");

    private DocParagraphs() {
    }

    /** The lines of the document; {@code format} names the file's kind in the refusals. */
    static List<String> read(Path file, SourceFormat format) throws UnreadableSourceException {
        // Opened on the file read-only: POI maps it rather than copying it into memory.
        POIFSFileSystem opened;
        try {
            opened = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw DocumentRefusals.damaged(file, format, e);
        }
        try (POIFSFileSystem fs = opened) {
            if (!fs.getRoot().hasEntry(WORD_DOCUMENT)) {
                throw DocumentRefusals.misnamed(file, format,
                        "its OLE2 file has no WordDocument stream (a spreadsheet, or a Works document?)");
            }
            requireWithinLimit(file, format, (DocumentEntry) fs.getRoot().getEntry(WORD_DOCUMENT));
            return lines(new HWPFDocument(fs.getRoot()).getRange());
        } catch (EncryptedDocumentException e) {
            throw DocumentRefusals.passwordProtected(file, e);
        } catch (IOException | RuntimeException e) {
            throw DocumentRefusals.damaged(file, format, e);
        }
    }

    private static void requireWithinLimit(Path file, SourceFormat format, DocumentEntry words)
            throws UnreadableSourceException {
        long size = words.getSize();
        if (size > MAX_WORD_DOCUMENT) {
            throw new UnreadableSourceException(file, Refusal.TOO_LARGE, "holds " + SourceBytes.megabytes(size)
                    + " of text and formatting (its WordDocument stream), over the "
                    + SourceBytes.megabytes(MAX_WORD_DOCUMENT) + " limit for " + format.kind(),
                    List.of(SourceBytes.megabytes(size), SourceBytes.megabytes(MAX_WORD_DOCUMENT)), null);
        }
    }

    private static List<String> lines(Range body) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < body.numParagraphs(); i++) {
            Paragraph paragraph = body.getParagraph(i);
            // A table row ends in a paragraph of its own, holding only the row's mark.
            if (paragraph.isInTable() && paragraph.isTableRowEnd()) {
                continue;
            }
            String text = MARK.matcher(BREAK.matcher(Range.stripFields(paragraph.text())).replaceAll("\n"))
                    .replaceAll("");
            if (text.isEmpty()) {
                lines.add("");
            } else {
                lines.addAll(TextLines.split(text));
            }
        }
        return lines;
    }
}
