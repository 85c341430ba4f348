package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;

/** OpenDocument text written by LibreOffice, the same with parts changed, and ZIPs that are no .odt. */
class OdtReaderTest {
    private static final String BODY = "<office:body><office:text>";

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    /** Headings are text:h with an outline level, the table's cells text:p inside table:table-cell. */
    @Test
    void readsParagraphsHeadingsAndTableCellsInBodyOrder() throws Exception {
        SourceDocument document = reader.read(OfficeFixtures.of("structure.odt"));
        assertEquals(List.of("在青年干部座谈会上的讲话", "——坚持群众路线", "　　同志们：", "　　今天请大家来，是想听听基层的声音。",
                "一、深入基层", "　　年轻干部要到群众中去，拜群众为师。", "第二行接着写。", "调研地点", "调研人数", "东城区", "十二人",
                "二、调查研究", "　　一是要沉下去。二是要问出真问题。", "　　谢谢大家！"), document.lines());
        assertEquals("odt", document.format());
    }

    /** The bundled speech's indent of two spaces is a text:s, its blank lines empty paragraphs. */
    @Test
    void keepsSpacesAndEmptyParagraphsAsTheTextHadThem() throws Exception {
        Path txt = BundledLibrary.speeches().resolve("003_b8c356e83df67f8b.txt");
        assertEquals(reader.read(txt).lines(), reader.read(OfficeFixtures.of("003_b8c356e83df67f8b.odt")).lines());
    }

    /** Footnotes, comments, a table of contents and deleted text are in content.xml, but not the speech's text. */
    @Test
    void leavesOutNotesCommentsIndexesAndDeletions() throws Exception {
        Path file = rewritten("notes.odt", xml -> xml.replace(BODY, BODY
                + "<text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的话</text:p></text:deletion>"
                + "</text:changed-region></text:tracked-changes><text:table-of-content><text:index-body>"
                + "<text:p>目录 一、深入基层 1</text:p></text:index-body></text:table-of-content>")
                .replace("拜群众为师。", "拜群众为师<text:note text:note-class=\"footnote\"><text:note-citation>1"
                        + "</text:note-citation><text:note-body><text:p>脚注的话。</text:p></text:note-body></text:note>。"
                        + "<office:annotation><text:p>批注的话</text:p></office:annotation>"));
        List<String> lines = reader.read(file).lines();
        assertTrue(lines.contains("　　年轻干部要到群众中去，拜群众为师。"), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("删掉") || l.contains("目录") || l.contains("脚注")
                || l.contains("批注")), lines::toString);
    }

    @Test
    void refusesAPasswordProtectedDocument() throws Exception {
        Path file = rewrite("secret.odt", Map.of("META-INF/manifest.xml", xml -> xml.replace("\"content.xml\" "
                + "manifest:media-type=\"text/xml\"/>", "\"content.xml\" manifest:media-type=\"text/xml\">"
                + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>")));
        assertRefused(file, Refusal.PASSWORD_PROTECTED, "is protected by a password");
    }

    /** A few kilobytes on disk that inflate past the limit: refused while inflating, whatever size the ZIP states. */
    @Test
    void refusesAContentPartOverItsLimit() throws Exception {
        Path file = dir.resolve("bomb.odt");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write("<office:document-content><office:body><office:text>".getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = "<text:p>群众路线</text:p>".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= OdtReader.MAX_CONTENT_PART; written += paragraph.length) {
                out.write(paragraph);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(file) < SourceBytes.MB, "small on disk");
        assertRefused(file, Refusal.TOO_LARGE, "holds more than 25 MB of text markup in content.xml");
    }

    @Test
    void refusesATruncatedDocument() throws Exception {
        byte[] whole = Files.readAllBytes(OfficeFixtures.of("003_b8c356e83df67f8b.odt"));
        Path file = Files.write(dir.resolve("cut.odt"), Arrays.copyOf(whole, whole.length / 2));
        assertRefused(file, Refusal.DAMAGED, "is a damaged or incomplete .odt file");
    }

    @Test
    void refusesWhatIsNoOpenDocumentText() throws Exception {
        Path sheet = rewrite("sheet.odt", Map.of("mimetype", m -> "application/vnd.oasis.opendocument.spreadsheet"));
        assertRefused(sheet, Refusal.MISNAMED, "its mimetype names another kind of document");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("群众路线".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(Files.write(dir.resolve("archive.odt"), zip.toByteArray()), Refusal.MISNAMED,
                "is not a .odt file: it is a ZIP package without content.xml");
        assertRefused(Files.writeString(dir.resolve("text.odt"), "群众路线"), Refusal.MISNAMED, "not a ZIP package");
    }

    private Path rewritten(String name, UnaryOperator<String> content) throws IOException {
        return rewrite(name, Map.of("content.xml", content));
    }

    /** structure.odt with some of its parts' text changed, the others copied as they are. */
    private Path rewrite(String name, Map<String, UnaryOperator<String>> changes) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(OfficeFixtures.of("structure.odt"));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                UnaryOperator<String> change = changes.get(entry.getName());
                parts.put(entry.getName(), change == null ? bytes
                        : change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
            }
        }
        return file;
    }

    private void assertRefused(Path file, Refusal refusal, String reason) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
        assertEquals(refusal, e.refusal(), e::getMessage);
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": ") && e.getMessage().contains(reason),
                e::getMessage);
    }
}
