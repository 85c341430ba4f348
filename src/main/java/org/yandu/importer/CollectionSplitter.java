package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a page holding several speeches at the boundaries the page itself marks. Two marks occur:
 * <ul>
 * <li>a header line per piece, "series name 篇N" (or 第N篇); the header is page furniture, not
 *     speech text, and its series name names the collection;</li>
 * <li>in pages whose paragraphs are all indented with full-width spaces, an ASCII space in front of
 *     that indent on the first line of each piece (an artefact of how the scraper joined pieces).</li>
 * </ul>
 * Both marks may appear in one page; each starts a new piece. Fewer than two marks make no collection.
 */
final class CollectionSplitter {
    /** The parts of a page; for a single speech, one part and no title. */
    record Split(boolean collection, @Nullable String pageTitle, @Nullable String seriesName,
            List<List<String>> parts) {
    }

    private static final Pattern PIECE_HEADER = Pattern.compile("^(.{2,40}?)\\s*(?:篇\\s*\\d+|第\\s*\\d+\\s*篇)$");
    private static final Pattern PIECE_START_INDENT = Pattern.compile("^ +\u3000");
    private static final Pattern FULL_WIDTH_INDENT = Pattern.compile("^\u3000");
    /** The count a page adds to its title: 某某发言稿(精选26篇). */
    private static final Pattern PIECE_COUNT = Pattern.compile("\\s*[（(]\\s*(?:精选)?\\s*\\d+\\s*篇\\s*[）)]$");

    private CollectionSplitter() {
    }

    static Split split(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        String seriesName = null;
        boolean indentMarks = usesIndentMarks(lines);
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = PIECE_HEADER.matcher(Text.strip(lines.get(i)));
            if (isHeader(header)) {
                starts.add(i);
                seriesName = seriesName != null ? seriesName : Text.strip(header.group(1));
            } else if (indentMarks && PIECE_START_INDENT.matcher(lines.get(i)).find()) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return new Split(false, null, null, List.of(lines));
        }
        List<List<String>> parts = new ArrayList<>();
        String pageTitle = readPreamble(lines.subList(0, starts.get(0)), parts);
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            boolean header = isHeader(PIECE_HEADER.matcher(Text.strip(lines.get(start))));
            parts.add(lines.subList(header ? start + 1 : start, end));
        }
        return new Split(true, pageTitle, seriesName, parts);
    }

    /** A header names a series; a sentence that happens to end in 篇3 is no header. */
    private static boolean isHeader(Matcher header) {
        return header.matches() && !Text.hasProseMark(header.group(1));
    }

    /**
     * An ASCII space before the full-width indent is a mark only where the full-width indent is the
     * normal one and the odd lines recur; a single stray space is noise.
     */
    private static boolean usesIndentMarks(List<String> lines) {
        long marked = lines.stream().filter(l -> PIECE_START_INDENT.matcher(l).find()).count();
        long plain = lines.stream().filter(l -> FULL_WIDTH_INDENT.matcher(l).find()).count();
        return marked >= 2 && plain >= marked;
    }

    /**
     * Lines above the first piece: title-like lines are the page title (the first one, without the
     * piece count; repeats are furniture); prose there is an introduction and becomes a part of its own.
     */
    private static @Nullable String readPreamble(List<String> preamble, List<List<String>> parts) {
        String title = null;
        List<String> prose = new ArrayList<>();
        for (String line : preamble) {
            String text = Text.strip(line);
            if (text.isEmpty()) {
                continue;
            }
            if (prose.isEmpty() && Text.isTitleLike(text)) {
                title = title != null ? title : PIECE_COUNT.matcher(text).replaceFirst("");
            } else {
                prose.add(line);
            }
        }
        if (!prose.isEmpty()) {
            parts.add(prose);
        }
        return title;
    }
}
