package org.yandu.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yandu.library.Paragraph;
import org.yandu.library.ParagraphKind;
import org.yandu.library.Speech;

/**
 * A speech laid out for reading: its title block, a metadata header, then headings and body in order,
 * with the outline of its headings and lead-ins.
 */
public record SpeechDocument(Speech speech, List<DisplayItem> items, List<OutlineEntry> outline) {
    private static final int HEADING_LABEL_LIMIT = 32;
    private static final int CLAUSE_LABEL_LIMIT = 16;
    private static final String CLAUSE_ENDS = "。；;！!？?，,：:";
    private static final String KEYWORD_SEPARATOR = "；";

    public SpeechDocument {
        items = List.copyOf(items);
        outline = List.copyOf(outline);
    }

    public static SpeechDocument of(Speech speech, List<Paragraph> paragraphs) {
        List<DisplayItem> items = new ArrayList<>();
        int next = 0;
        while (next < paragraphs.size() && isTitleBlock(paragraphs.get(next).kind())) {
            items.add(item(paragraphs.get(next++)));
        }
        if (items.stream().noneMatch(i -> i.role() == DisplayItem.Role.TITLE)) {
            items.add(0, new DisplayItem(DisplayItem.Role.TITLE, 0, -1, speech.title(), 0, List.of()));
        }
        boolean authorShown = paragraphs.stream().anyMatch(p -> p.kind() == ParagraphKind.AUTHOR);
        items.addAll(header(speech, authorShown));
        paragraphs.subList(next, paragraphs.size()).forEach(p -> items.add(item(p)));
        return new SpeechDocument(speech, items, outlineOf(items));
    }

    /**
     * The display item showing the paragraph at {@code position}, or the nearest one after it. The first
     * paragraph maps to the very top, so a speech opened at its start shows its title and header.
     */
    public int itemIndexOf(int position) {
        boolean first = true;
        for (int i = 0; i < items.size(); i++) {
            int paragraph = items.get(i).paragraph();
            if (paragraph >= position) {
                return first ? 0 : i;
            }
            first &= paragraph < 0;
        }
        return Math.max(0, items.size() - 1);
    }

    /** The library paragraph position at or after a display item; header lines count as the start. */
    public int paragraphAt(int itemIndex) {
        for (int i = Math.max(0, itemIndex); i < items.size(); i++) {
            if (items.get(i).paragraph() >= 0) {
                return items.get(i).paragraph();
            }
        }
        return 0;
    }

    private static boolean isTitleBlock(ParagraphKind kind) {
        return kind == ParagraphKind.TITLE || kind == ParagraphKind.SUBTITLE || kind == ParagraphKind.AUTHOR;
    }

    private static DisplayItem item(Paragraph p) {
        DisplayItem.Role role = DisplayItem.Role.valueOf(p.kind().name());
        int level = p.kind() == ParagraphKind.HEADING ? Math.max(1, Math.min(4, p.headingLevel())) : 0;
        int leadIn = p.leadIn() != null && p.text().startsWith(p.leadIn()) ? p.leadIn().length() : 0;
        return new DisplayItem(role, level, p.position(), p.text(), leadIn, List.of());
    }

    private static List<DisplayItem> header(Speech speech, boolean authorShown) {
        List<MetaField> facts = new ArrayList<>();
        if (!authorShown) {
            addIfPresent(facts, "meta.author", speech.author());
        }
        addIfPresent(facts, "meta.date", speech.date());
        addIfPresent(facts, "meta.sources", String.join("，", speech.collections()));
        List<List<MetaField>> lines = new ArrayList<>();
        if (!facts.isEmpty()) {
            lines.add(facts);
        }
        stripped(speech.abstractText()).ifPresent(text -> lines.add(List.of(new MetaField("meta.abstract", text))));
        if (!speech.keywords().isEmpty()) {
            lines.add(List.of(new MetaField("meta.keywords", String.join(KEYWORD_SEPARATOR, speech.keywords()))));
        }
        return lines.stream().map(fields -> new DisplayItem(DisplayItem.Role.META, 0, -1, "", 0, fields)).toList();
    }

    private static void addIfPresent(List<MetaField> fields, String key, @Nullable String value) {
        stripped(value).ifPresent(text -> fields.add(new MetaField(key, text)));
    }

    /** The value without its surrounding spaces; empty when it is null (the source had none) or blank. */
    private static Optional<String> stripped(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * Heading levels become depths by rank, so a speech whose top headings are （一） still starts at the
     * margin; lead-ins sit one step under the heading before them.
     */
    private static List<OutlineEntry> outlineOf(List<DisplayItem> items) {
        List<Integer> levels = new ArrayList<>(new TreeSet<>(items.stream()
                .filter(i -> i.role() == DisplayItem.Role.HEADING).map(DisplayItem::level).toList()));
        List<OutlineEntry> outline = new ArrayList<>();
        int headingDepth = -1;
        for (int index = 0; index < items.size(); index++) {
            DisplayItem item = items.get(index);
            if (item.role() == DisplayItem.Role.HEADING) {
                headingDepth = levels.indexOf(item.level());
                outline.add(new OutlineEntry(shorten(item.text(), HEADING_LABEL_LIMIT), headingDepth, index, false));
            } else if (item.role() == DisplayItem.Role.BODY && item.leadInLength() > 0) {
                outline.add(new OutlineEntry(leadInLabel(item), headingDepth + 1, index, true));
            }
        }
        return outline;
    }

    /** The lead-in and the rest of its first clause: "一是心中有位置", "第一，要坚持问题导向". */
    public static String leadInLabel(DisplayItem item) {
        String text = item.text();
        int start = item.leadInLength();
        while (start < text.length() && CLAUSE_ENDS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String label = text.substring(0, end);
        return shorten(label, start + CLAUSE_LABEL_LIMIT);
    }

    private static String shorten(String text, int limit) {
        String oneLine = Objects.requireNonNullElse(text, "").strip();
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit) + "…";
    }
}
