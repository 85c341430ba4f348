package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserGlossaryCsvTest {

    @TempDir
    Path dir;

    private static final List<GlossaryEntry> AWKWARD = List.of(
            GlossaryEntry.user("群众路线", "qún zhòng lù xiàn", "一切为了群众，一切依靠群众", "the mass line, i.e. \"from the masses\"",
                    List.of("群众路线", "笔记")),
            GlossaryEntry.user("四风", "sì fēng", "第一行\n第二行，带逗号\r\n第三行", "formalism, bureaucratism,\nhedonism",
                    List.of()),
            GlossaryEntry.user("\"引号\"词", "", null, " leading and trailing spaces ", List.of("a b")),
            GlossaryEntry.user("空", "", null, null, List.of()));

    private static ImportRead read(String csv) throws IOException {
        return new ImportRead(UserGlossaryCsv.read(new StringReader(csv)));
    }

    private record ImportRead(UserGlossaryCsv.ImportResult r) {
        List<String> terms() {
            return r.entries().stream().map(GlossaryEntry::term).toList();
        }

        List<Integer> badRows() {
            return r.problems().stream().map(UserGlossaryCsv.RowProblem::row).toList();
        }
    }

    @Test
    void roundTripsAwkwardFieldsThroughAFile() throws IOException {
        Path file = dir.resolve("my-terms.csv");
        UserGlossaryCsv.export(file, AWKWARD);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "export starts with a UTF-8 byte-order mark for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFterm,pinyin,explanation,english,tags\r\n"), text);
        assertTrue(text.contains("\"the mass line, i.e. \"\"from the masses\"\"\""), text);

        UserGlossaryCsv.ImportResult r = UserGlossaryCsv.importFile(file);
        assertEquals(List.of(), r.problems());
        assertEquals(AWKWARD, r.entries());
        assertEquals(4, r.rows());
        assertEquals(StandardCharsets.UTF_8, r.charset());
    }

    @Test
    void writesRfc4180() throws IOException {
        StringWriter w = new StringWriter();
        UserGlossaryCsv.write(w, List.of(AWKWARD.get(1)));
        assertEquals("term,pinyin,explanation,english,tags\r\n"
                + "四风,sì fēng,\"第一行\n第二行，带逗号\r\n第三行\",\"formalism, bureaucratism,\nhedonism\",\r\n", w.toString());
    }

    @Test
    void badRowsAreReportedAndGoodRowsImported() throws IOException {
        String csv = "term,pinyin,explanation,english,tags\n"
                + "群众路线,qun2 zhong4 lu4 xian4,解释,the mass line,群众路线；笔记\n" // row 2: numbered pinyin, full-width ;
                + ",sì fēng,没有词,,\n"                                                   // row 3: missing term
                + "四风,sì fēng,a,b,c,d\n"                                               // row 4: too many fields
                // blank line: skipped, but counts as a row
                + "\n"
                + "八项规定,ba1 xiang4 gui1 ding7,x,y,\n"                                  // row 6: bad pinyin
                + "\"多行说明\",duō háng shuō míng,\"第一行\n第二行\",,\n"                           // row 7, spans lines 7–8
                + "党风,dǎng fēng,,,\n"                                                   // row 8 on line 9
                + "坏行,\"unclosed\n";                                                    // row 9: quote never closed
        ImportRead r = read(csv);
        assertEquals(List.of("群众路线", "多行说明", "党风"), r.terms());
        assertEquals("第一行\n第二行", r.r().entries().get(1).explanation());
        assertEquals(7, r.r().rows(), "data rows: the header and the blank row do not count");
        assertEquals(List.of(3, 4, 6, 9), r.badRows());
        assertEquals("\"\" cannot be a glossary term: it is empty", r.r().problems().get(0).reason());
        assertTrue(r.r().problems().get(1).reason().startsWith("too many fields"), r.r().problems().get(1).reason());
        assertTrue(r.r().problems().get(2).reason().contains("ding7"), r.r().problems().get(2).reason());
        assertTrue(r.r().problems().get(3).reason().contains("not closed"));
        assertEquals(10, r.r().problems().get(3).line());
        assertEquals("row 9 (line 10): a quoted field is not closed (missing \")", r.r().problems().get(3).toString());

        GlossaryEntry first = r.r().entries().get(0);
        assertEquals("qún zhòng lù xiàn", first.pinyin());
        assertEquals(List.of("群众路线", "笔记"), first.tags());
        assertEquals(GlossarySource.USER, first.source());
    }

    @Test
    void termsMixingLettersAndDigitsAreImportedAndOnesThatCannotBeStoredAreSkipped() throws IOException {
        ImportRead r = read("term,pinyin,explanation\n"
                + "GDP,,国内生产总值\n"
                + "A股,A gu3,人民币普通股票\n"
                + "？？,,只有标点\n"
                + "5G,wu3 G,第五代\n"
                + "2035年远景目标,2035 nián yuǎn jǐng mù biāo,远景目标\n");
        assertEquals(List.of("GDP", "A股", "2035年远景目标"), r.terms());
        assertEquals("A gǔ", r.r().entries().get(1).pinyin());
        assertEquals(List.of(4, 5), r.badRows());
        assertTrue(r.r().problems().get(0).reason().contains("\"？？\""), r.r().problems().get(0).reason());
        assertTrue(r.r().problems().get(1).reason().contains("pinyin does not fit"), r.r().problems().get(1).reason());
    }

    @Test
    void headerColumnsInAnyOrderAndMissingHeader() throws IOException {
        ImportRead reordered = read("English,Term,Notes\r\nthe masses,群众,ignored\r\n");
        assertEquals(List.of(), reordered.badRows());
        GlossaryEntry e = reordered.r().entries().get(0);
        assertEquals("群众", e.term());
        assertEquals("the masses", e.english());
        assertEquals("", e.pinyin());

        ImportRead headless = read("群众,qún zhòng,人民大众,the masses,词\n党,dǎng,,party\n");
        assertEquals(List.of("群众", "党"), headless.terms());
        assertEquals(2, headless.r().rows());

        ImportRead dup = read("term,english\n群众,one\n群众,two\n");
        assertEquals(List.of("two"), dup.r().entries().stream().map(GlossaryEntry::english).toList());
    }

    @Test
    void toleratesBomAndGb18030() throws IOException {
        String csv = "term,pinyin,explanation,english,tags\r\n群众路线,qún zhòng lù xiàn,党的根本工作路线,the mass line,\r\n";
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + csv, StandardCharsets.UTF_8);
        assertEquals("群众路线", UserGlossaryCsv.importFile(bom).entries().get(0).term());

        Path gbk = dir.resolve("excel.csv");
        Files.write(gbk, csv.getBytes(Charset.forName("GB18030")));
        UserGlossaryCsv.ImportResult r = UserGlossaryCsv.importFile(gbk);
        assertEquals(Charset.forName("GB18030"), r.charset());
        assertEquals("党的根本工作路线", r.entries().get(0).explanation());
        assertEquals("qún zhòng lù xiàn", r.entries().get(0).pinyin());
    }

    @Test
    void importedTermsGoIntoTheGlossary() throws IOException {
        Glossary g = new Glossary();
        g.putUserEntries(read("term,english\n学习小组,study group\n").r().entries());
        assertEquals("study group", g.lookup("学习小组").exact().get(0).english());
    }
}
