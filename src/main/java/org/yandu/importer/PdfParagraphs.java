package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the lines of a PDF's pages into paragraphs, one line each, as a .txt of the same speech has them; the
 * parser then reads titles, headings and hard wraps from those lines as it reads any text.
 *
 * <p>A PDF knows no paragraphs, only lines at places, so the layout decides (docs/decisions/0018). The body text
 * is the size most characters are set in; its left margin is where most of its lines start, its right edge where
 * full lines end. A line continues the paragraph above it unless it is indented, the line above stops short of the
 * right edge, a gap wider than the usual line spacing lies between them, their sizes differ, or the line above
 * ends a sentence and the line opens with an outline number (一、 （二） 3.): a heading set flush left. Across a page
 * break only the indent and the line above count. The largest text of the first page with text (a cover may be a
 * picture), when larger than the body, is the title and comes first, its lines joined: a long title wraps.
 */
final class PdfParagraphs {
    /** Sizes within this factor of each other are the same size (rounding, scaling). */
    static final float SAME_SIZE = 1.1f;
    /** An indent is at least this many characters of the line's size; paragraphs indent two. */
    private static final float INDENT = 0.8f;
    /** A line ending this many characters before the right edge is short (ragged text, a punctuation rule). */
    private static final float SHORT = 1.5f;
    /** A gap between lines this many times the usual spacing separates paragraphs. */
    private static final float GAP = 1.5f;

    private final float bodySize;
    private final float leftMargin;
    private final float rightEdge;
    private final float lineSpacing;

    private PdfParagraphs(List<List<PdfLine>> pages) {
        bodySize = bodySize(pages);
        List<PdfLine> body = pages.stream().flatMap(List::stream).filter(this::isBodySize).toList();
        leftMargin = mostCommon(body.stream().map(PdfLine::left).toList(), Float.MAX_VALUE);
        rightEdge = rightEdge(body);
        lineSpacing = lineSpacing(pages);
    }

    /** The paragraphs of the pages, title first, one line each. */
    static List<String> join(List<List<PdfLine>> pages) {
        PdfParagraphs layout = new PdfParagraphs(pages);
        int first = 0;
        while (first < pages.size() - 1 && pages.get(first).isEmpty()) {
            first++;
        }
        List<PdfLine> title = layout.title(pages.isEmpty() ? List.of() : pages.get(first));
        List<String> paragraphs = new ArrayList<>();
        if (!title.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            title.forEach(line -> append(joined, line.text()));
            paragraphs.add(joined.toString());
        }
        layout.addParagraphs(pages, first, title, paragraphs);
        return paragraphs;
    }

    private void addParagraphs(List<List<PdfLine>> pages, int titlePage, List<PdfLine> title,
            List<String> paragraphs) {
        PdfLine above = null;
        StringBuilder paragraph = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            boolean samePage = false;
            for (PdfLine line : pages.get(p)) {
                if (p == titlePage && title.contains(line)) {
                    continue;
                }
                if (above != null && startsParagraph(above, line, samePage)) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                append(paragraph, line.text());
                above = line;
                samePage = true;
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
    }

    private boolean startsParagraph(PdfLine above, PdfLine line, boolean samePage) {
        boolean indented = line.left() > leftMargin + INDENT * line.size();
        boolean aboveShort = above.right() < rightEdge - SHORT * above.size();
        boolean gap = samePage && lineSpacing > 0 && line.baseline() - above.baseline() > GAP * lineSpacing;
        boolean heading = Text.endsParagraph(above.text()) && Numbering.startsStructure(line.text());
        return indented || aboveShort || gap || heading || !sameSize(above.size(), line.size());
    }

    /** A line added to a paragraph: after a space only between two words of spaced script, never in Chinese. */
    static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() > 0 && !line.isEmpty() && PdfTextLines.isNarrow(paragraph.charAt(paragraph.length() - 1))
                && Character.isLetterOrDigit(line.charAt(0)) && PdfTextLines.isNarrow(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /** The first page's largest lines, when larger than the body: the first run of them, in order. */
    private List<PdfLine> title(List<PdfLine> firstPage) {
        float largest = (float) firstPage.stream().mapToDouble(PdfLine::size).max().orElse(0);
        if (largest <= bodySize * SAME_SIZE) {
            return List.of();
        }
        List<PdfLine> title = new ArrayList<>();
        for (PdfLine line : firstPage) {
            if (sameSize(line.size(), largest)) {
                title.add(line);
            } else if (!title.isEmpty()) {
                break;
            }
        }
        return title;
    }

    /** The size most characters are set in. */
    static float bodySize(List<List<PdfLine>> pages) {
        Map<Float, Integer> characters = new TreeMap<>();
        pages.stream().flatMap(List::stream)
                .forEach(line -> characters.merge(rounded(line.size()), line.text().length(), Integer::sum));
        return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /**
     * Where full lines end: the right end of the longest body lines. Justified text ends them all at one place;
     * ragged text within a character of it, so the lines reaching furthest (the ninth decile) stand for the edge.
     */
    private static float rightEdge(List<PdfLine> body) {
        List<Float> rights = body.stream().map(PdfLine::right).sorted().toList();
        return rights.isEmpty() ? 0 : rights.get(rights.size() * 9 / 10);
    }

    /** The most common distance between successive lines of one page: the body's line spacing. */
    private float lineSpacing(List<List<PdfLine>> pages) {
        List<Float> distances = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float distance = page.get(i).baseline() - page.get(i - 1).baseline();
                if (distance > 0 && isBodySize(page.get(i)) && isBodySize(page.get(i - 1))) {
                    distances.add(distance);
                }
            }
        }
        return mostCommon(distances, 0);
    }

    private static float mostCommon(List<Float> values, float none) {
        // In key order, so that of equally common values the smallest wins, the same on every run.
        Map<Float, Integer> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(rounded(value), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(none);
    }

    private boolean isBodySize(PdfLine line) {
        return sameSize(line.size(), bodySize);
    }

    private static boolean sameSize(float a, float b) {
        return Math.max(a, b) <= Math.min(a, b) * SAME_SIZE;
    }

    /** To half a point: what sets lines apart on a page, without the noise of float arithmetic. */
    private static float rounded(float value) {
        return Math.round(value * 2) / 2f;
    }
}
