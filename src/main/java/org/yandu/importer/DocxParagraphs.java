package org.yandu.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the paragraphs of a Word .docx file as lines, in the order they appear in the body. */
final class DocxParagraphs {
    private static final Logger LOG = LoggerFactory.getLogger(DocxParagraphs.class);

    /**
     * The largest document part (word/document.xml, inflated) that is parsed: about 8 million characters of text
     * with Word's usual markup, far more than a collection of a leader's volumes, and parsed within the import's
     * memory bound (docs/PERFORMANCE.md).
     */
    static final long MAX_DOCUMENT_PART = 25 * SourceBytes.MB;

    private DocxParagraphs() {
    }

    /**
     * One line per paragraph, table cells included; empty paragraphs become empty lines, and a line
     * break inside a paragraph starts a new line, as it does in a .txt file. The package is opened on the file, so
     * its parts are inflated only when read: the pictures never are. The document part is held as a tree of
     * objects several times its size, so a part over {@link #MAX_DOCUMENT_PART} is refused before it is parsed.
     */
    static List<String> read(Path file) throws UnreadableSourceException {
        byte[] header = SourceBytes.head(file, 8);
        if (BinarySniffer.isOle2(header)) {
            throw new UnreadableSourceException(file, Refusal.OLD_WORD_DOCUMENT,
                    "is an old Word 97-2003 document (.doc) named .docx; save it as .docx in Word and import it again");
        }
        if (!BinarySniffer.isZip(header)) {
            throw new UnreadableSourceException(file, Refusal.NOT_A_WORD_DOCUMENT,
                    "is not a valid Word document (.docx): it is not a ZIP package");
        }
        // POI reports a broken or foreign package with a zoo of runtime exceptions; any of them means "not a .docx".
        OPCPackage opened;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw notWord(file, e);
        }
        try (OPCPackage pkg = opened) {
            requireDocumentPartWithin(file, pkg);
            try (XWPFDocument document = new XWPFDocument(pkg)) {
                List<String> lines = new ArrayList<>();
                addLines(document.getBodyElements(), lines);
                return lines;
            }
        } catch (IOException | RuntimeException e) {
            throw notWord(file, e);
        }
    }

    private static UnreadableSourceException notWord(Path file, Exception e) {
        LOG.debug("POI could not open {}: {}", file, e.toString());
        return new UnreadableSourceException(file, Refusal.NOT_A_WORD_DOCUMENT, "is not a valid Word document (.docx)",
                e);
    }

    /** The size the package states for its main part (its text); a part that states none is not refused. */
    private static void requireDocumentPartWithin(Path file, OPCPackage pkg) throws UnreadableSourceException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        if (part == null) {
            return;
        }
        long size = part.getSize();
        if (size > MAX_DOCUMENT_PART) {
            throw new UnreadableSourceException(file, Refusal.TOO_LARGE, "holds " + SourceBytes.megabytes(size)
                    + " of text markup (" + part.getPartName().getName().substring(1) + "), over the "
                    + SourceBytes.megabytes(MAX_DOCUMENT_PART) + " limit for .docx files",
                    List.of(SourceBytes.megabytes(size), SourceBytes.megabytes(MAX_DOCUMENT_PART)), null);
        }
    }

    private static void addLines(List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                addText(paragraph.getText(), lines);
            } else if (element instanceof XWPFTable table) {
                addTable(table, lines);
            } else if (element instanceof XWPFSDT contentControl) {
                addText(contentControl.getContent().getText(), lines);
            }
        }
    }

    private static void addTable(XWPFTable table, List<String> lines) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                addLines(cell.getBodyElements(), lines);
            }
        }
    }

    private static void addText(String text, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
        } else {
            lines.addAll(TextLines.split(text));
        }
    }
}
