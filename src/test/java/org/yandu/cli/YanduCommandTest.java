package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yandu.BundledLibrary;

/** The headless commands as a user runs them, against a real library file. */
class YanduCommandTest {
    private static final String SPEECHES = BundledLibrary.speeches().toString();

    @TempDir
    Path dir;
    @RegisterExtension
    final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String library() {
        return dir.resolve("library.db").toString();
    }

    @Test
    void importListAndShow() throws Exception {
        assertEquals(0, run("import", "--library", library(), SPEECHES), cli.err());
        String imported = cli.out();
        assertTrue(imported.contains("5 file(s): 33 speech(es) imported, 26 copies found in several files linked"),
                imported);
        assertTrue(!imported.contains("already in the library"), "an empty library held nothing before: " + imported);

        assertEquals(0, run("list", "--json", "--library", library()));
        List<JsonNode> speeches = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : cli.out().lines().toList()) {
            speeches.add(json.readTree(line));
        }
        JsonNode guide = speeches.stream().filter(s -> s.get("title").asText().equals("新形势下党的群众工作的根本指南"))
                .findFirst().orElseThrow();
        assertEquals("003_b8c356e83df67f8b.txt", guide.get("source_files").get(0).asText());
        assertTrue(guide.get("paragraph_count").asInt() > 10);
        assertTrue(guide.get("collection").isNull());
        assertTrue(speeches.stream().anyMatch(s -> s.get("source_files").size() == 2), "a speech from two files");
        assertTrue(speeches.stream().allMatch(s -> s.has("id") && s.has("collection")));

