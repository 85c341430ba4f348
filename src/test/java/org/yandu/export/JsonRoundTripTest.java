package org.yandu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.Annotation;
import org.yandu.library.LibraryStore;
import org.yandu.library.Lookup;
import org.yandu.library.ReadingDay;
import org.yandu.library.ReadingProgress;

/** The JSON export as a backup: restored into a fresh library, it exports to the same JSON. */
class JsonRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ExportResult exportAll(LibraryStore store, Path file) throws Exception {
        ExportOptions json = ExportOptions.defaults(ExportFormat.JSON);
        return new NotesExport(store, Vocabulary.BARE).export(new ExportRequest(ExportScope.library(store), json, file,
                false), ExportProgress.NONE, () -> false);
    }

    /** The export without the time it was made, the one field that must differ. */
    private static JsonNode content(Path file) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        root.remove("exported");
        return root;
    }

    @Test
    void exportImportIntoAFreshLibraryAndExportAgainGivesTheSameContent() throws Exception {
        Path first = dir.resolve("first.json");
        ReadingProgress readBefore;
        List<Lookup> lookedUpBefore;
        List<ReadingDay> daysBefore;
        try (LibraryStore original = StudyLibrary.withNotes(dir.resolve("original.db"))) {
            long speech = StudyLibrary.speech(original, StudyLibrary.REPORT);
            readBefore = original.reading().progress(speech);
            lookedUpBefore = original.lookups().ofSpeech(speech);
            daysBefore = original.reading().days(speech);
            exportAll(original, first);
        }
        JsonNode exported = content(first);
        assertEquals("yandu-notes", exported.get("format").asText());
        assertEquals(1, exported.get("version").asInt());
        assertEquals(2, exported.get("speeches").size(), exported.toPrettyString());
        assertEquals(StudyLibrary.USER_TERM, exported.get("glossary").get(0).get("term").asText());
        JsonNode progress = speechEntry(exported, StudyLibrary.REPORT).get("progress");
        assertEquals(readBefore.readAt().toString(), progress.get("read_at").asText());
        assertEquals(readBefore.lastOpened().toString(), progress.get("last_opened").asText());
        JsonNode lookup = speechEntry(exported, StudyLibrary.REPORT).get("lookups").get(0);
        assertEquals(lookedUpBefore.get(0).firstAt().toString(), lookup.get("first_at").asText());
        assertEquals(lookedUpBefore.get(0).lastAt().toString(), lookup.get("last_at").asText());

        Path second = dir.resolve("second.json");
        try (LibraryStore fresh = StudyLibrary.open(dir.resolve("fresh.db"))) {
            NotesImportReport report = new NotesImporter(fresh, fresh::putUserTerm).restore(NotesFile.read(first));
            assertEquals(5, report.annotationsRestored());
            assertEquals(2, report.speechesMatched());
            assertEquals(1, report.orphaned().size());
            assertEquals(StudyLibrary.ORPHAN_QUOTE, report.orphaned().get(0).quote());
            assertTrue(report.speechesNotFound().isEmpty());
            assertEquals(1, report.termsAdded());
            assertEquals(2, report.lookupsRestored());
            assertEquals(1, report.progressRestored());

            long speech = StudyLibrary.speech(fresh, StudyLibrary.REPORT);
            Annotation orphan = fresh.annotations().ofSpeech(speech).stream()
                    .filter(a -> a.quote().equals(StudyLibrary.ORPHAN_QUOTE)).findFirst().orElseThrow();
            assertTrue(orphan.orphaned());
            assertEquals(StudyLibrary.ORPHAN_CREATED, orphan.created());
            ReadingProgress readAfter = fresh.reading().progress(speech);
            assertEquals(readBefore.readAt(), readAfter.readAt());
            assertEquals(readBefore.lastOpened(), readAfter.lastOpened());
            assertEquals(readBefore.position(), readAfter.position());
            assertEquals(readBefore.secondsRead(), readAfter.secondsRead());
            assertEquals(withoutSpeech(lookedUpBefore), withoutSpeech(fresh.lookups().ofSpeech(speech)));
            assertEquals(daysBefore, fresh.reading().days(speech), "each day's reading time, for the week's summary");
            assertEquals(daysBefore.stream().mapToLong(ReadingDay::seconds).sum(),
                    fresh.study().since(LocalDate.now(ZoneId.systemDefault()).minusDays(6)).secondsRead());
            exportAll(fresh, second);
        }
        assertEquals(exported, content(second));
    }

    @Test
    void aLookupSetApartFromTheVocabularyIsKeptInJsonOnlyAndRestoredSetApart() throws Exception {
        Path json = dir.resolve("notes.json");
        Path markdown = dir.resolve("notes.md");
        try (LibraryStore original = StudyLibrary.withNotes(dir.resolve("original.db"))) {
            long speech = StudyLibrary.speech(original, StudyLibrary.REPORT);
            Instant at = Instant.parse("2026-01-05T09:00:00Z");
            original.lookups().restore(new Lookup(speech, "。群众", "。群众路线", at, at, 1, false));
            exportAll(original, json);
            new NotesExport(original, Vocabulary.BARE).export(new ExportRequest(ExportScope.library(original),
                    ExportOptions.defaults(ExportFormat.MARKDOWN), markdown, false), ExportProgress.NONE, () -> false);
        }
        JsonNode lookups = speechEntry(content(json), StudyLibrary.REPORT).get("lookups");
        assertEquals("。群众", lookups.get(lookups.size() - 1).get("term").asText());
        assertEquals(false, lookups.get(lookups.size() - 1).get("in_vocabulary").asBoolean(true));
        assertEquals(null, lookups.get(0).get("in_vocabulary"), "a word in the vocabulary is written as before");
        String notes;
        try (Stream<Path> files = Files.walk(markdown)) {
            notes = files.filter(Files::isRegularFile).map(JsonRoundTripTest::read).collect(Collectors.joining("\n"));
        }
        assertTrue(notes.contains("血肉联系") && !notes.contains("。群众"), notes);

        try (LibraryStore fresh = StudyLibrary.open(dir.resolve("fresh.db"))) {
            new NotesImporter(fresh, fresh::putUserTerm).restore(NotesFile.read(json));
            List<Lookup> restored = fresh.lookups().ofSpeech(StudyLibrary.speech(fresh, StudyLibrary.REPORT));
            assertEquals(List.of("。群众"), restored.stream().filter(l -> !l.inVocabulary()).map(Lookup::term).toList());
            assertEquals(3, restored.size());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode speechEntry(JsonNode export, String title) {
        for (JsonNode speech : export.get("speeches")) {
            if (speech.get("title").asText().equals(title)) {
                return speech;
            }
        }
        throw new AssertionError("no speech " + title + " in " + export.toPrettyString());
    }

    /** The speech's lookups as another library holds them: the same in all but the speech's id. */
    private static List<Lookup> withoutSpeech(List<Lookup> lookups) {
        return lookups.stream().map(l -> new Lookup(0, l.term(), l.sentence(), l.firstAt(), l.lastAt(), l.times(),
                l.inVocabulary()))
                .toList();
    }

    @Test
    void aFileWithoutTimesStillRestoresProgressAndLookups() throws Exception {
        Path file = Files.writeString(dir.resolve("old.json"), """
                {"format": "yandu-notes", "version": 1, "speeches": [{"fingerprint": "%s", "title": "t",
                  "progress": {"position": 4, "read": true, "seconds_read": 60},
                  "lookups": [{"term": "群众路线", "sentence": "群众路线是生命线。", "times": 3},
                              {"term": "血肉联系", "sentence": "", "times": 1}]}]}""".formatted(reportFingerprint()));
        try (LibraryStore fresh = StudyLibrary.open(dir.resolve("fresh.db"))) {
            Instant before = Instant.now();
            NotesImportReport report = new NotesImporter(fresh, fresh::putUserTerm).restore(NotesFile.read(file));
            assertEquals(2, report.lookupsRestored());
            long speech = StudyLibrary.speech(fresh, StudyLibrary.REPORT);
            ReadingProgress progress = fresh.reading().progress(speech);
            assertEquals(4, progress.position());
            assertEquals(60, progress.secondsRead());
            assertTrue(progress.read() && !progress.readAt().isBefore(before), "read, as of the import");
            List<Lookup> lookups = fresh.lookups().ofSpeech(speech);
            assertEquals(List.of("群众路线", "血肉联系"), lookups.stream().map(Lookup::term).toList());
            assertEquals(3, lookups.get(0).times());
        }
    }

    @Test
    void outOfRangeValuesAreRefusedByFieldAndValueAndNothingIsWritten() throws Exception {
        String[][] cases = {
                {"\"progress\": {\"position\": -3, \"read\": false, \"seconds_read\": 60}", "\"position\": -3"},
                {"\"progress\": {\"position\": 2, \"read\": true, \"seconds_read\": -60}", "\"seconds_read\": -60"},
                {"\"lookups\": [{\"term\": \"群众路线\", \"times\": -1}]", "\"times\": -1"},
                {"\"annotations\": [{\"quote\": \"群众\", \"paragraph\": -7, \"created\": \"2024-01-01T00:00:00Z\","
                        + " \"updated\": \"2024-01-01T00:00:00Z\"}]", "\"paragraph\": -7"}};
        String fingerprint = reportFingerprint();
        try (LibraryStore fresh = StudyLibrary.open(dir.resolve("fresh.db"))) {
            long speech = StudyLibrary.speech(fresh, StudyLibrary.REPORT);
            for (String[] c : cases) {
                Path file = Files.writeString(dir.resolve("negative.json"),
                        "{\"format\": \"yandu-notes\", \"version\": 1,"
                        + " \"speeches\": [{\"fingerprint\": \"" + fingerprint + "\", \"title\": \"t\", " + c[0]
                        + "}]}");
                NotesFileException e = assertThrows(NotesFileException.class,
                        () -> new NotesImporter(fresh, fresh::putUserTerm).restore(NotesFile.read(file)));
                assertTrue(e.getMessage().contains("speeches[0]") && e.getMessage().contains(c[1]), e.getMessage());
            }
            assertTrue(fresh.reading().progress(speech).untouched());
            assertTrue(fresh.lookups().ofSpeech(speech).isEmpty());
            assertTrue(fresh.annotations().all().isEmpty());
        }
    }

    private String reportFingerprint() {
        try (LibraryStore store = StudyLibrary.open(dir.resolve("source.db"))) {
            return store.fingerprint(StudyLibrary.speech(store, StudyLibrary.REPORT));
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = dir.resolve("notes.json");
        try (LibraryStore store = StudyLibrary.withNotes(dir.resolve("library.db"))) {
            exportAll(store, file);
            int annotations = store.annotations().all().size();
            NotesImportReport again = new NotesImporter(store, store::putUserTerm).restore(NotesFile.read(file));
            assertEquals(0, again.annotationsRestored());
            assertEquals(annotations, again.duplicatesSkipped());
            assertEquals(0, again.termsAdded());
            assertEquals(0, again.lookupsRestored());
            assertEquals(0, again.progressRestored());
            assertEquals(annotations, store.annotations().all().size());
            long speech = StudyLibrary.speech(store, StudyLibrary.REPORT);
            assertEquals(2, store.lookups().ofSpeech(speech).get(0).times());
        }
    }

    @Test
    void speechesTheLibraryLacksAreReported() throws Exception {
        Path file = dir.resolve("notes.json");
        try (LibraryStore store = StudyLibrary.withNotes(dir.resolve("library.db"))) {
            exportAll(store, file);
        }
        try (LibraryStore empty = LibraryStore.open(dir.resolve("empty.db"))) {
            NotesImportReport report = new NotesImporter(empty, empty::putUserTerm).restore(NotesFile.read(file));
            assertEquals(0, report.annotationsRestored());
            assertEquals(2, report.speechesNotFound().size());
            assertEquals(4, report.speechesNotFound().stream()
                    .filter(s -> s.title().equals(StudyLibrary.REPORT)).findFirst().orElseThrow().annotations());
            assertTrue(empty.annotations().all().isEmpty());
        }
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndTheProblem() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"yandu-notes\", ");
        NotesFileException e = assertThrows(NotesFileException.class, () -> NotesFile.read(broken));
        assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("not valid JSON"), e.getMessage());

        Path newer = Files.writeString(dir.resolve("newer.json"), "{\"format\": \"yandu-notes\", \"version\": 2}");
        e = assertThrows(NotesFileException.class, () -> NotesFile.read(newer));
        assertTrue(e.getMessage().contains("newer.json") && e.getMessage().contains("newer Yandu"), e.getMessage());

        Path other = Files.writeString(dir.resolve("other.json"), "[1, 2]");
        e = assertThrows(NotesFileException.class, () -> NotesFile.read(other));
        assertTrue(e.getMessage().contains("not a Yandu notes export"), e.getMessage());

        Path teal = Files.writeString(dir.resolve("teal.json"), """
                {"format": "yandu-notes", "version": 1, "speeches": [{"fingerprint": "x", "annotations": [
                  {"quote": "群众", "color": "teal", "created": "2024-01-01T00:00:00Z",
                   "updated": "2024-01-01T00:00:00Z"}]}]}""");
        e = assertThrows(NotesFileException.class, () -> NotesFile.read(teal));
        assertTrue(e.getMessage().contains("speeches[0].annotations[0]") && e.getMessage().contains("teal"),
                e.getMessage());

        Path badTime = Files.writeString(dir.resolve("time.json"), """
                {"format": "yandu-notes", "version": 1, "speeches": [{"fingerprint": "x",
                  "lookups": [{"term": "群众", "times": 1, "first_at": "yesterday"}]}]}""");
        e = assertThrows(NotesFileException.class, () -> NotesFile.read(badTime));
        assertTrue(e.getMessage().contains("speeches[0].lookups[0]") && e.getMessage().contains("first_at"),
                e.getMessage());

        Path badDay = Files.writeString(dir.resolve("day.json"), """
                {"format": "yandu-notes", "version": 1, "speeches": [{"fingerprint": "x",
                  "progress": {"position": 0, "read": false, "seconds_read": 5,
                               "days": [{"day": "周一", "seconds": 5}]}}]}""");
        e = assertThrows(NotesFileException.class, () -> NotesFile.read(badDay));
        assertTrue(e.getMessage().contains("speeches[0].progress.days[0]"), e.getMessage());

        Path missing = dir.resolve("missing.json");
        e = assertThrows(NotesFileException.class, () -> NotesFile.read(missing));
        assertTrue(e.getMessage().contains("missing.json"), e.getMessage());
    }
}
