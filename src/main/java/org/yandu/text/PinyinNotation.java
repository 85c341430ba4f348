package org.yandu.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hanyu PinyinNotation helpers: numbered pinyin as CC-CEDICT writes it ({@code zhong1 guo2}, {@code lu:4},
 * {@code nv3}, {@code ma5}) to tone marks ({@code zhōng guó}, {@code lǜ}, {@code nǚ}, {@code ma}),
 * and checks of tone-marked pinyin.
 *
 * <p>Tone marks follow the standard rule: on {@code a} or {@code e} if present, on the {@code o} of
 * {@code ou}, otherwise on the last vowel ({@code guó}, {@code xiǎo}, {@code liù}, {@code guǐ}).
 * Syllabic nasals take it on the {@code m} or {@code n} ({@code ḿ}, {@code ňg}). Tone 5 (neutral)
 * is unmarked. {@code u:} and {@code v} are written {@code ü}. Capitals are kept ({@code Zhōng},
 * {@code Ōu}). Tokens that are not numbered syllables — Latin letters ({@code A}, {@code 4S}) and
 * punctuation ({@code ·}, {@code ,}) — are kept as they are.
 */
public final class PinyinNotation {

    /** Tone marks as combining characters, index = tone number (0 unused). */
    private static final char[] TONE_MARKS = {0, '\u0304', '\u0301', '\u030C', '\u0300'};

    /**
     * The shape of a Mandarin syllable without tone: optional initial and a final. Written with
     * {@code v} for ü. Lenient (it accepts some unused combinations) but rejects garbage such as
     * {@code zh}, {@code qqq} or {@code abc}.
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    + "(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn"
                    + "|ia|ie|iu|io|ua|uo|ui|ve|ue|er|a|o|e|i|u|v|ê)"
                    + "|m|n|ng|hm|hng|r|xx");

    /** A numbered syllable: letters (ü as {@code u:}, {@code v} or {@code ü}) and a tone digit. */
    private static final Pattern NUMBERED = Pattern.compile("([A-Za-z:üÜ]+)([0-9])");

    /** A token kept as it is: letters and digits ({@code A}, {@code 4S}) or punctuation. */
    private static final Pattern KEPT = Pattern.compile("[A-Za-z0-9]+|[\\p{P}\\p{S}]+");

    private PinyinNotation() {
    }

    /** Thrown for a pinyin token that is neither a syllable nor a letter or punctuation token. */
    public static final class BadPinyinException extends IllegalArgumentException {
        private final String token;

        BadPinyinException(String token, String reason) {
            super("bad pinyin '" + token + "': " + reason);
            this.token = token;
        }

        /** Names the token and what is wrong with it; never null. */
        @Override
        public String getMessage() {
            return Objects.requireNonNull(super.getMessage(), "set by the constructor");
        }

        /** The offending token. */
        public String token() {
            return token;
        }
    }

