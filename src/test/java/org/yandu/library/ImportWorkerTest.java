package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ImportWorkerTest {
    @Test
    void theWaitingThreadDoesTheWorkNotYetStartedAndResultsComeInOrder() throws Exception {
        try (ImportWorker worker = new ImportWorker(1)) {
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            results.add(worker.submit(() -> {
                firstStarted.countDown();
                // Held until the waiting thread has done the rest: proof that it did not wait for the worker.
                release.await(10, TimeUnit.SECONDS);
                return "first:" + Thread.currentThread().getName();
            }));
            firstStarted.await(10, TimeUnit.SECONDS);
            // Done from the last backwards: the third first, then the second, which lets the first finish.
            results.add(worker.submit(() -> {
                release.countDown();
                return "second:" + Thread.currentThread().getName();
            }));
            results.add(worker.submit(() -> "third:" + Thread.currentThread().getName()));

            List<String> done = ImportWorker.awaitAll(results);

            String here = Thread.currentThread().getName();
            assertEquals(List.of("first:yandu-import-worker", "second:" + here, "third:" + here), done);
        }
    }

    @Test
    void aFailureOfTheWorkIsThrownToTheWaitingThread() {
        try (ImportWorker worker = new ImportWorker(1)) {
            IllegalStateException failure = new IllegalStateException("bad paragraph");
            List<Future<String>> results = List.of(worker.submit(() -> "fine"), worker.submit(() -> {
                throw failure;
            }));

            assertSame(failure, assertThrows(IllegalStateException.class, () -> ImportWorker.awaitAll(results)));
        }
    }
}
