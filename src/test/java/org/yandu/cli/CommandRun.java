package org.yandu.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the command line as {@code Main} does and keeps what the last command printed: {@link YanduCommand}
 * writes to {@code System.out} and {@code System.err}, which this replaces for each test
 * ({@code @RegisterExtension final CommandRun cli = new CommandRun();}).
 */
final class CommandRun implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private final List<Path> windowsOpened = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        originalOut = System.out;
        originalErr = System.err;
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
    public void afterEach(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}
