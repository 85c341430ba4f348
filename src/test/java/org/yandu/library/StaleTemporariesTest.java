package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leftovers of killed writers go when the library opens; fresh ones and other programs' files stay. */
class StaleTemporariesTest {
    @TempDir
    Path dir;

    private Path file(String name, boolean old) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "half written");
        if (old) {
            // Before this JVM started: what a process killed earlier left.
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        }
        return file;
    }

    @Test
    void oldLeftoversOfYandusWritersAreRemovedWhenTheLibraryOpens() throws IOException {
        List<Path> stale = List.of(file("dictionaries/cedict123456.part", true),
                file("dictionaries/.yandu-0b6e2c41.part", true),
                file(".yandu-6f1c2a9e-export.part", true), file(".yandu-glossary987.part", true),
                file("backups/library-20261201-000000-000-daily.db.partial", true),
                file("backups/library-20261201-000000-000-daily.db.partial-journal", true));
        List<Path> kept = List.of(file("dictionaries/cedict777.part", false), file(".yandu-fresh.part", false),
                file("backups/library-20261206-000000-000-manual.db.partial", false),
                file("notes.part", true), file("dictionaries/other.part", true),
                file("backups/library-20261201-000000-000-daily.db", true));
        LibraryStore.open(dir.resolve("library.db")).close();
        assertEquals(List.of(), stale.stream().filter(Files::exists).toList());
        assertEquals(kept, kept.stream().filter(Files::exists).toList());
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertEquals(2, backups.count());
        }
    }

    /**
     * What a writer killed a moment before this process started left: ProcessHandle's start instant, which Linux
     * derives from the boot time in whole seconds, could put this start before it and keep it.
     */
    @Test
    void aLeftoverFromAMomentBeforeThisStartIsRemoved() throws IOException {
        Instant jvmStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Path killed = file("dictionaries/cedict42.part", false);
        Files.setLastModifiedTime(killed, FileTime.from(jvmStarted.minusMillis(20)));
        LibraryStore.open(dir.resolve("library.db")).close();
        assertFalse(Files.exists(killed));
    }
}
