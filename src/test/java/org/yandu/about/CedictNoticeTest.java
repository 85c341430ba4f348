package org.yandu.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.glossary.GlossaryService;
import org.yandu.library.LibraryStore;
import org.yandu.text.ChineseText;

/** CC-CEDICT is listed, with its attribution, only for a library it was imported into. */
class CedictNoticeTest {
    private static final Path SHARED_CEDICT = Path.of(System.getProperty("yandu.shared.dir", "../shared"),
            "dict", "cedict_1_0_ts_utf-8_mdbg.txt.gz");
    private static final String TINY_CEDICT = """
            # CC-CEDICT
            # Community maintained free Chinese-English dictionary.
            #\s
            # Published by MDBG
            #\s
            # License:
            # Creative Commons Attribution-ShareAlike 4.0 International License
            # https://creativecommons.org/licenses/by-sa/4.0/
            #\s
            # Referenced works:
            # CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski
            #! version=1
            #! subversion=0
            #! format=ts
            #! charset=UTF-8
            #! entries=2
            #! date=2026-01-04T16:04:33Z
            中國 中国 [Zhong1 guo2] /China/
            學習 学习 [xue2 xi2] /to learn/to study/
            """;
    private static ChineseText text;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadText() {
        text = ChineseText.load();
    }

    @AfterAll
    static void forget() {
        text = null;
    }

    @Test
    void cedictIsListedOnlyOnceImportedIntoTheLibrary() throws IOException {
        Path cedict = Files.writeString(dir.resolve("cedict_ts.u8"), TINY_CEDICT);
        Path libraryFile = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(libraryFile)) {
            assertTrue(cedictRow(libraryFile).isEmpty(), "a library without CC-CEDICT does not list it");
            GlossaryService.open(store, text).importCedict(cedict);
        }
        ThirdPartyNotices notices = ThirdPartyNotices.forLibrary(libraryFile);
        ThirdPartyComponent row = notices.components().get(notices.components().size() - 1);
        assertEquals(ThirdPartyNotices.CEDICT_ID, row.id(), "CC-CEDICT comes after the bundled software");
        assertEquals("CC BY-SA 4.0", row.licence());
        assertEquals("2026-01-04", row.version());
        String attribution = notices.text(row);
        assertTrue(attribution.contains("MDBG")
                && attribution.contains("https://creativecommons.org/licenses/by-sa/4.0/"));
        assertTrue(attribution.contains("Paul Andrew Denisowski"), "the header's own credits are kept");
        assertTrue(notices.byArtifactId("hanlp").isPresent(), "the bundled software is still listed");

        assertTrue(cedictRow(dir.resolve("other").resolve("library.db")).isEmpty(), "another library has none");
        assertFalse(ThirdPartyNotices.forLibrary(null).components().stream()
                .anyMatch(c -> c.id().equals(ThirdPartyNotices.CEDICT_ID)), "no library, no CC-CEDICT");
    }

    @Test
    void theRealCedictIsAttributedFromItsOwnHeader() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_CEDICT), "no CC-CEDICT at " + SHARED_CEDICT);
        Path libraryFile = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(libraryFile)) {
            GlossaryService.open(store, text).importCedict(SHARED_CEDICT);
        }
        ThirdPartyNotices notices = ThirdPartyNotices.forLibrary(libraryFile);
        ThirdPartyComponent row = cedictRow(libraryFile).orElseThrow();
        assertTrue(row.version().matches("\\d{4}-\\d\\d-\\d\\d"), row.version());
        assertTrue(notices.text(row).contains("Creative Commons Attribution-ShareAlike 4.0"));
    }

    private static Optional<ThirdPartyComponent> cedictRow(Path libraryFile) throws IOException {
        return ThirdPartyNotices.forLibrary(libraryFile).components().stream()
                .filter(c -> c.id().equals(ThirdPartyNotices.CEDICT_ID)).findFirst();
    }
}
