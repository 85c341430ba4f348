package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word 97-2003 .doc and WPS .wps files, real ones written by LibreOffice, and what is named so but is not. */
class WordBinaryReaderTest {
    private static final List<String> STRUCTURE = List.of("在青年干部座谈会上的讲话", "——坚持群众路线", "　　同志们：",
            "　　今天请大家来，是想听听基层的声音。", "一、深入基层", "　　年轻干部要到群众中去，拜群众为师。", "第二行接着写。",
            "调研地点", "调研人数", "东城区", "十二人", "二、调查研究", "　　一是要沉下去。二是要问出真问题。", "　　谢谢大家！");

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    /** The hyperlink's field code, the cells' and rows' marks and the line break are Word's, not the text's. */
    @Test
    void readsParagraphsHeadingsAndTableCellsInBodyOrder() throws Exception {
        SourceDocument document = reader.read(OfficeFixtures.of("structure.doc"));
        assertEquals(STRUCTURE, withoutEmpty(document.lines()));
        assertEquals("doc", document.format());
    }

    /** WPS Office writes the Word 97-2003 format under its own extension; HWPF reads it whatever the name. */
    @Test
    void readsAWpsDocumentAsTheWordDocumentItIs() throws Exception {
        Path wps = Files.copy(OfficeFixtures.of("structure.doc"), dir.resolve("讲话.wps"));
        SourceDocument document = reader.read(wps);
        assertEquals(STRUCTURE, withoutEmpty(document.lines()));
        assertEquals("wps", document.format());
    }

    @Test
    void refusesAPasswordProtectedDocument() throws Exception {
        Path file = dir.resolve("secret.doc");
        try (HWPFDocument word = new HWPFDocument(Files.newInputStream(OfficeFixtures.of("structure.doc")));
             OutputStream out = Files.newOutputStream(file)) {
            Biff8EncryptionKey.setCurrentUserPassword("秘密");
            word.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(file, Refusal.PASSWORD_PROTECTED, "is protected by a password");
    }

    /** Refused before POI reads it: POI would hold the stream, its text and its paragraphs at once. */
    @Test
    void refusesADocumentOverItsTextLimit() throws Exception {
        Path file = Files.copy(OfficeFixtures.of("structure.doc"), dir.resolve("全集.doc"));
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), false)) {
            byte[] words = ole.getRoot().createDocumentInputStream("WordDocument").readAllBytes();
            ole.createOrUpdateDocument(new ByteArrayInputStream(
                    Arrays.copyOf(words, (int) DocParagraphs.MAX_WORD_DOCUMENT + 1)), "WordDocument");
            ole.writeFilesystem();
        }
        assertRefused(file, Refusal.TOO_LARGE, "holds 25.1 MB of text and formatting (its WordDocument stream), "
                + "over the 25 MB limit for .doc files");
    }

    @Test
    void refusesATruncatedDocument() throws Exception {
        byte[] whole = Files.readAllBytes(OfficeFixtures.of("003_b8c356e83df67f8b.doc"));
        Path file = Files.write(dir.resolve("cut.doc"), Arrays.copyOf(whole, whole.length / 2));
        assertRefused(file, Refusal.DAMAGED, "is a damaged or incomplete .doc file");
    }

    @Test
    void refusesAnOle2FileWithoutAWordDocumentStream() throws Exception {
        Path file = dir.resolve("works.wps");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "CONTENTS");
            fs.writeFilesystem(out);
        }
        assertRefused(file, Refusal.MISNAMED, "no WordDocument stream");
    }

    @Test
    void refusesAnOldWpsDocumentThatIsNoOle2File() throws Exception {
        byte[] old = new byte[512];
        old[0] = (byte) 0xFF;
        old[4] = 'W';
        Path file = Files.write(dir.resolve("旧文档.wps"), old);
        assertRefused(file, Refusal.OLD_WPS_DOCUMENT, "save it as .docx or .doc in WPS Office");
    }

    @Test
    void refusesAnRtfDocumentNamedDoc() throws Exception {
        Path file = Files.writeString(dir.resolve("export.doc"), "{\\rtf1\\ansi\\ansicpg936 {\\f0 \\'c8\\'ba}}");
        assertRefused(file, Refusal.RTF_DOCUMENT, "is an RTF document named .doc");
    }

    @Test
    void refusesTextNamedDoc() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.doc"), "群众路线是我们党的生命线。");
        assertRefused(file, Refusal.MISNAMED, "is not a .doc file: it is neither");
        assertRefused(Files.write(dir.resolve("empty.doc"), new byte[0]), Refusal.EMPTY, "is empty");
    }

    /** What web tools call "Save as Word": a page under the name .doc, read as the page it is. */
    @Test
    void readsAWebPageNamedDocAsAPage() throws Exception {
        Path file = Files.writeString(dir.resolve("导出.doc"), "\uFEFF<html xmlns:o=\"urn:schemas-microsoft-com:"
                + "office:office\"><head><meta charset=\"utf-8\"><title>为民服务的体会</title></head><body>"
                + "<h1>为民服务的体会</h1><p>　　群众利益无小事，一枝一叶总关情。</p></body></html>", StandardCharsets.UTF_8);
        SourceDocument document = reader.read(file);
        assertEquals(List.of("为民服务的体会", "　　群众利益无小事，一枝一叶总关情。"), document.lines());
        assertEquals("html", document.format());
    }

    @Test
    void readsADocxNamedDocAsTheDocxItIs() throws Exception {
        Path file = dir.resolve("renamed.doc");
        try (XWPFDocument word = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            word.createParagraph().createRun().setText("群众路线是我们党的生命线。");
            word.write(out);
        }
        SourceDocument document = reader.read(file);
        assertEquals(List.of("群众路线是我们党的生命线。"), document.lines());
        assertEquals("docx", document.format());
    }

    private void assertRefused(Path file, Refusal refusal, String reason) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
        assertEquals(refusal, e.refusal(), e::getMessage);
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": ") && e.getMessage().contains(reason),
                e::getMessage);
    }

    private static List<String> withoutEmpty(List<String> lines) {
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }
}
