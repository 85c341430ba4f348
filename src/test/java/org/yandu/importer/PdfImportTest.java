package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yandu.BundledLibrary;
import org.yandu.bench.SpeechPdf;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.Speech;
import org.yandu.library.SpeechDraft;

/**
 * The PDF of a bundled speech, written as an official document prints it ({@link SpeechPdf}), imported beside its
 * .txt: the issue's quality bar. Both kinds of Chinese PDF are made: the standard non-embedded STSong-Light of
 * government documents (always: PDFBox writes its dictionary without a font file), and an embedded TrueType font as
 * Word and WPS export (where the machine has a TrueType Chinese font to embed).
 */
class PdfImportTest {
    /** About 40 pages: long enough to be read in two parts. */
    private static final int LONG_PDF_PARAGRAPHS = 480;
    /** TrueType fonts with Chinese glyphs that Linux distributions install; PDFBox embeds TrueType only. */
    private static final List<Path> TRUE_TYPE = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttf"));
    private static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*\\d+\\s*—");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"001_6c73ef4be9669b1e.txt", "003_b8c356e83df67f8b.txt"})
    void aGovernmentPdfReadsLikeItsText(String speech) throws Exception {
        Path txt = BundledLibrary.speeches().resolve(speech);
        Path pdf = dir.resolve("讲话.pdf");
        try (PDDocument document = new PDDocument()) {
            SpeechPdf.writeSpeech(document, SpeechPdf.Font.stSongLight(), Files.readAllLines(txt), pdf);
        }
        assertReadsLike(txt, pdf);
    }

    @Test
    void aWordPdfWithAnEmbeddedFontReadsLikeItsText() throws Exception {
        Optional<Path> font = TRUE_TYPE.stream().filter(Files::isRegularFile).findFirst();
        assumeTrue(font.isPresent(), "no TrueType Chinese font to embed on this machine");
        Path txt = BundledLibrary.speeches().resolve("003_b8c356e83df67f8b.txt");
        Path pdf = dir.resolve("讲话.pdf");
        try (PDDocument document = new PDDocument()) {
            SpeechPdf.writeSpeech(document, SpeechPdf.Font.embedded(document, font.get()), Files.readAllLines(txt),
                    pdf);
        }
        assertReadsLike(txt, pdf);
    }

