package org.yandu.lookup;

import java.util.List;
import org.yandu.glossary.LookupResult;

/**
 * Everything the reader is shown about a word: how it reads, what every glossary says, words like it,
 * and where else it occurs.
 *
 * @param word the text looked up, as it stands in the speech (simplified or traditional)
 * @param form the simplified form the glossaries were searched under
 * @param countInSpeech occurrences in the open speech (0 when none is open)
 * @param countInLibrary occurrences in the whole library
 * @param concordance occurrences, the open speech's first, at most {@link WordLookup#CONCORDANCE_LIMIT}
 */
public record WordInfo(String word, String form, String pinyin, LookupResult entries, List<String> synonyms,
                       int countInSpeech, int countInLibrary, List<Occurrence> concordance) {
    public WordInfo {
        synonyms = List.copyOf(synonyms);
        concordance = List.copyOf(concordance);
    }
}
