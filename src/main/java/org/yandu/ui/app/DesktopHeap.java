package org.yandu.ui.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ObservableValue;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yandu.ui.base.WhenReached;

/**
 * Lets the window give back memory it no longer needs. HotSpot's defaults suit servers: after a collection G1 keeps
 * up to 70 % of the heap free, and it never collects a heap that sits idle, so the reader would hold the peak of its
 * start (HanLP and CC-CEDICT being loaded) for as long as it stays open. Here a collection leaves at most a tenth of
 * the heap free (a heap that must grow still grows: G1 grows it when collecting takes too much of the time). The flags
 * below can be changed in a running JVM; any given on the command line are left as given.
 */
public final class DesktopHeap {
    private static final Logger log = LoggerFactory.getLogger(DesktopHeap.class);
    /** In an order that keeps the minimum free ratio below the maximum at every step. */
    private static final Map<String, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("MinHeapFreeRatio", "5");
        FLAGS.put("MaxHeapFreeRatio", "10");
        // After later work (imports, analyses) an idle reader's heap is collected, and shrunk, within minutes.
        FLAGS.put("G1PeriodicGCInterval", "60000");
    }

    private DesktopHeap() {
    }

    /**
     * Sets the flags (a few tens of milliseconds, on another thread), collects the heap once when the start's work is
     * done and gives back the C heap's free pages then and once the library's whole-file check is over (its reading
     * leaves them behind). Loading HanLP and CC-CEDICT and segmenting the open speech leave a heap about three times
     * the size of what stays; one full collection (tens of milliseconds) gives that back at once, where idle
     * collections would take minutes. Before that work is done, G1 would grow the heap again at the next young
     * collection.
     */
    public static void manage(ObservableValue<Boolean> started, ObservableValue<Boolean> fileChecked) {
        CompletableFuture<Void> flagsSet = CompletableFuture.runAsync(DesktopHeap::setFlags);
        WhenReached.once(started, Boolean::booleanValue, () -> flagsSet.thenRunAsync(DesktopHeap::collectAndTrim)
                .exceptionally(e -> {
                    log.warn("The heap was not collected after the start", e);
                    return null;
                }));
        WhenReached.once(fileChecked, Boolean::booleanValue,
                () -> CompletableFuture.runAsync(DesktopHeap::trimNativeHeap));
    }

    /**
     * Gives back what the start's collection freed, on the Java heap and in the C heap beside it: glibc keeps the
     * memory freed by each thread's arena (SQLite's reads, fonts, HanLP's loading) for reuse, tens of megabytes a
     * desktop app never needs again. Trimming asks it to return the free pages (a few milliseconds).
     */
    private static void collectAndTrim() {
        System.gc();
        trimNativeHeap();
    }

    /**
     * Returns the C heap's free pages to the system, through the JVM's own command ({@code jcmd PID
     * System.trim_native_heap}, Java 17.0.9 and later); elsewhere it does nothing.
     *
     * @return what the JVM said it did (on Linux, the resident size before and after), if it knows the command
     */
    static Optional<String> trimNativeHeap() {
        try {
            String said = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[0], new String[0])).strip();
            log.info("{}", said);
            return Optional.of(said);
        } catch (JMException | RuntimeException | LinkageError e) {
            log.info("The C heap was not trimmed: {}", e.toString());
            return Optional.empty();
        }
    }

    private static void setFlags() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            FLAGS.forEach((name, value) -> {
                if (vm.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT) {
                    vm.setVMOption(name, value);
                }
            });
            log.info("Heap flags for a desktop app: {}", FLAGS);
        } catch (RuntimeException | LinkageError e) {
            // Another JVM, or a runtime without jdk.management: its own defaults stay.
            log.info("Heap left to the JVM's defaults: {}", e.toString());
        }
    }
}
