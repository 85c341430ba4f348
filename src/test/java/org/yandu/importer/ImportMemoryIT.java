package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.bench.SpeechPdf;

/**
 * A file at each format's size limit imports in a JVM of {@value #HEAP}, the bound docs/PERFORMANCE.md states: the
 * built jar's {@code import}, started as a user starts it, in a child process. The files are the bundled speeches'
 * paragraphs shuffled with a fixed seed into a collection of distinct speeches (copies would be linked, not stored,
 * and take no memory), as large as the limit allows. Before the bound was kept, a 50 MB .txt needed about 1 GB and
 * with this heap collected garbage for minutes without end; the child is given {@link #HANG} and
 * {@code -XX:+ExitOnOutOfMemoryError}, so that both show as a failure. An integration test: each import takes from
 * 20 seconds to two minutes on two busy cores, too long for the unit suite.
 */
class ImportMemoryIT {
    private static final String HEAP = "300m";
    private static final long HANG = 15;
    private static final Path BASEDIR = Path.of(System.getProperty("yandu.basedir", ".")).toAbsolutePath();
    private static final int PARAGRAPHS_PER_SPEECH = 40;
    private static final int EPUB_CHAPTER_CHARS = 600_000;
    private static List<String> paragraphs;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSpeeches() throws IOException {
        paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(BASEDIR.resolve("data").resolve("speeches"))) {
            for (Path file : files.sorted().toList()) {
                Files.readAllLines(file).stream().map(String::strip).filter(line -> line.length() >= 10)
                        .forEach(paragraphs::add);
            }
        }
    }

    @Test
    void utf8TextAtTheLimit() throws Exception {
        assertImports(textFile("speeches.txt", StandardCharsets.UTF_8));
    }

    @Test
    void gb18030TextAtTheLimit() throws Exception {
        // Two bytes a character, so more text than in UTF-8 (three bytes) at the same size.
        assertImports(textFile("speeches.txt", Charset.forName("GB18030")));
    }

    @Test
    void htmlAtTheLimit() throws Exception {
        Path file = dir.resolve("speeches.html");
        long limit = SourceFormat.HTML.maxBytes() - 100;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<html><head><meta charset=\"utf-8\"><title>讲话合集</title></head><body><article>\n");
            writeCollection(out, StandardCharsets.UTF_8, limit - 200, "<p>", "</p>\n");
            out.write("</article></body></html>\n");
        }
        assertImports(file);
    }

    /** A .docx at the file limit: as much text as its document part may hold, and a picture filling the rest. */
    @Test
    void docxAtTheLimit() throws Exception {
        Path file = dir.resolve("speeches.docx");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file));
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", relationships("rId1", "officeDocument", "word/document.xml"));
            entry(zip, "word/_rels/document.xml.rels", relationships("rId1", "image", "media/image1.jpeg"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n");
            writeCollection(xml, StandardCharsets.UTF_8, DocxParagraphs.MAX_DOCUMENT_PART - 1000,
                    "<w:p><w:r><w:t>", "</w:t></w:r></w:p>\n");
            xml.write("</w:body></w:document>");
            xml.flush();
            zip.closeEntry();
            raw.flush();
            picture(zip, "word/media/image1.jpeg", SourceFormat.DOCX.maxBytes() - Files.size(file));
        }
        assertTrue(Files.size(file) > SourceFormat.DOCX.maxBytes() - SourceBytes.MB, "the .docx is at its limit");
        assertImports(file);
    }

    /** An .odt's content.xml at its limit, a collection of speeches, and a photo filling the file to its own. */
    @Test
    void odtAtTheLimit() throws Exception {
        Path file = dir.resolve("speeches.odt");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file));
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            zip.putNextEntry(new ZipEntry("content.xml"));
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>\n");
            writeCollection(xml, StandardCharsets.UTF_8, OdtReader.MAX_CONTENT_PART - 1000, "<text:p>",
                    "</text:p>\n");
            xml.write("</office:text></office:body></office:document-content>");
            xml.flush();
            zip.closeEntry();
            raw.flush();
            picture(zip, "Pictures/photo.jpeg", SourceFormat.ODT.maxBytes() - Files.size(file));
        }
        assertTrue(Files.size(file) > SourceFormat.ODT.maxBytes() - SourceBytes.MB, "the .odt is at its limit");
        assertImports(file);
    }

    /**
     * A Word 97-2003 .doc whose text and formatting fill its WordDocument stream to the limit, a collection of
     * speeches, and pictures (its Data stream, which POI reads whole) filling the file to its own. POI cannot write
     * a .doc of its own, so the text goes into the committed structure.doc.
     */
    @Test
    void docAtTheLimit() throws Exception {
        Path file = dir.resolve("speeches.doc");
        StringWriter text = new StringWriter();
        // Word keeps Chinese text at two bytes a character, beside formatting of about a tenth of that.
        writeCollection(text, StandardCharsets.UTF_16LE, DocParagraphs.MAX_WORD_DOCUMENT * 9 / 10, "", "\r");
        try (HWPFDocument word = new HWPFDocument(Files.newInputStream(OfficeFixtures.of("structure.doc")));
             OutputStream out = Files.newOutputStream(file)) {
            word.getRange().insertBefore(text.toString());
            word.write(out);
        }
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), false)) {
            long words = ((DocumentEntry) ole.getRoot().getEntry("WordDocument")).getSize();
            assertTrue(words > DocParagraphs.MAX_WORD_DOCUMENT - 4 * SourceBytes.MB
                    && words <= DocParagraphs.MAX_WORD_DOCUMENT, words + " bytes of WordDocument stream");
            ole.createOrUpdateDocument(new RandomBytes(new Random(7),
                    SourceFormat.DOC.maxBytes() - Files.size(file) - SourceBytes.MB), "Data");
            ole.writeFilesystem();
        }
        assertTrue(Files.size(file) > SourceFormat.DOC.maxBytes() - 2 * SourceBytes.MB, "the .doc is at its limit");
        assertImports(file);
    }

    /**
     * An EPUB whose chapters hold as much markup as a book's may, a collection of speeches in chapters of about
     * 2 MB, and a photo filling the file to the EPUB limit.
     */
    @Test
    void epubAtTheLimit() throws Exception {
        StringWriter markup = new StringWriter();
        writeCollection(markup, StandardCharsets.UTF_8, EpubReader.MAX_CHAPTERS - SourceBytes.MB, "<p>", "</p>\n");
        String chapters = markup.toString();
        EpubFile book = new EpubFile(3, "讲话合集");
        int chapter = 1;
        for (int start = 0; start < chapters.length(); chapter++) {
            int end = chapters.indexOf("<p>讲话合集 篇", Math.min(start + EPUB_CHAPTER_CHARS, chapters.length()));
            end = end < 0 ? chapters.length() : end;
            book.chapter("chapter" + chapter + ".xhtml", "第" + chapter + "章", chapters.substring(start, end));
            start = end;
        }
        Path file = book.write(dir.resolve("speeches.epub"));
        // The chapters deflate to a third; the photo, as photos do, not at all.
        byte[] photo = new byte[(int) (SourceFormat.EPUB.maxBytes() - Files.size(file) - SourceBytes.MB)];
        new Random(7).nextBytes(photo);
        book.file("OEBPS/Images/photo.jpg", photo).write(file);
        assertTrue(Files.size(file) > SourceFormat.EPUB.maxBytes() - 3 * SourceBytes.MB, "the EPUB is at its limit");
        assertImports(file);
    }

    /** A photo of about {@code bytes} as a package's entry: random bytes do not deflate, as a photo's do not. */
    private static void picture(ZipOutputStream zip, String name, long bytes) throws IOException {
        long picture = bytes - 64 * 1024;
        zip.putNextEntry(new ZipEntry(name));
        Random random = new Random(7);
        byte[] block = new byte[64 * 1024];
        for (long written = 0; written < picture; written += block.length) {
            random.nextBytes(block);
            zip.write(block, 0, (int) Math.min(block.length, picture - written));
        }
        zip.closeEntry();
    }

    /**
     * A 500-page PDF, every page text, in a file filled to the PDF limit by a photograph on its last page: the
     * pages are read one after another and the photograph never decoded, so neither the pages nor the file's size
     * cost memory beyond the text.
     */
    @Test
    void fiveHundredPagePdfAtTheLimit() throws Exception {
        Path file = dir.resolve("speeches.pdf");
        List<String> text = new ArrayList<>();
        Random random = new Random(20261206);
        long chars = 0;
        while (chars < 500L * SpeechPdf.CHARACTERS_PER_PAGE) {
            text.add(paragraphs.get(random.nextInt(paragraphs.size())));
            chars += text.get(text.size() - 1).length();
        }
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDPage photographed = new PDPage();
            document.addPage(photographed);
            int width = 8192;
            int height = (int) ((SourceFormat.PDF.maxBytes() - 4 * SourceBytes.MB) / width);
            PDImageXObject photo = new PDImageXObject(document, new RandomBytes(random, (long) width * height),
                    null, width, height, 8, PDDeviceGray.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(document, photographed)) {
                content.drawImage(photo, 0, 0, 100, 100);
            }
            int pages = SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "讲话合集", List.of(), text, file);
            assertTrue(pages > 500, pages + " pages");
        }
        assertTrue(Files.size(file) > SourceFormat.PDF.maxBytes() - 8 * SourceBytes.MB, "the PDF is at its limit");
        assertImports(file);
    }

    /** Bytes that do not compress, as many as asked for, without holding them. */
    private static final class RandomBytes extends InputStream {
        private final Random random;
        private long left;

        RandomBytes(Random random, long count) {
            this.random = random;
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? random.nextInt(256) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            byte[] block = new byte[n];
            random.nextBytes(block);
            System.arraycopy(block, 0, buffer, offset, n);
            left -= n;
            return n;
        }
    }

    private Path textFile(String name, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            writeCollection(out, charset, SourceFormat.TXT.maxBytes() - 100, "\u3000\u3000", "\n");
        }
        return file;
    }

    /**
     * Speeches of shuffled paragraphs, each after a header line "讲话合集 篇N" that marks a collection's piece, until
     * one more speech would pass {@code limit} bytes; each paragraph written between {@code before} and {@code after}.
     */
    private static void writeCollection(Writer out, Charset charset, long limit, String before, String after)
            throws IOException {
        Random random = new Random(20261206);
        long size = 0;
        for (int speech = 1; ; speech++) {
            StringBuilder piece = new StringBuilder(before + "讲话合集 篇" + speech + after);
            for (int i = 0; i < PARAGRAPHS_PER_SPEECH; i++) {
                piece.append(before).append(paragraphs.get(random.nextInt(paragraphs.size()))).append(after);
            }
            long bytes = piece.toString().getBytes(charset).length;
            if (size + bytes > limit) {
                return;
            }
            out.write(piece.toString());
            size += bytes;
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String relationships(String id, String type, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private void assertImports(Path file) throws Exception {
        Path jar = BASEDIR.resolve("target").resolve("yandu.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is not built (mvn package)");
        Path output = dir.resolve("output.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process importing = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-jar",
                jar.toString(), "import", file.toString(), "--library", dir.resolve("library.db").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = importing.waitFor(HANG, TimeUnit.MINUTES);
        if (!ended) {
            importing.destroyForcibly().waitFor();
        }
        String said = Files.readString(output);
        assertTrue(ended, "the import of " + file.getFileName() + " ended within " + HANG + " minutes: " + said);
        assertEquals(0, importing.exitValue(), "the import of " + file.getFileName() + " succeeded: " + said);
        assertTrue(said.contains("1 file(s): ") && said.contains(" 0 refused"), said);
    }
}
