package org.yandu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.library.LibraryStore;
import org.yandu.library.Speech;

/** {@code yandu import -} in a real process, its standard input a real file or nothing. */
class StandardInputCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSavedWeChatPagePipedInIsImportedAsAPage() throws Exception {
        Path page = dir.resolve("page.html");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/org/yandu/importer/wechat-article.html"))) {
            Files.copy(in, page);
        }

        Run run = yandu(page, "import", "-");

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().matches("(?s)imported  stdin \\d{4}-\\d\\d-\\d\\d \\d\\d\\.\\d\\d: 1 new, .*"),
                run.output());
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            Speech speech = store.speeches().get(0);
            assertEquals("新形势下党的群众工作的根本指南", speech.title());
            assertEquals("党建学习参考", speech.author());
            assertTrue(speech.sourceFiles().get(0).startsWith("stdin "), speech.sourceFiles().toString());
        }
    }

    @Test
    void emptyStandardInputIsRefusedWithOneLineAndNothingStored() throws Exception {
        Run run = yandu(Files.createFile(dir.resolve("empty")), "import", "-");

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().matches("(?s).*refused   stdin [-0-9 .]+: is empty\n.*"), run.output());
        try (LibraryStore store = LibraryStore.open(dir.resolve("library.db"))) {
            assertEquals(List.of(), store.speeches());
        }
    }

    private record Run(int exit, String output) {
    }

    private Run yandu(Path input, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("run.log");
        Process process = YanduProcess.of(dir.resolve("library.db"), args).redirectInput(input.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "yandu import - ended");
        return new Run(process.exitValue(), Files.readString(log));
    }
}
