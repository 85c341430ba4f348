package org.yandu.bench;

/**
 * One measured figure beside the limit measured in the same run; only the ratio is comparable between runs
 * on a shared, noisy machine.
 *
 * @param ratio median divided by the limit's median
 * @param target what the figure should reach, in words (e.g. "ratio ≥ 0.5", "p95 < 30 ms")
 * @param met whether the target holds in this run
 */
public record Figure(String name, String unit, double median, double p95, String limit, double limitMedian,
                     double ratio, String target, boolean met) {
}
