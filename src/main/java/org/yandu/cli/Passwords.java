package org.yandu.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The passwords a command needs, asked on the terminal without echo, or read a line each from standard input when
 * there is no terminal (a script pipes them in). Never an option or an argument: those stay in the shell's history
 * and show in the list of processes.
 */
final class Passwords {
    private @Nullable BufferedReader input;

    char[] ask(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] password = console.readPassword("%s", prompt);
            if (password == null) {
                throw new IllegalStateException("No password was given for: " + prompt.strip());
            }
            return password;
        }
        try {
            if (input == null) {
                input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = input.readLine();
            if (line == null) {
                throw new IllegalStateException("No password on standard input for: " + prompt.strip());
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
