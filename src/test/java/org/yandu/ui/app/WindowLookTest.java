package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.settings.Language;
import org.yandu.settings.Theme;

class WindowLookTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryWithoutTheFileStartsWithTheDefaultLook() {
        assertEquals(WindowLook.DEFAULT, WindowLook.read(dir.resolve("library.db")));
    }

    @Test
    void theLookWrittenBesideALibraryIsReadBackForItAlone() throws Exception {
        Path library = dir.resolve("library.db");
        new WindowLook(Theme.DARK, Language.CHINESE).write(library);

        assertEquals(new WindowLook(Theme.DARK, Language.CHINESE), WindowLook.read(library));
        assertEquals(WindowLook.DEFAULT, WindowLook.read(dir.resolve("other.db")));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }

    @Test
    void unknownOrBrokenValuesFallBackToTheDefaults() throws Exception {
        Path library = dir.resolve("library.db");
        Files.writeString(WindowLook.fileFor(library), "theme=PURPLE\nlanguage=KLINGON\n", StandardCharsets.UTF_8);
        assertEquals(WindowLook.DEFAULT, WindowLook.read(library));

        Files.writeString(WindowLook.fileFor(library), "theme=DARK\nlanguage=\\u12", StandardCharsets.UTF_8);
        assertEquals(WindowLook.DEFAULT, WindowLook.read(library));
    }
}
