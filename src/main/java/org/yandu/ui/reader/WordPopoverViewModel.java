package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yandu.glossary.GlossaryEntry;
import org.yandu.glossary.GlossarySource;
import org.yandu.glossary.LookupResult;
import org.yandu.lookup.Occurrence;
import org.yandu.lookup.WordInfo;
import org.yandu.text.ChineseText;
import org.yandu.text.Tones;

/**
 * What the word popover shows, ready to lay out: the word and its reading, the entries of each glossary
 * (study, then the user's, then CC-CEDICT), the word's parts when no glossary knows the whole, synonyms,
 * counts and the concordance. Built off the FX thread from a {@link WordInfo}. The popover opens compact (the word,
 * its reading, its first meanings and counts) and shows the rest on request.
 *
 * @param dictionaryImported whether CC-CEDICT is imported: without it most words have no entry, which the popover
 *     says, offering the import
 */
public record WordPopoverViewModel(String word, String form, String pinyin, List<Section> sections,
                                   List<PartLine> parts, List<String> synonyms, int countInSpeech, int countInLibrary,
                                   List<Occurrence> concordance, boolean dictionaryImported) {
    /** Display order of the sources. */
    static final List<GlossarySource> SOURCE_ORDER = List.of(GlossarySource.STUDY, GlossarySource.GROUP,
            GlossarySource.USER, GlossarySource.CEDICT);
    private static final int MAX_SYNONYMS = 8;
    /** Meanings, or parts of an unknown word, the compact popover shows: enough to read on, few enough to glance. */
    static final int COMPACT_LINES = 3;

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

    /**
     * @param pinyinOf the reading of a part no glossary gives one for
     * @param dictionaryImported whether CC-CEDICT is imported
     */
    public static WordPopoverViewModel of(WordInfo info, UnaryOperator<String> pinyinOf, boolean dictionaryImported) {
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
                        .findFirst().orElseGet(() -> pinyinOf.apply(part.text()));
                String meaning = part.entries().stream().map(WordPopoverViewModel::meaningOf).filter(m -> !m.isEmpty())
                        .findFirst().orElse("");
                parts.add(new PartLine(part.text(), pinyin, meaning));
            }
        }
        List<String> synonyms = info.synonyms().stream().limit(MAX_SYNONYMS).toList();
        return new WordPopoverViewModel(info.word(), info.form(), info.pinyin(), sections, parts, synonyms,
                info.countInSpeech(), info.countInLibrary(), info.concordance(), dictionaryImported);
    }

    /**
     * The reading of the characters {@code [start, end)} of {@code text} as the text above them shows it, in context
     * ({@code 为} in 以…为最高标准 is wéi): what the popover shows as the word's reading, the dictionaries' other
     * readings staying with their entries. Empty when the span has no Chinese character.
     *
     * @param tones the tones of 一 and 不 the text above shows: 不 in 不是 is bú when it shows them as spoken
     */
    public static String readingInContext(ChineseText chinese, String text, int start, int end, Tones tones) {
        if (start < 0 || end > text.length() || start >= end) {
            return "";
        }
        return chinese.pinyinSyllables(text, tones).subList(start, end).stream().filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    /**
     * The same, read as this occurrence is: {@code reading} unless it is empty, each source's entries of that
     * reading first, so the meanings shown first are this occurrence's (为 wéi "to act as", not wèi "for").
     */
    public WordPopoverViewModel readAs(String reading) {
        if (reading.isBlank()) {
            return this;
        }
        List<Section> ordered = sections.stream().map(s -> new Section(s.source(), s.entries().stream()
                .sorted(Comparator.comparing((GlossaryEntry e) -> !e.pinyin().equalsIgnoreCase(reading))).toList()))
                .toList();
        return new WordPopoverViewModel(word, form, reading, ordered, parts, synonyms, countInSpeech, countInLibrary,
                concordance, dictionaryImported);
    }

    /** Whether {@code entry} reads the word otherwise than this occurrence is read: another reading, shown as one. */
    public boolean readOtherwise(GlossaryEntry entry) {
        return !entry.pinyin().isEmpty() && !entry.pinyin().equalsIgnoreCase(pinyin);
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

    /**
     * The first {@link #COMPACT_LINES} meanings in source order, one line each: an entry's gloss, or each of a
     * CC-CEDICT entry's definitions, which are short and listed most common first.
     */
    public List<String> summary() {
        return meanings().stream().limit(COMPACT_LINES).toList();
    }

    /** The parts the compact popover shows of a word no glossary knows: none when it offers the import instead. */
    public List<PartLine> compactParts() {
        return offersDictionary() ? List.of() : parts.stream().limit(COMPACT_LINES).toList();
    }

    /**
     * No glossary knows the word and CC-CEDICT is not imported: the popover says so and offers the import, rather
     * than the reading of each character alone.
     */
    public boolean offersDictionary() {
        return !found() && !dictionaryImported;
    }

    /** Whether the full popover shows anything the compact one does not. */
    public boolean hasMore() {
        return meanings().size() > COMPACT_LINES || parts.size() > compactParts().size() || !synonyms.isEmpty()
                || !concordance.isEmpty() || sections.stream().flatMap(s -> s.entries().stream())
                .anyMatch(WordPopoverViewModel::hasDetail);
    }

    private List<String> meanings() {
        return sections.stream().flatMap(s -> s.entries().stream())
                .flatMap(e -> e.source() == GlossarySource.CEDICT ? e.definitions().stream()
                        : Stream.of(meaningOf(e)))
                .filter(m -> !m.isBlank()).distinct().toList();
    }

    /** An entry says more than its one line: an explanation (cut short there, or beside the gloss), origin, tags. */
    private static boolean hasDetail(GlossaryEntry entry) {
        return entry.explanation() != null || entry.origin() != null || !entry.tags().isEmpty();
    }
}
