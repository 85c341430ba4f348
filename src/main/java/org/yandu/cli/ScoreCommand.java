package org.yandu.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.yandu.text.ChineseText;
import org.yandu.text.GoldSegmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code yandu score GOLD}: word boundaries against a gold segmentation, as the SIGHAN bakeoff scores them. */
@Command(name = "score", description = "Score Yandu's word boundaries against a gold-segmented file (UTF-8, one"
        + " sentence a line, words apart by spaces, as the SIGHAN 2005 bakeoff's): word precision, recall and F1.")
final class ScoreCommand implements Callable<Integer> {
    @Mixin
    CommandContext context;

    @Parameters(paramLabel = "GOLD", description = "The gold-segmented file.")
    Path gold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        ChineseText text = ChineseText.load();
        GoldSegmentation.Score score;
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            score = GoldSegmentation.score(text, in);
        }
        out.println(String.format(Locale.ROOT, "%,d gold words, %,d found, %,d right: precision %.4f, recall %.4f,"
                + " F1 %.4f", score.goldWords(), score.foundWords(), score.rightWords(), score.precision(),
                score.recall(), score.f1()));
        out.flush();
        return 0;
    }
}
