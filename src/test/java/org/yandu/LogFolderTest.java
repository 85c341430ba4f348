package org.yandu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log belongs to the library it describes: a command started as users start it (a fresh JVM through
 * {@link Main}) writes {@code logs/yandu.log} beside its library, whichever way the library was named, and nothing
 * into the per-user data folder of another library.
 */
class LogFolderTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryOptionPutsTheLogBesideIt() throws Exception {
        Path library = dir.resolve("a").resolve("library.db");
        Files.createDirectories(library.getParent());
        yandu(Map.of(), "--library", library.toString(), "list");
        assertLogBeside(library);
    }

    @Test
    void theOptionWithAnEqualsSignAfterTheCommandToo() throws Exception {
        Path library = dir.resolve("b").resolve("study.db");
        Files.createDirectories(library.getParent());
        yandu(Map.of(), "list", "--library=" + library);
        assertLogBeside(library);
    }

    @Test
    void theEnvironmentVariablePutsTheLogBesideItsLibrary() throws Exception {
        Path library = dir.resolve("c").resolve("library.db");
        Files.createDirectories(library.getParent());
        yandu(Map.of("YANDU_LIBRARY", library.toString()), "list");
        assertLogBeside(library);
    }

    private void assertLogBeside(Path library) {
        assertTrue(Files.isRegularFile(library.resolveSibling("logs").resolve("yandu.log")),
                "no log beside " + library);
        assertFalse(Files.exists(dir.resolve("xdg").resolve("yandu")), "the default data folder was written");
    }

    @Test
    void aLibraryFolderThatCannotBeWrittenGetsOneLineNotTheLoggersComplaints() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 2048)) {
            Path library = disk.folder().resolve("library.db");
            yandu(Map.of(), "--library", library.toString(), "list");
            disk.makeReadOnly();

            assertEquals(1, run(Map.of(), "--library", library.toString(), "note", "add", "1", "1", "--text", "x"));

            String said = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
            assertEquals(1, said.lines().count(), said);
            assertTrue(said.startsWith("yandu: ") && said.strip().endsWith("the disk is read-only"), said);
            assertTrue(Files.isRegularFile(dir.resolve("tmp").resolve("yandu.log")),
                    "the log went to the temporary one");
        }
    }

    /** {@code yandu ARGUMENTS} in a child JVM whose default data folder is inside the test's folder; it succeeds. */
    private void yandu(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        assertEquals(0, run(environment, arguments), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    /** The exit code of {@code yandu ARGUMENTS}, its output in out.txt; its temporary folder is in the test's. */
    private int run(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The application's logging set-up, not the tests' quieter one that comes first on the test class path.
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dlogback.configurationFile=logback.xml",
                "-Djava.io.tmpdir=" + temporary, "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().remove("YANDU_LIBRARY");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "yandu hung");
        return process.exitValue();
    }
}
