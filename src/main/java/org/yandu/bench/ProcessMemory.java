package org.yandu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A child process's memory as Linux's {@code /proc/PID/status} gives it. */
final class ProcessMemory {
    static final double MB = 1024 * 1024;

    private final Map<String, Long> status;

    private ProcessMemory(Map<String, Long> status) {
        this.status = status;
    }

    /** Why memory cannot be read here, if it cannot. */
    static Optional<String> unavailable() {
        if (!Files.isReadable(Path.of("/proc/self/status"))) {
            return Optional.of("memory is read from Linux's /proc, which this system lacks");
        }
        return Optional.empty();
    }

    /** The process's memory now; a process that has ended has none to read (a zombie's status lacks the lines). */
    static ProcessMemory of(long pid) throws IOException {
        Map<String, Long> values = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.strip().split("\\s+", -1);
            if (parts.length == 3 && parts[0].startsWith("Vm") && parts[2].equals("kB")) {
                values.put(parts[0], Long.parseLong(parts[1]) * 1024);
            }
        }
        return new ProcessMemory(values);
    }

    /** Bytes resident now (VmRSS). */
    long resident() {
        return line("VmRSS:");
    }

    /** The most bytes ever resident (VmHWM). */
    long peak() {
        return line("VmHWM:");
    }

    boolean isReadable() {
        return status.containsKey("VmHWM:");
    }

    private long line(String name) {
        Long bytes = status.get(name);
        if (bytes == null) {
            throw new IllegalStateException("The process's /proc status has no " + name + " line: it ended before its"
                    + " memory was read");
        }
        return bytes;
    }
}
