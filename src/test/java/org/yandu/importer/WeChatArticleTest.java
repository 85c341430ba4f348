package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphKind;
import org.yandu.library.Speech;

/**
 * A WeChat article saved from the browser, through the whole import into a real library. The page
 * (wechat-article.html) was written for this test after the structure of saved 公众号 pages: the article is the
 * bundled speech 003's text in WeChat's section/p/span markup with pictures, its #publish_time empty and the time in
 * the script's {@code var ct}, its body opening with a follow prompt and ending with a QR prompt, END, credits and
 * 往期推荐, the reading counts and comments around it.
 */
class WeChatArticleTest {
    private static final String TXT = "003_b8c356e83df67f8b.txt";
    private static final List<String> DEBRIS = List.of("点击上方蓝字", "长按识别", "END", "来源", "编辑", "审核",
            "校对", "排版", "图片来源", "往期推荐", "以优良作风凝聚党心民心", "阅读", "10万+", "在看", "点赞",
            "精选留言", "写得好", "扫一扫");

    @TempDir
    Path dir;
    @RegisterExtension
    final ImporterLibrary library = new ImporterLibrary();

    @Test
    void theAccountIsTheAuthorAndTheScriptsTimestampTheDateInChina() throws Exception {
        Speech speech = importOnly(page());

        assertEquals("新形势下党的群众工作的根本指南", speech.title());
        assertEquals("学习贯彻习近平总书记关于党的群众路线重要论述", speech.subtitle());
        assertEquals("党建学习参考", speech.author());
        // var ct = 1389310200 is 2014-01-09 23:30 UTC, the morning of the 10th in Beijing.
        assertEquals("2014-01-10", speech.date());
    }

    @Test
    void theArticleReadsLikeItsTextFileWithoutTheAccountsFurniture() throws Exception {
        Speech fromPage = importOnly(page());
        String pageText = text(fromPage);
        for (String debris : DEBRIS) {
            assertFalse(pageText.contains(debris), () -> "debris left: " + debris);
        }
        try (LibraryStore other = LibraryStore.open(dir.resolve("txt.db"))) {
            new Importer(other).importPaths(List.of(BundledLibrary.speeches().resolve(TXT)), ImportProgress.NONE);
            Speech fromText = other.speeches().get(0);
            assertEquals(fromText.title(), fromPage.title());
            String textText = other.paragraphs(fromText.id()).stream().map(Paragraph::text)
                    .collect(Collectors.joining("\n"));
            double agreement = TextAgreement.inOrder(textText, pageText);
            assertTrue(agreement >= 0.98, "characters in the same order: " + agreement);
            assertEquals(fromText.paragraphCount(), fromPage.paragraphCount(), fromText.paragraphCount() / 10.0);
            assertEquals(headings(other, fromText), headings(library.store(), fromPage));
        }
    }

    @Test
    void theSameSpeechFromItsTextFileIsRecognisedNotStoredTwice() throws Exception {
        library.importer().importPaths(List.of(BundledLibrary.speeches().resolve(TXT)), ImportProgress.NONE);

        ImportReport report = library.importer().importPaths(List.of(page()), ImportProgress.NONE);

        assertEquals(0, report.added());
        assertEquals(1, report.alreadyPresent());
        assertEquals(List.of(TXT, "wechat-article.html"), only(library.store().speeches()).sourceFiles());
    }

    @Test
    void anArticleWithNoPublishTimeAndNoScriptHasNoDateAndOgTitleNamesIt() throws Exception {
        String html = "<html><head><meta property=\"og:title\" content=\"在座谈会上的讲话\">"
                + "<meta property=\"og:url\" content=\"https://mp.weixin.qq.com/s/abc\"></head><body>"
                + "<div class=\"rich_media_content\" id=\"js_content\"><p>同志们：</p><p>今天我们在这里座谈。</p>"
                + "<p>阅读 3.2万</p></div></body></html>";
        Path file = Files.writeString(dir.resolve("讲话.html"), html, StandardCharsets.UTF_8);

        Speech speech = importOnly(file);

        assertEquals("在座谈会上的讲话", speech.title());
        assertNull(speech.date());
        assertNull(speech.author());
        assertEquals("同志们：\n今天我们在这里座谈。", text(speech).substring(text(speech).indexOf('\n') + 1));
    }

