package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.importer.ImportProgress;
import org.yandu.importer.Importer;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;
import org.yandu.library.UserTerm;
import org.yandu.text.ChineseText;

/** The glossary at work on a real library: stored words, user terms, CC-CEDICT kept beside the library. */
class GlossaryServiceTest {
    private static final Path SPEECHES = BundledLibrary.speeches();
    private static final Path CEDICT = Path.of(System.getProperty("yandu.shared.dir", "../shared"),
            "dict", "cedict_1_0_ts_utf-8_mdbg.txt.gz");

    @TempDir
    Path dir;
    private LibraryStore store;
    private GlossaryService service;

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"));
        service = GlossaryService.open(store, ChineseText.load());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /**
     * Every study-glossary term, written in a sentence as speeches write it (its commas full-width or half-width),
     * is one word that looks up its entry: lookup and storage use one key (issue #15).
     */
    @Test
    void everyStudyTermIsOneWordThatFindsItsEntryHoweverItsCommasAreWritten() {
        List<String> lost = new ArrayList<>();
        for (GlossaryEntry entry : StudyGlossary.load()) {
            for (String written : List.of(entry.term(), entry.term().replace('，', ','))) {
                String sentence = "我们要" + written + "。";
                boolean found = service.text().segment(sentence).stream()
                        .filter(t -> t.text().equals(written))
                        .anyMatch(t -> !service.glossary().entries(service.text().lookupForm(t.text())).isEmpty());
                if (!found) {
                    lost.add(written);
                }
            }
        }
        assertEquals(List.of(), lost);
    }

    /** Every stored word of the library as text. */
    private List<String> storedWords() {
        List<String> words = new ArrayList<>();
        for (Speech speech : store.speeches()) {
            Map<Long, int[]> tokens = store.tokens(speech.id());
            for (Paragraph p : store.paragraphs(speech.id())) {
                int at = 0;
                for (int length : tokens.get(p.id())) {
                    words.add(p.text().substring(at, at + length));
                    at += length;
                }
                assertEquals(p.text().length(), at, "tokens cover the paragraph exactly");
            }
        }
        return words;
    }

    @Test
    void importingSegmentsEveryParagraphWithGlossaryTermsWhole() {
        new Importer(store, service.tokenizer()).importPaths(List.of(SPEECHES), ImportProgress.NONE);
        assertEquals(0, store.countUnsegmentedParagraphs());
        List<String> words = storedWords();
        assertTrue(words.contains("群众路线"));
        assertTrue(words.contains("党的群众路线教育实践活动"));
        assertFalse(words.contains("路线教育"));
    }

    @Test
    void aLibraryImportedWithoutTheSegmenterIsSegmentedByTheBackgroundJob() {
        new Importer(store).importPaths(List.of(SPEECHES), ImportProgress.NONE);
        int pending = store.countUnsegmentedParagraphs();
        assertTrue(pending > 300, "all paragraphs wait: " + pending);
        List<Integer> progress = new ArrayList<>();
        assertEquals(pending, service.segmentPending(progress::add));
        assertEquals(pending, progress.get(progress.size() - 1));
        assertEquals(0, store.countUnsegmentedParagraphs());
        assertTrue(storedWords().contains("为民务实清廉"));
    }

    @Test
    void aUserTermIsOneWordAtOnceAndSplitAgainWhenRemoved() {
        new Importer(store, service.tokenizer()).importPaths(List.of(SPEECHES), ImportProgress.NONE);
        assertFalse(storedWords().contains("以民为镜"));
        service.putUserTerm(new UserTerm("以民为镜", "yǐ mín wéi jìng", "以人民为镜子，检查自己的工作", "take the people as a mirror",
                List.of("作风")));
        assertTrue(storedWords().contains("以民为镜"));
        assertEquals(GlossarySource.USER, service.glossary().lookup("以民为镜").exact().get(0).source());
        assertEquals("yǐ mín wéi jìng", service.text().pinyin("以民为镜"));

        GlossaryService reopened = GlossaryService.open(store, ChineseText.load());
        assertEquals("take the people as a mirror", reopened.glossary().lookup("以民为镜").exact().get(0).english());

        assertTrue(service.removeUserTerm("以民为镜"));
        assertFalse(storedWords().contains("以民为镜"));
        assertTrue(service.glossary().lookup("以民为镜").exact().isEmpty());
    }

