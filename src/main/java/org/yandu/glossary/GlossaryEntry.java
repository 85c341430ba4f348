package org.yandu.glossary;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One glossary entry: a word or set phrase with its reading and meaning, from one source.
 *
 * <p>Every entry has a {@code term}, a {@code pinyin} (possibly empty for a user term whose reading
 * the user left out), a {@code source} and non-null lists. The other text fields are {@code null}
 * when the source has nothing for them; blank strings are stored as {@code null}. Lists are
 * immutable copies.
 *
 * @param term the word in simplified characters, as it is looked up (e.g. {@code 群众路线})
 * @param traditional the traditional form when the source gives one (CC-CEDICT always does, and it
 *     may equal {@code term}); {@code null} otherwise
 * @param pinyin the reading in Hanyu Pinyin with tone marks, one syllable per character separated by
 *     single spaces, neutral tone unmarked, proper nouns capitalised (e.g. {@code qún zhòng lù xiàn},
 *     {@code Zhōng guó}); letters and punctuation of the term are kept as they are
 * @param definitions the dictionary senses in English, one per element, in source order (CC-CEDICT's
 *     slash-separated definitions); empty for study and user entries, which use {@code english}
 * @param explanation an explanation in Chinese ({@code null} if none)
 * @param english a concise English gloss or translation ({@code null} if none)
 * @param source where the entry comes from
 * @param tags short topic labels (e.g. {@code 群众路线}, {@code 作风建设}); may be empty
 * @param origin when and where the term was coined or defined, e.g. {@code 2013年 党的群众路线教育实践活动};
 *     {@code null} when not known
 */
public record GlossaryEntry(
        String term,
        @Nullable String traditional,
        String pinyin,
        List<String> definitions,
        @Nullable String explanation,
        @Nullable String english,
        GlossarySource source,
        List<String> tags,
        @Nullable String origin) {

    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(source, "source");
        term = term.strip();
        if (term.isEmpty()) {
            throw new IllegalArgumentException("a glossary entry needs a term");
        }
        traditional = blankToNull(traditional);
        pinyin = pinyin == null ? "" : pinyin.strip();
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
        explanation = blankToNull(explanation);
        english = blankToNull(english);
        tags = tags == null ? List.of() : List.copyOf(tags);
        origin = blankToNull(origin);
    }

    /** An entry of the built-in study glossary. */
    public static GlossaryEntry study(String term, String pinyin, @Nullable String explanation,
            @Nullable String english,
            @Nullable String origin, List<String> tags) {
        return new GlossaryEntry(term, null, pinyin, List.of(), explanation, english, GlossarySource.STUDY, tags,
                origin);
    }

    /** A CC-CEDICT entry; {@code pinyin} already converted to tone marks. */
    public static GlossaryEntry cedict(String traditional, String simplified, String pinyin, List<String> definitions) {
        return new GlossaryEntry(simplified, traditional, pinyin, definitions, null, null, GlossarySource.CEDICT,
                List.of(), null);
    }

    /** A term of the user's own glossary. */
    public static GlossaryEntry user(
            String term, String pinyin, @Nullable String explanation, @Nullable String english, List<String> tags) {
        return new GlossaryEntry(term, null, pinyin, List.of(), explanation, english, GlossarySource.USER, tags, null);
    }

    /** A term of the study group's glossary. */
    public static GlossaryEntry group(
            String term, String pinyin, @Nullable String explanation, @Nullable String english, List<String> tags) {
        return new GlossaryEntry(term, null, pinyin, List.of(), explanation, english, GlossarySource.GROUP, tags,
                null);
    }

    /**
     * The English meaning in one line: the gloss if there is one, else the definitions joined with
     * {@code "; "}, else the empty string.
     */
    public String meaning() {
        if (english != null) {
            return english;
        }
        return String.join("; ", definitions);
    }

    /** Whether {@code form} is this entry's simplified or traditional form. */
    public boolean hasForm(String form) {
        return term.equals(form) || form.equals(traditional);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
