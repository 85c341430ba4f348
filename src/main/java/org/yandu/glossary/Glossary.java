package org.yandu.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yandu.text.PinyinNotation;
import org.yandu.text.TermKey;

/**
 * The in-memory glossary: one index over the built-in study glossary, the study group's glossary, CC-CEDICT and
 * the user's own terms, answering {@link #lookup(String)} with the entries of every source for a word in
 * simplified or traditional characters — study first, then the group's, then user, then CC-CEDICT — and, for any
 * word, its longest known sub-words and characters (see {@link LookupResult}).
 *
 * <h2>Speed</h2>
 * The study and user sources are hash maps from every simplified and traditional form to its entries;
 * CC-CEDICT, a hundred times larger, is packed and binary-searched ({@link CedictIndex}). A lookup is a
 * few probes; cutting a word into parts tries each start position from the longest key length down. Both
 * are far below a millisecond for a word or a phrase.
 *
 * <h2>Threads</h2>
 * Lookups run on any thread while the user edits terms on another. The three source indexes are
 * immutable and held together in one immutable snapshot behind a {@code volatile} field: a lookup
 * reads the field once and works on that snapshot without locks, so it never sees half an update.
 * Writers (user edits, replacing a whole source) are serialised on a lock, build the changed
 * source's index anew (copy-on-write) and publish a new snapshot; the next lookup sees it at once.
 * Copying is cheap for the user's terms, which number in the hundreds or thousands; the big
 * CC-CEDICT index is only rebuilt by {@link #setCedict}.
 *
 * <p>User terms are keyed by their simplified {@link GlossaryEntry#term() term}: putting a term that
 * exists replaces it.
 */
public final class Glossary {

    /** One source's index: every form (simplified and traditional) to its entries. Immutable. */
    interface Index {
        boolean contains(String form);

        /** Adds the entries of exactly this form to {@code out}, in the source's order. */
        void collect(String form, List<GlossaryEntry> out);

        int maxKeyLength();

        int size();
    }

    /** The study glossary's and the user's terms: few, and the user's are rebuilt on every edit. */
    private static final class MapIndex implements Index {
        static final MapIndex EMPTY = new MapIndex(List.of());

        /** Value is a {@link GlossaryEntry} or, for forms with several entries, a GlossaryEntry[]. */
        private final Map<String, Object> byForm;
        private final int maxKeyLength;
        private final int size;

        MapIndex(Collection<GlossaryEntry> entries) {
            Map<String, Object> map = new HashMap<>(Math.max(16, entries.size() * 3 / 2));
            int max = 0;
            for (GlossaryEntry e : entries) {
                add(map, TermKey.of(e.term()), e);
                max = Math.max(max, e.term().length());
                String trad = e.traditional();
                if (trad != null && !trad.equals(e.term())) {
                    add(map, TermKey.of(trad), e);
                    max = Math.max(max, trad.length());
                }
            }
            this.byForm = map;
            this.maxKeyLength = max;
            this.size = entries.size();
        }

        private static void add(Map<String, Object> map, String key, GlossaryEntry e) {
            map.merge(key, e, (old, neu) -> {
                if (old instanceof GlossaryEntry g) {
                    return new GlossaryEntry[] {g, e};
                }
                GlossaryEntry[] a = (GlossaryEntry[]) old;
                GlossaryEntry[] b = java.util.Arrays.copyOf(a, a.length + 1);
                b[a.length] = e;
                return b;
            });
        }

        @Override
        public boolean contains(String form) {
            return byForm.containsKey(form);
        }

        @Override
        public void collect(String form, List<GlossaryEntry> out) {
            Object v = byForm.get(form);
            if (v == null) {
                return;
            }
            if (v instanceof GlossaryEntry g) {
                out.add(g);
            } else {
                Collections.addAll(out, (GlossaryEntry[]) v);
            }
        }

