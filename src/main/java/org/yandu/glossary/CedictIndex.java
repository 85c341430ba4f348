package org.yandu.glossary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CC-CEDICT's entries packed for lookup. Its 120,000 entries take about 15 MB here against about 50 MB as entry
 * objects in a hash map, and the reader keeps them for as long as the window is open. Each entry is stored as
 * UTF-8 bytes and made again when it is looked up (a microsecond); forms are found by binary search.
 */
final class CedictIndex implements Glossary.Index {
    private static final String FIELD = "\u001f";

    /** Entry i is {@code entries[entryStarts[i], entryStarts[i + 1])}: traditional, simplified, pinyin, senses. */
    private final byte[] entries;
    private final int[] entryStarts;
    /** Every simplified and traditional form, sorted; form k is {@code forms[formStarts[k], formStarts[k + 1])}. */
    private final char[] forms;
    private final int[] formStarts;
    /** Form k's entries, in the file's order, are {@code postings[postingStarts[k], postingStarts[k + 1])}. */
    private final int[] postings;
    private final int[] postingStarts;
    private final int maxKeyLength;

    /** @param cedict entries made by {@link GlossaryEntry#cedict}, which carry nothing else */
    CedictIndex(List<GlossaryEntry> cedict) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(cedict.size() * 64);
        entryStarts = new int[cedict.size() + 1];
        Map<String, List<Integer>> byForm = new TreeMap<>();
        for (int i = 0; i < cedict.size(); i++) {
            GlossaryEntry entry = cedict.get(i);
            entryStarts[i] = bytes.size();
            bytes.writeBytes(encode(entry).getBytes(StandardCharsets.UTF_8));
            byForm.computeIfAbsent(entry.term(), form -> new ArrayList<>(1)).add(i);
            if (entry.traditional() != null && !entry.traditional().equals(entry.term())) {
                byForm.computeIfAbsent(entry.traditional(), form -> new ArrayList<>(1)).add(i);
            }
        }
        entryStarts[cedict.size()] = bytes.size();
        entries = bytes.toByteArray();
        StringBuilder allForms = new StringBuilder();
        formStarts = new int[byForm.size() + 1];
        postingStarts = new int[byForm.size() + 1];
        postings = new int[byForm.values().stream().mapToInt(List::size).sum()];
        int form = 0;
        int posting = 0;
        for (Map.Entry<String, List<Integer>> e : byForm.entrySet()) {
            formStarts[form] = allForms.length();
            postingStarts[form] = posting;
            allForms.append(e.getKey());
            for (int entry : e.getValue()) {
                postings[posting++] = entry;
            }
            form++;
        }
        formStarts[form] = allForms.length();
        postingStarts[form] = posting;
        forms = allForms.toString().toCharArray();
        maxKeyLength = byForm.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private CedictIndex(byte[] entries, int[] entryStarts, char[] forms, int[] formStarts, int[] postings,
            int[] postingStarts, int maxKeyLength) {
        this.entries = entries;
        this.entryStarts = entryStarts;
        this.forms = forms;
        this.formStarts = formStarts;
        this.postings = postings;
        this.postingStarts = postingStarts;
        this.maxKeyLength = maxKeyLength;
    }

    /** Reads back what {@link #writeTo} wrote; refuses arrays that do not agree with each other. */
    static CedictIndex readFrom(PackedInput in) throws IOException {
        int maxKeyLength = in.readInt();
        byte[] entries = in.readBytes();
        int[] entryStarts = in.readInts();
        char[] forms = in.readChars();
        int[] formStarts = in.readInts();
        int[] postings = in.readInts();
        int[] postingStarts = in.readInts();
        if (!endsAt(entryStarts, entries.length) || !endsAt(formStarts, forms.length)
                || !endsAt(postingStarts, postings.length) || formStarts.length != postingStarts.length) {
            throw new IOException("its packed arrays do not agree");
        }
        return new CedictIndex(entries, entryStarts, forms, formStarts, postings, postingStarts, maxKeyLength);
    }

    private static boolean endsAt(int[] starts, int length) {
        return starts.length > 0 && starts[0] == 0 && starts[starts.length - 1] == length;
    }

    void writeTo(PackedOutput out) throws IOException {
        out.writeInt(maxKeyLength);
        out.writeBytes(entries);
        out.writeInts(entryStarts);
        out.writeChars(forms);
        out.writeInts(formStarts);
        out.writeInts(postings);
        out.writeInts(postingStarts);
    }

    private static String encode(GlossaryEntry entry) {
        if (entry.source() != GlossarySource.CEDICT || entry.explanation() != null || entry.english() != null
                || !entry.tags().isEmpty() || entry.origin() != null) {
            throw new IllegalArgumentException("not a CC-CEDICT entry as the parser makes them: " + entry);
        }
        List<String> fields = new ArrayList<>(List.of(
                entry.traditional() == null ? "" : entry.traditional(), entry.term(), entry.pinyin()));
        fields.addAll(entry.definitions());
        return String.join(FIELD, fields);
    }

    private GlossaryEntry entry(int i) {
        String[] fields = new String(entries, entryStarts[i], entryStarts[i + 1] - entryStarts[i],
                StandardCharsets.UTF_8).split(FIELD, -1);
        return GlossaryEntry.cedict(fields[0], fields[1], fields[2],
                Arrays.asList(fields).subList(3, fields.length));
    }

    @Override
    public boolean contains(String form) {
        return find(form) >= 0;
    }

    @Override
    public void collect(String form, List<GlossaryEntry> out) {
        int k = find(form);
        if (k >= 0) {
            for (int p = postingStarts[k]; p < postingStarts[k + 1]; p++) {
                out.add(entry(postings[p]));
            }
        }
    }

    @Override
    public int maxKeyLength() {
        return maxKeyLength;
    }

    @Override
    public int size() {
        return entryStarts.length - 1;
    }

    private int find(String form) {
        int low = 0;
        int high = formStarts.length - 2;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, form);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** Form k against {@code form}, in {@link String#compareTo}'s order, which sorted the forms. */
    private int compare(int k, String form) {
        int start = formStarts[k];
        int length = formStarts[k + 1] - start;
        int common = Math.min(length, form.length());
        for (int i = 0; i < common; i++) {
            int difference = forms[start + i] - form.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return length - form.length();
    }
}