    @Test
    void aTermOfLettersAndChineseIsOneStoredWordAndSplitAgainWhenRemoved() throws IOException {
        Path speech = dir.resolve("speech.txt");
        Files.writeString(speech, "资本市场的几点认识\n\nA股市场平稳运行，COVID-19疫情防控取得成效。\n");
        new Importer(store, service.tokenizer()).importPaths(List.of(speech), ImportProgress.NONE);
        assertFalse(storedWords().contains("A股"));
        service.putUserTerm(new UserTerm("A股", "A gǔ", "在中国境内上市的人民币普通股票", "", List.of()));
        service.putUserTerm(new UserTerm("COVID-19", "", "新冠肺炎", "", List.of()));
        assertTrue(storedWords().containsAll(List.of("A股", "COVID-19")), storedWords().toString());

        assertTrue(service.removeUserTerm("A股"));
        assertFalse(service.removeUserTerm("A股"));
        assertFalse(storedWords().contains("A股"));
        assertTrue(storedWords().contains("COVID-19"));
    }

    @Test
    void aRefusedTermWritesNothingAndAStoredOneThatBreaksTheRuleIsLeftOut() {
        InvalidTermException refused = assertThrows(InvalidTermException.class,
                () -> service.putUserTerm(new UserTerm("A股", "gǔ piào", "", "", List.of())));
        assertEquals(InvalidTermException.Problem.PINYIN, refused.problem());
        assertTrue(store.userTerms().isEmpty());

        // The store itself takes any term, as an older Yandu wrote them.
        store.putUserTerm(new UserTerm("？？", "", "", "", List.of()));
        store.putUserTerm(new UserTerm("A股", "gǔ piào", "", "", List.of()));
        store.putUserTerm(new UserTerm("5G", "", "第五代移动通信", "", List.of()));
        GlossaryService reopened = GlossaryService.open(store, ChineseText.load());
        assertEquals(List.of("A股", "？？"),
                reopened.unusableUserTerms().stream().map(InvalidTermException::term).toList());
        assertEquals(List.of("5G"), reopened.glossary().userEntries().stream().map(GlossaryEntry::term).toList());
        assertTrue(reopened.text().segment("加快5G网络建设").stream().anyMatch(t -> t.text().equals("5G")));
    }

    @Test
    void afterARestoreTheUserTermsAreThoseOfTheBackup() {
        String kept = "以民为镜";
        String added = "察民镜鉴";
        assertFalse(words("要" + added + "。").contains(added), "not a word before it is a user term");
        service.putUserTerm(new UserTerm(kept, "", "以人民为镜子", "", List.of()));
        Path backup = store.backups().create("manual");
        service.removeUserTerm(kept);
        service.putUserTerm(new UserTerm(added, "", "向群众请教", "", List.of()));

        store.backups().restore(backup);
        service.reloadUserTerms();

        assertEquals(List.of(kept), service.glossary().userEntries().stream().map(GlossaryEntry::term).toList());
        assertTrue(words("要" + kept + "，正衣冠。").contains(kept));
        assertFalse(words("要" + added + "。").contains(added), "a term the backup does not hold is a word no more");
    }

    private List<String> words(String sentence) {
        return service.text().segment(sentence).stream().map(t -> t.text()).toList();
    }

