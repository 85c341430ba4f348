package org.yandu.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a printed page repeats around its text: running headers and footers, and page numbers.
 *
 * <p>Only the lines at a page's edges are candidates: the {@value #EDGE} topmost and bottommost. A candidate is a
 * running line when the same text, its numbers aside ("第 3 页" and "第 4 页" are one), stands at an edge of at least
 * {@value #RUNNING_SHARE_PERCENT} % of the pages and of two: headers that alternate between odd and even pages,
 * and a first page printed without one, still count. A page number is removed from a page's outermost line even
 * when it repeats nowhere (a document of one or two pages), but only there: a bare number inside the text stays.
 * Running lines are never set larger than the text, so a title repeated as the running header of the pages after
 * the first stays on the first, where it is large; and they are never prose (a sentence, a clause), so the body's
 * first and last lines, numbered alike on many pages ("第3条…，"), stay.
 */
final class PageFurniture {
    private static final int EDGE = 2;
    private static final int RUNNING_SHARE_PERCENT = 40;
    private static final Pattern PAGE_NUMBER = Pattern.compile(String.join("|",
            // — 3 —, - 3 -, －3－, 3
            "[-—–－―~～]*\\s*[0-9０-９]{1,4}\\s*[-—–－―~～]*",
            // 第 3 页, 第3页 共12页, 第3页/共12页
            "第\\s*[0-9０-９]{1,4}\\s*页\\s*[,，/／]?\\s*(?:共\\s*[0-9０-９]{1,4}\\s*页)?",
            "共\\s*[0-9０-９]{1,4}\\s*页\\s*[,，/／]?\\s*第\\s*[0-9０-９]{1,4}\\s*页",
            // 3/12, Page 3, Page 3 of 12
            "[0-9]{1,4}\\s*[/／]\\s*[0-9]{1,4}",
            "(?i:page)\\s*[0-9]{1,4}(?:\\s*(?i:of)\\s*[0-9]{1,4})?"));
    /** Marks inside a sentence; a running header has none (its colon, as in 来源：, is allowed). */
    private static final String PROSE = "，,；;";
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");

    private PageFurniture() {
    }

    /** The pages' lines without running headers, footers and page numbers. */
    static List<List<PdfLine>> remove(List<List<PdfLine>> pages) {
        Set<String> running = runningTexts(pages);
        float bodySize = PdfParagraphs.bodySize(pages);
        List<List<PdfLine>> cleaned = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            Set<PdfLine> edges = new HashSet<>(edges(page));
            List<PdfLine> outermost = outermost(page);
            List<PdfLine> kept = new ArrayList<>();
            for (PdfLine line : page) {
                boolean furniture = edges.contains(line) && running.contains(key(line))
                        && line.size() <= bodySize * PdfParagraphs.SAME_SIZE && !isProse(line.text())
                        || outermost.contains(line) && isPageNumber(line.text());
                if (!furniture) {
                    kept.add(line);
                }
            }
            cleaned.add(kept);
        }
        return cleaned;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(Text.strip(text)).matches();
    }

    private static boolean isProse(String text) {
        return Text.hasSentenceEnd(text) || text.chars().anyMatch(c -> PROSE.indexOf(c) >= 0);
    }

    private static Set<String> runningTexts(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> keys = new HashSet<>();
            edges(page).forEach(line -> keys.add(key(line)));
            keys.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() * RUNNING_SHARE_PERCENT + 99) / 100);
        Set<String> running = new HashSet<>();
        pagesWith.forEach((key, count) -> {
            if (count >= needed) {
                running.add(key);
            }
        });
        return running;
    }

    /** The text a running line keeps from page to page: its numbers and spacing aside. */
    private static String key(PdfLine line) {
        return DIGITS.matcher(line.text()).replaceAll("#").replaceAll("\\s+", "");
    }

    /** The lines nearest the top and the bottom of the page, by position (the content's order may differ). */
    private static List<PdfLine> edges(List<PdfLine> page) {
        List<PdfLine> byHeight = byHeight(page);
        if (byHeight.size() <= 2 * EDGE) {
            return byHeight;
        }
        List<PdfLine> edges = new ArrayList<>(byHeight.subList(0, EDGE));
        edges.addAll(byHeight.subList(byHeight.size() - EDGE, byHeight.size()));
        return edges;
    }

    private static List<PdfLine> outermost(List<PdfLine> page) {
        List<PdfLine> byHeight = byHeight(page);
        return byHeight.isEmpty() ? List.of() : List.of(byHeight.get(0), byHeight.get(byHeight.size() - 1));
    }

    private static List<PdfLine> byHeight(List<PdfLine> page) {
        return page.stream().sorted(Comparator.comparingDouble(PdfLine::baseline)).toList();
    }
}