    /**
     * Converts numbered pinyin, tokens separated by spaces, to tone marks; tokens are rejoined with
     * single spaces.
     *
     * @throws BadPinyinException for the first token that is not valid
     */
    public static String toToneMarks(String numbered) {
        StringBuilder out = new StringBuilder(numbered.length());
        int i = 0;
        int n = numbered.length();
        while (i < n) {
            while (i < n && numbered.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && numbered.charAt(i) != ' ') {
                i++;
            }
            if (start < i) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(tokenToToneMarks(numbered.substring(start, i)));
            }
        }
        return out.toString();
    }

    /**
     * Converts one numbered token ({@code lu:e4} → {@code lüè}); a letter or punctuation token comes
     * back unchanged.
     *
     * @throws BadPinyinException if the token is neither
     */
    public static String tokenToToneMarks(String token) {
        var m = NUMBERED.matcher(token);
        if (!m.matches()) {
            if (KEPT.matcher(token).matches()) {
                return token;
            }
            throw new BadPinyinException(token, "not a syllable, letter or punctuation");
        }
        int tone = m.group(2).charAt(0) - '0';
        if (tone < 1 || tone > 5) {
            throw new BadPinyinException(token, "tone must be 1 to 5");
        }
        String letters = withUmlaut(m.group(1));
        if (letters == null) {
            throw new BadPinyinException(token, "misplaced ':'");
        }
        String base = letters.toLowerCase(Locale.ROOT).replace('ü', 'v');
        if (!SYLLABLE.matcher(base).matches()) {
            throw new BadPinyinException(token, "not a pinyin syllable");
        }
        if (tone == 5) {
            return letters;
        }
        int at = markPosition(base);
        if (at < 0) {
            // r and xx carry no tone mark; only a neutral tone makes sense for them.
            throw new BadPinyinException(token, "syllable cannot carry tone " + tone);
        }
        String marked = letters.substring(0, at + 1) + TONE_MARKS[tone] + letters.substring(at + 1);
        return Normalizer.normalize(marked, Normalizer.Form.NFC);
    }

    /** {@code u:}/{@code v} → {@code ü}, keeping case; null if a ':' does not follow a u. */
    private static @Nullable String withUmlaut(String letters) {
        StringBuilder sb = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c == ':') {
                int last = sb.length() - 1;
                if (last < 0 || (sb.charAt(last) != 'u' && sb.charAt(last) != 'U')) {
                    return null;
                }
                sb.setCharAt(last, sb.charAt(last) == 'u' ? 'ü' : 'Ü');
            } else if (c == 'v') {
                sb.append('ü');
            } else if (c == 'V') {
                sb.append('Ü');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Index of the letter that takes the tone mark in a lower-case syllable ({@code v} = ü). */
    private static int markPosition(String base) {
        int a = base.indexOf('a');
        if (a >= 0) {
            return a;
        }
        int e = base.indexOf('e');
        if (e >= 0) {
            return e;
        }
        int eCircumflex = base.indexOf('ê');
        if (eCircumflex >= 0) {
            return eCircumflex;
        }
        int ou = base.indexOf("ou");
        if (ou >= 0) {
            return ou;
        }
        for (int i = base.length() - 1; i >= 0; i--) {
            if ("iouv".indexOf(base.charAt(i)) >= 0) {
                return i;
            }
        }
        // Syllabic nasals: m, n, ng, hm, hng.
        int m = base.indexOf('m');
        if (m >= 0) {
            return m;
        }
        return base.indexOf('n');
    }

    /**
     * Splits tone-marked pinyin into its syllables, dropping punctuation tokens and punctuation
     * attached to a syllable ({@code "zi,"} → {@code zi}).
     */
    public static List<String> syllables(String pinyin) {
        List<String> out = new ArrayList<>();
        for (String token : pinyin.strip().split("\\s+", -1)) {
            String s = token.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Checks one tone-marked syllable: a pinyin syllable with at most one tone mark and no tone
     * number. Returns {@code null} when it is fine, else the reason.
     */
    public static @Nullable String checkToneMarkedSyllable(String syllable) {
        String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        int marks = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c == '\u0308') {
                int last = base.length() - 1;
                if (last < 0 || base.charAt(last) != 'u') {
                    return "'" + syllable + "' has a stray diaeresis";
                }
                base.setCharAt(last, 'v');
            } else if (c == '\u0304' || c == '\u0301' || c == '\u030C' || c == '\u0300') {
                marks++;
            } else if (c == '\u0302' && base.length() > 0 && base.charAt(base.length() - 1) == 'e') {
                base.setCharAt(base.length() - 1, 'ê');
            } else if (Character.isDigit(c)) {
                return "'" + syllable + "' has a tone number, write tone marks";
            } else {
                base.append(Character.toLowerCase(c));
            }
        }
        if (marks > 1) {
            return "'" + syllable + "' has more than one tone mark";
        }
        if (!SYLLABLE.matcher(base).matches()) {
            return "'" + syllable + "' is not a pinyin syllable";
        }
        return null;
    }

    /** Whether the pinyin has at least one tone mark (neutral-tone-only readings are rare). */
    public static boolean hasToneMark(String pinyin) {
        return tone(pinyin) != 0;
    }

    /** The tone of a tone-marked syllable, 1 to 4, or 0 for the neutral tone (its first mark, for longer pinyin). */
    static int tone(String syllable) {
        String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            for (int tone = 1; tone < TONE_MARKS.length; tone++) {
                if (nfd.charAt(i) == TONE_MARKS[tone]) {
                    return tone;
                }
            }
        }
        return 0;
    }

    /** Whether the text contains a digit, i.e. looks like numbered pinyin ({@code qun2 zhong4}). */
    public static boolean looksNumbered(String pinyin) {
        for (int i = 0; i < pinyin.length(); i++) {
            if (Character.isDigit(pinyin.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Number of Han characters (CJK ideographs, 〇 included) in a term. */
    public static int hanCount(String term) {
        return (int) term.codePoints().filter(PinyinNotation::isHan).count();
    }

    /** Whether a code point is a Han character. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
