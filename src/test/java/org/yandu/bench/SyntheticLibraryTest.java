package org.yandu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.SpeechDraft;

/** The generated library: the same speeches on every pass, made as they are read. */
class SyntheticLibraryTest {
    private static final List<String> POOL = List.of("一二三四五六七八九十。", "全面从严治党永远在路上。", "学习。");

    @Test
    void everyPassMakesTheSameSpeechesTheLongOneLast() {
        SyntheticLibrary library = new SyntheticLibrary(POOL, 30, 200, 7);

        List<SpeechDraft> first = library.speeches().toList();
        List<SpeechDraft> second = library.speeches().toList();

        assertEquals(31, first.size());
        assertEquals(first, second);
        assertEquals(SyntheticLibrary.LONG_TITLE, first.get(30).title());
        assertTrue(first.get(0).paragraphs().stream().mapToInt(p -> p.text().length()).sum() >= 200);
    }

    @Test
    void theTextsAreEveryParagraphInOrder() {
        SyntheticLibrary library = new SyntheticLibrary(POOL, 5, 100, 7);
        List<String> texts = new ArrayList<>();
        library.texts().forEach(texts::add);

        assertEquals(library.speeches().flatMap(s -> s.paragraphs().stream()).map(ParagraphDraft::text).toList(),
                texts);
    }
}
