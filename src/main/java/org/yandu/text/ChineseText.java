package org.yandu.text;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chinese language services for the reader and the glossary: segmentation, pinyin, synonyms,
 * simplified/traditional conversion, keywords, phrases and summaries. The only door to HanLP: nothing
 * outside this package uses HanLP directly.
 *
 * <h2>Threads</h2>
 * Every method is safe to call from any thread at the same time as any other. None belongs on the JavaFX
 * application thread except on short texts (a paragraph or a word) once the instance is loaded: get the
 * instance with {@link #load()} on a background thread, never before the first window is shown.
 * {@link #summary}, {@link #keywords} and {@link #phrases} on a whole speech belong in the background. A
 * change of custom terms or pinyin is seen by every call that starts after the change returns; calls already
 * running finish with what they had.
 *
 * <h2>Offsets</h2>
 * Offsets are {@code String} (UTF-16) indices into the text passed in. Traditional characters are
 * segmented and read as their simplified counterparts (converted one for one, so offsets do not move), and
 * custom terms match in either script; {@link #lookupForm} gives the simplified form a glossary looks
 * words up under.
 */
public interface ChineseText {

    /**
     * {@code text} in simplified characters, converted one for one by HanLP's table alone (no segmenter is loaded):
     * for a query typed in traditional characters.
     */
    static String simplified(String text) {
        return HanlpText.simplified(text);
    }

    /**
     * Loads a ready, warmed-up instance on the calling thread: about half a second on a 2-core machine the first
     * time in a JVM. Slower, rarely needed dictionaries (synonyms, simplified to traditional) are left for
     * {@link #loadRarelyNeededDictionaries}; a call needing them before then loads them itself.
     */
    static ChineseText load() {
        return HanlpText.load();
    }

    /**
     * Loads HanLP's synonym and simplified-to-traditional dictionaries (seconds of a core), best in the background
     * once the reader's lookups work, so that the first use of either does not wait for them.
     */
    static void loadRarelyNeededDictionaries() {
        HanlpText.loadRemainingDictionaries();
    }

    /**
     * Splits {@code text} into tokens that cover it exactly, in order, without gaps or overlaps:
     * punctuation and whitespace are tokens too (tag {@code w}), so every offset maps to one token.
     * Custom terms are always single tokens (tag {@code nz}), matched leftmost-longest; a term of three or
     * more characters also matches when the text writes it with 、 or ， between its parts (从群众中来，到群众中去
     * for the term 从群众中来到群众中去), and the token then includes them. A term beginning or ending with a
     * letter or digit does not match where that would cut a word of letters or digits (GDP in GDPR).
     */
    List<Token> segment(String text);

    /** Adds custom terms that {@link #segment} keeps whole from the next call on. Blank entries are ignored. */
    void addTerms(Collection<String> terms);

    /** Removes a custom term (built-in ones too); returns whether it was there. */
    boolean removeTerm(String term);

    /** The custom terms in force, in the order they were added. */
    List<String> terms();

    /**
     * Pinyin with tone marks, one syllable per Chinese character, separated by single spaces:
     * 为人民服务 gives {@code "wèi rén mín fú wù"}. Everything else passes through unchanged: a run of
     * letters, digits or symbols is one more item ({@code "A股"} gives {@code "A gǔ"}), punctuation sticks to
     * the syllable before it (an opening bracket or quote to the one after), whitespace only separates.
     * Polyphones are read by word and part of speech, then corrected by the override list.
     */
    String pinyin(String text);

    /**
     * The reading of each character of {@code text}, aligned with its indices (for ruby annotation):
     * the syllable with tone mark for a Chinese character, null for anything else. Citation tones, as dictionaries
     * print them.
     */
    default List<@Nullable String> pinyinSyllables(String text) {
        return pinyinSyllables(text, Tones.CITATION);
    }

    /**
     * The same, with 一 and 不 in the tones {@code tones} asks for: as dictionaries print them or as a reader says
     * them in this text (不是 bú shì, 一个 yí gè).
     */
    List<@Nullable String> pinyinSyllables(String text, Tones tones);

    /**
     * Supplies the reading of a word, winning over HanLP and the bundled overrides wherever the word is the
     * longest override match in a text. {@code pinyin} holds one syllable per Chinese character of the word,
     * separated by spaces, with tone marks ({@code "wèi rén"}) or tone numbers ({@code "wei4 ren2"}, {@code
     * "lu:4"}, 5 or none for the neutral tone). Letters and digits of the word may stand in it as written ({@code
     * "A gǔ"} for A股, {@code "GDP"} for GDP, which has nothing to read).
     *
     * @throws IllegalArgumentException when the syllables do not match the word's characters
     */
    void addPinyin(String word, String pinyin);

    /**
     * Words of the same meaning as {@code word} (HanLP's core synonym dictionary, "=" groups only), without
     * the word itself; empty when the word has none or is unknown.
     */
    List<String> synonyms(String word);

    /**
     * Simplified to traditional Chinese as {@code standard} writes it: HanLP's phrase-aware conversion, mended by a
     * table of words it gets wrong, then the standard's character forms. As long as {@code text} when the phrase
     * conversion keeps its length, which it does but for rare words.
     */
    String toTraditional(String text, TraditionalStandard standard);

    /** Traditional to simplified Chinese (phrase-aware); simplified text comes back unchanged. */
    String toSimplified(String text);

    /**
     * The form under which a glossary stores {@code word}: simplified, stripped, and without the separators
     * a term token may span (see {@link #segment}). Use it to look up any token clicked in the reader,
     * traditional or not.
     */
    String lookupForm(String word);

    /**
     * Up to {@code max} keywords of {@code text} by TextRank, best first: words of two or more Chinese
     * characters that are no stop words, adverbs, numbers or punctuation.
     */
    List<String> keywords(String text, int max);

    /**
     * Up to {@code max} frequent two-word phrases of {@code text} (mutual information and left/right
     * entropy over adjacent content words), best first: glossary candidates. Each phrase occurs verbatim in
     * the text at least twice.
     */
    List<String> phrases(String text, int max);

    /**
     * The {@code sentences} most central sentences of {@code text} by TextRank, in their original order,
     * concatenated. Slow on long texts (quadratic in the number of sentences): always call it in the
     * background.
     */
    String summary(String text, int sentences);
}
