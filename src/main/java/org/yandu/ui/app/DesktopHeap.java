package org.yandu.ui.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the window's heap give back memory it no longer needs. HotSpot's defaults suit servers: after a collection
 * G1 keeps up to 70 % of the heap free, and it never collects a heap that sits idle, so the reader would hold the
 * peak of its start (HanLP and CC-CEDICT being loaded) for as long as it stays open. The flags below can be changed
 * in a running JVM; any given on the command line are left as given.
 */
final class DesktopHeap {
    private static final Logger log = LoggerFactory.getLogger(DesktopHeap.class);
    /** In an order that keeps the minimum free ratio below the maximum at every step. */
    private static final Map<String, String> FLAGS = new LinkedHashMap<>();

    static {
        FLAGS.put("MinHeapFreeRatio", "10");
        FLAGS.put("MaxHeapFreeRatio", "30");
        // After later work (imports, analyses) an idle reader's heap is collected, and shrunk, within minutes.
        FLAGS.put("G1PeriodicGCInterval", "60000");
    }

    private DesktopHeap() {
    }

    /**
     * Sets the flags (a few tens of milliseconds, on another thread) and collects the heap once, when the start's
     * work is done. Loading HanLP and CC-CEDICT and segmenting the open speech leave a heap about three times the
     * size of what stays; one full collection (tens of milliseconds) gives that back at once, where idle collections
     * would take minutes. Before that work is done, G1 would grow the heap again at the next young collection.
     */
    static void manage(ObservableValue<Boolean> started) {
        CompletableFuture<Void> flagsSet = CompletableFuture.runAsync(DesktopHeap::setFlags);
        started.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean old, Boolean done) {
                if (done) {
                    value.removeListener(this);
                    flagsSet.thenRunAsync(System::gc).exceptionally(e -> {
                        log.warn("The heap was not collected after the start", e);
                        return null;
                    });
                }
            }
        });
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
