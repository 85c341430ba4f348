package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.BundledLibrary;
import org.yandu.files.AtomicFiles;
import org.yandu.library.BackupFile;
import org.yandu.library.Backups;
import org.yandu.library.HighlightColor;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SourceFile;
import org.yandu.library.SpeechDraft;

/**
 * The real {@code yandu dict import}, {@code export} and {@code backup}, each in a child JVM killed with SIGKILL
 * mid-work: nothing half-written counts as a dictionary, an export or a backup, and the next run removes what the
 * killed one left. Each command is first run to the end to learn how long it takes; the kills are spread over that
 * time, and one lands the moment its temporary file appears, so at least one kill leaves a leftover to clean.
 */
class KilledCommandsTest {
    private static final Path SPEECHES = BundledLibrary.speeches();
    private static final Path CEDICT = Path.of(System.getProperty("yandu.shared.dir", "../shared"),
            "dict", "cedict_1_0_ts_utf-8_mdbg.txt.gz");
    /** Where in the measured run the timed kills land; the first kill waits for the temporary file instead. */
    private static final double[] SHARES = {0.55, 0.85};
    private static final int SPEECH_COUNT = 80;
    private static final String OLD_DICTIONARY = """
            # CC-CEDICT
            #! version=1
            #! date=2020-01-01
            群眾 群众 [qun2 zhong4] /the masses (old dictionary)/
            路線 路线 [lu4 xian4] /route (old dictionary)/
            """;

    @TempDir
    static Path shared;
    private static Path library;
    private static int speechCount;

    @TempDir
    Path dir;