        assertEquals(0, run("show", guide.get("id").asText(), "--library", library()));
        String text = cli.out();
        assertTrue(text.startsWith("新形势下党的群众工作的根本指南\n"), text.substring(0, 40));
        assertTrue(text.contains("中央直属机关工委理论学习中心组"));
    }

    @Test
    void searchReportsTheTotalWhateverThePage() throws Exception {
        run("import", "--library", library(), SPEECHES);
        assertEquals(0, run("search", "群众路线", "--json", "--page-size", "3", "--library", library()));
        JsonNode first = new ObjectMapper().readTree(cli.out());
        assertEquals(0, run("search", "群众路线", "--json", "--page", "2", "--page-size", "3", "--library", library()));
        JsonNode second = new ObjectMapper().readTree(cli.out());
        assertTrue(first.get("total").asInt() > 6);
        assertEquals(first.get("total"), second.get("total"));
        JsonNode match = first.get("speeches").get(0).get("matches").get(0);
        assertEquals("群众路线", match.get("sentence").asText().substring(match.get("highlight_start").asInt(),
                match.get("highlight_end").asInt()));
        assertEquals(0, run("search", "\"OR(", "--library", library()));
        assertTrue(cli.out().startsWith("0 match(es)"));
    }

    @Test
    void searchLabelsAMatchInASpeechsFields() throws Exception {
        run("import", "--library", library(), SPEECHES);
        assertEquals(0, run("search", "用权", "--library", library()));
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  abstract  ") && l.contains("【用权】")), cli.out());
        assertTrue(lines.contains("  keywords  党的群众路线；党员干部；为政；服务；【用权】；整风"), cli.out());
        assertEquals(0, run("search", "用权", "--json", "--library", library()));
        JsonNode matches = new ObjectMapper().readTree(cli.out()).get("speeches").get(0).get("matches");
        assertEquals("abstract", matches.get(0).get("field").asText());
        assertEquals("keywords", matches.get(1).get("field").asText());
        assertTrue(!matches.get(1).has("paragraph_id"), "a field is no paragraph");
    }

    @Test
    void segmentLookupAndGlossaryAdd() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(0, run("segment", "坚持以民为镜，践行群众路线", "--json", "--library", library()));
        JsonNode tokens = json.readTree(cli.out());
        List<String> words = new ArrayList<>();
        tokens.forEach(t -> words.add(t.get("text").asText()));
        assertTrue(words.contains("群众路线") && !words.contains("以民为镜"), words.toString());

        assertEquals(0, run("glossary", "add", "以民为镜", "--explanation", "以人民为镜子", "--tag", "作风",
                "--library", library()));
        assertTrue(cli.out().contains("yǐ mín wéi jìng"), cli.out());
        assertEquals(0, run("segment", "坚持以民为镜，践行群众路线", "--library", library()));
        assertTrue(cli.out().contains("以民为镜"), cli.out());

        assertEquals(0, run("lookup", "以民为镜", "--json", "--library", library()));
        JsonNode info = json.readTree(cli.out());
        assertEquals("USER", info.get("entries").get(0).get("source").asText());
        assertEquals("以人民为镜子", info.get("entries").get(0).get("explanation").asText());
        assertEquals(0, run("lookup", "为人民服务", "--json", "--library", library()));
        info = json.readTree(cli.out());
        assertEquals("wèi rén mín fú wù", info.get("pinyin").asText());
        assertEquals("STUDY", info.get("entries").get(0).get("source").asText());
    }

    @Test
    void aDictionaryThatIsNotCedictIsRefused() throws Exception {
        Path bogus = dir.resolve("bogus.u8");
        Files.writeString(bogus, "not a dictionary\n");
        assertEquals(1, run("dict", "import", bogus.toString(), "--library", library()));
        assertTrue(cli.err().contains("bogus.u8"), cli.err());
    }

    @Test
    void notesAddedListedBackedUpAndRestored() throws Exception {
        run("import", "--library", library(), SPEECHES + "/002_b68128a73f8f74db.txt");
        String speech = "1";
        assertEquals(0, run("note", "add", speech, "3", "--start", "0", "--end", "4", "--color", "green",
                "--text", "要点", "--tag", "作风", "--tag", "重点", "--library", library()));
        long highlight = Long.parseLong(cli.out().strip());
        assertEquals(0, run("backup", "--library", library()));
        Path backup = Path.of(cli.out().strip());
        assertTrue(Files.exists(backup), backup.toString());
        assertEquals(0, run("note", "add", speech, "4", "--text", "整段的想法", "--library", library()));

        assertEquals(0, run("notes", "--speech", speech, "--json", "--library", library()));
        String[] lines = cli.out().strip().split("\n", -1);
        assertEquals(2, lines.length);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals(highlight, first.get("id").asLong());
        assertEquals(3, first.get("paragraph").asInt());
        assertEquals(4, first.get("end").asInt());
        assertEquals("green", first.get("color").asText());
        assertEquals("作风", first.get("tags").get(0).asText());
        assertTrue(!first.get("orphaned").asBoolean() && first.get("quote").asText().length() == 4);
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertTrue(second.get("color").isNull());
        assertEquals("整段的想法", second.get("note").asText());

        assertEquals(0, run("restore", backup.toString(), "--library", library()));
        assertEquals(0, run("notes", "--library", library()));
        assertEquals(1, cli.out().strip().split("\n", -1).length);

        assertEquals(2, run("note", "add", speech, "3", "--color", "teal", "--library", library()));
        assertEquals(1, run("note", "add", speech, "99", "--library", library()));
        assertTrue(cli.err().contains("no paragraph 99"));
        assertEquals(1, run("restore", dir.resolve("nothing.db").toString(), "--library", library()));
        assertTrue(cli.err().contains("nothing.db"));
    }

    @Test
    void notesNameTheColourInEnglishWhateverTheComputersLanguage() throws Exception {
        run("import", "--library", library(), SPEECHES + "/002_b68128a73f8f74db.txt");
        assertEquals(0, run("note", "add", "1", "3", "--start", "0", "--end", "4", "--color", "pink",
                "--library", library()), cli.err());
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr")); // Turkish lower-cases I as a dotless ı: "pınk"
        try {
            assertEquals(0, run("notes", "--library", library()));
            assertTrue(cli.out().contains("[pink]"), cli.out());
            assertEquals(0, run("notes", "--json", "--library", library()));
            assertEquals("pink", new ObjectMapper().readTree(cli.out().strip()).get("color").asText());
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void noteAddWithOffsetsInsideAnEmojiQuotesTheWholeEmoji() throws Exception {
        String body = "为人民服务👍，这是我们党的根本宗旨，也是全体党员必须牢记的初心和使命。";
        Path speech = Files.writeString(dir.resolve("emoji.txt"), "为人民服务\n\n" + body + "\n");
        assertEquals(0, run("import", "--library", library(), speech.toString()), cli.err());
        assertEquals(0, run("show", "1", "--library", library()));
        List<String> shown = cli.out().lines().filter(line -> !line.isEmpty()).toList();
        int paragraph = shown.indexOf(body) + 1;
        int inside = body.indexOf("👍") + 1;
        assertEquals(0, run("note", "add", "1", String.valueOf(paragraph), "--start", String.valueOf(inside),
                "--end", String.valueOf(inside), "--library", library()), cli.err() + shown);
        assertEquals(0, run("notes", "--json", "--library", library()));
        assertEquals("👍", new ObjectMapper().readTree(cli.out().strip()).get("quote").asText());
    }

    @Test
    void listWithoutJsonPrintsOneLinePerSpeech() {
        run("import", "--library", library(), SPEECHES + "/002_b68128a73f8f74db.txt");
        assertEquals(0, run("list", "--library", library()));
        String[] lines = cli.out().strip().split("\n", -1);
        assertEquals(1, lines.length);
        assertTrue(lines[0].contains("如何在工作和训练中坚持党的群众路线"), lines[0]);
    }

    @Test
    void failuresExitNonZeroWithTheReasonOnStderr() {
        assertEquals(1, run("import", "--library", library(), dir.resolve("missing.txt").toString()));
        assertTrue(cli.err().contains("missing.txt"), cli.err());
        assertEquals(1, run("show", "12345", "--library", library()));
        assertTrue(cli.err().contains("no speech 12345"));
        assertEquals(2, run("show", "--library", library()));
    }

    @Test
    void aNewlineInAFileNameIsPrintedEscapedSoEachFileIsOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path tricky = folder.resolve("a\nimported  fake.txt");
        Files.copy(Path.of(SPEECHES, "002_b68128a73f8f74db.txt"), tricky);
        Files.writeString(folder.resolve("empty\nrefused   fake.txt"), "");
        assertEquals(1, run("import", "--library", library(), folder.toString()));
        String[] out = cli.out().strip().split("\n", -1);
        assertEquals(2, out.length, cli.out());
        assertTrue(out[0].startsWith("imported  ") && out[0].contains("a\\nimported  fake.txt"), out[0]);
        // stderr also carries the test's log output, whose messages keep the raw name: the command's line is whole.
        assertTrue(cli.err().lines().anyMatch("refused   empty\\nrefused   fake.txt: is empty"::equals), cli.err());

        Path notes = dir.resolve("notes\n  fake.md");
        assertEquals(0, run("export", "--format", "md", "--combined", "--out", notes.toString(), "--library",
                library()),
                cli.err());
        assertTrue(Files.exists(notes));
        assertEquals(2, cli.out().strip().split("\n", -1).length, cli.out());
        assertTrue(cli.out().contains("notes\\n  fake.md"), cli.out());
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenLibrary() {
        assertEquals(0, run("--library", library()));
        assertEquals(List.of(dir.resolve("library.db").toAbsolutePath()), cli.windowsOpened());
    }

    /** A library with one note and a backup of it; returns the backup. */
    private Path notedLibraryWithBackup() {
        run("import", "--library", library(), SPEECHES + "/002_b68128a73f8f74db.txt");
        assertEquals(0, run("note", "add", "1", "3", "--text", "备份里的笔记", "--library", library()));
        assertEquals(0, run("backup", "--library", library()), cli.err());
        return Path.of(cli.out().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"half", "100 bytes", "header"})
    void aBackupIsRestoredIntoADamagedLibrary(String damage) throws Exception {
        Path backup = notedLibraryWithBackup();
        Path file = dir.resolve("library.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            switch (damage) {
                case "half" -> channel.truncate(channel.size() / 2);
                case "100 bytes" -> channel.truncate(100);
                default -> channel.write(java.nio.ByteBuffer.wrap("不是数据库".repeat(10).getBytes(StandardCharsets.UTF_8)),
                        0);
            }
        }
        byte[] damaged = Files.readAllBytes(file);

        assertEquals(0, run("restore", backup.toString(), "--library", library()), cli.err());
        String said = cli.out();
        assertTrue(said.contains("the damaged library was moved to"), said);
        List<Path> aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(f -> f.getFileName().toString().matches("library\\.db\\.damaged-[0-9-]+")).toList();
        }
        assertEquals(1, aside.size(), aside.toString());
        assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(aside.get(0))), "the old bytes are kept");
        assertEquals(0, run("notes", "--json", "--library", library()));
        assertTrue(cli.out().contains("备份里的笔记"), cli.out());
    }

    /** An earlier version's damaged backup is shown as such, also when the library itself cannot be opened. */
    @Test
    void theBackupsAreListedWithTheDamagedOnesMarked() throws Exception {
        Path backup = notedLibraryWithBackup();
        Path damaged = Files.writeString(backup.resolveSibling("library-20200101-080000-000-daily.db"),
                "坏了".repeat(99));
        try (FileChannel channel = FileChannel.open(dir.resolve("library.db"), StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }

        assertEquals(0, run("restore", "--list", "--library", library()), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of(backup + "\tmanual", damaged + "\tdamaged, cannot be restored: it is not a sound SQLite"
                + " database"), lines.stream().map(line -> line.replaceAll(" database.*", " database")).toList());
        assertEquals(1, run("restore", damaged.toString(), "--library", library()));
        assertTrue(cli.err().contains(damaged + " cannot be restored"), cli.err());
        assertEquals(2, run("restore", "--library", library()));
        assertTrue(cli.err().contains("--list"), cli.err());
    }

    @Test
    void anEmptyOrMissingLibraryWithBackupsIsRefusedAndNamesTheBackup() throws Exception {
        Path backup = notedLibraryWithBackup();
        Path file = dir.resolve("library.db");
        Files.write(file, new byte[0]);
        assertEquals(1, run("list", "--library", library()));
        String said = cli.err();
        assertTrue(said.contains("is empty") && said.contains("yandu restore " + backup), said);
        assertEquals(0, Files.size(file), "nothing is written over it");
        Files.delete(file);
        assertEquals(1, run("note", "add", "1", "3", "--library", library()));
        assertTrue(cli.err().contains("is missing"), cli.err());
        assertTrue(!Files.exists(file), "no new library is made");

        assertEquals(0, run("restore", backup.toString(), "--library", library()), cli.err());
        assertEquals(0, run("notes", "--json", "--library", library()));
        assertTrue(cli.out().contains("备份里的笔记"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aBackupOfALibraryInAReadOnlyFolderSaysSoAtOnce() throws Exception {
        notedLibraryWithBackup();
        List<String> before;
        try (var files = Files.list(dir.resolve("backups"))) {
            before = files.map(Path::toString).sorted().toList();
        }
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir), "permissions do not bind root");
            assertEquals(1, run("backup", "--library", library()));
            String said = cli.err();
            assertTrue(said.contains("the folder " + dir + " is read-only"), said);
        } finally {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertEquals(before, files.map(Path::toString).sorted().toList(), "no 0-byte copy, no journal");
        }
    }
}
