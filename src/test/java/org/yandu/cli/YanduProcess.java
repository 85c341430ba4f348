package org.yandu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line as a real process: this test run's Java and class path, {@code org.yandu.Main}. */
final class YanduProcess {
    private YanduProcess() {
    }

    /** {@code yandu ARGS --library LIBRARY}, ready to start; its input, output and errors are the caller's to set. */
    static ProcessBuilder of(Path library, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.yandu.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--library", library.toString()));
        return new ProcessBuilder(command);
    }
}
