package org.yandu.bench;

import java.util.Arrays;

/** Repeated timings after warm-up, summarised as median and 95th percentile in milliseconds. */
final class Timing {
    private Timing() {
    }

    record Stats(double median, double p95) {
    }

    interface Run {
        void run() throws Exception;
    }

    static Stats millis(int warmup, int runs, Run run) throws Exception {
        for (int i = 0; i < warmup; i++) {
            run.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return of(times);
    }

    static Stats of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Stats(percentile(sorted, 0.5), percentile(sorted, 0.95));
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
