package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossarySource;
import org.yandu.glossary.LookupResult;
import org.yandu.lookup.Occurrence;
import org.yandu.lookup.WordInfo;
import org.yandu.text.ChineseText;

/**
 * What the word popover shows, ready to lay out: the word and its reading, the entries of each glossary
 * (study, then the user's, then CC-CEDICT), the word's parts when no glossary knows the whole, synonyms,
 * counts and the concordance. Built off the FX thread from a {@link WordInfo}.
 */
public record WordPopoverViewModel(String word, String form, String pinyin, List<Section> sections,
                                   List<PartLine> parts, List<String> synonyms, int countInSpeech, int countInLibrary,
                               List<Occurrence> concordance) {
    /** Display order of the sources. */
    static final List<GlossarySource> SOURCE_ORDER = List.of(GlossarySource.STUDY, GlossarySource.USER,
            GlossarySource.CEDICT);
    private static final int MAX_SYNONYMS = 8;

    /** The entries of one source. */
    public record Section(GlossarySource source, List<GlossaryEntry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** A piece of a word no glossary knows as a whole: a shorter word or a single character. */
    public record PartLine(String text, String pinyin, String meaning) {
    }

    public WordPopoverViewModel {
        sections = List.copyOf(sections);
        parts = List.copyOf(parts);
        synonyms = List.copyOf(synonyms);
        concordance = List.copyOf(concordance);
    }

    public static WordPopoverViewModel of(WordInfo info, ChineseText text) {
        LookupResult result = info.entries();
        List<Section> sections = new ArrayList<>();
        for (GlossarySource source : SOURCE_ORDER) {
            List<GlossaryEntry> entries = result.exact(source);
            if (!entries.isEmpty()) {
                sections.add(new Section(source, entries));
            }
        }
        List<PartLine> parts = new ArrayList<>();
        if (!result.hasExact()) {
            for (LookupResult.Part part : result.parts()) {
                if (part.text().isBlank() || part.text().codePoints().noneMatch(Character::isLetter)) {
                    continue;
                }
                String pinyin = part.entries().stream().map(GlossaryEntry::pinyin).filter(p -> !p.isEmpty())
                        .findFirst().orElseGet(() -> text.pinyin(part.text()));
                String meaning = part.entries().stream().map(WordPopoverViewModel::meaningOf).filter(m -> !m.isEmpty())
                        .findFirst().orElse("");
                parts.add(new PartLine(part.text(), pinyin, meaning));
            }
        }
        List<String> synonyms = info.synonyms().stream().limit(MAX_SYNONYMS).toList();
        return new WordPopoverViewModel(info.word(), info.form(), info.pinyin(), sections, parts, synonyms,
                info.countInSpeech(), info.countInLibrary(), info.concordance());
    }

    /** An entry's meaning in one line: the English gloss or definitions, else the Chinese explanation. */
    static String meaningOf(GlossaryEntry entry) {
        String meaning = entry.meaning();
        if (!meaning.isEmpty()) {
            return meaning;
        }
        return entry.explanation() == null ? "" : entry.explanation();
    }

    /** Whether some glossary has the word itself. */
    public boolean found() {
        return !sections.isEmpty();
    }

    /** The user's own entry for the word, to edit or delete. */
    public Optional<GlossaryEntry> userEntry() {
        return sections.stream().filter(s -> s.source() == GlossarySource.USER)
                .flatMap(s -> s.entries().stream()).findFirst();
    }

    /** The concordance holds fewer lines than the word's occurrences (it is capped). */
    public boolean concordanceCut() {
        return concordance.size() < countInLibrary;
    }
}
