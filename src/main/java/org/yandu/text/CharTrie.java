package org.yandu.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable character trie for leftmost-longest matching of a small word list (custom terms,
 * pinyin overrides) inside a text. Built once, then shared by any number of threads; a change means
 * building a new trie.
 */
final class CharTrie<V> {
    private static final CharTrie<?> EMPTY = new CharTrie<>(new Node<>(), new long[1024], 0);

    private final Node<V> root;
    /** Bit set over all 65,536 chars: which ones start a key. Most positions of a text fail here. */
    private final long[] firstChars;
    private final int size;

    private CharTrie(Node<V> root, long[] firstChars, int size) {
        this.root = root;
        this.firstChars = firstChars;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <V> CharTrie<V> empty() {
        return (CharTrie<V>) EMPTY;
    }

    /** A trie of the given keys (non-empty strings) and their values. */
    static <V> CharTrie<V> of(Map<String, V> entries) {
        if (entries.isEmpty()) {
            return empty();
        }
        Builder<V> root = new Builder<>();
        long[] first = new long[1024];
        for (Map.Entry<String, V> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty key");
            }
            Builder<V> node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(TermKey.fold(key.charAt(i)), c -> new Builder<>());
            }
            node.value = entry.getValue();
            node.terminal = true;
            char c = TermKey.fold(key.charAt(0));
            first[c >>> 6] |= 1L << c;
        }
        return new CharTrie<>(root.freeze(), first, entries.size());
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /**
     * Length of the longest key that starts at {@code from} in {@code text}; 0 when none does. Clause separators
     * match each other ({@link TermKey}): a key with a comma matches the text with an enumeration comma.
     */
    int longestAt(CharSequence text, int from) {
        char c = TermKey.fold(text.charAt(from));
        if ((firstChars[c >>> 6] & (1L << c)) == 0) {
            return 0;
        }
        Node<V> node = root;
        int longest = 0;
        for (int i = from, n = text.length(); i < n; i++) {
            node = node.child(TermKey.fold(text.charAt(i)));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                longest = i + 1 - from;
            }
        }
        return longest;
    }

    /** The value stored under the key {@code text[from, from + length)}, or null. */
    @Nullable V valueAt(CharSequence text, int from, int length) {
        Node<V> node = root;
        for (int i = from; i < from + length && node != null; i++) {
            node = node.child(TermKey.fold(text.charAt(i)));
        }
        return node != null && node.terminal ? node.value : null;
    }

    private static final class Node<V> {
        private static final char[] NO_KEYS = new char[0];
        private static final Node<?>[] NO_CHILDREN = new Node<?>[0];
        char[] keys = NO_KEYS;
        @SuppressWarnings("unchecked")
        Node<V>[] children = (Node<V>[]) NO_CHILDREN;
        /** Null where no key ends here. */
        @Nullable V value;
        boolean terminal;

        @Nullable Node<V> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }
    }

    private static final class Builder<V> {
        final TreeMap<Character, Builder<V>> children = new TreeMap<>();
        @Nullable V value;
        boolean terminal;

        @SuppressWarnings("unchecked")
        Node<V> freeze() {
            Node<V> node = new Node<>();
            node.value = value;
            node.terminal = terminal;
            if (!children.isEmpty()) {
                node.keys = new char[children.size()];
                node.children = new Node[children.size()];
                int i = 0;
                for (Map.Entry<Character, Builder<V>> child : children.entrySet()) {
                    node.keys[i] = child.getKey();
                    node.children[i] = child.getValue().freeze();
                    i++;
                }
            }
            return node;
        }
    }
}
