package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer in a child JVM killed with SIGKILL at random moments: no acknowledged write is ever lost. */
class CrashSafetyTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    private Process startWriter(Path library) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                library.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads ACK lines in the background into {@code acked} (id → note); counts down when the writer is ready. */
    private static Thread collect(Process writer, Map<Long, String> acked, CountDownLatch ready) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ", 3);
                        acked.put(Long.parseLong(parts[1]), parts[2]);
                    }
                }
            } catch (IOException ignored) {
                // The writer was killed mid-line: what was read is what was acknowledged.
            }
        });
        reader.start();
        return reader;
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Path library = dir.resolve("library.db");
        Random random = new Random(20261123);
        Map<Long, String> acked = new ConcurrentHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = startWriter(library);
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = collect(writer, acked, ready);
            assertTrue(ready.await(30, TimeUnit.SECONDS), "the writer started");
            Thread.sleep(20 + random.nextInt(300));
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        assertTrue(acked.size() > ROUNDS, "writes were acknowledged: " + acked.size());
        try (LibraryStore store = LibraryStore.open(library)) {
            for (Map.Entry<Long, String> write : acked.entrySet()) {
                Annotation a = store.annotations().find(write.getKey()).orElseThrow(
                        () -> new AssertionError("acknowledged write " + write.getKey() + " is lost"));
                assertEquals(write.getValue(), a.note());
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + library);
             ResultSet rs = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }

    @Test
    void aSecondProcessOnTheSameLibraryIsToldItIsInUse() throws Exception {
        Path library = dir.resolve("library.db");
        Process writer = startWriter(library);
        try {
            CountDownLatch ready = new CountDownLatch(1);
            collect(writer, new ConcurrentHashMap<>(), ready);
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            assertThrows(LibraryInUseException.class, () -> LibraryStore.open(library));
        } finally {
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        LibraryStore.open(library).close();
    }

    /** The lock is on the file, not its name: the second open through either kind of link meets the first. */
    @Test
    void aSecondProcessThroughASymlinkOrAHardLinkIsToldItIsInUse() throws Exception {
        Path library = dir.resolve("library.db");
        LibraryStore.open(library).close();
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Path symlink = Files.createSymbolicLink(other.resolve("symlink.db"), library);
        Path hardLink = Files.createLink(other.resolve("hardlink.db"), library);
        for (Path opened : List.of(library, hardLink)) {
            Process writer = startWriter(opened);
            try {
                CountDownLatch ready = new CountDownLatch(1);
                collect(writer, new ConcurrentHashMap<>(), ready);
                assertTrue(ready.await(30, TimeUnit.SECONDS));
                for (Path second : List.of(library, symlink, hardLink)) {
                    LibraryInUseException e = assertThrows(LibraryInUseException.class,
                            () -> LibraryStore.open(second), opened + " then " + second);
                    assertTrue(e.getMessage().contains("already open"), e.getMessage());
                }
            } finally {
                writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        LibraryStore.open(hardLink).close();
    }
}
