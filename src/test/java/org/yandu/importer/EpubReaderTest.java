package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import org.yandu.library.SpeechCollection;

/** EPUB 2 and 3 books written as the specifications lay them out, into a real library. */
class EpubReaderTest {
    private static final String COVER = "<div><img src=\"../Images/cover.jpg\" alt=\"封面\"/></div>";
    private static final String IMPRINT = "<p>图书在版编目（CIP）数据</p><p>ISBN 978-7-01-000000-0</p>"
            + "<p>版权所有，侵权必究。</p><p>定价：36.00元</p>";

    @TempDir
    Path dir;
    @RegisterExtension
    final ImporterLibrary library = new ImporterLibrary();
    private final SourceReader reader = new SourceReader();

    /**
     * Three speeches behind a cover, a copyright page and the navigation document: a collection of three, in spine
     * order, titled as the book; each the speech its .txt gives, so importing the .txt files adds no speech.
     */
    @Test
    void aBookOfSpeechesIsACollectionOfItsChapters() throws Exception {
        Path book = new EpubFile(3, "群众路线学习文选")
                .landmark("cover.xhtml", "cover", COVER)
                .landmark("copyright.xhtml", "copyright-page", IMPRINT)
                .chapter("c1.xhtml", "新形势下党的群众工作的根本指南", EpubFile.body(speech("003_b8c356e83df67f8b.txt")))
                .chapter("c2.xhtml", "植根人民溯党源", EpubFile.body(speech("001_6c73ef4be9669b1e.txt")))
                .chapter("c3.xhtml", "如何坚持党的群众路线", EpubFile.body(speech("002_b68128a73f8f74db.txt")))
                .write(dir.resolve("文选.epub"));

        ImportReport report = library.importer().importPaths(List.of(book), ImportProgress.NONE);
        assertEquals(List.of(), report.failures());
        SpeechCollection collection = library.store().collections().get(0);
        assertEquals("群众路线学习文选", collection.title());
        assertEquals(List.of("新形势下党的群众工作的根本指南", "植根人民溯党源 心系群众谋发展", "如何在工作和训练中坚持党的群众路线"),
                collection.speechIds().stream().map(id -> title(id)).toList());

        ImportReport texts = library.importer().importPaths(List.of(speech("003_b8c356e83df67f8b.txt"),
                speech("001_6c73ef4be9669b1e.txt"), speech("002_b68128a73f8f74db.txt")), ImportProgress.NONE);
        assertEquals(0, texts.added(), texts::toString);
        assertEquals(3, library.store().speeches().size());
    }

    /**
     * EPUB 2: the chapter a converter split in two files (the second not in the NCX), and a copyright page the book
     * does not mark, make one speech; the book is no collection.
     */
    @Test
    void aSingleEssayIsOneSpeech() throws Exception {
        String body = EpubFile.body(speech("003_b8c356e83df67f8b.txt"));
        int half = body.indexOf("<p>", body.length() / 2);
        Path book = new EpubFile(2, "新形势下党的群众工作的根本指南")
                .landmark("cover.xhtml", "cover", COVER)
                .part("imprint.xhtml", IMPRINT)
                .chapter("essay.xhtml", "新形势下党的群众工作的根本指南", body.substring(0, half))
                .part("essay_split_001.xhtml", body.substring(half))
                .auxiliary("notes.xhtml", "<p>这是一条注释。</p>")
                .write(dir.resolve("essay.epub"));

        SourceDocument document = reader.read(book);
        assertEquals(List.of(), document.speechStarts());
        assertNull(document.collectionTitle());
        assertTrue(document.lines().stream().noneMatch(l -> l.contains("ISBN") || l.contains("注释")),
                document.lines()::toString);

        library.importer().importPaths(List.of(book), ImportProgress.NONE);
        assertEquals(List.of(), library.store().collections());
        Speech speech = library.store().speeches().get(0);
        assertEquals("新形势下党的群众工作的根本指南", speech.title());
        List<Paragraph> paragraphs = library.store().paragraphs(speech.id());
        assertEquals("努力谱写践行群众路线新的历史篇章。", paragraphs.stream().map(Paragraph::text)
                .filter(t -> t.endsWith("新的历史篇章。")).findFirst().orElseThrow().replaceAll(".*(努力谱写)", "$1"));
    }

