package org.yandu.export;

import org.yandu.glossary.GlossaryService;

/** Where an export gets a word's pinyin and meaning. */
@FunctionalInterface
public interface Vocabulary {
    /** For exports that show no meanings (or when the glossary is not loaded): nothing is known. */
    Vocabulary BARE = term -> new Meaning("", "", "");

    /**
     * What the glossary says about a word.
     *
     * @param pinyin with tone marks, empty when not known
     * @param explanation in Chinese, empty when none
     * @param english empty when none
     */
    record Meaning(String pinyin, String explanation, String english) {
    }

    Meaning describe(String term);

    /** The glossary's best entry for each word, with the segmenter's pinyin when the entry has none. */
    static Vocabulary of(GlossaryService glossary) {
        return new GlossaryVocabulary(glossary);
    }
}
