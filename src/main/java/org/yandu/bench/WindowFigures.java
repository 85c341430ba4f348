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
    private static final String EMPTY_LIMIT = "a window with one label";
    /** The figures of {@link StackFloorWindow}: where it misses a target, a reader on the stack cannot meet it. */
    private static final String STACK_ALONE = "the stack alone (no Yandu)";
    /** Issue #18: no frame longer than this during the start, whatever the limit's own. */
    private static final long STALL_MOST = 50;

    private final Path library;
    private final Path speech;
    private final List<String> jvmOptions;
    private final Optional<Path> packagedLauncher;
    private final Duration settle;
    private final Path output;
    private final PrintWriter log;

    /**
     * One window's start: its marks (milliseconds from launch; the longest stall's, milliseconds long) and its memory
     * once settled, in bytes.
     */
    record Run(Map<String, Long> marks, long resident, long peak) {
        long mark(String name) {
            return Objects.requireNonNull(marks.get(name), () -> "the window printed no mark " + name);
        }
    }

    /**
     * @param speech the paragraphs of the speech the reader reopens, one a line, for {@link StackFloorWindow}
     * @param packagedLauncher the packaged app's launcher (jpackage's app image), started beside the jar when present
     * @param settle how long a window is left alone after its last mark before its memory is read
     * @param output where the windows' standard error goes, for when one fails
     */
    WindowFigures(Path library, Path speech, List<String> jvmOptions, Optional<Path> packagedLauncher, Duration settle,
            Path output, PrintWriter log) {
        this.library = library;
        this.speech = speech;
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

    /** @param targets the targets of the figures that depend on the library's size */
    List<Figure> measure(String libraryName, LibraryTargets targets) throws Exception {
        log.printf("Starting the window, a window with one label and the stack alone %d times each (after one warm-up"
                + " each)%s…%n", RUNS, jvmOptions.isEmpty() ? "" : " with " + String.join(" ", jvmOptions));
        log.flush();
        emptyWindow();
        yandu();
        stackAlone();
        packagedLauncher.ifPresent(this::packaged);
        List<Run> empty = new ArrayList<>();
        List<Run> yandu = new ArrayList<>();
        List<Run> stackAlone = new ArrayList<>();
        List<Run> packaged = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            empty.add(logged("one label", emptyWindow()));
            yandu.add(logged("jar", yandu()));
            stackAlone.add(logged("stack alone", stackAlone()));
            packagedLauncher.map(this::packaged).map(run -> logged("packaged app", run)).ifPresent(packaged::add);
        }
        Timing.Stats emptyStart = mark(empty, StartupMarks.FIRST_WINDOW);
        Timing.Stats firstWindow = mark(yandu, StartupMarks.FIRST_WINDOW);
        Timing.Stats listed = mark(yandu, StartupMarks.LIBRARY_LISTED);
        Timing.Stats memory = stats(yandu, r -> r.resident() / MB);
        List<Figure> figures = new ArrayList<>();
        figures.add(againstEmpty("start to first window", "ms", firstWindow, emptyStart, Target.ratioAtMost(1.5)));
        figures.addAll(startFigures(", " + libraryName, yandu, empty, targets));
        figures.addAll(startFigures(", " + STACK_ALONE, stackAlone, empty, targets));
        log.printf("Words shown after %.0f ms (median)%n", mark(yandu, StartupMarks.WORDS_SHOWN).median());
        if (!packaged.isEmpty()) {
            figures.addAll(packagedFigures(packaged, firstWindow, listed, memory, libraryName));
        }
        return figures;
    }

    /**
     * The start's figures of one kind of window against the window with one label, each with its target.
     *
     * @param where what the figures' names say after what they measure: the library, or the stack alone
     */
    private static List<Figure> startFigures(String where, List<Run> runs, List<Run> empty, LibraryTargets targets) {
        Timing.Stats emptyStart = mark(empty, StartupMarks.FIRST_WINDOW);
        return List.of(
                againstEmpty("start to library listed" + where, "ms", mark(runs, StartupMarks.LIBRARY_LISTED),
                        emptyStart, targets.listed()),
                againstEmpty("start to last speech shown" + where, "ms", mark(runs, StartupMarks.SPEECH_SHOWN),
                        emptyStart, Target.ratioAtMost(1.8)),
                againstEmpty("start to first lookup answered" + where, "ms", mark(runs, StartupMarks.LOOKUP_READY),
                        emptyStart, Target.ratioAtMost(2.5)),
                againstEmpty("resident memory" + where + ", speech shown, settled", "MB",
                        stats(runs, r -> r.resident() / MB), stats(empty, r -> r.resident() / MB), targets.memory()),
                againstEmpty("peak resident memory during start" + where, "MB", stats(runs, r -> r.peak() / MB),
                        stats(empty, r -> r.peak() / MB), Target.ratioAtMost(2.2)),
                longestStall(where, mark(runs, StartupMarks.LONGEST_STALL), mark(empty, StartupMarks.LONGEST_STALL)));
    }

    /** Issue #18's stall has a bound of its own; the one-label window's stall is beside it. */
    private static Figure longestStall(String where, Timing.Stats stall, Timing.Stats emptyStall) {
        return new Figure("longest FX-thread stall during start" + where, "ms", stall.median(), stall.p95(),
                EMPTY_LIMIT + ": its own", emptyStall.median(), stall.median() / emptyStall.median(),
                "median ≤ " + STALL_MOST + " ms", stall.median() <= STALL_MOST);
    }

    /** A figure of the window against the same of the window with one label, started alike in the same run. */
    private static Figure againstEmpty(String name, String unit, Timing.Stats value, Timing.Stats limit,
            Target target) {
        return new Figure(name, unit, value.median(), value.p95(), EMPTY_LIMIT, limit.median(),
                value.median() / limit.median(), target);
    }

    /** The packaged app against the jar on the class path: it should start at least as fast. */
    private static List<Figure> packagedFigures(List<Run> packaged, Timing.Stats jarFirstWindow,
            Timing.Stats jarListed, Timing.Stats jarMemory, String libraryName) {
        Timing.Stats firstWindow = mark(packaged, StartupMarks.FIRST_WINDOW);
        Timing.Stats listed = mark(packaged, StartupMarks.LIBRARY_LISTED);
        Timing.Stats memory = stats(packaged, r -> r.resident() / MB);
        String jarLimit = "java -jar, same run";
        Target noSlower = Target.ratioAtMost(1);
        return List.of(
                new Figure("packaged app: start to first window", "ms", firstWindow.median(), firstWindow.p95(),
                        jarLimit, jarFirstWindow.median(), firstWindow.median() / jarFirstWindow.median(), noSlower),
                new Figure("packaged app: start to library listed, " + libraryName, "ms", listed.median(),
                        listed.p95(), jarLimit, jarListed.median(), listed.median() / jarListed.median(), noSlower),
                new Figure("packaged app: resident memory, " + libraryName + ", speech shown", "MB", memory.median(),
                        memory.p95(), jarLimit, jarMemory.median(), memory.median() / jarMemory.median(),
                        Target.ratioAtMost(1.1)));
    }

    /** One start's marks in the log, so a noisy median can be read run by run. */
    private Run logged(String what, Run run) {
        log.printf("  %s: %s, %.0f MB%n", what, run.marks(), run.resident() / MB);
        log.flush();
        return run;
    }

    Run emptyWindow() throws Exception {
        return run(List.of(EmptyWindow.class.getName()));
    }

    /** The stack's floor on the speech the reader reopens. */
    Run stackAlone() throws Exception {
        return run(List.of(StackFloorWindow.class.getName(), speech.toString()));
    }

    /** The reader on the library, reopening its last speech; started as a desktop launcher does, without arguments. */
    private Run yandu() throws Exception {
        return run(List.of(Main.class.getName()));
    }

    /** The packaged app as its desktop entry starts it: its own launcher, no arguments, its own JVM options. */
    private Run packaged(Path launcher) {
        try {
            return launch(List.of(launcher.toString()));
        } catch (Exception e) {
            throw new IllegalStateException("The packaged app " + launcher + " failed: " + e.getMessage(), e);
        }
    }

    /** Starts a class of this class path in a JVM of this java, with the bench's window options. */
    private Run run(List<String> mainClassAndArguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(mainClassAndArguments);
        return launch(command);
    }

    /**
     * Launches a window, waits for its longest stall, the last mark it prints (its milestones all came before), lets
     * it settle, reads its memory and stops it.
     */
    private Run launch(List<String> command) throws Exception {
        try (LaunchedWindow window = LaunchedWindow.start(command,
                Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, library.toString()), Path.of("."), output)) {
            Map<String, Long> marks = window.awaitMark(StartupMarks.LONGEST_STALL,
                    Duration.ofMinutes(TIMEOUT_MINUTES));
            Thread.sleep(settle.toMillis());
            ProcessMemory memory = ProcessMemory.of(window.pid());
            return new Run(marks, memory.resident(), memory.peak());
        }
    }

    private static Timing.Stats mark(List<Run> runs, String name) {
        return stats(runs, r -> r.mark(name));
    }

    private static Timing.Stats stats(List<Run> runs, ToDoubleFunction<Run> value) {
        return Timing.of(runs.stream().mapToDouble(value).toArray());
    }
}
