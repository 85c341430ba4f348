package org.yandu.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line as {@code Main} does and keeps what the last command printed: {@link YanduCommand}
 * writes to {@code System.out} and {@code System.err}, which this replaces until {@link #close}.
 */
final class CommandRun implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final List<Path> windowsOpened = new ArrayList<>();

    CommandRun() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The exit code; the command's output replaces the previous one's. */
    int run(String... args) {
        out.reset();
        err.reset();
        return YanduCommand.execute(args, windowsOpened::add);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The libraries a command without a subcommand would have opened the window on. */
    List<Path> windowsOpened() {
        return windowsOpened;
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}