    /** One library for the export and backup kills, big enough that both take a while: neither changes it. */
    @BeforeAll
    static void library() throws IOException {
        library = shared.resolve("library.db");
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SPEECHES)) {
            for (Path file : files.sorted().toList()) {
                Files.readAllLines(file).stream().map(String::strip).filter(p -> p.length() > 20)
                        .forEach(paragraphs::add);
            }
        }
        List<SpeechDraft> speeches = new ArrayList<>();
        for (int i = 0; i < SPEECH_COUNT; i++) {
            List<ParagraphDraft> body = new ArrayList<>(
                    List.of(new ParagraphDraft(ParagraphKind.TITLE, 0, null, "讲话" + i)));
            for (int p = 0; p < 40; p++) {
                body.add(ParagraphDraft.body(paragraphs.get((i * 41 + p * 7) % paragraphs.size())));
            }
            speeches.add(new SpeechDraft("讲话" + i, false, null, null, null, null, List.of(), body));
        }
        try (LibraryStore store = LibraryStore.open(library)) {
            store.recordImport(new SourceFile("/many.txt", "many.txt", "txt", "UTF-8", 1, "many"), null, speeches);
            speechCount = store.speeches().size();
            for (var speech : store.speeches()) {
                List<Paragraph> body = store.paragraphs(speech.id());
                for (int p = 1; p < body.size(); p += 4) {
                    store.annotations().highlight(body.get(p).id(), 2, 12, HighlightColor.YELLOW, "要点 " + p,
                            List.of("重点"));
                }
            }
        }
    }

    private static Process start(Path library, Path log, String... args) throws IOException {
        return YanduProcess.of(library, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs a command to its end and returns how long it took, in milliseconds; it must succeed. */
    private long run(Path library, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".log");
        long started = System.nanoTime();
        Process process = start(library, log, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", args) + " ended");
        long took = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, process.exitValue(), String.join(" ", args) + ": " + Files.readString(log));
        return took;
    }

    private String output(Path library, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "out", ".log");
        Process process = start(library, log, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", args) + " ended");
        assertEquals(0, process.exitValue(), String.join(" ", args) + ": " + Files.readString(log));
        return Files.readString(log);
    }

    /**
     * Starts the command {@code 1 + SHARES.length} times and kills it: first as soon as a file matching
     * {@code glob} appears in {@code folder}, then at each share of {@code took}. After each kill, {@code check}
     * looks at what it left. Returns how many leftovers matching {@code glob} the kills left, all told; each run
     * after a kill is also the next start that must remove them.
     */
    private int killed(Path library, long took, Path folder, String glob, KillCheck check, String... args)
            throws Exception {
        int leftovers = 0;
        for (int round = 0; round <= SHARES.length; round++) {
            Process process = start(library, Files.createTempFile(dir, "killed", ".log"), args);
            if (round == 0) {
                while (process.isAlive() && matching(folder, glob).isEmpty()) {
                    Thread.sleep(2);
                }
            } else {
                process.waitFor((long) (took * SHARES[round - 1]), TimeUnit.MILLISECONDS);
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed command ended");
            leftovers += matching(folder, glob).size();
            check.afterKill();
        }
        return leftovers;
    }

    @FunctionalInterface
    private interface KillCheck {
        void afterKill() throws Exception;
    }

    private static List<Path> matching(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            files.forEach(found::add);
        }
        return found;
    }

    @Test
    void aKilledDictionaryImportLeavesTheOldDictionaryOrTheNewOneWhole() throws Exception {
        assumeTrue(Files.exists(CEDICT), "CC-CEDICT is not in ../shared/dict");
        Path measured = dir.resolve("measured/library.db");
        Files.createDirectories(measured.getParent());
        long took = run(measured, "dict", "import", CEDICT.toString());
        Path file = dir.resolve("library/library.db");
        Path dictionaries = Files.createDirectories(file.resolveSibling("dictionaries"));
        // The old dictionary as an import keeps it: gzipped beside the library.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dictionaries.resolve("cedict_ts.u8.gz")))) {
            out.write(OLD_DICTIONARY.getBytes(StandardCharsets.UTF_8));
        }
        Set<String> wholeOnes = Set.of(textDigest(dictionaries.resolve("cedict_ts.u8.gz")),
                textDigest(measured.resolveSibling("dictionaries/cedict_ts.u8.gz")));

        int leftovers = killed(file, took, dictionaries, AtomicFiles.LEFTOVERS, () -> assertTrue(
                wholeOnes.contains(textDigest(dictionaries.resolve("cedict_ts.u8.gz"))),
                "the dictionary in use is the old one or the new one, whole"), "dict", "import", CEDICT.toString());
        assertTrue(leftovers > 0, "a kill caught the import writing its copy");

        JsonNode lookup = Json.MAPPER.readTree(output(file, "lookup", "群众", "--json"));
        assertTrue(lookup.get("entries").findValuesAsText("source").contains("CEDICT"), "looked up: " + lookup);
        assertEquals(List.of(), matching(dictionaries, "*.part"), "the next start removed the leftovers");
    }

    /** The text a kept dictionary holds, unpacked: the same for the file imported and its gzipped copy. */
    private static String textDigest(Path gzipped) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void aKilledExportLeavesNoHalfFileAndTheNextExportRemovesItsLeftovers() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        long took = run(library, "export", "--format", "docx", "--no-lookups", "--out",
                exports.resolve("measured.docx").toString());
        assertOpens(exports.resolve("measured.docx"));

        // --force: a run that ends before its kill leaves a whole file, which the next one replaces.
        Path target = exports.resolve("killed.docx");
        int leftovers = killed(library, took, exports, ".yandu-*.part", () -> {
            if (Files.exists(target)) {
                assertOpens(target);
            }
        }, "export", "--format", "docx", "--no-lookups", "--force", "--out", target.toString());
        assertTrue(leftovers > 0, "a kill caught the export writing");

        // An export can go anywhere: the next one into the same folder is the one that removes the leftovers.
        Path html = exports.resolve("notes.html");
        run(library, "export", "--format", "html", "--no-lookups", "--speech", "1", "--out", html.toString());
        assertTrue(Files.readString(html).strip().endsWith("</html>"), "the export is whole");
        assertEquals(List.of(), matching(exports, ".yandu-*"), "the next export removed the killed ones' leftovers");
    }

    private static void assertOpens(Path docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(document.getParagraphs().size() > speechCount, docx + " holds every speech's notes");
        }
    }

    @Test
    void aKilledBackupIsNeverListedAndTheNextStartRemovesItsLeftovers() throws Exception {
        Path backups = library.resolveSibling("backups");
        long took = run(library, "backup");
        int leftovers = killed(library, took, backups, "*.partial", () -> {
            for (BackupFile listed : Backups.beside(library)) {
                assertTrue(listed.restorable(), listed.toString());
                assertSound(listed.file());
            }
        }, "backup");
        assertTrue(leftovers > 0, "a kill caught the backup writing its copy");

        output(library, "list");
        assertEquals(List.of(), matching(backups, "*.partial*"), "the next start removed the leftovers");
    }

    private static void assertSound(Path backup) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + backup.toUri() + "?immutable=1");
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), backup.toString());
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM speeches")) {
                rs.next();
                assertEquals(speechCount, rs.getInt(1), backup + " holds every speech");
            }
        }
    }
}
