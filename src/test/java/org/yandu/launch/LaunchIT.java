package org.yandu.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yandu.bench.LaunchedWindow;
import org.yandu.ui.app.StartupMarks;

/**
 * Every documented way of starting Yandu, started as a user starts it on a display of the test's own: each opens a
 * brand-new library, imports the bundled speeches, shows the first speech with its words, and quits on Ctrl+Q
 * with exit code 0 and no error in its log or its output. {@code mvn javafx:run} puts JavaFX on the module path,
 * {@code java -jar} on the class path, the packaged app runs it as modules of its own runtime: they fail
 * differently, so each is started once.
 *
 * <p>Needs Xvfb and xdotool, and the packaged app needs {@code -Pinstaller}; where they are missing the test is
 * skipped, unless {@code -Dyandu.launch.required=true} (CI) makes that a failure. {@code
 * -Dyandu.launch.installDeb=true} (CI, as root on Debian) also installs the .deb with apt, starts it from its
 * installed path, and removes it again.
 */
class LaunchIT {
    private static final Path BASEDIR = Path.of(System.getProperty("yandu.basedir", ".")).toAbsolutePath();
    private static final Path INSTALLER = BASEDIR.resolve("target").resolve("installer");
    private static final boolean REQUIRED = Boolean.getBoolean("yandu.launch.required");
    private static final Duration MARK_TIMEOUT = Duration.ofMinutes(3);
    private static final String WINDOW_TITLE = "Yandu|研读";
    private static final Path INSTALLED = Path.of("/opt/yandu");
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private static VirtualDisplay display;

    @TempDir
    Path dir;

    @BeforeAll
    static void startDisplay() throws IOException {
        Optional<String> missing = VirtualDisplay.unavailable();
        if (missing.isPresent() && REQUIRED) {
            fail("The launch test cannot run: " + missing.get());
        }
        assumeTrue(missing.isEmpty(), () -> "Launch test skipped: " + missing.get());
        display = VirtualDisplay.start();
    }

    @AfterAll
    static void stopDisplay() throws InterruptedException {
        if (display != null) {
            display.close();
        }
    }

    @Test
    void javaJar() throws Exception {
        Path jar = BASEDIR.resolve("target").resolve("yandu.jar");
        require(Files.isRegularFile(jar), jar + " is not built (mvn package)");
        Path library = dir.resolve("library.db");
        startReadAndQuit(List.of(java(), "-jar", jar.toString(), "--library", library.toString()), Map.of(), library);
    }

    @Test
    void mavenJavafxRun() throws Exception {
        Path library = dir.resolve("library.db");
        String mvn = System.getProperty("yandu.mvn", "mvn");
        startReadAndQuit(List.of(mvn, "-B", "-q", "-ntp", "javafx:run"), Map.of("YANDU_LIBRARY", library.toString()),
                library);
    }

    @Test
    void packagedAppImage() throws Exception {
        Path launcher = INSTALLER.resolve("Yandu").resolve("bin").resolve("Yandu");
        require(Files.isExecutable(launcher), launcher + " is not built (mvn -Pinstaller package)");
        Path library = dir.resolve("library.db");
        startReadAndQuit(List.of(launcher.toString(), "--library", library.toString()), Map.of(), library);
    }

    /** The .deb as a user installs it: apt, the menu entry and icons in place, the app starts, removal is clean. */
    @Test
    void installedDebian() throws Exception {
        assumeTrue(Boolean.getBoolean("yandu.launch.installDeb"), "-Dyandu.launch.installDeb=true installs the .deb");
        Path deb;
        try (Stream<Path> files = Files.list(INSTALLER)) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no .deb in " + INSTALLER + " (mvn -Pinstaller package)"));
        }
        Path desktopEntry = Path.of("/usr/share/applications/yandu-Yandu.desktop");
        command(List.of("apt-get", "install", "-y", "-q", deb.toString()));
        try {
            assertTrue(Files.readString(desktopEntry).contains("Exec=/opt/yandu/bin/Yandu"), "menu entry");
            for (int size : ICON_SIZES) {
                assertTrue(Files.isRegularFile(icon(size)), "no " + icon(size));
            }
            Path library = dir.resolve("library.db");
            startReadAndQuit(List.of(INSTALLED.resolve("bin").resolve("Yandu").toString(), "--library",
                    library.toString()), Map.of(), library);
        } finally {
            command(List.of("apt-get", "remove", "-y", "-q", "yandu"));
        }
        assertFalse(Files.exists(INSTALLED), "removal left " + INSTALLED);
        assertFalse(Files.exists(desktopEntry), "removal left " + desktopEntry);
        for (int size : ICON_SIZES) {
            assertFalse(Files.exists(icon(size)), "removal left " + icon(size));
        }
    }

    private static Path icon(int size) {
        return Path.of("/usr/share/icons/hicolor", size + "x" + size, "apps", "yandu.png");
    }

    /**
     * Starts {@code command} on a brand-new {@code library}, waits until the first speech and its words are shown,
     * presses Ctrl+Q, and checks the exit code, the log beside the library and the window's own output.
     */
    private void startReadAndQuit(List<String> command, Map<String, String> environment, Path library)
            throws Exception {
        Path output = dir.resolve("output.txt");
        Map<String, String> env = new HashMap<>(environment);
        env.put("DISPLAY", display.name());
        Map<String, Long> marks;
        try (LaunchedWindow window = LaunchedWindow.start(command, env, BASEDIR, output)) {
            marks = window.awaitMark(StartupMarks.WORDS_SHOWN, MARK_TIMEOUT);
            display.press(WINDOW_TITLE, "ctrl+q");
            Optional<Integer> exit = window.awaitExit(Duration.ofMinutes(1));
            assertTrue(exit.isPresent(), "the window did not quit on Ctrl+Q");
            assertEquals(0, exit.get(), "exit code; output: " + read(output));
        }
        for (String mark : List.of(StartupMarks.FIRST_WINDOW, StartupMarks.LIBRARY_LISTED,
                StartupMarks.SPEECH_SHOWN)) {
            assertTrue(marks.containsKey(mark), "no " + mark + " in " + marks);
        }
        assertNoErrors("its output", read(output));
        Path log = library.resolveSibling("logs").resolve("yandu.log");
        assertTrue(Files.isRegularFile(log), "no log beside the library: " + log);
        assertNoErrors(log.toString(), read(log));
    }

    private static void assertNoErrors(String where, String text) {
        List<String> errors = text.lines()
                .filter(line -> line.contains("ERROR") || line.contains("Exception") || line.contains("Error:"))
                .toList();
        assertTrue(errors.isEmpty(), "errors in " + where + ":\n" + String.join("\n", errors));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A launch path that cannot be tried here is skipped, or fails where every path must be tried (CI). */
    private static void require(boolean condition, String why) {
        if (REQUIRED) {
            assertTrue(condition, why);
        }
        assumeTrue(condition, why);
    }

    private void command(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("command.txt").toFile());
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " hung");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + read(dir.resolve("command.txt")));
    }
}
