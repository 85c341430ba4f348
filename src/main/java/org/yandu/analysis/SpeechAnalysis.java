package org.yandu.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yandu.glossary.Glossary;
import org.yandu.library.LibraryStore;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphKind;
import org.yandu.library.Speech;
import org.yandu.text.ChineseText;

/**
 * The slow analyses of speeches: keywords and a summary of each speech, computed once and kept in the library,
 * and phrases of the whole library that no glossary has yet. Every method may take seconds: call it off the FX
 * thread.
 */
public final class SpeechAnalysis {
    public static final int KEYWORDS = 10;
    private static final String KEYWORDS_KIND = "keywords";
    private static final String SUMMARY_KIND = "summary";
    private static final String SEPARATOR = "\n";

    private final LibraryStore store;
    private final ChineseText text;

    public SpeechAnalysis(LibraryStore store, ChineseText text) {
        this.store = store;
        this.text = text;
    }

    /** TextRank keywords of the speech's body, single characters and stop words removed; cached. */
    public List<String> keywords(long speechId) {
        String value = cached(speechId, KEYWORDS_KIND,
                () -> String.join(SEPARATOR, text.keywords(body(speechId), KEYWORDS)));
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR));
    }

    /** The speech's most central sentences; cached (HanLP takes seconds on a long speech). */
    public String summary(long speechId, int sentences) {
        return cached(speechId, SUMMARY_KIND + "." + sentences, () -> text.summary(body(speechId), sentences));
    }

    /** Frequent phrases of the library that are in no glossary yet, best first: terms worth adding. */
    public List<String> glossaryCandidates(Glossary glossary, int max) {
        String library = store.speeches().stream().map(Speech::id).map(this::body)
                .collect(Collectors.joining(SEPARATOR));
        return text.phrases(library, max * 3).stream().filter(phrase -> !glossary.contains(phrase))
                .limit(max).toList();
    }

    private String cached(long speechId, String kind, Supplier<String> compute) {
        Optional<String> stored = store.analysis(speechId, kind);
        if (stored.isPresent()) {
            return stored.get();
        }
        String value = compute.get();
        if (store.writable()) { // else computed again next time: a read-only library keeps nothing
            store.putAnalysis(speechId, kind, value);
        }
        return value;
    }

    private String body(long speechId) {
        return store.paragraphs(speechId).stream()
                .filter(p -> p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.HEADING)
                .map(Paragraph::text).collect(Collectors.joining(SEPARATOR));
    }
}
