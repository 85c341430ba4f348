package org.yandu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.yandu.threads.Threads;
import org.yandu.ui.app.StartupMarks;
import org.yandu.ui.app.StartupMarks.Mark;

/**
 * A window started in a process of its own, the way a user or a launcher starts it, with its start-up milestones
 * ({@link StartupMarks}) read from its standard output as they come. The marks are asked for through
 * {@code JAVA_TOOL_OPTIONS}, which every JVM reads whoever starts it ({@code java}, the JVM {@code mvn javafx:run}
 * forks, a jpackage launcher), and count from the moment of the start.
 */
public final class LaunchedWindow implements AutoCloseable {
    /** Ends the queue of marks when the window's output closes; named with a space, which no printed mark has. */
    private static final Mark ENDED = new Mark("output ended", -1);
    private static final String TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    private final Process process;
    private final Path errors;
    private final BlockingQueue<Mark> marks = new LinkedBlockingQueue<>();
    private final Map<String, Long> seen = new HashMap<>();

    private LaunchedWindow(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Threads.daemon("launched-window-output").newThread(this::readMarks).start();
    }

    /**
     * Starts {@code command} in {@code directory} with {@code environment} added to this one's.
     *
     * @param errors where the window's standard error goes (appended), for when it fails
     */
    public static LaunchedWindow start(List<String> command, Map<String, String> environment, Path directory,
            Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(Redirect.appendTo(errors.toFile()));
        builder.environment().putAll(environment);
        String options = builder.environment().getOrDefault(TOOL_OPTIONS, "");
        builder.environment().put(TOOL_OPTIONS, (options + " -D" + StartupMarks.PROPERTY + "="
                + System.currentTimeMillis()).strip());
        return new LaunchedWindow(builder.start(), errors);
    }

    /**
     * Waits for the mark {@code name} and returns every mark seen so far, by name.
     *
     * @throws IllegalStateException when the window ends or stays silent for {@code timeout} before it
     */
    public Map<String, Long> awaitMark(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seen.containsKey(name)) {
            Mark mark = marks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (mark == null || mark.equals(ENDED)) {
                String what = mark == null ? "printed no '" + name + "' within " + timeout.toSeconds() + " s"
                        : "ended before printing '" + name + "'";
                throw new IllegalStateException("The window " + what + " (marks so far: " + seen
                        + "); its errors are in " + errors);
            }
            seen.put(mark.name(), mark.millis());
        }
        return Map.copyOf(seen);
    }

    public long pid() {
        return process.pid();
    }

    /** The exit code once the window has ended by itself within {@code timeout}, or empty if it is still running. */
    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** Stops the window (and whatever it started) if it still runs, forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    /** Reads the window's output to its end, so it never blocks on a full pipe. */
    private void readMarks() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().map(Mark::parse).flatMap(Optional::stream).forEach(marks::add);
        } catch (IOException | UncheckedIOException e) {
            // The window was stopped while its output was read: nothing more to see.
        } finally {
            marks.add(ENDED);
        }
    }
}
