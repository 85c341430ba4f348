package org.yandu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.Annotation;
import org.yandu.library.Annotations;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphKind;
import org.yandu.library.Passages;

/** A highlight across paragraphs is handed in as one quote and comes back from a notes file as one highlight. */
class PassageExportTest {
    private static final String NOTE = "两段连起来读";

    @TempDir
    Path dir;

    /** Highlights from the last sentence of a body paragraph of the guide to the first sentence of the next. */
    private static List<Annotation> passage(LibraryStore store) {
        long guide = StudyLibrary.speech(store, StudyLibrary.GUIDE);
        List<Paragraph> body = store.paragraphs(guide).stream().filter(p -> p.kind() == ParagraphKind.BODY)
                .filter(p -> p.text().length() > 40).toList();
        Paragraph first = body.get(0);
        Paragraph second = store.paragraphs(guide).get(first.position() + 1);
        int from = first.text().length() - 10;
        return store.annotations().highlightPassage(List.of(new Annotations.Span(first.id(), from,
                first.text().length()), new Annotations.Span(second.id(), 0, 8)), HighlightColor.GREEN, NOTE,
                List.of("连读"));
    }

    private static void export(LibraryStore store, ExportOptions options, Path file) throws Exception {
        ExportScope guide = ExportScope.speeches(List.of(StudyLibrary.speech(store, StudyLibrary.GUIDE)));
        new NotesExport(store, Vocabulary.BARE).export(new ExportRequest(guide, options, file, false),
                ExportProgress.NONE, () -> false);
    }

    @Test
    void markdownAndHtmlQuoteEveryParagraphOnceUnderOneNote() throws Exception {
        try (LibraryStore store = StudyLibrary.open(dir.resolve("library.db"))) {
            List<Annotation> parts = passage(store);
            Path md = dir.resolve("guide.md");
            export(store, new ExportOptions(ExportFormat.MARKDOWN, false, false, false, true, "zh"), md);
            String text = Files.readString(md);
            assertTrue(text.contains("> " + parts.get(0).quote() + "\n>\n> " + parts.get(1).quote() + "\n"), text);
            assertEquals(1, text.split(NOTE, -1).length - 1, "the note once: " + text);

            Path html = dir.resolve("guide.html");
            export(store, ExportOptions.defaults(ExportFormat.HTML), html);
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            assertEquals(1, doc.select("figure.note").size(), doc.body().html());
            assertEquals(List.of(parts.get(0).quote(), parts.get(1).quote()),
                    doc.select("figure.note blockquote p mark").eachText());
        }
    }

    @Test
    void aNotesFileKeepsThePartsAndRestoresThemAsOneHighlight() throws Exception {
        Path file = dir.resolve("notes.json");
        List<Annotation> parts;
        try (LibraryStore store = StudyLibrary.open(dir.resolve("original.db"))) {
            parts = passage(store);
            export(store, ExportOptions.defaults(ExportFormat.JSON), file);
        }
        JsonNode marks = new ObjectMapper().readTree(file.toFile()).get("speeches").get(0).get("annotations");
        assertEquals(2, marks.size(), marks.toPrettyString());
        assertEquals(parts.get(1).quote(), marks.get(1).get("quote").asText());
        assertTrue(marks.get(1).get("continues").asBoolean() && !marks.get(0).has("continues"));

        try (LibraryStore fresh = StudyLibrary.open(dir.resolve("fresh.db"))) {
            NotesImportReport report = new NotesImporter(fresh, fresh::putUserTerm).restore(NotesFile.read(file));
            assertEquals(1, report.annotationsRestored(), "one highlight, as the reader made it");
            List<Annotation> restored = Passages.joined(fresh.annotations().all());
            assertEquals(1, restored.size());
            assertEquals(Passages.join(parts).quote(), restored.get(0).quote());
            assertEquals(NOTE, restored.get(0).note());
            assertTrue(fresh.annotations().all().stream().noneMatch(Annotation::orphaned));
        }
    }
}
