package org.yandu.export;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;

/** {@link Vocabulary} from the library's glossary: study glossary first, then the reader's terms, then CC-CEDICT. */
final class GlossaryVocabulary implements Vocabulary {
    private final GlossaryService glossary;

    GlossaryVocabulary(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @Override
    public Meaning describe(String term) {
        GlossaryEntry best = best(glossary.glossary().lookup(term).exact());
        String pinyin = best != null && !best.pinyin().isEmpty() ? best.pinyin() : glossary.text().pinyin(term);
        if (best == null) {
            return new Meaning(pinyin, "", "");
        }
        return new Meaning(pinyin, Objects.requireNonNullElse(best.explanation(), ""), best.meaning());
    }

    /** The first entry that says what the word means; an entry with only a reading is better than none. */
    private static @Nullable GlossaryEntry best(List<GlossaryEntry> entries) {
        return entries.stream().filter(e -> e.explanation() != null || !e.meaning().isEmpty()).findFirst()
                .orElse(entries.isEmpty() ? null : entries.get(0));
    }
}
