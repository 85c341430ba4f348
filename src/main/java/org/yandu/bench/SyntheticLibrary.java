package org.yandu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SpeechDraft;

/**
 * A large library made from the bundled speeches' paragraphs, shuffled with a fixed seed, so every run
 * measures the same text: {@code count} speeches of about {@code charsEach} characters, plus one speech of
 * {@value #LONG_SPEECH} characters for the open-a-long-speech figure.
 */
final class SyntheticLibrary {
    static final int LONG_SPEECH = 50_000;
    static final String LONG_TITLE = "长篇讲话（基准）";

    private SyntheticLibrary() {
    }

    static List<SpeechDraft> make(List<String> paragraphs, int count, int charsEach, long seed) {
        Random random = new Random(seed);
        List<SpeechDraft> speeches = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            speeches.add(speech("合成讲话 " + (i + 1), paragraphs, charsEach, random));
        }
        speeches.add(speech(LONG_TITLE, paragraphs, LONG_SPEECH, random));
        return speeches;
    }

    private static SpeechDraft speech(String title, List<String> paragraphs, int chars, Random random) {
        List<ParagraphDraft> body = new ArrayList<>();
        body.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, title));
        int total = 0;
        int section = 1;
        while (total < chars) {
            if (body.size() % 8 == 1) {
                body.add(new ParagraphDraft(ParagraphKind.HEADING, 1, null, section++ + "、"
                        + first(paragraphs, random)));
            }
            String text = paragraphs.get(random.nextInt(paragraphs.size()));
            body.add(ParagraphDraft.body(text));
            total += text.length();
        }
        return new SpeechDraft(title, false, null, null, null, null, List.of(), body);
    }

    private static String first(List<String> paragraphs, Random random) {
        String text = paragraphs.get(random.nextInt(paragraphs.size()));
        return text.substring(0, Math.min(12, text.length()));
    }
}
