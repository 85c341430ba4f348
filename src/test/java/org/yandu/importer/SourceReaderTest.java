package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yandu.BundledLibrary;

class SourceReaderTest {
    private static final List<String> SPEECH = List.of(
            "在全省群众工作会议上的讲话",
            "——二〇二三年四月六日",
            "",
            "　　同志们：",
            "　　群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证。",
            "  一是要坚持“一切为了群众，一切依靠群众”；二是要改进作风（试行）。",
            "",
            "　　谢谢大家！");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0], "UTF-8"),
                Arguments.of("UTF-8", UTF8_BOM, "UTF-8"),
                Arguments.of("UTF-16LE", UTF16LE_BOM, "UTF-16LE"),
                Arguments.of("UTF-16BE", UTF16BE_BOM, "UTF-16BE"),
                Arguments.of("GB18030", new byte[0], "GB18030"),
                // GBK is a subset of GB18030, so GBK text decodes as GB18030.
                Arguments.of("GBK", new byte[0], "GB18030"));
    }

    @ParameterizedTest(name = "{0} with {1}-byte BOM")
    @MethodSource("encodings")
    void readsTheSameTextInEveryEncoding(String charset, byte[] bom, String expectedEncoding) throws Exception {
        byte[] bytes = concat(bom, (String.join("\n", SPEECH) + "\n").getBytes(Charset.forName(charset)));
        Path file = write("speech.txt", bytes);

        SourceDocument document = reader.read(file);

        assertEquals(SPEECH, document.lines());
        assertEquals(expectedEncoding, document.encoding());
        assertEquals("txt", document.format());
        assertEquals(file, document.path());
        assertEquals(bytes.length, document.size());
        assertEquals(sha256(bytes), document.contentHash());
    }

    @Test
    void readsGb18030FourByteCharacters() throws Exception {
        String text = "𠮷野家的讲话：群众路线";   // 𠮷 is outside GBK, four bytes in GB18030
        Path file = write("speech.txt", text.getBytes(Charset.forName("GB18030")));

        SourceDocument document = reader.read(file);

        assertEquals(List.of(text), document.lines());
        assertEquals("GB18030", document.encoding());
    }

    @Test
    void splitsEveryKindOfLineBreakAndStripsOnlyTrailingWhitespace() throws Exception {
        String text = "标题 \t\r\n　　第一段。　\r  第二段。\u00A0\n\n\t第三段\n";
        Path file = write("speech.txt", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("标题", "　　第一段。", "  第二段。", "", "\t第三段"), reader.read(file).lines());
    }

    @Test
    void recognisesExtensionsWhateverTheirCase() throws Exception {
        byte[] bytes = "讲话".getBytes(StandardCharsets.UTF_8);

        assertEquals("txt", reader.read(write("A.TXT", bytes)).format());
        assertEquals("txt", reader.read(write("b.Text", bytes)).format());
        assertEquals("html", reader.read(write("c.HTM", bytes)).format());
        assertEquals("html", reader.read(write("d.Html", bytes)).format());
    }

    @Test
    void extractsTheArticleFromAPageFullOfDebris() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>在全省群众工作会议上的讲话_要闻_某某网</title>
                <style>.x { color: red }</style><script>var ad = "广告点击这里";</script></head>
                <body>
                <header class="site-header"><h1 class="site">某某网</h1><div>登录 注册</div></header>
                <nav><a href="/">首页</a> <a href="/news">要闻</a></nav>
                <div id="main">
                  <div class="content">
                    <div class="breadcrumb">首页 &gt; 要闻 &gt; 正文</div>
                    <h1>在全省群众工作会议上的讲话</h1>
                    <p>　　同志们：</p>
                    <div style="DISPLAY: none">隐藏的统计文字</div><p hidden>隐藏段落</p>
                    <p>
                      　　今天召开的会议，&nbsp;主要任务是总结经验、部署工作。
                    </p>
                    <p>　　第一，要坚持<strong>群众路线</strong>。<br>　　第二，要改进工作作风。</p>
                    <p>&nbsp;&nbsp;&ldquo;为人民服务&rdquo;是我们的宗旨&mdash;&mdash;永远不变 &amp; 始终如一。</p>
                    <div class="bdsharebuttonbox">分享到：微信 微博</div>
                    <div class="related-news"><p>相关新闻：某地召开群众工作会议</p></div>
                    <div id="commentList"><p>网友评论：说得好，群众路线是生命线</p></div>
                  </div>
                  <div class="sidebar">热门文章：某地开展群众工作经验交流活动纪实</div>
                </div>
                <aside>热门文章排行</aside>
                <form><input name="q"> 站内搜索</form>
                <footer>版权所有 某某网</footer>
                <script>document.write("统计代码")</script>
                </body></html>
                """;
        Path file = write("page.html", html.getBytes(StandardCharsets.UTF_8));

        SourceDocument document = reader.read(file);

        assertEquals(List.of(
                "在全省群众工作会议上的讲话",
                "　　同志们：",
                "　　今天召开的会议， 主要任务是总结经验、部署工作。",
                "　　第一，要坚持群众路线。",
                "　　第二，要改进工作作风。",
                "  “为人民服务”是我们的宗旨——永远不变 & 始终如一。"), document.lines());
        assertEquals("html", document.format());
        assertEquals("UTF-8", document.encoding());
        String all = String.join("\n", document.lines());
        for (String debris : List.of("某某网", "登录", "首页", "分享", "相关新闻", "评论", "热门", "搜索", "版权",
                "广告", "统计", "隐藏", "color")) {
            assertFalse(all.contains(debris), () -> "debris left in the article: " + debris);
        }
    }

    @Test
    void putsThePageTitleFirstWhenTheArticleLacksIt() throws Exception {
        String html = "<html><head><title>关于依靠群众求胜利的讲话 - 求是网</title></head><body>"
                + "<div id=\"zoom\">　　第一段，群众是真正的英雄。<br><br>　　第二段，依靠群众求胜利。<br></div>"
                + "</body></html>";
        Path file = write("page.htm", html.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("关于依靠群众求胜利的讲话", "　　第一段，群众是真正的英雄。", "　　第二段，依靠群众求胜利。"),
                reader.read(file).lines());
    }

    @Test
    void keepsTheArticleHeaderAndLayoutWrappersWhateverTheirClass() throws Exception {
        String html = "<html><head><title>网站首页</title></head><body class=\"has-sidebar\">"
                + "<div id=\"wrapper\" class=\"page-with-nav\"><article>"
                + "<header><h1>依靠群众求胜利</h1><span>2023-04-06</span></header>"
                + "<div class=\"text\"><p>　　第一段，群众是真正的英雄。</p><p>　　第二段，依靠群众求胜利。</p></div>"
                + "</article></div></body></html>";
        Path file = write("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("依靠群众求胜利", "　　第一段，群众是真正的英雄。", "　　第二段，依靠群众求胜利。"),
                reader.read(file).lines());
    }

    @Test
    void choosesTheParagraphsOverAListOfHeadlines() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><div><ul>");
        for (int i = 0; i < 30; i++) {
            html.append("<li><a href=\"/").append(i).append("\">某地召开专题会议深入学习贯彻群众路线重要论述精神</a></li>");
        }
        html.append("</ul></div><div><h2>一、坚持以人民为中心</h2><p>　　人民是历史的创造者。</p>")
                .append("<pre>第一行\n  第二行</pre><blockquote>引文一句。</blockquote></div></body></html>");
        Path file = write("page.html", html.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("一、坚持以人民为中心", "　　人民是历史的创造者。", "第一行", "  第二行", "引文一句。"),
                reader.read(file).lines());
    }

    @Test
    void decodesAGbkPageByItsMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
                + "<title>群众路线</title></head><body><h1>群众路线</h1><p>　　密切联系群众。</p></body></html>";
        Path file = write("page.html", html.getBytes(Charset.forName("GBK")));

        SourceDocument document = reader.read(file);

        assertEquals("GBK", document.encoding());
        assertEquals(List.of("群众路线", "　　密切联系群众。"), document.lines());
    }

    @Test
    void honoursADeclaredCharsetThatGb18030WouldMisread() throws Exception {
        // Every Big5 byte pair is also a valid GB18030 pair, so only the declaration tells them apart.
        String html = "<html><head><meta charset=\"big5\"></head><body><p>堅持黨的群眾路線。</p></body></html>";
        Path file = write("page.html", html.getBytes(Charset.forName("Big5")));

        SourceDocument document = reader.read(file);

        assertEquals("Big5", document.encoding());
        assertEquals(List.of("堅持黨的群眾路線。"), document.lines());
    }

    @Test
    void prefersValidUtf8OverAStaleMetaCharset() throws Exception {
        // These UTF-8 bytes also decode as GBK without a single error, into 缇や紬璺嚎鏄垜浠厷鐨勭敓鍛界嚎.
        String html = "<html><head><meta charset=\"gbk\"></head><body><p>群众路线是我们党的生命线</p></body></html>";
        Path file = write("page.html", html.getBytes(StandardCharsets.UTF_8));

        SourceDocument document = reader.read(file);

        assertEquals("UTF-8", document.encoding());
        assertEquals(List.of("群众路线是我们党的生命线"), document.lines());
    }

    @Test
    void readsWordParagraphsAndTablesInBodyOrder() throws Exception {
        Path file = dir.resolve("speech.docx");
        try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            word.createParagraph().createRun().setText("在座谈会上的讲话");
            word.createParagraph();
            XWPFRun run = word.createParagraph().createRun();
            run.setText("　　第一行，");
            run.addBreak(BreakType.TEXT_WRAPPING);
            run.setText("第二行。");
            XWPFTable table = word.createTable(2, 2);
            table.getRow(0).getCell(0).setText("甲");
            table.getRow(0).getCell(1).setText("乙");
            table.getRow(1).getCell(0).setText("丙");
            table.getRow(1).getCell(1).setText("丁");
            word.createParagraph().createRun().setText("　　谢谢大家！");
            word.write(out);
        }

        SourceDocument document = reader.read(file);

        assertEquals(List.of("在座谈会上的讲话", "", "　　第一行，", "第二行。", "甲", "乙", "丙", "丁", "　　谢谢大家！"),
                document.lines());
        assertEquals("docx", document.format());
        assertEquals("UTF-8", document.encoding());
        assertEquals(sha256(Files.readAllBytes(file)), document.contentHash());
    }

    /** Its text part would be parsed into a tree several times its size; a few kilobytes deflated, so no zip bomb. */
    @Test
    void refusesAWordDocumentWhoseTextPartIsOverItsLimit() throws Exception {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("群众路线");
            document.write(word);
        }
        Path file = dir.resolve("long.docx");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(word.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] paragraph = "<w:p><w:r><w:t>群众路线</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written <= DocxParagraphs.MAX_DOCUMENT_PART; written += paragraph.length) {
                        out.write(paragraph);
                    }
                    part = xml.substring(body).getBytes(StandardCharsets.UTF_8);
                }
                out.write(part);
                out.closeEntry();
            }
        }
        assertTrue(Files.size(file) < SourceBytes.MB, "small on disk");
        assertRefused(file, "of text markup (word/document.xml), over the 25 MB limit for .docx files");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertRefused(write("empty.txt", new byte[0]), "is empty");
    }

    @Test
    void refusesAFileOfOnlyWhitespace() throws Exception {
        assertRefused(write("blank.txt", "  \n　　\r\n\t\n".getBytes(StandardCharsets.UTF_8)), "is empty");
    }

    @Test
    void refusesAPageWithoutArticleText() throws Exception {
        String html = "<html><head><title>首页</title></head><body><nav>首页 要闻</nav><script>x()</script></body></html>";
        assertRefused(write("empty.html", html.getBytes(StandardCharsets.UTF_8)), "no article text");
    }

    @Test
    void refusesAnImageNamedTxt() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused(write("photo.txt", png), "is not a text file");
        assertRefused(write("photo.html", png), "is not a text file");
    }

    @Test
    void refusesAPdfNamedTxtThoughItDecodesAsGb18030() throws Exception {
        byte[] pdf = concat("%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII), concat(
                new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3},
                "\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII)));
        assertRefused(write("speech.txt", pdf), "is not a text file");
    }

    @Test
    void refusesRandomBinary() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        assertRefused(write("random.txt", bytes), "is not a text file");
    }

    @Test
    void refusesTextFullOfControlCharacters() throws Exception {
        String noise = "讲话\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011群众";
        assertRefused(write("noise.txt", noise.getBytes(StandardCharsets.UTF_8)), "is not a text file");
    }

    @Test
    void refusesBytesThatAreTextInNoSupportedEncoding() throws Exception {
        byte[] bytes = concat("群众路线".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0x80, 'a'});
        assertRefused(write("broken.txt", bytes), "is not valid text in UTF-8, UTF-16 or GB18030");
    }

    @Test
    void refusesATextFileNamedDocx() throws Exception {
        assertRefused(write("fake.docx", "群众路线".getBytes(StandardCharsets.UTF_8)), "is not a valid Word document");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("群众路线".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(write("archive.docx", zip.toByteArray()), "is not a valid Word document (.docx)");
        assertRefused(write("archive.txt", zip.toByteArray()), "is not a text file");
    }

    @Test
    void refusesAnOldWordDocumentNamedDocx() throws Exception {
        byte[] ole2 = concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, new byte[504]);
        assertRefused(write("old.docx", ole2), "(.doc)");
    }

    @Test
    void refusesAnUnsupportedFileType() throws Exception {
        assertRefused(write("speech.rtf", "讲话".getBytes(StandardCharsets.UTF_8)),
                "unsupported file type .rtf (Yandu reads .txt, .text, .html, .htm, .docx, .doc, .wps, .odt, .epub, .md,"
                        + " .markdown and .pdf)");
        assertRefused(write("README", "讲话".getBytes(StandardCharsets.UTF_8)), "unsupported file type");
    }

    @Test
    void refusesAMissingFile() {
        assertRefused(dir.resolve("missing.txt"), "does not exist");
    }

    @Test
    void refusesADirectory() throws Exception {
        assertRefused(Files.createDirectory(dir.resolve("folder.txt")), "cannot be read");
    }

    @Test
    void readsTheBundledSpeechesAsUtf8() throws Exception {
        Path speeches = BundledLibrary.speeches();
        List<Path> files;
        try (Stream<Path> listing = Files.list(speeches)) {
            files = listing.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, files.size(), () -> "speeches in " + speeches.toAbsolutePath());

        for (Path file : files) {
            SourceDocument document = reader.read(file);

            assertEquals("UTF-8", document.encoding(), file::toString);
            assertEquals(Files.readAllLines(file, StandardCharsets.UTF_8).size(), document.lines().size(),
                    file::toString);
            assertTrue(document.lines().size() >= 20, file::toString);
            assertTrue(document.lines().stream().noneMatch(line -> line.indexOf('\uFFFD') >= 0), file::toString);
            assertFalse(document.lines().get(0).isBlank(), file::toString);
            assertEquals(sha256(Files.readAllBytes(file)), document.contentHash(), file::toString);
        }
        // file(1) calls this one a DOS executable because of its first bytes; it is plain UTF-8 text.
        assertEquals("首页讲话演讲稿 内容页", reader.read(speeches.resolve("004_4f9b95b1c1759ded.txt")).lines().get(0));
        assertTrue(reader.read(speeches.resolve("000_65599855c2b14f2c.txt")).lines().get(0).startsWith(" 　　群众路线"));
    }

    private void assertRefused(Path file, String reason) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e::getMessage);
        assertTrue(e.getMessage().contains(reason), e::getMessage);
        assertEquals(file, e.path());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
