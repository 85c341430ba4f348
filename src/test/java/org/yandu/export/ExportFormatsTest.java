package org.yandu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Each format read back the way its readers read it: Word through POI, HTML through jsoup, YAML through SnakeYAML. */
class ExportFormatsTest extends ExportFixture {

    @Test
    void wordHasHeadingStylesQuotesNotesAndChineseFonts() throws Exception {
        Path file = out.resolve("notes.docx");
        StudyLibrary.export(store, ExportOptions.defaults(ExportFormat.DOCX), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            Map<String, List<String>> byStyle = doc.getParagraphs().stream().collect(Collectors.groupingBy(
                    p -> p.getStyle() == null ? "Normal" : p.getStyle(),
                    Collectors.mapping(XWPFParagraph::getText, Collectors.toList())));
            assertEquals(List.of("研读笔记"), byStyle.get("Title"));
            assertTrue(byStyle.get("Heading1").contains(StudyLibrary.REPORT), byStyle.toString());
            assertTrue(byStyle.get("Heading2").contains(StudyLibrary.OUTER_HEADING), byStyle.toString());
            assertTrue(byStyle.get("Heading3").contains(StudyLibrary.INNER_HEADING), byStyle.toString());
            assertFalse(byStyle.values().stream().flatMap(List::stream).anyMatch(StudyLibrary.EMPTY_HEADING::equals),
                    "a heading without notes beneath it is left out");
            String quoted = byStyle.get("Quote").stream().filter(q -> q.contains(StudyLibrary.RESEARCH_QUOTE))
                    .findFirst()
                    .orElseThrow();
            assertTrue(quoted.length() > StudyLibrary.RESEARCH_QUOTE.length() && quoted.endsWith("。"),
                    "the quote within its sentence: " + quoted);
            assertTrue(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(r -> r.isBold() && r.text().equals(StudyLibrary.RESEARCH_QUOTE)),
                    "the quote itself in bold");
            assertTrue(byStyle.get("Note").contains(StudyLibrary.SCRIPT_NOTE));
            assertTrue(byStyle.get("Note").contains("第一行\n第二行"), byStyle.get("Note").toString());

            assertEquals("Yandu", doc.getProperties().getCoreProperties().getCreator());
            assertEquals("Yandu", doc.getProperties().getExtendedProperties().getApplication());

            XWPFStyle heading = doc.getStyles().getStyle("Heading1");
            assertEquals("heading 1", heading.getName());
            assertEquals(0, heading.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertEquals("黑体", heading.getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("宋体", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0)
                    .getEastAsia());
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertNotNull(run.getFontFamily(XWPFRun.FontCharRange.eastAsia), "run " + run.text());
                }
            }
        }
    }

    @Test
    void htmlKeepsEveryPieceOfUserTextAsText() throws Exception {
        Path file = out.resolve("notes.html");
        StudyLibrary.export(store, ExportOptions.defaults(ExportFormat.HTML), file);
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        assertTrue(doc.select("script").isEmpty(), "the note's script is not an element");
        assertTrue(doc.select(".note-text").eachText().contains(StudyLibrary.SCRIPT_NOTE),
                doc.select(".note-text").toString());
        assertEquals("研读笔记", doc.title());
        assertTrue(doc.select("blockquote mark").eachText().contains(StudyLibrary.RESEARCH_QUOTE));
        assertTrue(doc.select("blockquote").eachText().stream()
                .anyMatch(q -> q.contains(StudyLibrary.RESEARCH_QUOTE) && q.endsWith("。")),
                "marked within its sentence");
        assertTrue(doc.select("h2").eachText().contains(StudyLibrary.OUTER_HEADING));
        assertTrue(doc.select("h3").eachText().contains(StudyLibrary.INNER_HEADING));
        assertTrue(doc.select(".tag").eachText().contains("#群众 路线"));
        assertTrue(doc.select(".orphaned blockquote").eachText().contains(StudyLibrary.ORPHAN_QUOTE));
        assertTrue(doc.select("dl.terms .term").eachText().contains("群众路线"));
        assertTrue(doc.select("style").html().contains("@media print"));
        assertTrue(doc.select(".keywords").text().contains("群众工作"));
    }

    @Test
    void markdownFilesHaveYamlFrontMatterBlockquotesAndTags() throws Exception {
        Path folder = out.resolve("notes");
        ExportResult result = StudyLibrary.export(store, ExportOptions.defaults(ExportFormat.MARKDOWN), folder);
        assertEquals(2, result.files().size());
        String report = Files.readString(folder.resolve(StudyLibrary.REPORT + ".md"));
        Map<String, Object> front = frontMatter(report);
        assertEquals(StudyLibrary.REPORT, front.get("title"));
        List<String> collections = store.speech(StudyLibrary.speech(store, StudyLibrary.REPORT))
                .orElseThrow().collections();
        assertFalse(collections.isEmpty());
        assertEquals(collections, front.get("source"),
                "the collection it was published in, not the files it came from");
        assertFalse(report.contains(".txt"), report);
        assertTrue(((List<?>) front.get("tags")).contains("群众_路线"), front.toString());
        assertTrue(front.get("exported").toString().endsWith("Z"));

        assertTrue(report.contains("**" + StudyLibrary.RESEARCH_QUOTE + "**"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("> ")
                && l.contains("**" + StudyLibrary.RESEARCH_QUOTE + "**")
                && l.endsWith("。")), "in a blockquote, within its sentence: " + report);
        assertTrue(report.contains("\n#群众_路线 #重点\n"), report);
        int outer = report.indexOf("## " + StudyLibrary.OUTER_HEADING);
        int inner = report.indexOf("### " + StudyLibrary.INNER_HEADING);
        assertTrue(outer > 0 && inner > outer, report);
        assertFalse(report.contains(StudyLibrary.EMPTY_HEADING));
        assertTrue(report.contains("- **群众路线** *qún zhòng lù xiàn*"), report);
        assertTrue(report.indexOf(StudyLibrary.ORPHAN_QUOTE) > report.indexOf("## 未能定位的笔记"));

        String guide = Files.readString(folder.resolve(StudyLibrary.GUIDE + ".md"));
        assertEquals("学习贯彻习近平总书记关于党的群众路线重要论述", frontMatter(guide).get("subtitle"));
        assertTrue(guide.contains("**关键词**：群众路线、群众工作"), guide);
    }

    @Test
    void combinedMarkdownIsOneFileWithEverySpeech() throws Exception {
        ExportOptions options = new ExportOptions(ExportFormat.MARKDOWN, false, false, false, true, "en");
        Path file = out.resolve("all.md");
        StudyLibrary.export(store, options, file);
        String md = Files.readString(file);
        assertEquals("Study notes", frontMatter(md).get("title"));
        assertTrue(md.contains("\n# " + StudyLibrary.REPORT + "\n") && md.contains("\n# " + StudyLibrary.GUIDE + "\n"));
        assertFalse(md.contains("Keywords") || md.contains("Words looked up"), "left out as asked");
    }

    @Test
    void withoutSentencesAQuoteIsExportedAlone() throws Exception {
        Path file = out.resolve("bare.md");
        StudyLibrary.export(store, new ExportOptions(ExportFormat.MARKDOWN, true, true, false, true, "zh"), file);
        String md = Files.readString(file);
        assertTrue(md.contains("\n> " + StudyLibrary.RESEARCH_QUOTE + "\n"), md);
        assertFalse(md.contains("**" + StudyLibrary.RESEARCH_QUOTE), md);
    }

    @Test
    void oneSpeechInHtmlShowsItsTitleOnce() throws Exception {
        ExportOptions options = ExportOptions.defaults(ExportFormat.HTML);
        Path file = out.resolve("guide.html");
        ExportScope guide = ExportScope.speeches(List.of(StudyLibrary.speech(store, StudyLibrary.GUIDE)));
        new NotesExport(store, Vocabulary.BARE).export(new ExportRequest(guide, options, file, false),
                ExportProgress.NONE, () -> false);
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals(StudyLibrary.GUIDE, doc.title());
        assertEquals(1, doc.body().getElementsContainingOwnText(StudyLibrary.GUIDE).size(), doc.body().html());
        assertEquals(List.of(StudyLibrary.GUIDE), doc.select("h1").eachText());
    }

    @Test
    void oneSpeechInOneMarkdownFileKeepsItsOwnFrontMatter() throws Exception {
        ExportOptions options = new ExportOptions(ExportFormat.MARKDOWN, true, true, true, true, "zh");
        Path file = out.resolve("guide.md");
        ExportScope guide = ExportScope.speeches(List.of(StudyLibrary.speech(store, StudyLibrary.GUIDE)));
        new NotesExport(store, Vocabulary.BARE).export(new ExportRequest(guide, options, file, false),
                ExportProgress.NONE, () -> false);
        String md = Files.readString(file);
        Map<String, Object> front = frontMatter(md);
        assertEquals(StudyLibrary.GUIDE, front.get("title"));
        assertEquals("学习贯彻习近平总书记关于党的群众路线重要论述", front.get("subtitle"));
        assertTrue(md.contains("\n# " + StudyLibrary.GUIDE + "\n"), md);
    }

    @Test
    void frontMatterValuesSurviveYaml() {
        String awkward = "a: \"b\" \\ c\n#d\t'e' — 《标题》：{x}";
        String yaml = new YamlFrontMatter().put("title", awkward).put("tags", List.of("- x", "y: z")).end();
        Map<String, Object> front = new Yaml().load(yaml.replace("---\n", ""));
        assertEquals(awkward, front.get("title"));
        assertEquals(List.of("- x", "y: z"), front.get("tags"));
    }

    @Test
    void ankiFileHasItsHeadersAndEveryRowItsColumns() throws Exception {
        Path file = out.resolve("words.txt");
        StudyLibrary.export(store, ExportOptions.defaults(ExportFormat.ANKI), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("#separator:tab", lines.get(0));
        assertEquals("#html:true", lines.get(1));
        assertEquals("#columns:词语\t拼音\t释义\t例句\t出处\t标签", lines.get(2));
        assertEquals("#tags column:6", lines.get(3));
        List<String[]> rows = lines.stream().skip(4).map(l -> l.split("\t", -1)).toList();
        assertEquals(3, rows.size(), "群众路线, 血肉联系 and the glossary term met: " + lines);
        rows.forEach(r -> assertEquals(6, r.length, Arrays.toString(r)));
        String[] line = rows.stream().filter(r -> r[0].equals("群众路线")).findFirst().orElseThrow();
        assertEquals("qún zhòng lù xiàn", line[1]);
        assertTrue(line[3].startsWith("<b>群众路线</b>是毛泽东思想"), line[3]);
        assertEquals(StudyLibrary.REPORT, line[4]);
        String[] term = rows.stream().filter(r -> r[0].equals(StudyLibrary.USER_TERM)).findFirst().orElseThrow();
        assertEquals("群众路线教育实践活动的主要内容 （2013年） — serve the people,<br>pragmatic and clean", term[2]);
        assertEquals("yandu 作风_建设", term[5]);
    }

    @Test
    void aFilteredScopeKeepsOnlyItsNotesAndTheSpeechesHoldingThem() {
        ExportScope scope = ExportScope.library(store).filtered(a -> a.tags().contains("重点"));
        List<String> progress = new ArrayList<>();
        StudyNotes notes = new StudyNotesCollector(store, Vocabulary.BARE).collect(scope,
                ExportOptions.defaults(ExportFormat.HTML), (done, total, title) -> progress.add(done + "/" + total),
                () -> false);
        assertEquals(List.of(StudyLibrary.REPORT, StudyLibrary.GUIDE),
                notes.speeches().stream().map(s -> s.speech().title()).toList());
        assertEquals(2, notes.annotationCount());
        int speeches = store.speeches().size();
        assertEquals(speeches + 1, progress.size());
        assertEquals(speeches + "/" + speeches, progress.get(speeches));
    }

    @Test
    void optionsSurviveTheirSettingString() {
        ExportOptions options = new ExportOptions(ExportFormat.ANKI, false, true, true, true, "en");
        assertEquals(options, ExportOptions.parse(options.serialise()));
        assertEquals(ExportOptions.defaults(ExportFormat.MARKDOWN), ExportOptions.parse("format=pdf;colour=blue"));
        assertEquals(ExportOptions.defaults(ExportFormat.MARKDOWN), ExportOptions.parse(null));
    }

    private static Map<String, Object> frontMatter(String markdown) {
        assertTrue(markdown.startsWith("---\n"), markdown);
        String yaml = markdown.substring(4, markdown.indexOf("\n---\n", 4));
        return new Yaml().load(yaml);
    }
}
