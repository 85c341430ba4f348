package org.yandu.text;

import java.util.List;

/** Runs every operation once in a fresh JVM for {@link LoadingTest}; prints nothing unless something fails. */
public final class QuietRun {
    private QuietRun() {
    }

    public static void main(String[] args) {
        ChineseText text = ChineseText.load();
        String speech = Speeches.read("003_b8c356e83df67f8b.txt");
        text.addTerms(List.of("帮民解困"));
        text.addPinyin("行长", "háng zhǎng");
        boolean ok = !text.segment(speech).isEmpty()
                && !text.pinyin(speech.substring(0, 200)).isEmpty()
                && !text.synonyms("群众").isEmpty()
                && !text.toSimplified(text.toTraditional("为人民服务", TraditionalStandard.GENERAL)).isEmpty()
                && !text.keywords(speech, 10).isEmpty()
                && !text.phrases(speech, 10).isEmpty()
                && !text.summary(speech, 2).isEmpty();
        if (!ok) {
            System.exit(3);
        }
    }
}
