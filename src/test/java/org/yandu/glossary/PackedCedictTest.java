package org.yandu.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CC-CEDICT packed into a file gives back what parsing gave, and only from the copy it was made from. */
class PackedCedictTest {
    static final String TINY_CEDICT = String.join("\n",
            "# CC-CEDICT",
            "# License:",
            "# Creative Commons Attribution-ShareAlike 4.0 International License",
            "#! version=1",
            "#! date=2026-01-04T16:04:33Z",
            "乾 干 [gan1] /dry/",
            "幹 干 [gan4] /to do/",
            "干 干 [gan1] /to concern/shield/",
            "瞭 了 [liao3] /to understand clearly/",
            "群眾路線 群众路线 [qun2 zhong4 lu4 xian4] /the mass line/",
            "群眾 群众 [qun2 zhong4] /the masses/",
            "綠 绿 [lu:4] /green/",
            "𠮷 𠮷 [ji2] /variant of 吉/",
            "a line that is no entry",
            "");

    @TempDir
    Path dir;

    /** {@code source} read and packed into {@code cedict_ts.index} in the test's folder, which is returned. */
    private Path packedBeside(Path source) throws IOException {
        Path file = dir.resolve("cedict_ts.index");
        PackedCedict.of(CedictFile.read(source)).write(file, source);
        return file;
    }

    @Test
    void whatIsReadBackLooksUpAsWhatWasParsedUnderEveryForm() throws IOException {
        Path source = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        CedictFile parsed = CedictFile.read(source);
        PackedCedict.of(parsed).write(dir.resolve("cedict_ts.index"), source);

        PackedCedict read = PackedCedict.read(dir.resolve("cedict_ts.index"), source).orElseThrow();

        assertSameLookups(parsed.entries(), read.index());
        assertEquals(parsed.header(), read.header());
        assertEquals("Creative Commons Attribution-ShareAlike 4.0 International License",
                read.header().licence().orElseThrow());
        assertEquals(parsed.report().summary(), read.summary());
        assertTrue(read.summary().contains("1 malformed line"), read.summary());
    }

    @Test
    void theRealDictionaryIsReadBackWhole() throws IOException {
        Path real = CedictFileTest.realFile();
        assumeTrue(Files.isRegularFile(real), "CC-CEDICT not present at " + real);
        CedictFile parsed = CedictFile.read(real);
        PackedCedict.of(parsed).write(dir.resolve("cedict_ts.index"), real);

        PackedCedict read = PackedCedict.read(dir.resolve("cedict_ts.index"), real).orElseThrow();

        assertSameLookups(parsed.entries(), read.index());
        assertEquals(124_259, read.index().size());
        assertEquals(parsed.header(), read.header());
    }

    /** The same length and time as the copy it was made from, one letter changed: the checksum tells them apart. */
    @Test
    void aFileMadeFromAnotherCopyIsNotUsed() throws IOException {
        Path source = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        FileTime written = Files.getLastModifiedTime(source);
        packedBeside(source);

        Files.writeString(source, TINY_CEDICT.replace("/dry/", "/dri/"));
        Files.setLastModifiedTime(source, written);

        assertEquals(Optional.empty(), PackedCedict.read(dir.resolve("cedict_ts.index"), source));
        assertTrue(PackedCedict.read(dir.resolve("missing.index"), source).isEmpty());
    }

    @Test
    void noTruncatedOrAlteredFileIsUsed() throws IOException {
        Path source = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        Path file = packedBeside(source);
        byte[] whole = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged.index");

        List<String> used = new ArrayList<>();
        for (int length = 0; length < whole.length; length++) {
            Files.write(damaged, Arrays.copyOf(whole, length));
            if (PackedCedict.read(damaged, source).isPresent()) {
                used.add("cut to " + length + " bytes");
            }
        }
        for (int at = 0; at < whole.length; at++) {
            byte[] altered = whole.clone();
            altered[at] ^= 0x10;
            Files.write(damaged, altered);
            if (PackedCedict.read(damaged, source).isPresent()) {
                used.add("altered at byte " + at);
            }
        }
        Files.write(damaged, Arrays.copyOf(whole, whole.length + 1));
        if (PackedCedict.read(damaged, source).isPresent()) {
            used.add("one byte longer");
        }

        assertEquals(List.of(), used);
        assertTrue(PackedCedict.read(file, source).isPresent(), "the file it was cut from is whole");
    }

    @Test
    void aFileOfAnotherFormatOrNotPackedCedictIsNotUsed() throws IOException {
        Path source = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        Path file = packedBeside(source);
        byte[] whole = Files.readAllBytes(file);

        ByteBuffer.wrap(whole).order(ByteOrder.LITTLE_ENDIAN).putInt(Integer.BYTES, PackedCedict.FORMAT + 1);
        Files.write(file, whole);
        assertTrue(PackedCedict.read(file, source).isEmpty(), "another format");

        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(PackedCedict.read(file, source).isEmpty(), "not packed at all");
    }

    /** Every form of every entry, and a few that are none, give the same entries from both indexes. */
    static void assertSameLookups(List<GlossaryEntry> parsed, CedictIndex read) {
        CedictIndex built = new CedictIndex(parsed);
        Set<String> forms = new LinkedHashSet<>(List.of("", "群众路", "路线", "甲"));
        for (GlossaryEntry entry : parsed) {
            forms.add(entry.term());
            String traditional = entry.traditional();
            if (traditional != null) {
                forms.add(traditional);
            }
        }
        for (String form : forms) {
            List<GlossaryEntry> expected = new ArrayList<>();
            built.collect(form, expected);
            List<GlossaryEntry> found = new ArrayList<>();
            read.collect(form, found);
            assertEquals(expected, found, form);
            assertEquals(built.contains(form), read.contains(form), form);
        }
        assertFalse(read.contains("群众路"));
        assertEquals(built.size(), read.size());
        assertEquals(built.maxKeyLength(), read.maxKeyLength());
    }
}
