package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.SpeechDraft;

/**
 * Turns the decoded lines of one source file into speeches: removes page debris, splits
 * collections, reads each speech's front matter, rejoins hard-wrapped paragraphs and tells
 * headings from body text. Pure: no I/O, the same lines always give the same result.
 */
public final class SpeechParser {

    /**
     * The speeches in one source file's lines, and the collection's title when the file holds several.
     *
     * @param fileName the source's file name, used only to name a collection whose page has no title
     * @param lines the decoded source lines, leading whitespace kept
     */
    public ParsedDocument parse(String fileName, List<String> lines) {
        return parse(fileName, CollectionSplitter.split(DebrisFilter.clean(lines)), SourceMetadata.NONE);
    }

    /**
     * The speeches in a source file: where its format says where each speech starts (an EPUB's chapters), there;
     * else where the text's own marks say, as {@link #parse(String, List)} finds them. What the source states
     * outside its lines (a WeChat page's account and date) is every speech's author and date, before any byline or
     * date line of the text, because the source names them in fields of their own, without a guess.
     */
    public ParsedDocument parse(String fileName, SourceDocument source) {
        List<Integer> starts = source.speechStarts();
        if (starts.isEmpty()) {
            return parse(fileName, CollectionSplitter.split(DebrisFilter.clean(source.lines())), source.metadata());
        }
        List<List<String>> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : source.lines().size();
            parts.add(DebrisFilter.clean(source.lines().subList(starts.get(k), end)));
        }
        return parse(fileName, new CollectionSplitter.Split(parts.size() > 1, source.collectionTitle(), null, parts),
                source.metadata());
    }

    private ParsedDocument parse(String fileName, CollectionSplitter.Split split, SourceMetadata metadata) {
        List<SpeechDraft> speeches = new ArrayList<>();
        for (List<String> part : split.parts()) {
            SpeechDraft speech = parseSpeech(part, metadata);
            if (speech != null) {
                speeches.add(speech);
            }
        }
        speeches = withDistinctTitles(speeches);
        String collectionTitle = split.collection() ? collectionTitle(fileName, split, speeches) : null;
        return new ParsedDocument(collectionTitle, speeches);
    }

    /** The speech in one part of the page, or null when the part holds no text. */
    private static @Nullable SpeechDraft parseSpeech(List<String> lines, SourceMetadata metadata) {
        SpeechHeader front = SpeechHeader.read(lines);
        List<ParagraphDraft> paragraphs = new ArrayList<>(front.paragraphs());
        paragraphs.addAll(HeadingClassifier.classify(
                HardWrapJoiner.join(lines.subList(front.bodyStart(), lines.size()))));
        String title = front.title() != null ? front.title() : TitleDeriver.derive(paragraphs);
        if (title == null) {
            return null;
        }
        String author = metadata.author() != null ? metadata.author() : front.author();
        String date = metadata.date() != null ? metadata.date() : front.date();
        return new SpeechDraft(title, front.title() == null, front.subtitle(), author, date,
                front.abstractText(), front.keywords(), paragraphs);
    }

    private static List<SpeechDraft> withDistinctTitles(List<SpeechDraft> speeches) {
        List<String> titles = TitleDeriver.distinct(speeches.stream().map(SpeechDraft::title).toList());
        List<SpeechDraft> result = new ArrayList<>();
        for (int i = 0; i < speeches.size(); i++) {
            SpeechDraft s = speeches.get(i);
            result.add(new SpeechDraft(titles.get(i), s.titleDerived(), s.subtitle(), s.author(), s.date(),
                    s.abstractText(), s.keywords(), s.paragraphs()));
        }
        return result;
    }

    /**
     * The page's own title when it has one; else the series name its piece headers share; else the
     * file name when a person chose it (it holds Chinese, unlike the hashes scrapers use); else the
     * first speech's title, marked as a collection.
     */
    private static @Nullable String collectionTitle(String fileName, CollectionSplitter.Split split,
            List<SpeechDraft> speeches) {
        if (split.pageTitle() != null) {
            return split.pageTitle();
        }
        if (split.seriesName() != null) {
            return split.seriesName();
        }
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        if (Text.containsHan(stem)) {
            return stem;
        }
        return speeches.isEmpty() ? null : speeches.get(0).title() + "等" + speeches.size() + "篇";
    }
}
