package org.yandu.bench;

import org.jspecify.annotations.Nullable;

/**
 * One measured figure beside the limit measured in the same run; only the ratio is comparable between runs
 * on a shared, noisy machine.
 *
 * @param ratio median divided by the limit's median
 * @param target what the figure should reach, in words (e.g. "ratio ≥ 0.5", "p95 < 30 ms")
 * @param met whether the target holds in this run
 * @param notRun why the figure was not measured in this run (its numbers are then NaN), or null when it was
 */
public record Figure(String name, String unit, double median, double p95, String limit, double limitMedian,
                     double ratio, String target, boolean met, @Nullable String notRun) {
    public Figure(String name, String unit, double median, double p95, String limit, double limitMedian,
                  double ratio, String target, boolean met) {
        this(name, unit, median, p95, limit, limitMedian, ratio, target, met, null);
    }

    /** A figure whose target bounds its ratio to the limit. */
    Figure(String name, String unit, double median, double p95, String limit, double limitMedian, double ratio,
           Target target) {
        this(name, unit, median, p95, limit, limitMedian, ratio, target.text(), target.metBy(ratio));
    }

    /** A figure this run could not measure, and why. */
    static Figure notRun(String name, String unit, String target, String reason) {
        return new Figure(name, unit, Double.NaN, Double.NaN, "", Double.NaN, Double.NaN, target, false, reason);
    }
}
