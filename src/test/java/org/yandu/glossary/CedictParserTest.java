package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CedictParserTest {

    @Test
    void parsesAWellFormedLine() {
        GlossaryEntry e = CedictParser.parseLine("傳統 传统 [chuan2 tong3] /tradition/traditional/convention/");
        assertEquals("传统", e.term());
        assertEquals("傳統", e.traditional());
        assertEquals("chuán tǒng", e.pinyin());
        assertEquals(List.of("tradition", "traditional", "convention"), e.definitions());
        assertEquals(GlossarySource.CEDICT, e.source());
        assertEquals("tradition; traditional; convention", e.meaning());
    }

    @Test
    void sameFormsShareOneString() {
        GlossaryEntry e = CedictParser.parseLine("中國 中国 [Zhong1 guo2] /China/");
        assertEquals("Zhōng guó", e.pinyin());
        GlossaryEntry same = CedictParser.parseLine("群眾 群众 [qun2 zhong4] /the masses/");
        assertEquals("群眾", same.traditional());
        GlossaryEntry mass = CedictParser.parseLine("路線 路线 [lu4 xian4] /itinerary/route/political line/");
        assertEquals(3, mass.definitions().size());
        GlossaryEntry one = CedictParser.parseLine("人民 人民 [ren2 min2] /the people/");
        assertSame(one.term(), one.traditional());
    }

    @Test
    void toleratesSpacingAndKeepsBracketsInDefinitions() {
        GlossaryEntry e = CedictParser.parseLine(
                "88 88  [ba1 ba1]  /(Internet slang) bye-bye (alternative for 拜拜[bai2 bai2])/ \r");
        assertEquals("bā bā", e.pinyin());
        assertEquals(List.of("(Internet slang) bye-bye (alternative for 拜拜[bai2 bai2])"), e.definitions());
        GlossaryEntry u = CedictParser.parseLine("綠 绿 [lu:4] /green/");
        assertEquals("lǜ", u.pinyin());
        GlossaryEntry gaps = CedictParser.parseLine("嗎 吗 [ma5] /(question particle)//(also)/");
        assertEquals(List.of("(question particle)", "(also)"), gaps.definitions());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "傳統 传统 chuan2 tong3 /tradition/|missing [pinyin]",
        "傳統 传统 [chuan2 tong3 /tradition/|missing ] after pinyin",
        "傳統 传统 [chuan2 tong3] tradition|missing /definitions/",
        "傳統 传统 [chuan2 tong3]|missing /definitions/",
        "傳統 传统 [chuan2 tong3] /tradition|definitions not closed with /",
        "傳統 传统 [chuan2 tong3] //|empty definitions",
        "傳統 传统 [chuan2 tong3] / /|empty definitions",
        "傳統 传统 [] /tradition/|empty pinyin",
        "傳統 传统 [chuan7 tong3] /tradition/|bad pinyin 'chuan7': tone must be 1 to 5",
        "傳統 传统 [chuann2 tong3] /tradition/|bad pinyin 'chuann2': not a pinyin syllable",
        "傳統 传统 [传统] /tradition/|bad pinyin '传统': not a syllable, letter or punctuation",
        "傳統 [chuan2 tong3] /tradition/|missing simplified form",
        "傳統|missing simplified form",
        "傳統 传 [chuan2 tong3] /tradition/|traditional and simplified forms differ in length",
    })
    void malformedLinesGiveAReason(String line, String reason) {
        CedictParser.MalformedLineException e =
                assertThrows(CedictParser.MalformedLineException.class, () -> CedictParser.parseLine(line));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void aFileWithBadLinesIsCountedNotStopped() throws IOException {
        String text = String.join("\n",
                "\uFEFF# CC-CEDICT",
                "# License:",
                "# Creative Commons Attribution-ShareAlike 4.0 International License",
                "# https://creativecommons.org/licenses/by-sa/4.0/",
                "#! version=1",
                "#! entries=5",
                "#! date=2026-01-04T16:04:33Z",
                "傳統 传统 [chuan2 tong3] /tradition/",
                "",
                "傳統 传统 chuan2 tong3 /tradition/",
                "# a comment in the middle",
                "為 为 [wei2] /as (in the capacity of)/to take sth as/",
                "為 为 [wei4] /because of/for/to/",
                "行 行 [xing2] /to walk/",
                "傳統 传统 [chuan2 tong3] //",
                "行 行 [hang2] /row/line/");
        List<GlossaryEntry> got = new ArrayList<>();
        CedictParser.Result r = CedictParser.parse(new BufferedReader(new StringReader(text)), got::add);
        assertEquals(5, got.size());
        assertEquals(List.of("wéi", "wèi"), got.subList(1, 3).stream().map(GlossaryEntry::pinyin).toList());
        ParseReport rep = r.report();
        assertEquals(16, rep.lines());
        assertEquals(5, rep.entries());
        assertEquals(8, rep.comments());
        assertEquals(1, rep.blank());
        assertEquals(2, rep.malformed());
        assertEquals(List.of(10, 15), rep.problems().stream().map(LineProblem::line).toList());
        assertEquals("missing [pinyin]", rep.problems().get(0).reason());
        assertTrue(rep.summary().contains("line 15: empty definitions"), rep.summary());

        CedictHeader h = r.header();
        assertEquals("1", h.version().orElseThrow());
        assertEquals("2026-01-04T16:04:33Z", h.date().orElseThrow());
        assertEquals(5, h.declaredEntries().getAsInt());
        assertEquals("Creative Commons Attribution-ShareAlike 4.0 International License", h.licence().orElseThrow());
        assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", h.licenceUrl().orElseThrow());
        assertEquals("CC-CEDICT", h.notice().get(0));
        assertTrue(h.notice().stream().noneMatch(l -> l.contains("middle")), "only the top block is header");
    }

    @Test
    void keepsOnlyTheFirstProblemsVerbatim() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("bad line ").append(i).append('\n');
        }
        CedictParser.Result r = CedictParser.parse(new BufferedReader(new StringReader(sb.toString())), e -> { });
        assertEquals(50, r.report().malformed());
        assertEquals(ParseReport.KEPT_PROBLEMS, r.report().problems().size());
        assertTrue(r.report().summary().endsWith("30 more)"), r.report().summary());
    }
}
