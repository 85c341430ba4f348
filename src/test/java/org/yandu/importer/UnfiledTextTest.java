package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;

/** Pasted, dropped and piped-in text through the import into a real library. */
class UnfiledTextTest {
    private static final String NAME = "剪贴板 2026-12-06 15.30";
    /** A passage selected in a browser showing a WeChat article: the body's markup, its tail, no page around it. */
    private static final String COPIED_HTML = "<meta charset='utf-8'><section><p><span>点击上方蓝字关注我们</span></p>"
            + "<h1>关于依靠群众求胜利的几点思考</h1>"
            + "<p><span>群众路线是我们党的生命线和根本工作路线。</span></p>"
            + "<p><span>只有把群众放在心中最高位置，</span><strong>才能赢得群众的信任和支持。</strong></p>"
            + "<p><img src=\"https://mmbiz.qpic.cn/a.jpg\"></p>"
            + "<p>- END -</p><p>来源：学习时报 编辑：王明 审核：李华</p><p>往期推荐</p><p><a href=\"#\">另一篇文章</a></p>"
            + "</section>";
    private static final String PLAIN = """
            关于依靠群众求胜利的几点思考

            群众路线是我们党的生命线和根本工作路线。
            只有把群众放在心中最高位置，才能赢得群众的信任和支持。
            """;

    @RegisterExtension
    final ImporterLibrary library = new ImporterLibrary();

    @Test
    void copiedHtmlIsReadAsAPageItsDebrisGoneAndStoredUnderItsName() throws Exception {
        PastedSource pasted = library.importer().read(
                new UnfiledText(NAME, UnfiledText.CLIPBOARD, COPIED_HTML, "ignored"));
        assertEquals("关于依靠群众求胜利的几点思考", pasted.parsed().speeches().get(0).title());
        assertTrue(library.store().speeches().isEmpty(), "nothing is stored before the reader says so");

        ImportReport report = library.importer().importPasted(pasted);

        assertEquals(1, report.added());
        Speech speech = library.store().speeches().get(0);
        assertEquals(List.of(NAME), speech.sourceFiles());
        assertEquals("关于依靠群众求胜利的几点思考\n群众路线是我们党的生命线和根本工作路线。\n"
                + "只有把群众放在心中最高位置，才能赢得群众的信任和支持。", text(speech));
    }

    @Test
    void theSameTextPastedTwiceIsAlreadyThereAndItsPlainCopyIsTheSameSpeech() throws Exception {
        Importer importer = library.importer();
        importer.importPasted(importer.read(new UnfiledText(NAME, UnfiledText.CLIPBOARD, COPIED_HTML, null)));

        ImportReport again = library.importer().importPasted(library.importer().read(
                new UnfiledText("剪贴板 2026-12-06 15.31", UnfiledText.CLIPBOARD, COPIED_HTML, null)));
        ImportReport plain = library.importer().importPasted(library.importer().read(
                new UnfiledText("剪贴板 2026-12-06 15.32", UnfiledText.CLIPBOARD, null, PLAIN)));

        assertEquals(FileOutcome.Status.UNCHANGED, again.files().get(0).status());
        assertEquals(0, plain.added());
        assertEquals(1, plain.alreadyPresent());
        assertEquals(1, library.store().speeches().size());
    }

    @Test
    void nothingToReadIsRefusedAsEmptyUnderItsName() {
        for (UnfiledText nothing : List.of(new UnfiledText(NAME, UnfiledText.CLIPBOARD, null, "  \n "),
                new UnfiledText(NAME, UnfiledText.CLIPBOARD, "<img src=\"photo.png\">", null),
                new UnfiledText(NAME, UnfiledText.CLIPBOARD, null, null))) {
            UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                    () -> library.importer().read(nothing));
            assertEquals(Refusal.EMPTY, e.refusal());
            assertEquals(NAME + ": is empty", e.getMessage());
        }
    }

    @Test
    void aCopiedPictureWithItsCaptionAsPlainTextReadsTheText() throws Exception {
        PastedSource pasted = library.importer().read(
                new UnfiledText(NAME, UnfiledText.CLIPBOARD, "<img src=\"a.png\">", PLAIN));

        assertEquals("关于依靠群众求胜利的几点思考", pasted.parsed().speeches().get(0).title());
    }

    @Test
    void standardInputIsSniffedAsHtmlOrTextAndDecodedAsFilesAre() throws Exception {
        UnfiledText page = UnfiledText.read("stdin", UnfiledText.STDIN, stream(("<!-- saved -->\n<!DOCTYPE html>"
                + "<html><head><meta charset=\"gbk\"></head><body><p>群众路线。</p></body></html>")
                .getBytes(Charset.forName("GBK"))));
        UnfiledText text = UnfiledText.read("stdin", UnfiledText.STDIN, stream(PLAIN.getBytes(Charset.forName("GBK"))));

        assertTrue(page.html() != null && page.html().contains("群众路线"));
        assertNull(page.text());
        assertEquals(PLAIN, text.text());
        assertNull(text.html());
        assertFalse(UnfiledText.read("stdin", UnfiledText.STDIN,
                stream("<<是>>一个书名号的误写。".getBytes(StandardCharsets.UTF_8))).text() == null);
    }

    @Test
    void emptyOrBinaryStandardInputIsRefused() {
        UnreadableSourceException empty = assertThrows(UnreadableSourceException.class,
                () -> UnfiledText.read("stdin", UnfiledText.STDIN, stream(new byte[0])));
        UnreadableSourceException binary = assertThrows(UnreadableSourceException.class,
                () -> UnfiledText.read("stdin", UnfiledText.STDIN, stream(new byte[] {0, 1, 2, 3, 0, 0, 5, 6})));

        assertEquals("stdin: is empty", empty.getMessage());
        assertEquals(Refusal.NOT_TEXT, binary.refusal());
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private String text(Speech speech) {
        return library.store().paragraphs(speech.id()).stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }
}
