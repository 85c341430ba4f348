package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    private static Set<String> truth(String text) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + Shingles.LENGTH <= text.length(); i++) {
            shingles.add(text.substring(i, i + Shingles.LENGTH));
        }
        return shingles;
    }

    @Test
    void distinctShinglesAreCountedAndShared() {
        String a = "为人民服务为人民服务全心全意为人民服务\u0000\u0000\u0000\u0000";
        String b = "全心全意为人民服务的宗旨\u0000\u0000\u0000\u0000";
        Set<String> common = new HashSet<>(truth(a));
        common.retainAll(truth(b));
        assertEquals(truth(a).size(), Shingles.of(a).size());
        assertEquals(common.size(), Shingles.of(a).common(Shingles.of(b)));
        assertEquals(common.size(), Shingles.of(b).common(Shingles.of(a)));
    }

    @Test
    void aTextShorterThanAShingleHasNone() {
        assertEquals(0, Shingles.of("群众").size());
        assertEquals(0, Shingles.of("").common(Shingles.of("群众路线")));
    }

    @Test
    void aTextWithMoreDistinctShinglesThanTheFirstTableHoldsCountsThemAll() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append((char) ('\u4e00' + i % 20_000)).append((char) ('\u4e00' + i / 20_000));
        }
        String a = text.toString();
        String b = a.substring(50_000);
        Set<String> common = new HashSet<>(truth(a));
        common.retainAll(truth(b));
        assertEquals(truth(a).size(), Shingles.of(a).size());
        assertEquals(common.size(), Shingles.of(a).common(Shingles.of(b)));
    }
}