    @Test
    void aPublishTimeThePageShowsIsTakenBeforeTheScripts() throws Exception {
        String html = "<html><body><div class=\"rich_media_area_primary\"><h1 id=\"activity-name\">题目</h1>"
                + "<a id=\"js_name\">求是网</a><em id=\"publish_time\">2023年8月19日 07:30</em>"
                + "<div id=\"js_content\"><p>第一段。</p><p>第二段。</p></div></div>"
                + "<script>var ct = \"1389310200\";</script></body></html>";

        SourceDocument document = new SourceReader().read(Files.writeString(dir.resolve("a.html"), html));

        assertEquals(new SourceMetadata("求是网", "2023-08-19"), document.metadata());
        assertEquals(List.of("题目", "第一段。", "第二段。"), document.lines());
    }

    @Test
    void aWeChatPageWhoseLayoutMarksNoBodyIsReadAsAnyPageKeepingItsAccount() throws Exception {
        String html = "<html><head><meta property=\"og:url\" content=\"http://mp.weixin.qq.com/s/xyz\"></head><body>"
                + "<a id=\"js_name\">求是网</a><article><h1>题目</h1><p>第一段。</p><p>第二段。</p></article></body></html>";

        SourceDocument document = new SourceReader().read(Files.writeString(dir.resolve("c.html"), html));

        assertEquals(List.of("题目", "第一段。", "第二段。"), document.lines());
        assertEquals("求是网", document.metadata().author());
    }

    @Test
    void otherPagesStateNothingBeyondTheirLines() throws Exception {
        String html = "<html><head><title>讲话</title></head><body><article><p>第一段。</p></article></body></html>";

        SourceDocument document = new SourceReader().read(Files.writeString(dir.resolve("b.html"), html));

        assertEquals(SourceMetadata.NONE, document.metadata());
    }

    @Test
    void theDebrisRulesKeepRealSentencesThatMentionTheSameWords() {
        List<String> kept = List.of("要把群众满意作为来源于实践的标准。", "阅读经典，是干部的必修课。",
                "各级党组织要关注我们身边的困难群众！", "编辑出版工作要坚持正确导向。");
        for (String line : kept) {
            assertFalse(DebrisFilter.isDebris(line), line);
        }
        List<String> debris = List.of("来源丨人民日报 编辑丨张三", "本期编辑：李四", "图片来源：网络", "— END —", "THE END",
                "阅读 10万+ 在看 2345", "写留言", "长按识别二维码关注我们！", "点击上方蓝字 关注我们", "设为星标，不错过每一篇推送！");
        for (String line : debris) {
            assertTrue(DebrisFilter.isDebris(line), line);
        }
        assertEquals(List.of("正文。"), DebrisFilter.clean(List.of("正文。", "- 往期推荐 -", "别的文章标题", "又一篇")));
    }

    private Path page() throws IOException {
        Path file = dir.resolve("wechat-article.html");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("wechat-article.html"))) {
            Files.copy(in, file);
        }
        return file;
    }

    private Speech importOnly(Path file) {
        ImportReport report = library.importer().importPaths(List.of(file), ImportProgress.NONE);
        assertEquals(List.of(), report.failures());
        return only(library.store().speeches());
    }

    private String text(Speech speech) {
        return library.store().paragraphs(speech.id()).stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    private static List<String> headings(LibraryStore from, Speech speech) {
        return from.paragraphs(speech.id()).stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .map(p -> p.headingLevel() + " " + p.text()).toList();
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items::toString);
        return items.get(0);
    }
}
