package org.yandu.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Identity of a speech by its running text, so that the same essay scraped twice is stored once: full-width
 * punctuation in one file and half-width in another, other headers or derived titles, or a few characters
 * scrubbed differently (a year blanked out as "1920xx年" in one copy and missing in the other).
 * Titles, subtitles and bylines are left out because scrapers vary them; only headings and body count.
 */
public final class SpeechFingerprint {
    /** Share of 4-character shingles two texts must have in common to be the same speech. */
    static final double SAME_SPEECH = 0.9;
    private static final int BANDS = 4;
    private static final int SHINGLE = 4;

    private final String comparable;
    // Each computed when first needed and kept: an import asks for them more than once.
    private String exact;
    private long[] shingles;
    private int[] bands;

    private SpeechFingerprint(String comparable) {
        this.comparable = comparable;
    }

    public static SpeechFingerprint of(List<ParagraphDraft> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (ParagraphDraft p : paragraphs) {
            if (p.kind() == ParagraphKind.HEADING || p.kind() == ParagraphKind.BODY) {
                text.append(comparable(p.text()));
            }
        }
        return new SpeechFingerprint(text.toString());
    }

    /** Width-folded text with whitespace and punctuation removed: what stays the same across scrapes. */
    public static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** SHA-256 of the comparable text: equal for copies that differ only in punctuation and spacing. */
    public String exact() {
        if (exact == null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(comparable.getBytes(StandardCharsets.UTF_8));
                exact = HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
        return exact;
    }

    /**
     * The four 16-bit bands of a SimHash over the text's shingles. Texts that differ in a few characters
     * differ in at most a few bits, so they share at least one band: an indexed lookup finds candidates.
     */
    public int[] bands() {
        if (bands == null) {
            bands = simHashBands();
        }
        return bands.clone();
    }

    private int[] simHashBands() {
        long[] distinct = shingles();
        int[] ones = new int[64];
        for (long shingle : distinct) {
            for (long bits = mix(shingle); bits != 0; bits &= bits - 1) {
                ones[Long.numberOfTrailingZeros(bits)]++;
            }
        }
        long simHash = 0;
        for (int bit = 0; bit < 64; bit++) {
            simHash |= 2 * ones[bit] > distinct.length ? 1L << bit : 0;
        }
        int[] bands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            bands[b] = (int) (simHash >>> (16 * b) & 0xFFFF);
        }
        return bands;
    }

    /** Whether {@code other} is the same speech: most of their shingles are shared. */
    public boolean sameSpeechAs(SpeechFingerprint other) {
        return similarity(other) >= SAME_SPEECH;
    }

    /** The share of 4-character shingles the two texts have in common (Jaccard), from 0 to 1. */
    public double similarity(SpeechFingerprint other) {
        long[] mine = shingles();
        long[] theirs = other.shingles();
        if (mine.length == 0 || theirs.length == 0) {
            return comparable.equals(other.comparable) ? 1 : 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < mine.length && j < theirs.length) {
            if (mine[i] < theirs[j]) {
                i++;
            } else if (mine[i] > theirs[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return (double) common / (mine.length + theirs.length - common);
    }

    /** The distinct shingles, sorted, each as its four UTF-16 units packed into a long (so the set is exact). */
    private long[] shingles() {
        if (shingles == null) {
            long[] all = new long[Math.max(0, comparable.length() - SHINGLE + 1)];
            for (int i = 0; i < all.length; i++) {
                all[i] = (long) comparable.charAt(i) << 48 | (long) comparable.charAt(i + 1) << 32
                        | (long) comparable.charAt(i + 2) << 16 | comparable.charAt(i + 3);
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            shingles = Arrays.copyOf(all, distinct);
        }
        return shingles;
    }

    /** 64-bit FNV-1a over the shingle's characters followed by a finaliser, so every bit is well mixed. */
    private static long mix(long shingle) {
        long h = 0xcbf29ce484222325L;
        for (int shift = 48; shift >= 0; shift -= 16) {
            h = (h ^ (shingle >>> shift & 0xFFFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
