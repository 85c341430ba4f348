package org.yandu.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
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

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("003_b8c356e83df67f8b.txt", OfficeFixtures.of("003_b8c356e83df67f8b.doc")),
                Arguments.of("001_6c73ef4be9669b1e.txt", OfficeFixtures.of("001_6c73ef4be9669b1e.doc")),
                Arguments.of("003_b8c356e83df67f8b.txt", OfficeFixtures.of("003_b8c356e83df67f8b.odt")),
                Arguments.of("001_6c73ef4be9669b1e.txt", OfficeFixtures.of("001_6c73ef4be9669b1e.odt")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sources")
    void theSpeechReadsAsFromItsText(String txtName, Path other) throws Exception {
        Path txt = BundledLibrary.speeches().resolve(txtName);
        Imported fromText = importAlone(txt, "text.db");
        Imported fromOther = importAlone(other, "other.db");

        assertEquals(fromText.speech().title(), fromOther.speech().title());
        String expected = comparable(fromText.paragraphs());
        String actual = comparable(fromOther.paragraphs());
        double inOrder = (double) commonSubsequence(expected, actual) / expected.length();
        assertTrue(inOrder >= 0.98, () -> String.format("%.4f of the characters in order%n%s%n%s", inOrder, expected,
                actual));
        int count = fromText.paragraphs().size();
        assertTrue(Math.abs(fromOther.paragraphs().size() - count) <= count / 10,
                () -> fromOther.paragraphs().size() + " paragraphs against " + count);
        for (Paragraph p : fromOther.paragraphs()) {
            assertFalse(DEBRIS.matcher(p.text()).find(), p.text());
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sources")
    void importedAfterItsTextItAddsASourceNotASpeech(String txtName, Path other) {
        Path txt = BundledLibrary.speeches().resolve(txtName);
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
        String text = paragraphs.stream().map(Paragraph::text).collect(Collectors.joining());
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** The length of the longest common subsequence: the characters that stand in the same order in both. */
    private static int commonSubsequence(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
