package org.yandu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;
import org.yandu.library.SpeechDraft;

/**
 * A large library made from the bundled speeches' paragraphs, shuffled with a fixed seed, so every run
 * measures the same text: {@code count} speeches of about {@code charsEach} characters, plus one speech of
 * {@value #LONG_SPEECH} characters for the open-a-long-speech figure. The speeches are made as they are read, the
 * same ones on every pass: 100,000 of them (about 220 million characters) would hold gigabytes if kept.
 */
final class SyntheticLibrary {
    static final int LONG_SPEECH = 50_000;
    static final String LONG_TITLE = "长篇讲话（基准）";

    private final List<String> paragraphs;
    private final int count;
    private final int charsEach;
    private final long seed;

    SyntheticLibrary(List<String> paragraphs, int count, int charsEach, long seed) {
        this.paragraphs = List.copyOf(paragraphs);
        this.count = count;
        this.charsEach = charsEach;
        this.seed = seed;
    }

    /** The speeches in order, the long one last; a sequential stream, each one made as it is reached. */
    Stream<SpeechDraft> speeches() {
        Random random = new Random(seed);
        return IntStream.rangeClosed(1, count + 1).mapToObj(i -> i <= count
                ? speech("合成讲话 " + i, charsEach, random) : speech(LONG_TITLE, LONG_SPEECH, random));
    }

    /** Every paragraph's text (titles and headings with the body), in the order of {@link #speeches()}. */
    Iterable<String> texts() {
        return () -> speeches().flatMap(s -> s.paragraphs().stream()).map(ParagraphDraft::text).iterator();
    }

    private SpeechDraft speech(String title, int chars, Random random) {
        List<ParagraphDraft> body = new ArrayList<>();
        body.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, title));
        int total = 0;
        int section = 1;
        while (total < chars) {
            if (body.size() % 8 == 1) {
                body.add(new ParagraphDraft(ParagraphKind.HEADING, 1, null, section++ + "、" + first(random)));
            }
            String text = paragraphs.get(random.nextInt(paragraphs.size()));
            body.add(ParagraphDraft.body(text));
            total += text.length();
        }
        return new SpeechDraft(title, false, null, null, null, null, List.of(), body);
    }

    private String first(Random random) {
        String text = paragraphs.get(random.nextInt(paragraphs.size()));
        return text.substring(0, Math.min(12, text.length()));
    }
}
