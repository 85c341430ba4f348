package org.yandu.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.occurrence.Occurrence;
import com.hankcs.hanlp.corpus.occurrence.PairFrequency;
import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.summary.TextRankSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChineseText} on HanLP 1.x portable (dictionaries inside the jar).
 *
 * <p>Segmentation is HanLP's Viterbi segmenter with its core and bundled custom dictionaries and without
 * named-entity recognition (on these speeches person-name recognition turns 党同, 于民, 计于民 … into names).
 * Each instance has its own segmenter and its own {@link DynamicCustomDictionary} that shares the bundled
 * custom dictionary's read-only trie but never HanLP's global {@code CustomDictionary} state. The instance's
 * custom terms are kept out of HanLP altogether: an immutable trie, replaced on every change, splits the
 * text at term occurrences (leftmost-longest) and HanLP segments the pieces in between. So a term is
 * always one token, and adding one while other threads segment needs no lock on the reading side.
 *
 * <p>Pinyin is read token by token (HanLP's own pinyin reads the whole text greedily and so gets 为人民服务
 * wrong), single-character polyphones by part of speech ({@code pinyin-by-tag.tsv}), then corrected by
 * word overrides ({@code pinyin-overrides.tsv} and {@link #addPinyin}). Tone sandhi of 一 and 不, present
 * in some HanLP entries only, is undone so that all readings are citation tones; {@link Tones#SPOKEN} then applies
 * it everywhere alike ({@link ToneSandhi}), with HanLP's word boundaries.
 */
public final class HanlpText implements ChineseText {
    static {
        // Before any HanLP class loads below, so that nothing of HanLP's reaches the console.
        HanlpLogging.install();
    }

    private static final Logger log = LoggerFactory.getLogger(HanlpText.class);
    private static final String TERM_TAG = "nz";
    /** Terms this long stay whole even where they cut a word of HanLP's. */
    private static final int WHOLE_TERM_LENGTH = 4;
    private static final String UNTAGGED = "x";
    private static final String TERMS_RESOURCE = "terms.txt";
    private static final String OVERRIDES_RESOURCE = "pinyin-overrides.tsv";
    private static final String BY_TAG_RESOURCE = "pinyin-by-tag.tsv";
    /** Words HanLP converts to the wrong traditional characters, with the right ones, one for one. */
    private static final CharTrie<String> TRADITIONAL_OVERRIDES = CharTrie.of(readTraditionalOverrides());
    private static final String SENTENCE_ENDS = "。！？!?；;…";

    private static final List<String> BUILT_IN_TERMS = readTerms();
    private static final Map<String, String[]> BUNDLED_PINYIN = normalizeKeys(
            PinyinSyllables.readOverrides(OVERRIDES_RESOURCE));
    /** "字/tag" → syllable. */
    private static final Map<String, String> PINYIN_BY_TAG = readByTag();

    private static volatile boolean warmedUp;

    private final RegionalForms regionalForms = new RegionalForms();
    private final Segment segmenter;

    private final Object writeLock = new Object();
    /** Normalized term → term as given; guarded by writeLock. */
    private final LinkedHashMap<String, String> terms = new LinkedHashMap<>();
    /** Normalized word → syllables handed in through addPinyin; guarded by writeLock. */
    private final Map<String, String[]> userPinyin = new HashMap<>();
    private volatile CharTrie<String> termTrie = CharTrie.empty();
    private volatile CharTrie<String[]> pinyinTrie;

    private HanlpText() {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, null, null);
        segmenter = new ViterbiSegment()
                .enableCustomDictionary(dictionary)
                .enableAllNamedEntityRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableOffset(true);
        pinyinTrie = CharTrie.of(BUNDLED_PINYIN);
        addTerms(BUILT_IN_TERMS);
    }

    /**
     * A new instance with the built-in terms, its dictionaries loaded and its code warmed up, so that the
     * first real call is fast. Blocks for about half a second the first time in a JVM, about a millisecond
     * after that (HanLP's dictionaries are static and shared by all instances).
     */
    public static HanlpText load() {
        long started = System.nanoTime();
        HanlpText text = new HanlpText();
        if (!warmedUp) {
            // JIT and lazily loaded HanLP classes are per JVM: once is enough.
            text.warmUp();
            warmedUp = true;
            log.info("HanLP loaded and warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        log.debug("HanLP text services ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return text;
    }

    /** Loads the dictionaries {@link #load} leaves for later: synonyms, simplified to traditional. */
    static void loadRemainingDictionaries() {
        long started = System.nanoTime();
        CoreSynonymDictionary.get("群众");
        HanLP.convertToTraditionalChinese("为人民服务");
        log.info("HanLP synonym and traditional dictionaries ready in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    private void warmUp() {
        String sample = "党的十八大以来，习近平总书记多次就贯彻党的群众路线发表重要讲话，为做好新形势下党的群众工作指明了前进方向。"
                + "我们要认真地学习，把为人民服务落到实处，做得好、干得实。";
        for (int i = 0; i < 200; i++) {
            segment(sample);
        }
        for (int i = 0; i < 20; i++) {
            pinyinSyllables(sample);
            keywords(sample, 5);
        }
        lookupForm("為人民服務");
    }

    // ---------------------------------------------------------------------------------------------- segmentation

    @Override
    public List<Token> segment(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        String norm = normalizeHan(text);
        List<Token> words = new ArrayList<>(n / 2 + 4);
        segmentGap(text, norm, 0, n, words);
        words = WordCorrections.apply(words);
        CharTrie<String> trie = termTrie;
        if (trie.isEmpty()) {
            return Collections.unmodifiableList(words);
        }
        // A short term is placed only between words: where it would cut one (民心 in 人民心连心, 求是 in 诉求是),
        // the better split is the words'. A longer term is a phrase of the glossary and stays whole; what it cuts of
        // a word beside it (以为 before 为民务实清廉) is segmented anew.
        // The index of the word starting at each offset, -1 inside a word; the text's end is a start too.
        int[] wordAt = new int[n + 1];
        Arrays.fill(wordAt, -1);
        for (int k = 0; k < words.size(); k++) {
            wordAt[words.get(k).start()] = k;
        }
        wordAt[n] = words.size();
        List<Token> tokens = new ArrayList<>(words.size());
        int gapStart = 0;
        for (int i = 0; i < n; ) {
            int length = trie.longestAt(norm, i);
            boolean placed = length > 0 && (length >= WHOLE_TERM_LENGTH || wordAt[i] >= 0 && wordAt[i + length] >= 0)
                    && !splitsLatinWord(norm, i, i + length);
            if (!placed) {
                i++;
                continue;
            }
            addWords(text, norm, gapStart, i, words, wordAt, tokens);
            tokens.add(new Token(text.substring(i, i + length), i, i + length, TERM_TAG));
            i += length;
            gapStart = i;
        }
        addWords(text, norm, gapStart, n, words, wordAt, tokens);
        return Collections.unmodifiableList(tokens);
    }

    /** The words of {@code text[from, to)}: HanLP's from the whole text where the range keeps them whole. */
    private void addWords(String text, String norm, int from, int to, List<Token> words, int[] wordAt,
                          List<Token> tokens) {
        if (from >= to) {
            return;
        }
        if (wordAt[from] < 0 || wordAt[to] < 0) {
            segmentGap(text, norm, from, to, tokens);
            return;
        }
        tokens.addAll(words.subList(wordAt[from], wordAt[to]));
    }

    /** Whether a term's letters or digits would cut a word of the text: GDP is no term in GDPR, nor x in box. */
    private static boolean splitsLatinWord(String text, int start, int end) {
        return (start > 0 && isLatinOrDigit(text.charAt(start)) && isLatinOrDigit(text.charAt(start - 1)))
                || (end < text.length() && isLatinOrDigit(text.charAt(end - 1)) && isLatinOrDigit(text.charAt(end)));
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** HanLP on {@code norm[from, to)}; tokens carry the original text. */
    private void segmentGap(String text, String norm, int from, int to, List<Token> tokens) {
        if (from >= to) {
            return;
        }
        char[] chars = new char[to - from];
        norm.getChars(from, to, chars, 0);
        int position = from;
        for (Term term : segmenter.seg(chars)) {
            int length = term.word.length();
            if (length == 0) {
                continue;
            }
            if (from + term.offset != position) {
                // Never seen: HanLP offsets are running sums of word lengths. Keep covering regardless.
                log.warn("HanLP offset {} where {} was expected in \"{}\"", from + term.offset, position,
                        text.substring(from, to));
            }
            int end = Math.min(position + length, to);
            tokens.add(new Token(text.substring(position, end), position, end, tag(term)));
            position = end;
            if (position == to) {
                break;
            }
        }
        if (position < to) {
            tokens.add(new Token(text.substring(position, to), position, to, UNTAGGED));
        }
    }

    private static String tag(Term term) {
        return term.nature == null ? UNTAGGED : term.nature.toString();
    }

    @Override
    public void addTerms(Collection<String> newTerms) {
        Objects.requireNonNull(newTerms, "terms");
        synchronized (writeLock) {
            boolean changed = false;
            for (String term : newTerms) {
                if (term == null || term.isBlank()) {
                    continue;
                }
                String stripped = term.strip();
                String key = normalizeHan(stripped);
                if (!terms.containsKey(key)) {
                    terms.put(key, stripped);
                    changed = true;
                }
            }
            if (changed) {
                rebuildTermTrie();
            }
        }
    }

    @Override
    public boolean removeTerm(String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        synchronized (writeLock) {
            boolean removed = terms.remove(normalizeHan(term.strip())) != null;
            if (removed) {
                rebuildTermTrie();
            }
            return removed;
        }
    }

    @Override
    public List<String> terms() {
        synchronized (writeLock) {
            return List.copyOf(terms.values());
        }
    }

    private void rebuildTermTrie() {
        termTrie = CharTrie.of(terms);
    }

    /**
     * Traditional Chinese characters replaced one for one by their simplified form, so that HanLP's
     * simplified dictionaries and the custom terms match; everything else, and so every offset, is kept.
     * HanLP's phrase-aware conversion decides (乾隆 stays, 乾淨 becomes 干净); where it would change the
     * length of the text, its character table does. Simplified text comes back as the same string.
     */
    static String normalizeHan(String text) {
        boolean cjk = false;
        for (int i = 0, n = text.length(); i < n && !cjk; i++) {
            cjk = text.charAt(i) >= 0x2E80;
        }
        if (!cjk) {
            return text;
        }
        String converted = HanLP.convertToSimplifiedChinese(text);
        char[] chars = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x2E80 || Character.isSurrogate(c)) {
                continue;
            }
            char simplified = converted.length() == n ? converted.charAt(i) : CharTable.convert(c);
            if (simplified != c && PinyinNotation.isHan(c) && PinyinNotation.isHan(simplified)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = simplified;
            }
        }
        return chars == null ? text : new String(chars);
    }

    // ---------------------------------------------------------------------------------------------- pinyin

    @Override
    public String pinyin(String text) {
        Objects.requireNonNull(text, "text");
        String[] readings = readings(text, Tones.CITATION);
        StringBuilder out = new StringBuilder(text.length() * 4);
        boolean inRun = false;   // inside a run of other characters (letters, digits, symbols)
        boolean glued = false;   // right after opening punctuation: the next item follows without a space
        boolean afterPunctuation = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean punctuation = false;
            if (readings[i] != null) {
                separate(out, glued);
                out.append(readings[i]);
                inRun = false;
                glued = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inRun = false;
                glued = false;
            } else if (isOpening(c)) {
                separate(out, glued || afterPunctuation);
                out.append(c);
                inRun = false;
                glued = true;
                punctuation = true;
            } else if (isClosing(c)) {
                out.append(c);   // inside a run (3.5, e-mail) the run goes on
                glued = false;
                punctuation = true;
            } else {
                if (!inRun) {
                    separate(out, glued);
                    inRun = true;
                    glued = false;
                }
                out.append(c);
            }
            afterPunctuation = punctuation;
        }
        return out.toString();
    }

    private static void separate(StringBuilder out, boolean glued) {
        if (!glued && !out.isEmpty()) {
            out.append(' ');
        }
    }

    private static boolean isOpening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** Punctuation that sticks to what precedes it: closing brackets and quotes, commas, stops, dashes. */
    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }

    @Override
    public List<@Nullable String> pinyinSyllables(String text, Tones tones) {
        Objects.requireNonNull(text, "text");
        return Collections.unmodifiableList(Arrays.asList(readings(text, tones)));
    }

    /** One reading per char of {@code text}; null where the char is no Chinese character. */
    private @Nullable String[] readings(String text, Tones tones) {
        int n = text.length();
        @Nullable String[] readings = new String[n];
        if (n == 0) {
            return readings;
        }
        String norm = normalizeHan(text);
        // Token by token on HanLP's own segmentation: custom terms would only hide word boundaries inside them.
        List<ReadingInContext.Tagged> tokens = new ArrayList<>();
        for (Term term : segmenter.seg(norm.toCharArray())) {
            tokens.add(new ReadingInContext.Tagged(term.word, tag(term)));
        }
        int position = 0;
        BitSet wordStarts = new BitSet(n + 1);
        for (int t = 0; t < tokens.size() && position < n; t++) {
            String word = tokens.get(t).word();
            int length = word.length();
            wordStarts.set(position);
            if (length == 1) {
                String inContext = ReadingInContext.reading(tokens, t);
                String byTag = PINYIN_BY_TAG.get(word + "/" + tokens.get(t).tag());
                readings[position] = inContext != null ? inContext : byTag != null ? byTag
                        : hanlpReading(word, 0, PinyinDictionary.convertToPinyin(word, true));
            } else if (length > 1) {
                List<Pinyin> pinyins = PinyinDictionary.convertToPinyin(word, true);
                for (int k = 0; k < length && position + k < n; k++) {
                    readings[position + k] = pinyins.size() == length
                            ? hanlpReading(word, k, pinyins)
                            : hanlpReading(word.substring(k, k + 1), 0,
                                    PinyinDictionary.convertToPinyin(word.substring(k, k + 1), true));
                }
            }
            position += length;
        }
        wordStarts.set(position);
        applyOverrides(norm, readings);
        for (int i = 0; i < n; i++) {
            char c = norm.charAt(i);
            if (readings[i] != null && (Character.isSurrogate(c) || !PinyinNotation.isHan(c))) {
                readings[i] = null;
            }
        }
        return tones == Tones.SPOKEN ? ToneSandhi.spoken(norm, readings, wordStarts) : readings;
    }

    /** HanLP's reading of {@code word[k]}, in citation tone (HanLP writes some sandhi of 一 and 不). */
    private static @Nullable String hanlpReading(String word, int k, List<Pinyin> pinyins) {
        if (k >= pinyins.size()) {
            return null;
        }
        Pinyin pinyin = pinyins.get(k);
        if (pinyin == null || pinyin == Pinyin.none5) {
            return null;
        }
        char c = word.charAt(k);
        if (c == '一') {
            return "yī";
        }
        if (c == '不') {
            return "bù";
        }
        if (c == '们') {
            return "men"; // a plural suffix, neutral in every word HanLP gives it a tone in (孩子们)
        }
        return pinyin.getPinyinWithToneMark();
    }

    private void applyOverrides(String norm, @Nullable String[] readings) {
        CharTrie<String[]> trie = pinyinTrie;
        for (int i = 0, n = norm.length(); i < n; ) {
            int length = trie.longestAt(norm, i);
            if (length == 0) {
                i++;
                continue;
            }
            String[] syllables = Objects.requireNonNull(trie.valueAt(norm, i, length),
                    "a key ends where longestAt found one");
            int k = 0;
            for (int j = i; j < i + length; j++) {
                char c = norm.charAt(j);
                if (!Character.isSurrogate(c) && PinyinNotation.isHan(c) && k < syllables.length) {
                    readings[j] = syllables[k++];
                }
            }
            i += length;
        }
    }

    @Override
    public void addPinyin(String word, String pinyin) {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pinyin, "pinyin");
        String key = normalizeHan(word.strip());
        String[] syllables = PinyinSyllables.parse(key, pinyin);
        if (key.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            throw new IllegalArgumentException("characters outside the Basic Multilingual Plane are not supported: "
                    + word);
        }
        if (syllables.length == 0) {
            return; // GDP, 5G: nothing to read but what is written
        }
        synchronized (writeLock) {
            userPinyin.put(key, syllables);
            Map<String, String[]> all = new HashMap<>(BUNDLED_PINYIN);
            all.putAll(userPinyin);
            pinyinTrie = CharTrie.of(all);
        }
    }

    // ---------------------------------------------------------------------------------------------- dictionaries

    @Override
    public List<String> synonyms(String word) {
        Objects.requireNonNull(word, "word");
        String key = lookupForm(word);
        if (key.isEmpty()) {
            return List.of();
        }
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(key);
        if (item == null || item.type != Synonym.Type.EQUAL || item.synonymList == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (Synonym synonym : item.synonymList) {
            if (!synonym.realWord.equals(key) && !synonym.realWord.equals(word)) {
                result.add(synonym.realWord);
            }
        }
        return List.copyOf(result);
    }

    @Override
    public String toTraditional(String text, TraditionalStandard standard) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return text;
        }
        String converted = HanLP.convertToTraditionalChinese(text);
        if (converted.length() != text.length()) {
            return converted;
        }
        return regionalForms.written(mended(text, converted), standard);
    }

    /** {@code converted} with the words HanLP converts wrongly in {@code text} put right, one for one. */
    private static String mended(String text, String converted) {
        char[] chars = null;
        for (int i = 0, n = text.length(); i < n; ) {
            int length = TRADITIONAL_OVERRIDES.longestAt(text, i);
            if (length == 0) {
                i++;
                continue;
            }
            String right = Objects.requireNonNull(TRADITIONAL_OVERRIDES.valueAt(text, i, length), "a key ends here");
            if (chars == null) {
                chars = converted.toCharArray();
            }
            right.getChars(0, length, chars, i);
            i += length;
        }
        return chars == null ? converted : new String(chars);
    }

    @Override
    public String toSimplified(String text) {
        return simplified(text);
    }

    static String simplified(String text) {
        Objects.requireNonNull(text, "text");
        return text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    @Override
    public String lookupForm(String word) {
        Objects.requireNonNull(word, "word");
        return toSimplified(TermKey.of(word));
    }

    // ---------------------------------------------------------------------------------------------- mining

    @Override
    public List<String> keywords(String text, int max) {
        Objects.requireNonNull(text, "text");
        if (max <= 0 || text.isBlank()) {
            return List.of();
        }
        List<Term> candidates = new ArrayList<>();
        for (Token token : segment(text)) {
            Term term = contentTerm(token);
            // Adverbs (必须, 始终, 深入 as an adverb) rank high in speeches and say nothing about the subject.
            if (term != null && (term.nature == null || !term.nature.startsWith('d'))) {
                candidates.add(term);
            }
        }
        return new TextRankKeyword(segmenter).getKeywords(candidates, max);
    }

    @Override
    public List<String> phrases(String text, int max) {
        Objects.requireNonNull(text, "text");
        if (max <= 0 || text.isBlank()) {
            return List.of();
        }
        // Runs of adjacent content words only, so that every pair is a phrase that occurs in the text as is.
        Occurrence occurrence = new Occurrence();
        List<Term> run = new ArrayList<>();
        for (Token token : segment(text)) {
            Term term = contentTerm(token);
            if (term != null && term.nature != Nature.t && term.nature != Nature.nx) {
                run.add(term);
            } else if (!run.isEmpty()) {
                occurrence.addAll(run);
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            occurrence.addAll(run);
        }
        occurrence.compute();
        Set<String> phrases = new LinkedHashSet<>();
        for (PairFrequency pair : occurrence.getPhraseByScore()) {
            if (phrases.size() == max) {
                break;
            }
            if (pair.getValue() >= 2) {
                phrases.add(pair.first + pair.second);
            }
        }
        return List.copyOf(phrases);
    }

    @Override
    public String summary(String text, int sentences) {
        Objects.requireNonNull(text, "text");
        if (sentences <= 0 || text.isBlank()) {
            return "";
        }
        List<String> all = splitSentences(text);
        List<Integer> ranked = new ArrayList<>();
        List<List<String>> documents = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<String> words = new ArrayList<>();
            for (Token token : segment(all.get(i))) {
                Term term = contentTerm(token);
                if (term != null) {
                    words.add(lookupForm(term.word));
                }
            }
            if (!words.isEmpty()) {
                ranked.add(i);
                documents.add(words);
            }
        }
        if (documents.isEmpty()) {
            return "";
        }
        int[] top = documents.size() <= sentences
                ? IntStream.range(0, documents.size()).toArray()
                : new TextRankSentence(documents).getTopSentence(sentences);
        int[] chosen = Arrays.stream(top).map(ranked::get).sorted().toArray();
        StringBuilder out = new StringBuilder();
        for (int index : chosen) {
            out.append(all.get(index));
        }
        return out.toString();
    }

    /** Sentences ending in 。！？； (kept) or at line ends, stripped, blank ones dropped. */
    static List<String> splitSentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            boolean lineEnd = i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            boolean sentenceEnd = !lineEnd && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
            if (sentenceEnd) {
                // Keep closing quotes and brackets with the sentence they close.
                while (i + 1 < n && "”’」』）)\"".indexOf(text.charAt(i + 1)) >= 0) {
                    i++;
                }
            }
            if (lineEnd || sentenceEnd) {
                int end = lineEnd ? i : i + 1;
                String sentence = text.substring(start, Math.min(end, n)).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
                start = Math.min(end, n);
            }
        }
        return sentences;
    }

    /**
     * The token as a HanLP term if it is a content word: two or more characters, all Chinese, no stop word,
     * and of a part of speech HanLP's stop-word filter keeps (nouns, verbs, adjectives, idioms …). Null
     * otherwise.
     */
    private static @Nullable Term contentTerm(Token token) {
        String word = token.text();
        if (word.codePointCount(0, word.length()) < 2 || !word.codePoints().allMatch(PinyinNotation::isHan)) {
            return null;
        }
        String simplified = normalizeHan(word);
        if (CoreStopWordDictionary.contains(word) || CoreStopWordDictionary.contains(simplified)) {
            return null;
        }
        Nature nature = Nature.fromString(token.partOfSpeech());
        Term term = new Term(word, nature);
        return CoreStopWordDictionary.shouldInclude(term) ? term : null;
    }

    // ---------------------------------------------------------------------------------------------- resources

    private static List<String> readTerms() {
        List<String> terms = new ArrayList<>();
        for (String[] row : PinyinSyllables.readTable(TERMS_RESOURCE, 1)) {
            terms.add(row[0]);
        }
        return List.copyOf(terms);
    }

    private static Map<String, String[]> normalizeKeys(Map<String, String[]> table) {
        Map<String, String[]> normalized = new LinkedHashMap<>();
        table.forEach((word, syllables) -> normalized.put(normalizeHan(word), syllables));
        return Collections.unmodifiableMap(normalized);
    }

    private static Map<String, String> readTraditionalOverrides() {
        Map<String, String> overrides = new HashMap<>();
        for (String[] row : PinyinSyllables.readTable("traditional-overrides.tsv", 2)) {
            if (row[0].length() != row[1].length()) {
                throw new IllegalStateException("traditional-overrides.tsv: " + row[0] + " is not one for one");
            }
            overrides.put(row[0], row[1]);
        }
        return overrides;
    }

    private static Map<String, String> readByTag() {
        Map<String, String> byTag = new HashMap<>();
        for (String[] row : PinyinSyllables.readTable(BY_TAG_RESOURCE, 3)) {
            String syllable = PinyinSyllables.parse(row[0], row[2])[0];
            for (String tag : row[1].split(",", -1)) {
                byTag.put(row[0] + "/" + tag.strip(), syllable);
            }
        }
        return Map.copyOf(byTag);
    }
}
