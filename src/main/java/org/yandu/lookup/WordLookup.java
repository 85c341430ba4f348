package org.yandu.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.GlossarySource;
import org.yandu.glossary.LookupResult;
import org.yandu.library.LibraryStore;
import org.yandu.library.ParagraphHit;
import org.yandu.library.SearchGrams;
import org.yandu.search.Sentence;
import org.yandu.text.ChineseText;

/** "What does this word mean here, and where else does it appear?" Runs off the FX thread. */
public final class WordLookup {
    public static final int CONCORDANCE_LIMIT = 200;

    private final LibraryStore store;
    private final GlossaryService glossary;

    public WordLookup(LibraryStore store, GlossaryService glossary) {
        this.store = store;
        this.glossary = glossary;
    }

    /** Looks up {@code word} as read in speech {@code speechId} (or null when no speech is open). */
    public WordInfo lookup(String word, @Nullable Long speechId) {
        ChineseText text = glossary.text();
        String form = text.lookupForm(word.strip());
        LookupResult entries = glossary.glossary().lookup(form);
        List<Occurrence> occurrences = occurrences(form);
        int inSpeech = (int) occurrences.stream().filter(o -> speechId != null && o.speechId() == speechId).count();
        List<Occurrence> concordance = occurrences.stream()
                .sorted(Comparator.comparing((Occurrence o) -> speechId == null || o.speechId() != speechId))
                .limit(CONCORDANCE_LIMIT).toList();
        return new WordInfo(word, form, pinyin(form, entries), entries, text.synonyms(form), inSpeech,
                occurrences.size(), concordance);
    }

    /** The glossaries' own reading (study, then the user's) wins over HanLP's. */
    private String pinyin(String form, LookupResult entries) {
        return entries.exact().stream().filter(e -> e.source() != GlossarySource.CEDICT)
                .map(GlossaryEntry::pinyin).filter(p -> !p.isEmpty()).findFirst()
                .orElseGet(() -> glossary.text().pinyin(form));
    }

    private List<Occurrence> occurrences(String form) {
        String folded = SearchGrams.fold(form);
        List<Occurrence> result = new ArrayList<>();
        if (folded.isBlank()) {
            return result;
        }
        for (ParagraphHit hit : store.search(form, Integer.MAX_VALUE, 0).hits()) {
            String paragraph = hit.paragraph().text();
            String foldedParagraph = SearchGrams.fold(paragraph);
            for (int at = foldedParagraph.indexOf(folded); at >= 0; at = foldedParagraph.indexOf(folded, at + 1)) {
                Sentence s = Sentence.around(paragraph, at, at + folded.length());
                result.add(new Occurrence(hit.paragraph().speechId(), hit.speechTitle(), hit.paragraph().id(),
                        hit.paragraph().position(), at, s.text(), s.highlightStart(), s.highlightEnd()));
            }
        }
        result.sort(Comparator.comparingLong(Occurrence::speechId).thenComparingInt(Occurrence::paragraphPosition)
                .thenComparingInt(Occurrence::offset));
        return result;
    }
}
