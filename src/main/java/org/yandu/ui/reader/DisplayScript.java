package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The open speech's text in traditional characters, item by item, for display only. Every item keeps its
 * length, so offsets, word boundaries, term marks and highlights stay valid: an item whose phrase-aware
 * conversion changes its length is converted one character at a time instead. Lookups use the original
 * text at the same offsets. Built off the FX thread.
 */
public final class DisplayScript {
    private final long speechId;
    private final List<String> originals;
    private final List<String> shown;

    private DisplayScript(long speechId, List<String> originals, List<String> shown) {
        this.speechId = speechId;
        this.originals = List.copyOf(originals);
        this.shown = List.copyOf(shown);
    }

    /**
     * The speech's display items in traditional characters, each as long as its simplified text.
     *
     * @param itemTexts the text of every display item as the reader shows it ({@link ReaderText#itemTexts})
     * @param convert simplified to traditional in the reader's chosen standard ({@code ChineseText::toTraditional})
     */
    public static DisplayScript traditional(long speechId, List<String> itemTexts, UnaryOperator<String> convert) {
        List<String> shown = new ArrayList<>(itemTexts.size());
        for (String text : itemTexts) {
            shown.add(convertKeepingLength(text, convert));
        }
        return new DisplayScript(speechId, itemTexts, shown);
    }

    /** {@code text} converted, the same length as it: whole if that keeps the length, else per character. */
    static String convertKeepingLength(String text, UnaryOperator<String> convert) {
        if (text.isEmpty()) {
            return text;
        }
        String whole = convert.apply(text);
        if (whole != null && whole.length() == text.length()) {
            return whole;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            String one = text.substring(i, next);
            String converted = convert.apply(one);
            result.append(converted != null && converted.length() == one.length() ? converted : one);
            i = next;
        }
        return result.toString();
    }

    public long speechId() {
        return speechId;
    }

    /** Item {@code item} as shown, or {@code original} when this script has no such item or it differs in length. */
    public String shown(int item, String original) {
        if (item < 0 || item >= shown.size()) {
            return original;
        }
        String text = shown.get(item);
        return text.length() == original.length() ? text : original;
    }

    /**
     * A piece of the speech's text as shown (a keyword, an outline label): converted as the text around it is, so
     * it reads the same in the outline and the keyword bar as in the speech. It is looked for in item
     * {@code nearItem} first, then in every item; a label cut short with "…" is found without it. {@code part}
     * unchanged when the speech does not contain it.
     */
    public String shownPart(String part, int nearItem) {
        String whole = find(part, nearItem);
        if (whole != null) {
            return whole;
        }
        String cut = part.endsWith("…") ? find(part.substring(0, part.length() - 1), nearItem) : null;
        return cut != null ? cut + "…" : part;
    }

    private @Nullable String find(String part, int nearItem) {
        if (part.isEmpty()) {
            return null;
        }
        String found = nearItem >= 0 && nearItem < originals.size() ? foundIn(part, nearItem) : null;
        for (int item = 0; found == null && item < originals.size(); item++) {
            found = foundIn(part, item);
        }
        return found;
    }

    private @Nullable String foundIn(String part, int item) {
        int at = originals.get(item).indexOf(part);
        return at < 0 ? null : shown.get(item).substring(at, at + part.length());
    }

    public int size() {
        return shown.size();
    }
}