    @Test
    void anImportedCedictIsKeptBesideTheLibraryAndUsedAgainAfterRestart() throws IOException {
        assumeTrue(Files.exists(CEDICT), "CC-CEDICT is not in ../shared/dict");
        CedictFile cedict = service.importCedict(CEDICT);
        assertEquals(124_259, cedict.entries().size());
        assertTrue(service.glossary().lookup("群众").exact(GlossarySource.CEDICT).size() >= 1);
        assertTrue(service.cedictHeader().orElseThrow().licence().orElseThrow().contains("Creative Commons"));
        try (var files = Files.list(dir.resolve("dictionaries"))) {
            assertEquals(List.of("cedict_ts.index", "cedict_ts.u8.gz"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        GlossaryService reopened = GlossaryService.open(store, ChineseText.load());
        assertEquals(124_259, reopened.glossary().size(GlossarySource.CEDICT));
    }

    @Test
    void aFileThatIsNotCedictIsRefusedAndNothingIsKept() throws IOException {
        Path bogus = dir.resolve("notes.u8");
        Files.writeString(bogus, "这不是词典\n也不是\n");
        IOException e = assertThrows(IOException.class, () -> service.importCedict(bogus));
        assertTrue(e.getMessage().contains("notes.u8"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("dictionaries/cedict_ts.u8.gz")));
        assertFalse(Files.exists(dir.resolve("dictionaries/cedict_ts.index")));
        assertEquals(0, service.glossary().size(GlossarySource.CEDICT));
    }

    @Test
    void anImportedCedictIsKeptPackedAndARestartReadsItFromThere() throws IOException {
        service.importCedict(Files.writeString(dir.resolve("cedict.u8"), PackedCedictTest.TINY_CEDICT));
        Path packed = dir.resolve("dictionaries/cedict_ts.index");
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(packed, written);

        GlossaryService reopened = GlossaryService.open(store, ChineseText.load());

        assertEquals(written, Files.getLastModifiedTime(packed), "read, not written again");
        assertEquals(8, reopened.glossary().size(GlossarySource.CEDICT));
        assertEquals(List.of("gān", "gàn", "gān"),
                cedict(reopened, "干").stream().map(GlossaryEntry::pinyin).toList());
        assertEquals(List.of("the mass line"), cedict(reopened, "群眾路線").get(0).definitions());
        assertEquals("2026-01-04T16:04:33Z", reopened.cedictHeader().orElseThrow().date().orElseThrow());
    }

    @Test
    void aDamagedPackedFileIsLeftForTheCopyAndWrittenAgain() throws IOException {
        service.importCedict(Files.writeString(dir.resolve("cedict.u8"), PackedCedictTest.TINY_CEDICT));
        Path packed = dir.resolve("dictionaries/cedict_ts.index");
        byte[] whole = Files.readAllBytes(packed);
        Files.write(packed, Arrays.copyOf(whole, whole.length / 2));

        GlossaryService reopened = GlossaryService.open(store, ChineseText.load());

        assertEquals(8, reopened.glossary().size(GlossarySource.CEDICT));
        assertEquals("lǜ", cedict(reopened, "綠").get(0).pinyin());
        assertArrayEquals(whole, Files.readAllBytes(packed));
    }

    /** As an import killed between its two files leaves them: a new copy beside the old copy's packed file. */
    @Test
    void aCopyChangedUnderThePackedFileIsParsedAndPackedAgain() throws IOException {
        service.importCedict(Files.writeString(dir.resolve("cedict.u8"), PackedCedictTest.TINY_CEDICT));
        Path packed = dir.resolve("dictionaries/cedict_ts.index");
        byte[] old = Files.readAllBytes(packed);
        Path copy = dir.resolve("dictionaries/cedict_ts.u8.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(copy))) {
            out.write(PackedCedictTest.TINY_CEDICT.replace("/dry/", "/dried/").getBytes(StandardCharsets.UTF_8));
        }

        GlossaryService reopened = GlossaryService.open(store, ChineseText.load());

        assertEquals(List.of("dried"), cedict(reopened, "乾").get(0).definitions());
        assertFalse(Arrays.equals(old, Files.readAllBytes(packed)), "packed again");
        assertEquals(List.of("dried"), cedict(GlossaryService.open(store, ChineseText.load()), "乾").get(0)
                .definitions());
    }

    private static List<GlossaryEntry> cedict(GlossaryService service, String form) {
        return service.glossary().lookup(form).exact(GlossarySource.CEDICT);
    }
}
