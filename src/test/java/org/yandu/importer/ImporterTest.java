package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yandu.BundledLibrary;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;
import org.yandu.library.SpeechFingerprint;

/** The real bundled files through the whole import path into a real SQLite library. */
class ImporterTest {
    private static final Path SPEECHES = BundledLibrary.speeches();
    private static final Pattern DEBRIS = Pattern.compile(
            "首页讲话演讲稿|内容页|上一篇|下一篇|猜你喜欢|^\\d{4}-\\d{2}-\\d{2}演讲稿$|发言稿 篇\\d+$");

    @TempDir
    Path dir;
    @RegisterExtension
    final ImporterLibrary library = new ImporterLibrary();

    private Map<String, List<Speech>> speechesBySource() {
        Map<String, List<Speech>> bySource = new TreeMap<>();
        for (Speech s : library.store().speeches()) {
            s.sourceFiles().forEach(f -> bySource.computeIfAbsent(f, k -> new ArrayList<>()).add(s));
        }
        return bySource;
    }

    @Test
    void theFiveBundledFilesBecomeTheLibrary() {
        ImportReport report = library.importer().importPaths(List.of(SPEECHES), ImportProgress.NONE);
        assertEquals(5, report.files().size());
        assertEquals(List.of(), report.failures());
        Map<String, List<Speech>> bySource = speechesBySource();
        assertEquals("植根人民溯党源 心系群众谋发展", only(bySource.get("001_6c73ef4be9669b1e.txt")).title());
        assertEquals("如何在工作和训练中坚持党的群众路线", only(bySource.get("002_b68128a73f8f74db.txt")).title());
        assertEquals("新形势下党的群众工作的根本指南", only(bySource.get("003_b8c356e83df67f8b.txt")).title());
        SpeechCollection of004 = library.store().collections().stream()
                .filter(c -> c.sourceFile().equals("004_4f9b95b1c1759ded.txt")).findFirst().orElseThrow();
        assertEquals(26, of004.speechIds().size());
        assertEquals(25, new HashSet<>(of004.speechIds()).size(), "篇14 and 篇23 print the same essay: stored once");
        assertEquals(of004.speechIds().get(13), of004.speechIds().get(22));
    }

