package org.yandu.launch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An X display of the test's own (Xvfb), so windows start as on a desktop without touching the developer's, and
 * xdotool to type into them as a user does.
 */
final class VirtualDisplay implements AutoCloseable {
    private final Process server;
    private final String name;

    private VirtualDisplay(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Why no display can be had here, if it cannot. */
    static Optional<String> unavailable() {
        for (String tool : List.of("Xvfb", "xdotool")) {
            if (onPath(tool).isEmpty()) {
                return Optional.of(tool + " is not installed (Debian: apt-get install xvfb xdotool)");
            }
        }
        return Optional.empty();
    }

    /** Starts Xvfb on a free display number, which it picks and prints itself. */
    static VirtualDisplay start() throws IOException {
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten",
                "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            server.destroyForcibly();
            throw new IOException("Xvfb did not start (it printed '" + number + "')");
        }
        return new VirtualDisplay(server, ":" + number.strip());
    }

    /** The value of DISPLAY for programs started on it. */
    String name() {
        return name;
    }

    /** Presses {@code keys} (xdotool's names, e.g. {@code ctrl+q}) in the visible window whose title matches. */
    void press(String titlePattern, String keys) throws IOException, InterruptedException {
        String window = xdotool("search", "--sync", "--onlyvisible", "--name", titlePattern).lines().findFirst()
                .orElseThrow(() -> new IllegalStateException("no window titled " + titlePattern));
        xdotool("windowfocus", "--sync", window);
        xdotool("key", "--clearmodifiers", keys);
    }

    private String xdotool(String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat("xdotool", arguments)).redirectErrorStream(true);
        builder.environment().put("DISPLAY", name);
        Process tool = builder.start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tool.waitFor(Duration.ofMinutes(1).toMillis(), TimeUnit.MILLISECONDS) || tool.exitValue() != 0) {
            throw new IllegalStateException("xdotool " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    private static List<String> concat(String first, String... rest) {
        return Stream.concat(Stream.of(first), Arrays.stream(rest)).toList();
    }

    private static Optional<Path> onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, tool)).filter(Files::isExecutable).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }
}
