package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphKind;
import org.yandu.library.Speech;

/** Markdown files read as plain lines: the markup gone, the outline the same as the speech's .txt gives. */
class MarkdownReaderTest {
    private static final String TXT = "003_b8c356e83df67f8b.txt";

    @TempDir
    Path dir;

    @Test
    void markupLeavesOnlyItsText() throws Exception {
        String markdown = """
                ---
                title: 前言
                tags: [学习]
                ---
                # 在座谈会上的讲话

                ## 一、坚持**以人民为中心**

                同志们，这是*强调*的话，也是[链接的文字](https://example.com)和`代码`。
                这一句在源文件里换了行。![现场照片](photo.jpg)
                Latin words
                wrap with a space.

                - 第一项要求。
                - 第二项要求。

                3. 第三点。
                4. 第四点。

                > 引用的一段话。

                ```
                原样的一行
                ```

                | 指标 | 数值 |
                |------|------|
                | 人口 | 一万 |

                <div>网页里的<b>一段</b></div>

                ***
                """;

        SourceDocument document = new SourceReader().read(Files.writeString(dir.resolve("a.md"), markdown));

        assertEquals("md", document.format());
        assertEquals(List.of("在座谈会上的讲话", "一、坚持以人民为中心",
                "同志们，这是强调的话，也是链接的文字和代码。这一句在源文件里换了行。Latin words wrap with a space.",
                "第一项要求。", "第二项要求。", "3. 第三点。", "4. 第四点。", "引用的一段话。", "原样的一行",
                "指标", "数值", "人口", "一万", "网页里的一段"),
                document.lines().stream().filter(line -> !line.isEmpty()).toList());
    }

    @Test
    void theMarkdownFileExtensionAndGbkAreRead() throws Exception {
        Path file = Files.write(dir.resolve("b.MARKDOWN"), "# 题目\n\n正文。\n".getBytes(Charset.forName("GBK")));

        SourceDocument document = new SourceReader().read(file);

        assertEquals("GB18030", document.encoding());
        assertEquals(List.of("题目", "", "正文。", ""), document.lines());
    }

    @Test
    void theSpeechInMarkdownReadsLikeItsTextFileAndIsRecognisedAsTheSame() throws Exception {
        Path txt = BundledLibrary.speeches().resolve(TXT);
        Path md = Files.writeString(dir.resolve("讲话.md"), markdownOf(Files.readAllLines(txt)), StandardCharsets.UTF_8);
        try (LibraryStore fromText = LibraryStore.open(dir.resolve("txt.db"));
             LibraryStore fromMarkdown = LibraryStore.open(dir.resolve("md.db"))) {
            new Importer(fromText).importPaths(List.of(txt), ImportProgress.NONE);
            ImportReport imported = new Importer(fromMarkdown).importPaths(List.of(md), ImportProgress.NONE);
            assertEquals(List.of(), imported.failures());
            Speech a = fromText.speeches().get(0);
            Speech b = fromMarkdown.speeches().get(0);

            assertEquals(a.title(), b.title());
            assertEquals(a.subtitle(), b.subtitle());
            assertEquals(a.author(), b.author());
            double agreement = TextAgreement.inOrder(text(fromText, a), text(fromMarkdown, b));
            assertTrue(agreement >= 0.98, "characters in the same order: " + agreement);
            assertEquals(a.paragraphCount(), b.paragraphCount(), a.paragraphCount() / 10.0);
            assertEquals(headings(fromText, a), headings(fromMarkdown, b));
            assertEquals(0, new Importer(fromText).importPaths(List.of(md), ImportProgress.NONE).added(),
                    "the Markdown copy adds a source to the speech, not a second speech");
        }
    }

    /**
     * The speech as someone would write it in Markdown: the title a level-1 heading, the 一、 headings level 2, the
     * numbered theses an ordered list, some words in bold, a picture, the byline in italics.
     */
    private static String markdownOf(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        List<String> text = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        blocks.add("# " + text.get(0));
        blocks.add(text.get(1));
        blocks.add("*" + text.get(2) + "*");
        blocks.add("![](cover.jpg)");
        for (String line : text.subList(3, text.size())) {
            if (line.matches("^[一二三四五六七八九十]、.*")) {
                blocks.add("## " + line);
            } else if (line.matches("^\\d\\. .*")) {
                blocks.add(line);
            } else {
                blocks.add(line.length() > 20 ? "**" + line.substring(0, 10) + "**" + line.substring(10) : line);
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static String text(LibraryStore store, Speech speech) {
        return store.paragraphs(speech.id()).stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    private static List<String> headings(LibraryStore store, Speech speech) {
        return store.paragraphs(speech.id()).stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .map(p -> p.headingLevel() + " " + p.text()).toList();
    }
}
