package org.yandu.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yandu.BundledLibrary;

class SpeechFingerprintTest {
    private static List<String> bundledLines(String file) throws Exception {
        Path dir = BundledLibrary.speeches();
        return Files.readAllLines(dir.resolve(file)).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static SpeechFingerprint of(List<String> body) {
        return SpeechFingerprint.of(body.stream().map(ParagraphDraft::body).toList());
    }

    @Test
    void punctuationWidthAndSpacingDoNotChangeTheExactFingerprint() {
        SpeechFingerprint full = of(List.of("群众路线，是党的生命线：一切为了群众。", "（一）深入调研"));
        SpeechFingerprint half = of(List.of("群众路线,是党的 生命线:一切为了群众.", "(一)深入调研"));
        assertEquals(full.exact(), half.exact());
        assertNotEquals(full.exact(), of(List.of("群众路线是党的生命线")).exact());
    }

    @Test
    void aCopyWithAFewScrubbedCharactersIsTheSameSpeechAndSharesABand() throws Exception {
        List<String> original = bundledLines("002_b68128a73f8f74db.txt");
        List<String> scrubbed = original.stream()
                .map(l -> l.replace("近年来", "1920xx年近年来").replace("毛泽东", "")).toList();
        SpeechFingerprint a = of(original);
        SpeechFingerprint b = of(scrubbed);
        assertNotEquals(a.exact(), b.exact());
        assertTrue(a.sameSpeechAs(b));
        int[] bandsA = a.bands();
        int[] bandsB = b.bands();
        assertTrue(Arrays.stream(new int[] {0, 1, 2, 3}).anyMatch(i -> bandsA[i] == bandsB[i]),
                Arrays.toString(bandsA) + " vs " + Arrays.toString(bandsB));
        assertTrue(a.mayBeSameAs(bandsB), a.bitsApart(bandsB) + " bits apart");
    }

    /**
     * The import reads only candidates near in SimHash: copies of each bundled speech at the edge of being the same
     * one (a character in every 90 dropped: about 0.91 of the shingles shared) are near enough.
     */
    @Test
    void copiesAtTheEdgeOfBeingTheSameSpeechAreNearInSimHash() throws Exception {
        List<String> files = List.of("000_65599855c2b14f2c.txt", "001_6c73ef4be9669b1e.txt",
                "002_b68128a73f8f74db.txt", "003_b8c356e83df67f8b.txt", "004_4f9b95b1c1759ded.txt");
        for (String file : files) {
            List<String> lines = bundledLines(file);
            SpeechFingerprint speech = of(lines);
            SpeechFingerprint copy = of(lines.stream().map(SpeechFingerprintTest::dropEvery90th).toList());
            assertTrue(speech.sameSpeechAs(copy), file + ": " + speech.similarity(copy));
            assertTrue(speech.similarity(copy) < 0.95, file + ": " + speech.similarity(copy));
            int[] bands = copy.bands();
            assertTrue(speech.mayBeSameAs(bands), file + ": " + speech.bitsApart(bands) + " bits apart");
        }
    }

    private static String dropEvery90th(String line) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            if (i % 90 != 89) {
                kept.append(line.charAt(i));
            }
        }
        return kept.toString();
    }

    /** Libraries keep the bands of their speeches: a faster computation must give the very same ones. */
    @Test
    void bandsAreThoseEarlierVersionsStored() throws Exception {
        assertArrayEquals(new int[] {2914, 23773, 55933, 8692}, of(bundledLines("002_b68128a73f8f74db.txt")).bands());
        assertArrayEquals(new int[] {50225, 38025, 51919, 42346}, of(bundledLines("000_65599855c2b14f2c.txt")).bands());
    }

    @Test
    void differentSpeechesOnTheSameTopicAreNotTheSame() throws Exception {
        SpeechFingerprint a = of(bundledLines("002_b68128a73f8f74db.txt"));
        SpeechFingerprint b = of(bundledLines("001_6c73ef4be9669b1e.txt"));
        assertFalse(a.sameSpeechAs(b));
        List<String> half = bundledLines("003_b8c356e83df67f8b.txt");
        assertFalse(of(half).sameSpeechAs(of(half.subList(0, half.size() / 2))),
                "a speech and its first half are different texts");
    }
}
