package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yandu.BundledLibrary;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;

/**
 * The quality bar: a speech imported from a .doc, .wps, .odt or .epub is the speech imported from its .txt
 * (same title, at least 98 % of the characters in the same order, paragraph count within 10 %, no debris), and
 * importing it after the .txt adds a source to the speech rather than a second speech.
 */
class SameSpeechFromEachFormatTest {
    /** Word's and the container's marks, and what a reader would take for furniture, never reach a paragraph. */
    private static final Pattern DEBRIS = Pattern.compile("[\\u0000-\\u0008\\u000B-\\u001F]|HYPERLINK|PAGE|版权所有"
            + "|ISBN|目录|封面|^\\d+$");

    @TempDir
    Path dir;

    /** A file of another format made from a speech's .txt, in the test's folder. */
    interface Source {
        Path in(Path dir, Path txt) throws IOException;
    }

    static Stream<Arguments> sources() {
        Source epub3 = (dir, txt) -> new EpubFile(3, "学习文选").landmark("cover.xhtml", "cover", "<p>封面</p>")
                .chapter("c1.xhtml", "第一篇", EpubFile.body(txt)).write(dir.resolve("book.epub"));
        Source epub2 = (dir, txt) -> new EpubFile(2, "学习文选").chapter("c1.xhtml", "第一篇", EpubFile.body(txt))
                .write(dir.resolve("book2.epub"));
        Source wps = (dir, txt) -> Files.copy(OfficeFixtures.of(txt.getFileName().toString().replace(".txt", ".doc")),
                dir.resolve("speech.wps"));
        return Stream.of("003_b8c356e83df67f8b", "001_6c73ef4be9669b1e").flatMap(speech -> Stream.of(
                Arguments.of(speech + ".txt", ".doc", (Source) (dir, txt) -> OfficeFixtures.of(speech + ".doc")),
                Arguments.of(speech + ".txt", ".wps", wps),
                Arguments.of(speech + ".txt", ".odt", (Source) (dir, txt) -> OfficeFixtures.of(speech + ".odt")),
                Arguments.of(speech + ".txt", "EPUB 3", epub3),
                Arguments.of(speech + ".txt", "EPUB 2", epub2)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("sources")
    void theSpeechReadsAsFromItsText(String txtName, String format, Source source) throws Exception {
        Path txt = BundledLibrary.speeches().resolve(txtName);
        Path other = source.in(dir, txt);
        Imported fromText = importAlone(txt, "text.db");
        Imported fromOther = importAlone(other, "other.db");

        assertEquals(fromText.speech().title(), fromOther.speech().title());
        String expected = comparable(fromText.paragraphs());
        String actual = comparable(fromOther.paragraphs());
        double inOrder = (double) TextAgreement.commonSubsequence(expected, actual) / expected.length();
        assertTrue(inOrder >= 0.98, () -> String.format("%.4f of the characters in order%n%s%n%s", inOrder, expected,
                actual));
        int count = fromText.paragraphs().size();
        assertTrue(Math.abs(fromOther.paragraphs().size() - count) <= count / 10,
                () -> fromOther.paragraphs().size() + " paragraphs against " + count);
        for (Paragraph p : fromOther.paragraphs()) {
            assertFalse(DEBRIS.matcher(p.text()).find(), p.text());
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("sources")
    void importedAfterItsTextItAddsASourceNotASpeech(String txtName, String format, Source source) throws Exception {
        Path txt = BundledLibrary.speeches().resolve(txtName);
        Path other = source.in(dir, txt);
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(store);
            importer.importPaths(List.of(txt), ImportProgress.NONE);
            FileOutcome outcome = importer.importPaths(List.of(other), ImportProgress.NONE).files().get(0);
            assertEquals(FileOutcome.Status.IMPORTED, outcome.status(), outcome::toString);
            assertEquals(0, outcome.added());
            assertEquals(1, outcome.alreadyPresent());
            List<Speech> speeches = store.speeches();
            assertEquals(1, speeches.size());
            assertEquals(List.of(txtName, other.getFileName().toString()), speeches.get(0).sourceFiles());
        }
    }

    private Imported importAlone(Path file, String library) {
        try (LibraryStore store = LibraryStore.open(dir.resolve(library))) {
            ImportReport report = new Importer(store).importPaths(List.of(file), ImportProgress.NONE);
            assertEquals(List.of(), report.failures());
            List<Speech> speeches = store.speeches();
            assertEquals(1, speeches.size(), () -> speeches.stream().map(Speech::title).toList().toString());
            return new Imported(speeches.get(0), store.paragraphs(speeches.get(0).id()));
        }
    }

    private record Imported(Speech speech, List<Paragraph> paragraphs) {
    }

    /** The text with punctuation width folded (，and , alike) and without spacing, which layouts add and drop. */
    private static String comparable(List<Paragraph> paragraphs) {
        return TextAgreement.folded(paragraphs.stream().map(Paragraph::text).collect(Collectors.joining()));
    }
}
