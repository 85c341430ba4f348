package org.yandu.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * Identity of a speech by its running text, so that the same essay scraped twice (full-width in one file,
 * half-width punctuation in another, different headers or derived titles) is stored once.
 * Titles, subtitles and bylines are left out because scrapers vary them; only headings and body count.
 */
public final class SpeechFingerprint {
    private SpeechFingerprint() {
    }

    public static String of(List<ParagraphDraft> paragraphs) {
        StringBuilder text = new StringBuilder();
        for (ParagraphDraft p : paragraphs) {
            if (p.kind() == ParagraphKind.HEADING || p.kind() == ParagraphKind.BODY) {
                text.append(comparable(p.text()));
            }
        }
        return sha256(text.toString());
    }

    /** Width-folded text with whitespace and punctuation removed: what stays the same across scrapes. */
    public static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