    /**
     * Same title, at least 98 % of the characters in the same order (punctuation width folded), a paragraph count
     * within 10 %, no running header or page number left; imported after the .txt into one library, the PDF is a
     * second source of the same speech.
     */
    private void assertReadsLike(Path txt, Path pdf) throws Exception {
        SpeechDraft fromText = parse(txt);
        SpeechDraft fromPdf = parse(pdf);
        assertEquals(fromText.title(), fromPdf.title());
        assertEquals(fromText.subtitle(), fromPdf.subtitle());
        double inOrder = TextAgreement.inOrder(text(fromText), text(fromPdf));
        assertTrue(inOrder >= 0.98, "characters in the same order: " + inOrder);
        int paragraphs = fromText.paragraphs().size();
        assertTrue(Math.abs(fromPdf.paragraphs().size() - paragraphs) <= paragraphs / 10,
                fromPdf.paragraphs().size() + " paragraphs from the PDF, " + paragraphs + " from the text");
        for (ParagraphDraft paragraph : fromPdf.paragraphs()) {
            assertFalse(paragraph.text().contains(SpeechPdf.RUNNING_HEADER), paragraph.text());
            assertFalse(PAGE_NUMBER.matcher(paragraph.text()).find(), paragraph.text());
        }
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportReport report = new Importer(store).importPaths(List.of(txt, pdf), ImportProgress.NONE);
            assertEquals(List.of(), report.failures());
            Speech speech = store.speeches().get(0);
            assertEquals(1, store.speeches().size(), "the PDF is the same speech");
            assertEquals(List.of(txt.getFileName().toString(), "讲话.pdf"), speech.sourceFiles());
        }
    }

    private static SpeechDraft parse(Path file) throws UnreadableSourceException {
        List<SpeechDraft> speeches = new SpeechParser().parse(file.getFileName().toString(),
                new SourceReader().read(file).lines()).speeches();
        assertEquals(1, speeches.size(), file + " is one speech");
        return speeches.get(0);
    }

    /** The speech's text as written, its paragraphs one after another. */
    private static String text(SpeechDraft speech) {
        return speech.paragraphs().stream().map(ParagraphDraft::text).collect(Collectors.joining());
    }

    @Test
    void theProgressNamesEachPageAsItIsRead() throws Exception {
        Path pdf = longPdf();
        List<String> told = new ArrayList<>();
        new SourceReader().read(pdf, new ImportProgress() {
            @Override
            public void update(int done, int total, String currentFile) {
            }

            @Override
            public void page(String file, int page, int pages) {
                told.add(file + " " + page + "/" + pages);
            }
        });
        assertTrue(told.size() >= 2 * PdfPageParts.MIN_PAGES_PER_PART, "read in parts: " + told.size());
        for (int i = 0; i < told.size(); i++) {
            assertEquals("长文.pdf " + (i + 1) + "/" + told.size(), told.get(i));
        }
    }

    /** A long PDF is read in parts at once (on a machine of two cores or more): its paragraphs stay in order. */
    @Test
    void aLongPdfReadsInOrder() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; paragraphs.size() < LONG_PDF_PARAGRAPHS; i++) {
            paragraphs.add("第" + i + "段：群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证。");
        }
        Path pdf = dir.resolve("长文.pdf");
        int pages;
        try (PDDocument document = new PDDocument()) {
            pages = SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "长文", List.of(), paragraphs, pdf);
        }
        assertTrue(pages >= 2 * PdfPageParts.MIN_PAGES_PER_PART, pages + " pages");
        List<String> read = new SourceReader().read(pdf).lines().stream().filter(line -> line.startsWith("第"))
                .toList();
        assertEquals(paragraphs, read);
    }

    /** Cancel acts within a long PDF, not only before the next file: nothing of it is stored or called failed. */
    @Test
    void cancellingWhileALongPdfIsReadStopsAtThatPageAndStoresNothing() throws Exception {
        Path pdf = longPdf();
        List<Integer> pagesRead = new ArrayList<>();
        ImportProgress cancelAtPageTwo = new ImportProgress() {
            @Override
            public void update(int done, int total, String currentFile) {
            }

            @Override
            public void page(String file, int page, int pages) {
                pagesRead.add(page);
            }

            @Override
            public boolean isCancelled() {
                return pagesRead.size() >= 2;
            }
        };
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            ImportReport report = new Importer(store).importPaths(List.of(pdf), cancelAtPageTwo);
            assertTrue(report.cancelled());
            assertEquals(List.of(), report.files(), "the cancelled file is neither stored nor refused");
            assertEquals(List.of(1, 2), pagesRead, "reading stopped at the page it was cancelled on");
            assertTrue(store.isEmpty());
        }
    }

    /** A document long enough to be read in parts. */
    private Path longPdf() throws IOException {
        Path pdf = dir.resolve("长文.pdf");
        try (PDDocument document = new PDDocument()) {
            SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "长文", List.of(), Collections.nCopies(
                    LONG_PDF_PARAGRAPHS, "群众路线是我们党的生命线和根本工作路线，密切联系群众是巩固党的执政地位的根本保证。"), pdf);
        }
        return pdf;
    }

    @Test
    void aScanIsRefusedAsAScan() throws Exception {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document,
                    new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(pdf.toFile());
        }
        UnreadableSourceException refused = assertRefused(pdf, Refusal.SCANNED);
        assertEquals("扫描件.pdf: is a scanned document: its pages are pictures, with no text to import",
                refused.getMessage());
    }

    @Test
    void aPdfThatNeedsAPasswordSaysSo() throws Exception {
        Path pdf = protectedSpeech(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
        assertTrue(assertRefused(pdf, Refusal.PASSWORD_PROTECTED).getMessage().contains("password"));
    }

    @Test
    void aPdfThatOnlyRestrictsCopyingIsRead() throws Exception {
        AccessPermission noCopying = new AccessPermission();
        noCopying.setCanExtractContent(false);
        noCopying.setCanPrint(false);
        Path pdf = protectedSpeech(new StandardProtectionPolicy("owner", "", noCopying));
        assertEquals("讲话", new SourceReader().read(pdf).lines().get(0));
    }

    private Path protectedSpeech(StandardProtectionPolicy policy) throws IOException {
        Path pdf = dir.resolve("加密.pdf");
        try (PDDocument document = new PDDocument()) {
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "讲话", List.of(),
                    List.of("群众路线是我们党的生命线和根本工作路线。"), pdf);
        }
        return pdf;
    }

    @Test
    void aPdfCutShortIsRefusedByName() throws Exception {
        Path whole = dir.resolve("whole.pdf");
        try (PDDocument document = new PDDocument()) {
            SpeechPdf.write(document, SpeechPdf.Font.stSongLight(), "讲话", List.of(),
                    List.of("群众路线是我们党的生命线和根本工作路线。"), whole);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("下载中断.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        UnreadableSourceException refused = assertRefused(cut, Refusal.DAMAGED);
        assertEquals("下载中断.pdf: is a damaged or incomplete .pdf file", refused.getMessage());
    }

    @Test
    void aDamagedPdfIsRefusedByName() throws Exception {
        Path damaged = Files.writeString(dir.resolve("损坏.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R"
                + " >> garbage ( unbalanced\n%%EOF\n");
        UnreadableSourceException refused = assertRefused(damaged, Refusal.DAMAGED);
        assertEquals("损坏.pdf: is a damaged or incomplete .pdf file", refused.getMessage());
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("讲话.pdf"), "群众路线是我们党的生命线。");
        assertEquals("讲话.pdf: is not a .pdf file: it does not begin as a PDF does (%PDF-)",
                assertRefused(text, Refusal.MISNAMED).getMessage());
    }

    private static UnreadableSourceException assertRefused(Path file, Refusal refusal) {
        UnreadableSourceException refused = assertThrows(UnreadableSourceException.class,
                () -> new SourceReader().read(file));
        assertEquals(refusal, refused.refusal(), refused.getMessage());
        return refused;
    }
}
