package org.yandu.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Identity of a speech by its running text, so that the same essay scraped twice is stored once: full-width
 * punctuation in one file and half-width in another, other headers or derived titles, or a few characters
 * scrubbed differently (a year blanked out as "1920xx年" in one copy and missing in the other).
 * Titles, subtitles and bylines are left out because scrapers vary them; only headings and body count.
 */
public final class SpeechFingerprint {
    /** Share of 4-character shingles two texts must have in common to be the same speech. */
    static final double SAME_SPEECH = 0.9;
    /**
     * Most bits in which the SimHashes of one speech's two copies differ. At {@value #SAME_SPEECH} of their shingles
     * shared, each bit differs with a chance of about a tenth: more than 16 of 64 about once in 5,000 such pairs (of
     * which the bands find only every second), at 0.95 once in a million. The speeches that share a band with a new
     * one by chance are mostly further apart (in the bench's 100,000-speech library 17 a speech, 7 to 35 bits apart,
     * 22 the most often), so nine in ten are passed over unread.
     */
    static final int MOST_BITS_APART = 16;
    private static final int BANDS = 4;
    private static final int BAND_BITS = 16;

    private final String comparable;
    // Each computed when first needed and kept: an import asks for them more than once.
    private @Nullable String exact;
    private @Nullable Shingles shingles;
    private int @Nullable [] bands;

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

    /** Computes the bands and the exact fingerprint now, so another thread can hand this over ready for an import. */
    SpeechFingerprint prepared() {
        bands();
        exact();
        return this;
    }

    /** SHA-256 of the comparable text: equal for copies that differ only in punctuation and spacing. */
    public String exact() {
        if (exact == null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(comparable.getBytes(StandardCharsets.UTF_8));
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
        Shingles distinct = shingles();
        int[] ones = new int[64];
        distinct.forEach(shingle -> {
            for (long bits = mix(shingle); bits != 0; bits &= bits - 1) {
                ones[Long.numberOfTrailingZeros(bits)]++;
            }
        });
        long simHash = 0;
        for (int bit = 0; bit < 64; bit++) {
            simHash |= 2 * ones[bit] > distinct.size() ? 1L << bit : 0;
        }
        int[] bands = new int[BANDS];
        for (int b = 0; b < BANDS; b++) {
            bands[b] = (int) (simHash >>> (BAND_BITS * b) & 0xFFFF);
        }
        return bands;
    }

    /** In how many of the SimHash's 64 bits a speech with these {@link #bands()} differs from this one. */
    int bitsApart(int[] theirBands) {
        int[] mine = bands();
        int apart = 0;
        for (int b = 0; b < BANDS; b++) {
            apart += Integer.bitCount(mine[b] ^ theirBands[b]);
        }
        return apart;
    }

    /** Whether a speech with these bands may be the same speech; one further apart is not, whatever its text. */
    boolean mayBeSameAs(int[] theirBands) {
        return bitsApart(theirBands) <= MOST_BITS_APART;
    }

    /** Whether {@code other} is the same speech: most of their shingles are shared. */
    public boolean sameSpeechAs(SpeechFingerprint other) {
        return similarity(other) >= SAME_SPEECH;
    }

    /** The share of 4-character shingles the two texts have in common (Jaccard), from 0 to 1. */
    public double similarity(SpeechFingerprint other) {
        Shingles mine = shingles();
        Shingles theirs = other.shingles();
        if (mine.size() == 0 || theirs.size() == 0) {
            return comparable.equals(other.comparable) ? 1 : 0;
        }
        int common = mine.common(theirs);
        return (double) common / (mine.size() + theirs.size() - common);
    }

    private Shingles shingles() {
        if (shingles == null) {
            shingles = Shingles.of(comparable);
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
