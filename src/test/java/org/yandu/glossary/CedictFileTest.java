package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CedictFileTest {

    /** The real CC-CEDICT, never copied into the repository. */
    static Path realFile() {
        String rel = "dict/cedict_1_0_ts_utf-8_mdbg.txt.gz";
        String dir = System.getProperty("yandu.shared.dir");
        if (dir != null && Files.isRegularFile(Path.of(dir, rel))) {
            return Path.of(dir, rel);
        }
        return Path.of("/work/shared", rel);
    }

    private static final String SAMPLE = String.join("\n",
            "# CC-CEDICT",
            "# License:",
            "# Creative Commons Attribution-ShareAlike 4.0 International License",
            "#! version=1",
            "#! date=2026-01-04T16:04:33Z",
            "傳統 传统 [chuan2 tong3] /tradition/traditional/convention/",
            "群眾 群众 [qun2 zhong4] /the masses/",
            "路線 路线 [lu4 xian4] /itinerary/route/political line/",
            "綠 绿 [lu:4] /green/",
            "bad line without anything",
            "");

    @TempDir
    Path dir;

    private static void check(CedictFile f) {
        assertEquals(4, f.entries().size());
        assertEquals(List.of("chuán tǒng", "qún zhòng", "lù xiàn", "lǜ"),
                f.entries().stream().map(GlossaryEntry::pinyin).toList());
        assertEquals(1, f.report().malformed());
        assertEquals(10, f.report().problems().get(0).line());
        assertEquals("1", f.header().version().orElseThrow());
        assertEquals("2026-01-04T16:04:33Z", f.header().date().orElseThrow());
    }

    @Test
    void readsPlainU8AndTxt() throws IOException {
        Path u8 = dir.resolve("cedict_ts.u8");
        Files.writeString(u8, SAMPLE, StandardCharsets.UTF_8);
        check(CedictFile.read(u8));
        Path txt = dir.resolve("cedict.txt");
        Files.writeString(txt, "\uFEFF" + SAMPLE.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        check(CedictFile.read(txt));
    }

    @Test
    void readsGzip() throws IOException {
        Path gz = dir.resolve("cedict_1_0_ts_utf-8_mdbg.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(SAMPLE.getBytes(StandardCharsets.UTF_8));
        }
        check(CedictFile.read(gz));
    }

    @Test
    void readsTheFirstDictionaryEntryOfAZip() throws IOException {
        Path zip = dir.resolve("cedict_1_0_ts_utf-8_mdbg.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("README.md"));
            out.write("not the dictionary".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("cedict_ts.u8"));
            out.write(SAMPLE.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("other.txt"));
            out.write("傳 传 [chuan2] /to pass on/\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        check(CedictFile.read(zip));
    }

    @Test
    void aZipWithoutADictionaryIsAnError() throws IOException {
        Path zip = dir.resolve("empty.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("README.md"));
            out.write("nothing".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        IOException e = assertThrows(IOException.class, () -> CedictFile.read(zip));
        assertTrue(e.getMessage().contains("no .u8 or .txt"), e.getMessage());
    }

    @Test
    void undecodableBytesSpoilOnlyTheirLine() throws IOException {
        Path u8 = dir.resolve("broken.u8");
        byte[] good = "傳統 传统 [chuan2 tong3] /tradition/\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xff, (byte) 0xfe, ' ', 'x', '\n'};
        try (OutputStream out = Files.newOutputStream(u8)) {
            out.write(good);
            out.write(bad);
            out.write(good);
        }
        CedictFile f = CedictFile.read(u8);
        assertEquals(2, f.entries().size());
        assertEquals(1, f.report().malformed());
    }

    @Test
    void theRealFile() throws IOException {
        Path real = realFile();
        assumeTrue(Files.isRegularFile(real), "CC-CEDICT not present at " + real);
        long t0 = System.nanoTime();
        CedictFile f = CedictFile.read(real);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("CC-CEDICT %s: %s, read in %d ms%n", real, f.report().summary(), ms);

        // The header declares 124,263 entries; four of those lines have empty definitions ("//"),
        // which the parser reports as malformed and skips.
        assertEquals(124_259, f.entries().size());
        assertEquals(4, f.report().malformed(), f.report().summary());
        assertEquals(f.header().declaredEntries().getAsInt(), f.entries().size() + f.report().malformed());
        assertEquals(List.of(1629, 2759, 32020, 78596), f.report().problems().stream().map(LineProblem::line).toList());
        assertTrue(f.report().problems().stream().allMatch(p -> p.reason().equals("empty definitions")));
        assertEquals("1", f.header().version().orElseThrow());
        assertEquals("2026-01-04T16:04:33Z", f.header().date().orElseThrow());
        assertEquals("UTF-8", f.header().field("charset").orElseThrow());
        assertEquals("Creative Commons Attribution-ShareAlike 4.0 International License",
                f.header().licence().orElseThrow());
        assertTrue(f.header().noticeText().contains("MDBG"));

        Glossary g = new Glossary(List.of(), f.entries(), List.of());
        List<GlossaryEntry> chuantong = g.entries("传统");
        assertEquals("傳統", chuantong.get(0).traditional());
        assertEquals("chuán tǒng", chuantong.get(0).pinyin());
        assertTrue(chuantong.get(0).definitions().contains("tradition"));
        assertEquals(chuantong, g.entries("傳統"));
        assertEquals("Zhōng guó", g.entries("中国").get(0).pinyin());
        assertTrue(g.entries("绿").stream().anyMatch(e -> e.pinyin().equals("lǜ")));
        assertTrue(g.entries("女").stream().anyMatch(e -> e.pinyin().equals("nǚ")));
        // A character with several readings keeps an entry per reading.
        List<String> wei = g.entries("为").stream().map(GlossaryEntry::pinyin).toList();
        assertTrue(wei.contains("wéi") && wei.contains("wèi"), wei.toString());
        assertTrue(g.contains("群众"));
    }

    @Test
    void streamingKeepsNothing() throws IOException {
        Path real = realFile();
        assumeTrue(Files.isRegularFile(real), "CC-CEDICT not present at " + real);
        AtomicInteger n = new AtomicInteger();
        CedictParser.Result r = CedictFile.stream(real, e -> n.incrementAndGet());
        assertEquals(124_259, n.get());
        assertEquals(124_259, r.report().entries());
    }
}
