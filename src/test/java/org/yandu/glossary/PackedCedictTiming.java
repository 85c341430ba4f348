package org.yandu.glossary;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * What a start spends on CC-CEDICT, parsed from its copy or read packed: one measurement a JVM, so that each is
 * as cold as at a start (docs/PERFORMANCE.md, issue #18). Not a test: timings are no assertion here.
 *
 * <pre>java -cp … org.yandu.glossary.PackedCedictTiming parse|pack|read CEDICT.txt.gz FOLDER</pre>
 * {@code parse} parses and packs in memory, as a start did before; {@code pack} also writes
 * {@code FOLDER/cedict_ts.index}; {@code read} reads that file back, checking it against the copy.
 */
final class PackedCedictTiming {
    private PackedCedictTiming() {
    }

    public static void main(String[] args) throws IOException {
        Path copy = Path.of(args[1]);
        Path packed = Path.of(args[2]).resolve("cedict_ts.index");
        // A start has its logging running before the dictionary loads; its set-up is no part of either.
        LoggerFactory.getLogger(PackedCedictTiming.class).info("measuring {}", args[0]);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        PackedCedict cedict = switch (args[0]) {
            case "parse" -> PackedCedict.of(CedictFile.read(copy));
            case "pack" -> {
                PackedCedict parsed = PackedCedict.of(CedictFile.read(copy));
                parsed.write(packed, copy);
                yield parsed;
            }
            case "read" -> PackedCedict.read(packed, copy).orElseThrow();
            default -> throw new IllegalArgumentException("parse, pack or read, not " + args[0]);
        };
        long took = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.out.printf(Locale.ROOT, "%s: %d entries in %d ms, %d MB allocated; packed file %d bytes%n",
                args[0], cedict.index().size(), took / 1_000_000, allocated >> 20,
                Files.exists(packed) ? Files.size(packed) : 0);
    }
}
