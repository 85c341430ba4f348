package org.yandu.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Word boundaries against the SIGHAN 2005 bakeoff's PKU test set with its gold segmentation, read from the shared
 * evaluation folder (never copied into the project): word F1 at least 0.90 (issue #15; jieba scores 0.818 there).
 */
class GoldSegmentationTest {
    private static final Path PKU = Path.of(System.getProperty("yandu.shared.dir", "../shared"), "eval",
            "pku_test_gold.utf8");

    @Test
    void wordF1OnThePkuTestSetIsAtLeastNinetyPerCent() throws Exception {
        assumeTrue(Files.isReadable(PKU), "the PKU gold segmentation is not at " + PKU);
        GoldSegmentation.Score score;
        try (BufferedReader in = Files.newBufferedReader(PKU, StandardCharsets.UTF_8)) {
            score = GoldSegmentation.score(SharedText.TEXT, in);
        }
        assertTrue(score.goldWords() > 100_000, "the whole test set: " + score);
        assertTrue(score.f1() >= 0.90, "F1 " + score.f1() + " of " + score);
    }
}
