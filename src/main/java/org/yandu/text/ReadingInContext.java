package org.yandu.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Readings of single-character polyphones that their part-of-speech tag alone gets wrong, decided by the words
 * around them in the clause (issue #15). HanLP tags the verb 得 in 得民心 as the complement particle, 过 in 过高 as
 * the aspect particle, and 当 in 把群众当亲人 as the preposition; these rules read them as the speeches mean them.
 * Word overrides ({@code pinyin-overrides.tsv}) are applied after and win.
 */
final class ReadingInContext {
    /** A token of the clause: its text and HanLP's part-of-speech tag. */
    record Tagged(String word, String tag) {
        boolean verbOrAdjective() {
            return tag.startsWith("v") || tag.startsWith("a");
        }
    }

    private static final String CLAUSE_ENDS = "，。；！？：,;!?:";

    private ReadingInContext() {
    }

    /**
     * The reading of the single-character token at {@code index}, or null when no rule applies.
     *
     * @param tokens the tokens of the text in order
     */
    static @Nullable String reading(List<Tagged> tokens, int index) {
        Tagged token = tokens.get(index);
        Tagged before = index > 0 ? tokens.get(index - 1) : null;
        Tagged after = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        return switch (token.word()) {
            // 得 joins a complement only to the verb or adjective before it (成长得更好); after a noun or an
            // adverb and before a noun it is the verb "to gain" (得民心, 鱼得水, 真正得实惠).
            case "得" -> (before == null || !before.verbOrAdjective()) && after != null
                    && (after.tag().startsWith("n") || after.tag().equals("an")) ? "dé" : null;
            // 过 before an adjective, not after a verb, is "too" (要求过高), not the aspect particle (看过).
            case "过" -> (before == null || !before.verbOrAdjective()) && after != null && after.tag().startsWith("a")
                    ? "guò" : null;
            // 把 … 当 … : "treat as" (把群众当亲人).
            case "当" -> earlierInClause(tokens, index, "把") ? "dàng" : null;
            // 以 … 为 … and 变 … 为 … : "take as", "turn into" (以最广大人民的根本利益为最高标准, 变被动为主动).
            case "为" -> earlierInClause(tokens, index, "以") || earlierInClause(tokens, index, "变") ? "wéi" : null;
            default -> null;
        };
    }

    private static boolean earlierInClause(List<Tagged> tokens, int index, String word) {
        for (int i = index - 1; i >= 0; i--) {
            String earlier = tokens.get(i).word();
            if (CLAUSE_ENDS.contains(earlier)) {
                return false;
            }
            if (earlier.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