    @Test
    void essaysInBoth000And004AreStoredOnceWithBothSources() {
        library.importer().importPaths(List.of(SPEECHES), ImportProgress.NONE);
        List<Speech> shared = library.store().speeches().stream()
                .filter(s -> s.sourceFiles()
                        .containsAll(List.of("000_65599855c2b14f2c.txt", "004_4f9b95b1c1759ded.txt")))
                .toList();
        assertTrue(shared.size() >= 20, "most essays of 004 are also in 000, found " + shared.size());
        List<Speech> all = library.store().speeches();
        Map<Long, SpeechFingerprint> prints = all.stream()
                .collect(Collectors.toMap(Speech::id, s -> fingerprint(s.id())));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(prints.get(all.get(i).id()).sameSpeechAs(prints.get(all.get(j).id())),
                        "stored twice: " + all.get(i).title() + " / " + all.get(j).title());
            }
        }
    }

    @Test
    void noSpeechHoldsPageDebrisOrIndentation() {
        library.importer().importPaths(List.of(SPEECHES), ImportProgress.NONE);
        for (Speech s : library.store().speeches()) {
            assertFalse(DEBRIS.matcher(s.title()).find(), "debris title " + s.title());
            assertFalse(s.title().isBlank() || s.title().matches("(?i).*untitled.*|\\d+"), s.title());
            for (Paragraph p : library.store().paragraphs(s.id())) {
                assertFalse(DEBRIS.matcher(p.text()).find(), s.title() + ": debris " + p.text());
                assertFalse(p.text().isBlank(), s.title() + ": empty paragraph");
                assertFalse(Character.isWhitespace(p.text().charAt(0)) || p.text().charAt(0) == '\u3000', p.text());
            }
        }
    }

    @Test
    void onlyTheFirstImportIsIntoAnEmptyLibrary() {
        ImportReport first = library.importer().importBundled(ImportProgress.NONE);
        assertTrue(first.intoEmptyLibrary());
        assertEquals(library.store().speeches().size(), first.added());
        assertTrue(first.alreadyPresent() > 0, "000 and 004 share essays");
        assertFalse(library.importer().importPaths(List.of(SPEECHES), ImportProgress.NONE).intoEmptyLibrary());
    }

    @Test
    void importingAgainChangesNothing() {
        library.importer().importPaths(List.of(SPEECHES), ImportProgress.NONE);
        List<Speech> before = library.store().speeches();
        ImportReport again = library.importer().importPaths(List.of(SPEECHES), ImportProgress.NONE);
        assertTrue(again.files().stream().allMatch(f -> f.status() == FileOutcome.Status.UNCHANGED));
        ImportReport bundled = library.importer().importBundled(ImportProgress.NONE);
        assertEquals(5, bundled.files().size());
        assertTrue(bundled.files().stream().allMatch(f -> f.status() == FileOutcome.Status.UNCHANGED),
                bundled.toString());
        assertEquals(before, library.store().speeches());
        assertEquals(2, library.store().collections().size(), "only 000 and 004 are collections");
    }

    @Test
    void aBadFileIsRefusedByNameAndTheOthersGoOn() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("incoming"));
        Files.copy(SPEECHES.resolve("002_b68128a73f8f74db.txt"), folder.resolve("a_good.txt"));
        Files.write(folder.resolve("b_empty.txt"), new byte[0]);
        Files.write(folder.resolve("c_picture.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(folder.resolve("d_debris.txt"), "首页讲话演讲稿 内容页\n\n猜你喜欢\n", StandardCharsets.UTF_8);
        ImportReport report = library.importer().importPaths(List.of(folder), ImportProgress.NONE);
        Map<String, FileOutcome> byName = report.files().stream()
                .collect(Collectors.toMap(f -> f.path().getFileName().toString(), Function.identity()));
        assertEquals(FileOutcome.Status.IMPORTED, byName.get("a_good.txt").status());
        for (String bad : List.of("b_empty.txt", "c_picture.txt", "d_debris.txt")) {
            assertEquals(FileOutcome.Status.FAILED, byName.get(bad).status(), bad);
            assertTrue(byName.get(bad).error().contains(bad), byName.get(bad).error());
        }
        assertEquals(List.of("如何在工作和训练中坚持党的群众路线"), library.store().speeches().stream().map(Speech::title).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "GB18030", "GBK", "UTF-8-BOM"})
    void theSameSpeechInAnotherEncodingIsRecognisedAsTheSameSpeech(String encoding) throws Exception {
        Path utf8 = SPEECHES.resolve("003_b8c356e83df67f8b.txt");
        String text = Files.readString(utf8);
        boolean bom = !encoding.startsWith("GB");
        String charset = encoding.replace("-BOM", "");
        Path copy = dir.resolve("copy.txt");
        Files.write(copy, ((bom ? "\uFEFF" : "") + text).getBytes(charset));

        assertEquals(FileOutcome.Status.IMPORTED,
                library.importer().importPaths(List.of(utf8), ImportProgress.NONE).files().get(0).status());
        FileOutcome outcome = library.importer().importPaths(List.of(copy), ImportProgress.NONE).files().get(0);
        assertEquals(FileOutcome.Status.IMPORTED, outcome.status());
        assertEquals(List.of(0, 1), List.of(outcome.added(), outcome.alreadyPresent()));
        assertEquals(library.store().speeches().stream().map(Speech::id).toList(), outcome.speechIds(),
                "the copy holds the speech already there");
        Speech speech = only(library.store().speeches());
        assertEquals("新形势下党的群众工作的根本指南", speech.title());
        assertEquals(List.of("003_b8c356e83df67f8b.txt", "copy.txt"), speech.sourceFiles());
    }

    @Test
    void wordAndWebPagesBecomeSpeechesWithTheirStructure() throws Exception {
        Path docx = dir.resolve("讲话.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : List.of("在青年干部座谈会上的讲话", "——坚持群众路线", "一、深入基层",
                    "　　年轻干部要到群众中去，拜群众为师。", "（一）调查研究", "　　一是要沉下去。二是要问出真问题。")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><head><title>为民服务的体会_某某网</title><script>var x=1;</script></head><body>"
                + "<div class=nav><a href=/>首页</a> &gt; <a>讲话</a></div><article><h1>为民服务的体会</h1>"
                + "<p>　　群众利益无小事，一枝一叶总关情。</p><p>一、树立公仆意识</p><p>　　心中装着群众，才能赢得群众。</p>"
                + "</article><div class=footer>版权所有 © 某某网</div></body></html>");

        ImportReport report = library.importer().importPaths(List.of(docx, html), ImportProgress.NONE);
        assertEquals(List.of(), report.failures());
        Map<String, List<Speech>> bySource = speechesBySource();
        Speech fromWord = only(bySource.get("讲话.docx"));
        assertEquals("在青年干部座谈会上的讲话", fromWord.title());
        assertEquals("坚持群众路线", fromWord.subtitle());
        List<Paragraph> paragraphs = library.store().paragraphs(fromWord.id());
        assertEquals(List.of(1, 2), paragraphs.stream().filter(p -> p.kind() == ParagraphKind.HEADING)
                .map(Paragraph::headingLevel).toList());
        assertEquals("一是", paragraphs.get(paragraphs.size() - 1).leadIn());
        Speech fromWeb = only(bySource.get("page.html"));
        assertEquals("为民服务的体会", fromWeb.title());
        String webText = library.store().paragraphs(fromWeb.id()).stream().map(Paragraph::text)
                .collect(Collectors.joining("\n"));
        assertTrue(webText.contains("群众利益无小事") && webText.contains("心中装着群众"), webText);
        assertFalse(webText.contains("首页") || webText.contains("版权所有") || webText.contains("var x"), webText);
    }

    @Test
    void cancellingStopsBetweenFiles() {
        ImportProgress cancelAfterFirst = new ImportProgress() {
            private int seen;

            @Override
            public void update(int done, int total, String currentFile) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen >= 1;
            }
        };
        ImportReport report = library.importer().importPaths(List.of(SPEECHES), cancelAfterFirst);
        assertTrue(report.cancelled());
        assertEquals(1, report.files().size());
        Set<String> sources = speechesBySource().keySet();
        assertEquals(Set.of("000_65599855c2b14f2c.txt"), sources);
    }

    private SpeechFingerprint fingerprint(long speechId) {
        return SpeechFingerprint.of(library.store().paragraphs(speechId).stream()
                .map(p -> new ParagraphDraft(p.kind(), p.headingLevel(), p.leadIn(), p.text()))
                .toList());
    }

    private static Speech only(List<Speech> speeches) {
        assertEquals(1, speeches.size(), String.valueOf(speeches));
        return speeches.get(0);
    }
}
