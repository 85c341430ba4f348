package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.Glossary;
import org.yandu.library.Paragraph;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.SpeechDocument;
import org.yandu.text.ChineseText;
import org.yandu.text.Token;

/**
 * The words of the open speech, by display item: where each word starts and ends in the item's text, and
 * which of them are terms of the study or the user's glossary (marked in the reader). Word boundaries are
 * the library's stored tokens; a paragraph not segmented yet, and lines that are no paragraph (the header),
 * are segmented here. Built off the FX thread.
 */
public final class SpeechWords {
    /** A word of an item: {@code [start, end)} in the item's text. */
    public record Word(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    private final long speechId;
    private final Map<Integer, int[]> lengths;
    private final Map<Integer, List<Word>> terms;

    private SpeechWords(long speechId, Map<Integer, int[]> lengths, Map<Integer, List<Word>> terms) {
        this.speechId = speechId;
        this.lengths = lengths;
        this.terms = terms;
    }

    /**
     * The words and glossary terms of every display item of {@code document}.
     *
     * @param stored token lengths by paragraph id, as the store keeps them (some may be absent)
     * @param itemTexts the text of every display item as the reader shows it (header lines included)
     */
    public static SpeechWords of(SpeechDocument document, List<Paragraph> paragraphs, Map<Long, int[]> stored,
                                 List<String> itemTexts, ChineseText text, Glossary glossary) {
        Map<Integer, Long> idByPosition = new HashMap<>();
        paragraphs.forEach(p -> idByPosition.put(p.position(), p.id()));
        Map<Integer, int[]> lengths = new HashMap<>();
        Map<Integer, List<Word>> terms = new HashMap<>();
        List<DisplayItem> items = document.items();
        for (int i = 0; i < items.size() && i < itemTexts.size(); i++) {
            String itemText = itemTexts.get(i);
            Long id = items.get(i).paragraph() >= 0 ? idByPosition.get(items.get(i).paragraph()) : null;
            int[] tokens = id == null ? null : stored.get(id);
            if (tokens == null || sum(tokens) != itemText.length()) {
                tokens = text.segment(itemText).stream().mapToInt(Token::length).toArray();
            }
            lengths.put(i, tokens);
            List<Word> marked = new ArrayList<>();
            int at = 0;
            for (int length : tokens) {
                if (length > 1 && glossary.isTerm(text.lookupForm(itemText.substring(at, at + length)))) {
                    marked.add(new Word(at, at + length));
                }
                at += length;
            }
            if (!marked.isEmpty()) {
                terms.put(i, List.copyOf(marked));
            }
        }
        return new SpeechWords(document.speech().id(), lengths, terms);
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    public long speechId() {
        return speechId;
    }

    /** The word of item {@code item} holding the character at {@code column}, if the item is known. */
    public @Nullable Word wordAt(int item, int column) {
        int[] tokens = lengths.get(item);
        if (tokens == null || column < 0) {
            return null;
        }
        int at = 0;
        for (int length : tokens) {
            if (column < at + length) {
                return new Word(at, at + length);
            }
            at += length;
        }
        return null;
    }

    /** The words of an item, in order, covering its text. */
    public List<Word> words(int item) {
        int[] tokens = lengths.getOrDefault(item, new int[0]);
        List<Word> words = new ArrayList<>(tokens.length);
        int at = 0;
        for (int length : tokens) {
            words.add(new Word(at, at + length));
            at += length;
        }
        return words;
    }

    /** The glossary terms of an item (study and user entries), in order. */
    public List<Word> terms(int item) {
        return terms.getOrDefault(item, List.of());
    }
}