        @Override
        public int maxKeyLength() {
            return maxKeyLength;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The indexes, in lookup order. Immutable; replaced whole on every change. */
    private record Snapshot(Index study, Index group, Index user, Index cedict) {
        int maxKeyLength() {
            return Math.max(Math.max(study.maxKeyLength(), group.maxKeyLength()),
                    Math.max(user.maxKeyLength(), cedict.maxKeyLength()));
        }

        boolean contains(String form) {
            String key = TermKey.of(form);
            return study.contains(key) || group.contains(key) || user.contains(key) || cedict.contains(form)
                    || cedict.contains(key);
        }

        boolean isTerm(String form) {
            String key = TermKey.of(form);
            return study.contains(key) || group.contains(key) || user.contains(key);
        }

        List<GlossaryEntry> entries(String form) {
            List<GlossaryEntry> out = new ArrayList<>(2);
            String key = TermKey.of(form);
            study.collect(key, out);
            group.collect(key, out);
            user.collect(key, out);
            cedict.collect(form, out);
            if (!key.equals(form)) {
                cedict.collect(key, out);
            }
            return out;
        }
    }

    private final Object writeLock = new Object();
    /** The user's terms by simplified term, in insertion order. Guarded by {@link #writeLock}. */
    private final Map<String, GlossaryEntry> userTerms = new LinkedHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(MapIndex.EMPTY, MapIndex.EMPTY, MapIndex.EMPTY, MapIndex.EMPTY);

    /** An empty glossary; fill it with the setters. */
    public Glossary() {
    }

    /** A glossary over the given sources (any may be empty). */
    public Glossary(Collection<GlossaryEntry> study, Collection<GlossaryEntry> cedict, Collection<GlossaryEntry> user) {
        setStudy(study);
        setCedict(cedict);
        setUserEntries(user);
    }

    /** Replaces the study glossary (entries must have source STUDY). */
    public void setStudy(Collection<GlossaryEntry> entries) {
        Index index = new MapIndex(checked(entries, GlossarySource.STUDY));
        synchronized (writeLock) {
            Snapshot s = snapshot;
            snapshot = new Snapshot(index, s.group(), s.user(), s.cedict());
        }
    }

    /** Replaces the study group's terms (source GROUP), after a sync brought them. */
    public void setGroupEntries(Collection<GlossaryEntry> entries) {
        Index index = new MapIndex(checked(entries, GlossarySource.GROUP));
        synchronized (writeLock) {
            Snapshot s = snapshot;
            snapshot = new Snapshot(s.study(), index, s.user(), s.cedict());
        }
    }

    /**
     * Replaces the CC-CEDICT entries (source CEDICT), e.g. once they are loaded in the background;
     * until then lookups answer from the other sources.
     */
    public void setCedict(Collection<GlossaryEntry> entries) {
        setCedict(new CedictIndex(checked(entries, GlossarySource.CEDICT)));
    }

    /** Replaces CC-CEDICT with an index packed before, e.g. read back from the file it was kept in. */
    void setCedict(CedictIndex index) {
        synchronized (writeLock) {
            Snapshot s = snapshot;
            snapshot = new Snapshot(s.study(), s.group(), s.user(), index);
        }
    }

    /** Replaces all user terms (source USER), e.g. after loading them from the library. */
    public void setUserEntries(Collection<GlossaryEntry> entries) {
        List<GlossaryEntry> list = checked(entries, GlossarySource.USER);
        synchronized (writeLock) {
            userTerms.clear();
            list.forEach(e -> userTerms.put(e.term(), e));
            publishUser();
        }
    }

    /**
     * Adds a user term, or replaces the user term with the same simplified term. Visible to the next
     * lookup on any thread.
     *
     * @return the entry it replaced, or {@code null}
     */
    public GlossaryEntry putUserEntry(GlossaryEntry entry) {
        checkSource(entry, GlossarySource.USER);
        synchronized (writeLock) {
            GlossaryEntry old = userTerms.put(entry.term(), entry);
            publishUser();
            return old;
        }
    }

    /** Adds or replaces several user terms at once (one index rebuild), e.g. after a CSV import. */
    public void putUserEntries(Collection<GlossaryEntry> entries) {
        List<GlossaryEntry> list = checked(entries, GlossarySource.USER);
        synchronized (writeLock) {
            list.forEach(e -> userTerms.put(e.term(), e));
            publishUser();
        }
    }

    /**
     * Removes the user term with this simplified term.
     *
     * @return whether there was one
     */
    public boolean removeUserEntry(String term) {
        synchronized (writeLock) {
            if (userTerms.remove(term.strip()) == null) {
                return false;
            }
            publishUser();
            return true;
        }
    }

    /** The user's terms in the order they were added (a copy). */
    public List<GlossaryEntry> userEntries() {
        synchronized (writeLock) {
            return List.copyOf(userTerms.values());
        }
    }

    /** How many entries a source holds. */
    public int size(GlossarySource source) {
        Snapshot s = snapshot;
        return switch (source) {
            case STUDY -> s.study().size();
            case GROUP -> s.group().size();
            case USER -> s.user().size();
            case CEDICT -> s.cedict().size();
        };
    }

    /** Whether any source has an entry for this simplified or traditional form. */
    public boolean contains(String form) {
        return snapshot.contains(form.strip());
    }

    /**
     * Whether the study glossary, the group's or the user's has this form: a term, which the reader marks.
     * CC-CEDICT's entries are not looked at (nor made, as {@link #entries} makes them).
     */
    public boolean isTerm(String form) {
        return snapshot.isTerm(form.strip());
    }

    /** The entries for exactly this form, study first, then the group's, then user, then CC-CEDICT. */
    public List<GlossaryEntry> entries(String form) {
        return List.copyOf(snapshot.entries(form.strip()));
    }

    /**
     * Looks a word up in all sources: its own entries, and the word cut into its longest known
     * sub-words and single characters (see {@link LookupResult}). Never null; an empty query gives
     * an empty result.
     */
    public LookupResult lookup(String text) {
        String query = text == null ? "" : text.strip();
        Snapshot s = snapshot;
        if (query.isEmpty()) {
            return new LookupResult(query, List.of(), List.of());
        }
        List<GlossaryEntry> exact = s.entries(query);
        boolean single = query.codePointCount(0, query.length()) == 1;
        List<LookupResult.Part> parts = single ? List.of() : split(s, query);
        return new LookupResult(query, exact, parts);
    }

    /**
     * Greedy longest match from the left over all sources, never taking the whole query as one
     * part; characters no source knows are grouped into runs when they are not Han characters
     * (punctuation, Latin letters, spaces) and kept single when they are.
     */
    private static List<LookupResult.Part> split(Snapshot s, String query) {
        int n = query.length();
        int maxLen = s.maxKeyLength();
        List<LookupResult.Part> parts = new ArrayList<>();
        int unknownStart = -1;
        int i = 0;
        while (i < n) {
            int found = -1;
            for (int end = Math.min(n, i + maxLen); end > i; end--) {
                if (i == 0 && end == n) {
                    continue; // the whole query is the exact lookup, not a part
                }
                if (end < n && Character.isLowSurrogate(query.charAt(end))) {
                    continue; // never cut a surrogate pair
                }
                if (s.contains(query.substring(i, end))) {
                    found = end;
                    break;
                }
            }
            if (found > 0) {
                if (unknownStart >= 0) {
                    parts.add(new LookupResult.Part(query.substring(unknownStart, i), unknownStart, List.of()));
                    unknownStart = -1;
                }
                String word = query.substring(i, found);
                parts.add(new LookupResult.Part(word, i, s.entries(word)));
                i = found;
                continue;
            }
            int cp = query.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (PinyinNotation.isHan(cp)) {
                if (unknownStart >= 0) {
                    parts.add(new LookupResult.Part(query.substring(unknownStart, i), unknownStart, List.of()));
                    unknownStart = -1;
                }
                parts.add(new LookupResult.Part(query.substring(i, next), i, List.of()));
            } else if (unknownStart < 0) {
                unknownStart = i;
            }
            i = next;
        }
        if (unknownStart >= 0) {
            parts.add(new LookupResult.Part(query.substring(unknownStart), unknownStart, List.of()));
        }
        return parts;
    }

    private void publishUser() {
        Index index = new MapIndex(userTerms.values());
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.study(), s.group(), index, s.cedict());
    }

    private static List<GlossaryEntry> checked(Collection<GlossaryEntry> entries, GlossarySource source) {
        List<GlossaryEntry> list = List.copyOf(entries);
        list.forEach(e -> checkSource(e, source));
        return list;
    }

    private static void checkSource(GlossaryEntry e, GlossarySource source) {
        if (e.source() != source) {
            throw new IllegalArgumentException(
                    "expected a " + source + " entry, got " + e.source() + " for " + e.term());
        }
    }
}