    /** A chapter that starts with prose takes its title from the table of contents; one numbered 二、 is a section. */
    @Test
    void chaptersTakeTitlesFromTheTableOfContentsAndSectionsStayInTheirSpeech() throws Exception {
        Path book = new EpubFile(3, "讲话两篇")
                .chapter("a.xhtml", "在青年干部座谈会上的讲话", "<p>　　年轻干部要到群众中去，拜群众为师。</p>")
                .chapter("b.xhtml", "二、调查研究", "<h2>二、调查研究</h2><p>　　一是要沉下去。</p>")
                .chapter("c.xhtml", "在机关党建会上的讲话", "<h1>在机关党建会上的讲话</h1><p>　　机关党建要走在前列。</p>")
                .write(dir.resolve("两篇.epub"));

        SourceDocument document = reader.read(book);
        assertEquals(List.of("在青年干部座谈会上的讲话", "　　年轻干部要到群众中去，拜群众为师。", "二、调查研究", "　　一是要沉下去。",
                "在机关党建会上的讲话", "　　机关党建要走在前列。"), document.lines());
        assertEquals(List.of(0, 4), document.speechStarts());
        assertEquals("讲话两篇", document.collectionTitle());
    }

    @Test
    void refusesAZipThatIsNoBook() throws Exception {
        Path zip = dir.resolve("photos.epub");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("photo.txt"));
            out.write("群众路线".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(zip, Refusal.MISNAMED, "is not a .epub file: it is a ZIP package without META-INF/container.xml");
        assertRefused(Files.writeString(dir.resolve("text.epub"), "群众路线"), Refusal.MISNAMED, "not a ZIP package");
    }

    @Test
    void refusesATruncatedBook() throws Exception {
        Path whole = new EpubFile(3, "文选").chapter("c1.xhtml", "指南", EpubFile.body(speech("003_b8c356e83df67f8b.txt")))
                .write(dir.resolve("whole.epub"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.epub"), Arrays.copyOf(bytes, bytes.length - 200));
        assertRefused(cut, Refusal.DAMAGED, "is a damaged or incomplete .epub file");
    }

    @Test
    void refusesABookWhoseChaptersAreEncrypted() throws Exception {
        Path book = new EpubFile(3, "文选").chapter("c1.xhtml", "指南", "<p>密文</p>")
                .file("META-INF/encryption.xml", "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:"
                        + "container\"><EncryptedData><CipherData><CipherReference URI=\"OEBPS/Text/c1.xhtml\"/>"
                        + "</CipherData></EncryptedData></encryption>")
                .write(dir.resolve("drm.epub"));
        assertRefused(book, Refusal.COPY_PROTECTED, "is protected against copying (DRM)");
    }

    /** Font obfuscation is encryption too, of fonts only: the book reads. */
    @Test
    void readsABookWhoseFontsAreObfuscated() throws Exception {
        Path book = new EpubFile(3, "文选").chapter("c1.xhtml", "指南", "<h1>指南</h1><p>群众路线是生命线。</p>")
                .file("META-INF/encryption.xml", "<encryption><EncryptedData><CipherData><CipherReference "
                        + "URI=\"OEBPS/Fonts/song.ttf\"/></CipherData></EncryptedData></encryption>")
                .write(dir.resolve("fonts.epub"));
        assertEquals(List.of("指南", "群众路线是生命线。"), reader.read(book).lines());
    }

    /** A chapter of a few kilobytes that inflates past the limit is refused while inflating. */
    @Test
    void refusesAChapterOverItsLimit() throws Exception {
        Path book = dir.resolve("bomb.epub");
        new EpubFile(3, "文选").chapter("c1.xhtml", "指南", "<p>群众</p>").write(book);
        Path bomb = dir.resolve("bomb2.epub");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(book));
             OutputStream file = Files.newOutputStream(bomb); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.readAllBytes());
                if (entry.getName().endsWith("c1.xhtml")) {
                    byte[] paragraph = "<p>群众路线</p>".getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written <= EpubReader.MAX_CHAPTER; written += paragraph.length) {
                        out.write(paragraph);
                    }
                }
            }
        }
        assertTrue(Files.size(bomb) < SourceBytes.MB, "small on disk");
        assertRefused(bomb, Refusal.TOO_LARGE, "holds more than 25 MB of text markup in OEBPS/Text/c1.xhtml");
    }

    private String title(long speechId) {
        return library.store().speeches().stream().filter(s -> s.id() == speechId).findFirst().orElseThrow().title();
    }

    private static Path speech(String name) {
        return BundledLibrary.speeches().resolve(name);
    }

    private void assertRefused(Path file, Refusal refusal, String reason) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
        assertEquals(refusal, e.refusal(), e::getMessage);
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": ") && e.getMessage().contains(reason),
                e::getMessage);
    }
}
