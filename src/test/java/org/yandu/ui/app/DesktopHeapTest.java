package org.yandu.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The window's heap settings, in a JVM of their own (they change the JVM's flags, which the other tests share):
 * defaults are replaced, a flag given on the command line is kept, and the heap is collected once the start is done.
 */
class DesktopHeapTest {
    @Test
    void defaultsAreReplacedAFlagGivenIsKeptAndTheHeapIsCollectedOnceTheStartIsDone() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxHeapFreeRatio=50", "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true).start();
        String printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        probe.waitFor(30, TimeUnit.SECONDS);

        List<String> lines = printed.lines().filter(l -> l.startsWith("probe ")).toList();
        assertEquals(List.of("probe MinHeapFreeRatio 5", "probe MaxHeapFreeRatio 50",
                "probe G1PeriodicGCInterval 60000", "probe collected true"), lines, printed);
    }

    /** The JVM's own trim (Java 17.0.9 and later) says what it gave back: on Linux, the resident size. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theCHeapIsTrimmedAndTheResidentSizeIsReported() {
        assertTrue(DesktopHeap.trimNativeHeap().filter(said -> said.matches("(?s).*RSS.*->.*")).isPresent());
    }

    /** Runs in the child JVM: the window's heap management, then what became of the flags. */
    public static final class Probe {
        public static void main(String[] args) throws IOException, InterruptedException {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            SimpleBooleanProperty started = new SimpleBooleanProperty(false);
            DesktopHeap.manage(started, new SimpleBooleanProperty(false));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!vm.getVMOption("MinHeapFreeRatio").getValue().equals("5") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            long before = collections();
            started.set(true);
            while (collections() == before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (String flag : List.of("MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval")) {
                System.out.println("probe " + flag + " " + vm.getVMOption(flag).getValue());
            }
            System.out.println("probe collected " + (collections() > before));
        }

        private static long collections() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }
    }
}
