package org.yandu.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.yandu.Main;
import org.yandu.library.LibraryLocation;
import org.yandu.ui.app.StartupMarks;

/**
 * Start-up and resident memory of the real window, each run in a fresh JVM on this JVM's java and class path,
 * beside {@link EmptyWindow} started the same way. The window prints its milestones ({@link StartupMarks});
 * memory is the child's resident set from Linux's {@code /proc} once its words are shown and it has settled.
 */
final class WindowFigures {
    private static final int RUNS = 5;
    private static final long TIMEOUT_MINUTES = 3;
    private static final double MB = ProcessMemory.MB;

    private final Path library;
    private final List<String> jvmOptions;
    private final Optional<Path> packagedLauncher;
    private final Duration settle;
    private final Path output;
    private final PrintWriter log;

    /** One window's start: its marks (milliseconds from launch) and its memory once settled, in bytes. */
    record Run(Map<String, Long> marks, long resident, long peak) {
        long mark(String name) {
            return Objects.requireNonNull(marks.get(name), () -> "the window printed no mark " + name);
        }
    }

    /**
     * @param packagedLauncher the packaged app's launcher (jpackage's app image), started beside the jar when present
     * @param settle how long a window is left alone after its last mark before its memory is read
     * @param output where the windows' standard error goes, for when one fails
     */
    WindowFigures(Path library, List<String> jvmOptions, Optional<Path> packagedLauncher, Duration settle, Path output,
            PrintWriter log) {
        this.library = library;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.packagedLauncher = packagedLauncher;
        this.settle = settle;
        this.output = output;
        this.log = log;
    }

    /** Why the figures cannot be measured here, if they cannot. */
    static Optional<String> unavailable() {
        Optional<String> memory = ProcessMemory.unavailable();
        if (memory.isPresent()) {
            return memory;
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("they need a display and DISPLAY is unset (run the bench under `xvfb-run -a`)");
        }
        return Optional.empty();
    }

