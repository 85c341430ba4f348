package org.yandu.bench;

import java.math.BigDecimal;
import java.util.function.DoublePredicate;

/**
 * What a figure's ratio to its limit should reach, in the words the table and results.json give it and as a test.
 *
 * @param text e.g. "ratio ≤ 1.3"
 */
record Target(String text, DoublePredicate test) {
    static Target ratioAtMost(double bound) {
        return new Target("ratio ≤ " + plain(bound), ratio -> ratio <= bound);
    }

    static Target ratioAtLeast(double bound) {
        return new Target("ratio ≥ " + plain(bound), ratio -> ratio >= bound);
    }

    boolean metBy(double ratio) {
        return test.test(ratio);
    }

    /** 1.3 as "1.3" and 3 as "3". */
    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
