package org.yandu.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private DocxParagraphs() {
    }

    /**
     * One line per paragraph, table cells included; empty paragraphs become empty lines, and a line
     * break inside a paragraph starts a new line, as it does in a .txt file.
     */
    static List<String> read(Path file, byte[] bytes) throws UnreadableSourceException {
        if (BinarySniffer.isOle2(bytes)) {
            throw new UnreadableSourceException(file,
                    "is an old Word 97-2003 document (.doc) named .docx; save it as .docx in Word and import it again");
        }
        if (!BinarySniffer.isZip(bytes)) {
            throw new UnreadableSourceException(file, "is not a valid Word document (.docx): it is not a ZIP package");
        }
        // POI reports a broken or foreign package with a zoo of runtime exceptions; any of them means "not a .docx".
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            addLines(document.getBodyElements(), lines);
            return lines;
        } catch (IOException | RuntimeException e) {
            LOG.debug("POI could not open {}: {}", file, e.toString());
            throw new UnreadableSourceException(file, "is not a valid Word document (.docx)", e);
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
