package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines placed as PDFs place them, into paragraphs ({@link PdfParagraphs}) and without page furniture
 * ({@link PageFurniture}): the layouts real documents use beside the one {@code SpeechPdf} writes.
 */
class PdfLayoutTest {
    private static final float LEFT = 72;
    private static final float RIGHT = 520;
    private static final float SIZE = 16;
    private static final float PITCH = 28;

    /** A page being set: lines one pitch apart from the top. */
    private static final class Page {
        final List<PdfLine> lines = new ArrayList<>();
        float baseline = 100;

        Page full(String text) {
            return line(text, LEFT, RIGHT, SIZE);
        }

        Page indented(String text, float right) {
            return line(text, LEFT + 2 * SIZE, right, SIZE);
        }

        Page last(String text) {
            return line(text, LEFT, LEFT + 200, SIZE);
        }

        Page gap() {
            baseline += PITCH;
            return this;
        }

        Page line(String text, float left, float right, float size) {
            lines.add(new PdfLine(text, left, right, baseline, size));
            baseline += PITCH;
            return this;
        }
    }

    @Test
    void anIndentedLineOrOneAfterAShortLineStartsAParagraph() {
        Page page = new Page().indented("群众路线是我们党的生命线，", RIGHT).full("密切联系群众是根本保证，")
                .last("必须强化群众观念。").full("树立正确的感情观，").last("真心实意热爱群众。")
                .indented("一、总体要求", LEFT + 150).indented("坚持以人民为中心。", LEFT + 180);
        assertEquals(List.of("群众路线是我们党的生命线，密切联系群众是根本保证，必须强化群众观念。",
                "树立正确的感情观，真心实意热爱群众。", "一、总体要求", "坚持以人民为中心。"),
                PdfParagraphs.join(List.of(page.lines)));
    }

    @Test
    void withoutIndentsAGapSeparatesParagraphs() {
        Page page = new Page().full("第一段的第一行，").full("第一段的第二行，").full("第一段的末行到了右边。")
                .gap().full("第二段的第一行，").last("第二段完。");
        assertEquals(List.of("第一段的第一行，第一段的第二行，第一段的末行到了右边。", "第二段的第一行，第二段完。"),
                PdfParagraphs.join(List.of(page.lines)));
    }

    @Test
    void aNumberedLineSetFlushLeftAfterAFullLineEndingASentenceIsAHeading() {
        Page page = new Page().indented("第一部分的最后一段正好写满了一整行。", RIGHT).full("最后一行也写满了整行。")
                .full("二、第二部分").indented("第二部分的正文，", RIGHT).full("增长了").last("1.5倍。");
        assertEquals(List.of("第一部分的最后一段正好写满了一整行。最后一行也写满了整行。", "二、第二部分",
                "第二部分的正文，增长了1.5倍。"), PdfParagraphs.join(List.of(page.lines)));
    }

    @Test
    void aParagraphGoesOnOverThePageBreakUnlessTheNextPageIndents() {
        Page first = new Page().indented("跨页的段落在页末", RIGHT).full("还没有说完，");
        Page second = new Page().full("下一页接着说完。").indented("新的一段。", LEFT + 100);
        assertEquals(List.of("跨页的段落在页末还没有说完，下一页接着说完。", "新的一段。"),
                PdfParagraphs.join(List.of(first.lines, second.lines)));
    }

    @Test
    void lineEndsJoinWithoutSpacesInChineseAndWithOneBetweenWords() {
        Page page = new Page().indented("推动高质量发展，促进", RIGHT).full("Belt and Road")
                .last("Initiative 合作。");
        assertEquals(List.of("推动高质量发展，促进Belt and Road Initiative 合作。"),
                PdfParagraphs.join(List.of(page.lines)));
    }

    @Test
    void theFirstPagesLargestTextIsTheTitleEvenWhenNotFirst() {
        Page page = new Page().line("中发〔2023〕1号", LEFT + 150, LEFT + 300, SIZE)
                .line("关于进一步密切党同人民群众", LEFT + 40, RIGHT - 40, 22).line("血肉联系的意见", LEFT + 120, LEFT + 300, 22)
                .line("——学习参考", LEFT + 150, LEFT + 300, SIZE).indented("正文第一段。", LEFT + 200);
        List<String> paragraphs = PdfParagraphs.join(List.of(page.lines));
        assertEquals("关于进一步密切党同人民群众血肉联系的意见", paragraphs.get(0));
        assertTrue(paragraphs.contains("中发〔2023〕1号"), "the line above the title is kept: " + paragraphs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"— 3 —", "- 3 -", "－3－", "3", "第 3 页", "第3页 共12页", "第3页/共12页", "3/12",
        "Page 3 of 12"})
    void pageNumbersAreRemovedAtThePagesEdge(String number) {
        Page page = new Page().indented("正文。", LEFT + 100).full("正文接着写，").last("写完。").line(number, 280, 300, 14);
        List<List<PdfLine>> cleaned = PageFurniture.remove(List.of(page.lines));
        assertEquals(3, cleaned.get(0).size(), number);
        assertTrue(PageFurniture.isPageNumber(number));
    }

    @Test
    void aNumberInsideThePageIsText() {
        Page page = new Page().indented("下面的数字是表格中的一格：", LEFT + 300).line("2023", LEFT, LEFT + 40, SIZE)
                .last("这是页面的最后一行。");
        assertEquals(3, PageFurniture.remove(List.of(page.lines)).get(0).size());
    }

    @Test
    void aLineAtTheTopOfMostPagesIsARunningHeaderButTheLargerTitleStays() {
        List<List<PdfLine>> pages = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            Page page = new Page();
            if (n == 1) {
                page.line("群众路线学习读本", LEFT + 100, LEFT + 300, 22);
            } else if (n != 4) {
                page.line("群众路线学习读本", LEFT + 150, LEFT + 250, 10.5f);
            }
            page.indented("第" + n + "页的正文，说的内容各不相同，", RIGHT).full("一行写满，").last("第" + n + "页完。")
                    .line("第 " + n + " 页", 280, 320, 10.5f);
            pages.add(page.lines);
        }
        List<List<PdfLine>> cleaned = PageFurniture.remove(pages);
        assertEquals("群众路线学习读本", cleaned.get(0).get(0).text(), "the title, set large, stays");
        for (List<PdfLine> page : cleaned.subList(1, 5)) {
            assertEquals(3, page.size(), page.toString());
            assertFalse(page.stream().anyMatch(line -> line.text().contains("读本") || line.text().contains(" 页")));
        }
    }
}
