package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;

/** Glossary terms mixing Chinese, letters and digits, refused terms and bad stored rows, through the command line. */
class GlossaryTermsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A term, the reading Yandu gives it, and the sentence of the test speech that holds it. */
    private record Case(String term, String pinyin, String sentence) {
    }

    private static final List<Case> CASES = List.of(
            new Case("GDP", "GDP", "我们要推动GDP稳步增长。"),
            new Case("5G", "5G", "加快5G网络建设。"),
            new Case("A股", "A gǔ", "A股市场平稳运行。"),
            new Case("COVID-19", "COVID-19", "COVID-19疫情防控取得成效。"),
            new Case("x", "x", "横轴x表示时间。"),
            new Case("2035年远景目标", "2035 nián yuǎn jǐng mù biāo", "到2035年远景目标基本实现。"));

    @TempDir
    Path dir;
    @RegisterExtension
    final CommandRun cli = new CommandRun();

    private String library() {
        return dir.resolve("library.db").toString();
    }

    /** Runs a command on the test library and expects it to succeed. */
    private String ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", library()));
        assertEquals(0, cli.run(all.toArray(String[]::new)), String.join(" ", args) + ": " + cli.err());
        return cli.out();
    }

    private Path speech() throws Exception {
        Path file = dir.resolve("speech.txt");
        Files.writeString(file, "新发展阶段的几点认识\n\n" + CASES.stream().map(Case::sentence)
                .collect(Collectors.joining("\n\n")) + "\n");
        return file;
    }

    private List<String> words(String sentence) throws Exception {
        List<String> words = new ArrayList<>();
        JSON.readTree(ok("segment", sentence, "--json")).forEach(t -> words.add(t.get("text").asText()));
        return words;
    }

    private List<String> storedTerms() throws Exception {
        List<String> terms = new ArrayList<>();
        for (String line : ok("glossary", "list", "--json").strip().split("\n", -1)) {
            if (!line.isBlank()) {
                terms.add(JSON.readTree(line).get("term").asText());
            }
        }
        return terms;
    }

    private int rowsOf(String term) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + library());
             PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM user_terms WHERE term = ?")) {
            ps.setString(1, term);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private void insertRow(String term, String pinyin) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + library());
             PreparedStatement ps = db.prepareStatement("INSERT INTO user_terms(term, pinyin, explanation, english,"
                     + " tags, created_at, updated_at) VALUES (?, ?, '旧版本写入', '', '', '2024-01-01', '2024-01-01')")) {
            ps.setString(1, term);
            ps.setString(2, pinyin);
            ps.executeUpdate();
        }
    }

    @Test
    void termsMixingChineseLettersAndDigitsAreWholeWordsWithTheirReadingEverywhere() throws Exception {
        List<List<String>> before = new ArrayList<>();
        for (Case c : CASES) {
            before.add(words(c.sentence()));
        }
        for (Case c : CASES) {
            assertTrue(ok("glossary", "add", c.term(), "--explanation", "解释" + c.term()).contains(c.pinyin()),
                    cli.out());
        }
        ok("import", speech().toString());
        try (LibraryStore store = LibraryStore.open(Path.of(library()))) {
            CASES.forEach(c -> store.lookups().record(1, c.term(), c.sentence()));
        }
        for (Case c : CASES) {
            assertTrue(words(c.sentence()).contains(c.term()), c.term() + " whole: " + words(c.sentence()));
            JsonNode info = JSON.readTree(ok("lookup", c.term(), "--json"));
            assertEquals(c.pinyin(), info.get("pinyin").asText(), c.term());
            assertEquals("USER", info.get("entries").get(0).get("source").asText(), c.term());
            assertEquals("解释" + c.term(), info.get("entries").get(0).get("explanation").asText());
        }
        Path notes = dir.resolve("notes.md");
        ok("export", "--format", "md", "--out", notes.toString(), "--speech", "1");
        String md = Files.readString(notes);
        for (Case c : CASES) {
            assertTrue(md.contains("- **" + c.term() + "** *" + c.pinyin() + "* — 解释" + c.term()), md);
        }
        assertEquals(CASES.stream().map(Case::term).sorted().toList(), storedTerms().stream().sorted().toList());

        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            assertTrue(ok("glossary", "remove", c.term()).contains(c.term()), cli.out());
            assertEquals(0, rowsOf(c.term()));
            assertEquals(before.get(i), words(c.sentence()), c.term() + " is read as before it was added");
        }
        assertEquals(List.of(), storedTerms());
        assertNotEquals(0, cli.run("glossary", "remove", "GDP", "--library", library()));
        assertTrue(cli.err().contains("\"GDP\" is not in your glossary"), cli.err());
    }

    @Test
    void aTermThatCannotBeStoredIsRefusedByNameAndNothingIsWritten() throws Exception {
        ok("list");
        List<String[]> refused = List.of(
                new String[] {"  ", "it is empty"},
                new String[] {"？？！", "no Chinese character, letter or digit"},
                new String[] {"GDP\u0007", "control character"},
                new String[] {"群众路线\n走群众路线", "control character"},
                new String[] {"长".repeat(51), "longer than 50 characters"},
                new String[] {"加油😀", "beyond the Basic Multilingual Plane"});
        for (String[] r : refused) {
            assertEquals(2, cli.run("glossary", "add", r[0], "--explanation", "x", "--library", library()));
            String shown = r[0].strip().replace("\u0007", "\\u0007").replace("\n", "\\u000A");
            assertTrue(cli.err().contains("\"" + shown + "\" cannot be a glossary term") && cli.err().contains(r[1]),
                    cli.err());
            assertEquals(0, rowsOf(r[0].strip()), r[0]);
        }
        assertEquals(2, cli.run("glossary", "add", "A股", "--pinyin", "a gu piao", "--explanation", "x",
                "--library", library()));
        assertTrue(cli.err().contains("\"A股\" cannot be a glossary term: its pinyin does not fit"), cli.err());
        assertEquals(0, rowsOf("A股"));
        assertTrue(ok("glossary", "add", "A股", "--pinyin", "A gu3", "--explanation", "x").contains("A股 (A gǔ)"));
        assertEquals(1, rowsOf("A股"));
    }

    @Test
    void badStoredRowsAreLeftOutWithAWarningAndEverythingElseWorks() throws Exception {
        ok("import", speech().toString());
        ok("glossary", "add", "GDP", "--explanation", "国内生产总值");
        insertRow("？？", "");
        insertRow("A股", "gu piao shi chang");
        insertRow("行\n尾", "");
        insertRow("", "");

        List<String> words = words(CASES.get(0).sentence());
        assertTrue(words.contains("GDP"), words.toString());
        assertTrue(cli.err().contains("warning: left out of your glossary") && cli.err().contains("\"？？\"")
                && cli.err().contains("\"A股\"") && cli.err().contains("\"行\\u000A尾\""), cli.err());
        assertEquals("A gǔ", JSON.readTree(ok("lookup", "A股", "--json")).get("pinyin").asText());
        ok("import", speech().toString());
        Path cedict = dir.resolve("cedict.u8");
        Files.writeString(cedict, "群眾 群众 [qun2 zhong4] /the masses/\n");
        ok("dict", "import", cedict.toString());
        for (String format : List.of("md", "html", "docx", "anki", "json")) {
            ok("export", "--format", format, "--out", dir.resolve("out-" + format).toString());
        }
        ok("glossary", "remove", "？？");
        assertEquals(0, rowsOf("？？"));
        ok("glossary", "remove", "");
        assertEquals(0, rowsOf(""));
        assertEquals(2, cli.run("glossary", "add", "2035年远景目标", "--pinyin", "2035 nián yuǎnjǐng mùbiāo",
                "--explanation", "x", "--library", library()));
        assertTrue(cli.err().contains("write the syllables apart"), cli.err());
    }

    @Test
    void importNotesRestoresMixedTermsAndSkipsTheOneThatCannotBeStored() throws Exception {
        for (Case c : CASES) {
            ok("glossary", "add", c.term(), "--explanation", "解释");
        }
        insertRow("？？", "");
        Path export = dir.resolve("notes.json");
        ok("export", "--format", "json", "--out", export.toString());

        Path other = dir.resolve("other.db");
        assertEquals(0, cli.run("import-notes", export.toString(), "--library", other.toString()), cli.err());
        assertTrue(cli.out().contains("Glossary: 6 term(s) added, 0 already there, 1 skipped"), cli.out());
        assertTrue(cli.err().contains("skipped \"？？\" cannot be a glossary term"), cli.err());
        assertEquals(0, cli.run("lookup", "A股", "--json", "--library", other.toString()), cli.err());
        assertEquals("A gǔ", JSON.readTree(cli.out()).get("pinyin").asText());
        assertEquals(0, cli.run("segment", "加快5G网络建设", "--library", other.toString()));
        assertTrue(cli.out().contains("5G"), cli.out());
    }
}