    List<Figure> measure(String libraryName) throws Exception {
        log.printf("Starting the window %d times and a window with one label %d times (after one warm-up each)%s…%n",
                RUNS, RUNS, jvmOptions.isEmpty() ? "" : " with " + String.join(" ", jvmOptions));
        log.flush();
        emptyWindow();
        yandu();
        packagedLauncher.ifPresent(this::packaged);
        List<Run> empty = new ArrayList<>();
        List<Run> yandu = new ArrayList<>();
        List<Run> packaged = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            empty.add(emptyWindow());
            yandu.add(logged("jar", yandu()));
            packagedLauncher.map(this::packaged).map(run -> logged("packaged app", run)).ifPresent(packaged::add);
        }
        Timing.Stats emptyStart = stats(empty, r -> r.mark(StartupMarks.FIRST_WINDOW));
        Timing.Stats firstWindow = stats(yandu, r -> r.mark(StartupMarks.FIRST_WINDOW));
        Timing.Stats listed = stats(yandu, r -> r.mark(StartupMarks.LIBRARY_LISTED));
        Timing.Stats shown = stats(yandu, r -> r.mark(StartupMarks.SPEECH_SHOWN));
        Timing.Stats emptyMemory = stats(empty, r -> r.resident() / MB);
        Timing.Stats memory = stats(yandu, r -> r.resident() / MB);
        log.printf("Speech shown after %.0f ms (median); peak resident memory %.0f MB (median)%n", shown.median(),
                stats(yandu, r -> r.peak() / MB).median());
        String emptyLimit = "a window with one label";
        double startRatio = firstWindow.median() / emptyStart.median();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("start to first window", "ms", firstWindow.median(), firstWindow.p95(), emptyLimit,
                        emptyStart.median(), startRatio, "ratio ≤ 1.5", startRatio <= 1.5),
                new Figure("start to library listed, " + libraryName, "ms", listed.median(), listed.p95(),
                        emptyLimit, emptyStart.median(), listed.median() / emptyStart.median(), "median < 2,000 ms",
                        listed.median() < 2_000),
                new Figure("resident memory, " + libraryName + ", speech shown", "MB", memory.median(), memory.p95(),
                        emptyLimit, emptyMemory.median(), memory.median() / emptyMemory.median(), "median < 500 MB",
                        memory.median() < 500)));
        if (!packaged.isEmpty()) {
            figures.addAll(packagedFigures(packaged, firstWindow, listed, memory, libraryName));
        }
        return figures;
    }

    /** The packaged app against the jar on the class path: it should start at least as fast. */
    private static List<Figure> packagedFigures(List<Run> packaged, Timing.Stats jarFirstWindow,
            Timing.Stats jarListed, Timing.Stats jarMemory, String libraryName) {
        Timing.Stats firstWindow = stats(packaged, r -> r.mark(StartupMarks.FIRST_WINDOW));
        Timing.Stats listed = stats(packaged, r -> r.mark(StartupMarks.LIBRARY_LISTED));
        Timing.Stats memory = stats(packaged, r -> r.resident() / MB);
        String jarLimit = "java -jar, same run";
        return List.of(
                new Figure("packaged app: start to first window", "ms", firstWindow.median(), firstWindow.p95(),
                        jarLimit, jarFirstWindow.median(), firstWindow.median() / jarFirstWindow.median(), "ratio ≤ 1",
                        firstWindow.median() <= jarFirstWindow.median()),
                new Figure("packaged app: start to library listed, " + libraryName, "ms", listed.median(),
                        listed.p95(), jarLimit, jarListed.median(), listed.median() / jarListed.median(), "ratio ≤ 1",
                        listed.median() <= jarListed.median()),
                new Figure("packaged app: resident memory, " + libraryName + ", speech shown", "MB", memory.median(),
                        memory.p95(), jarLimit, jarMemory.median(), memory.median() / jarMemory.median(),
                        "median < 500 MB", memory.median() < 500));
    }

    /** One start's marks in the log, so a noisy median can be read run by run. */
    private Run logged(String what, Run run) {
        log.printf("  %s: %s, %.0f MB%n", what, run.marks(), run.resident() / MB);
        log.flush();
        return run;
    }

    Run emptyWindow() throws Exception {
        return run(List.of(EmptyWindow.class.getName()), StartupMarks.FIRST_WINDOW);
    }

    /** The reader on the library, reopening its last speech; started as a desktop launcher does, without arguments. */
    private Run yandu() throws Exception {
        return run(List.of(Main.class.getName()), StartupMarks.WORDS_SHOWN);
    }

    /** The packaged app as its desktop entry starts it: its own launcher, no arguments, its own JVM options. */
    private Run packaged(Path launcher) {
        try {
            return launch(List.of(launcher.toString()), StartupMarks.WORDS_SHOWN);
        } catch (Exception e) {
            throw new IllegalStateException("The packaged app " + launcher + " failed: " + e.getMessage(), e);
        }
    }

    /** Starts a class of this class path in a JVM of this java, with the bench's window options. */
    private Run run(List<String> mainClassAndArguments, String last) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainClassAndArguments);
        return launch(command, last);
    }

    /** Launches a window, waits for its mark {@code last}, lets it settle, reads its memory and stops it. */
    private Run launch(List<String> command, String last) throws Exception {
        try (LaunchedWindow window = LaunchedWindow.start(command,
                Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, library.toString()), Path.of("."), output)) {
            Map<String, Long> marks = window.awaitMark(last, Duration.ofMinutes(TIMEOUT_MINUTES));
            Thread.sleep(settle.toMillis());
            ProcessMemory memory = ProcessMemory.of(window.pid());
            return new Run(marks, memory.resident(), memory.peak());
        }
    }

    private static Timing.Stats stats(List<Run> runs, ToDoubleFunction<Run> value) {
        return Timing.of(runs.stream().mapToDouble(value).toArray());
    }
}
