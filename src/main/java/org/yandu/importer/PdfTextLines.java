package org.yandu.importer;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * PDFBox's text extraction, kept as lines with their place on the page instead of one string: the lines'
 * positions and sizes are what {@link PdfParagraphs} and {@link PageFurniture} work from. PDFBox orders the
 * characters into lines and words; this keeps a word gap as a space only between two Latin letters or digits, since
 * justified Chinese text spreads its characters and PDFBox would read the spread as spaces.
 */
final class PdfTextLines extends PDFTextStripper {
    /** Told after each page, so a long document shows how far it got. */
    interface PageDone {
        void page(int page, int pages);
    }

    private final PageDone pageDone;
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private boolean wordGap;

    private PdfTextLines(PageDone pageDone) {
        this.pageDone = pageDone;
    }

    /** The lines of pages {@code first} to {@code last} (from 1), in reading order; a page without text is empty. */
    static List<List<PdfLine>> read(PDDocument document, int first, int last, PageDone pageDone) throws IOException {
        PdfTextLines lines = new PdfTextLines(pageDone);
        lines.setStartPage(first);
        lines.setEndPage(last);
        lines.writeText(document, Writer.nullWriter());
        return lines.pages;
    }

    @Override
    protected void startPage(PDPage started) {
        page = new ArrayList<>();
    }

    @Override
    protected void writeString(String string, List<TextPosition> textPositions) {
        if (wordGap && !string.isEmpty() && text.length() > 0
                && isNarrow(text.charAt(text.length() - 1)) && isNarrow(string.charAt(0))) {
            text.append(' ');
        }
        wordGap = false;
        text.append(string);
        positions.addAll(textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        wordGap = true;
    }

    @Override
    protected void writeLineSeparator() {
        PdfLine line = line(text.toString(), positions);
        if (line != null) {
            page.add(line);
        }
        text.setLength(0);
        positions.clear();
        wordGap = false;
    }

    /** A page's articles (its columns or threads, when it has them) never share a line. */
    @Override
    protected void endArticle() {
        writeLineSeparator();
    }

    @Override
    protected void endPage(PDPage ended) {
        writeLineSeparator();
        pages.add(page);
        pageDone.page(getCurrentPageNo(), document.getNumberOfPages());
    }

    private static @Nullable PdfLine line(String text, List<TextPosition> positions) {
        float left = Float.MAX_VALUE;
        float right = 0;
        float baseline = 0;
        float size = 0;
        for (TextPosition p : positions) {
            if (p.getUnicode().isBlank()) {
                continue;
            }
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            baseline = Math.max(baseline, p.getYDirAdj());
            size = Math.max(size, Math.abs(p.getYScale()));
        }
        if (Text.isBlank(text) || size == 0) {
            return null;
        }
        return new PdfLine(Text.strip(text), left, right, baseline, size);
    }

    /** A character that sits in a word of spaced script (Latin, digits), not in Chinese text or its punctuation. */
    static boolean isNarrow(char c) {
        return c < 0x2000 && !Character.isWhitespace(c);
    }
}
