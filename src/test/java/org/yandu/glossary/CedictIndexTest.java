package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packed CC-CEDICT gives back exactly the entries it was given, under every form, in the file's order. */
class CedictIndexTest {
    private static final String CEDICT = String.join("\n",
            "乾 干 [gan1] /dry/",
            "幹 干 [gan4] /to do/",
            "干 干 [gan1] /to concern/shield/",
            "了 了 [le5] /(completed action marker)/",
            "瞭 了 [liao3] /to understand clearly/",
            "群眾路線 群众路线 [qun2 zhong4 lu4 xian4] /the mass line/",
            "群眾 群众 [qun2 zhong4] /the masses/",
            "𠮷 𠮷 [ji2] /variant of 吉/",
            "");

    @Test
    void everyFormGivesItsEntriesInTheFilesOrder() throws IOException {
        List<GlossaryEntry> entries = parse(CEDICT);
        CedictIndex index = new CedictIndex(entries);

        assertEquals(List.of(entries.get(0), entries.get(1), entries.get(2)), collect(index, "干"));
        assertEquals(List.of(entries.get(0)), collect(index, "乾"));
        assertEquals(List.of(entries.get(1)), collect(index, "幹"));
        assertEquals(List.of(entries.get(3), entries.get(4)), collect(index, "了"));
        assertEquals(List.of(entries.get(5)), collect(index, "群眾路線"));
        assertEquals(List.of(entries.get(7)), collect(index, "𠮷"));
        assertEquals(List.of("to concern", "shield"), collect(index, "干").get(2).definitions());
        assertEquals(entries.size(), index.size());
        assertEquals("群眾路線".length(), index.maxKeyLength());
    }

    @Test
    void onlyWholeFormsAreFound() throws IOException {
        CedictIndex index = new CedictIndex(parse(CEDICT));
        assertTrue(index.contains("群众"));
        assertTrue(index.contains("群众路线"));
        assertFalse(index.contains("群众路"));
        assertFalse(index.contains("群众路线图"));
        assertFalse(index.contains(""));
        assertFalse(index.contains("甲"));
        assertEquals(List.of(), collect(index, "路线"));
        assertFalse(new CedictIndex(List.of()).contains("干"));
    }

    @Test
    void onlyEntriesAsTheParserMakesThemArePacked() {
        GlossaryEntry study = GlossaryEntry.study("群众路线", "qún zhòng lù xiàn", "解释", null, null,
                List.of());
        assertThrows(IllegalArgumentException.class, () -> new CedictIndex(List.of(study)));
    }

    /** Every entry of the real dictionary comes back equal under its simplified form, when the file is here. */
    @Test
    void theRealDictionaryComesBackWhole() throws IOException {
        Path real = CedictFileTest.realFile();
        assumeTrue(Files.isRegularFile(real), "CC-CEDICT not present at " + real);
        List<GlossaryEntry> entries = CedictFile.read(real).entries();
        CedictIndex index = new CedictIndex(entries);
        Map<String, List<GlossaryEntry>> byTerm = new LinkedHashMap<>();
        entries.forEach(e -> byTerm.computeIfAbsent(e.term(), t -> new ArrayList<>()).add(e));
        byTerm.forEach((term, expected) -> {
            List<GlossaryEntry> found = collect(index, term);
            assertTrue(found.containsAll(expected), term);
        });
        assertEquals(entries.size(), index.size());
    }

    private static List<GlossaryEntry> collect(CedictIndex index, String form) {
        List<GlossaryEntry> out = new ArrayList<>();
        index.collect(form, out);
        return out;
    }

    private static List<GlossaryEntry> parse(String text) throws IOException {
        List<GlossaryEntry> entries = new ArrayList<>();
        CedictParser.parse(new BufferedReader(new StringReader(text)), entries::add);
        return entries;
    }
}
