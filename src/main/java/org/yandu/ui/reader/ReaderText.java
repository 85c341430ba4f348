package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.jspecify.annotations.Nullable;
import org.yandu.reading.DisplayItem;
import org.yandu.reading.MetaField;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.Messages;

/**
 * Turns a laid-out speech into the text area's content: one text paragraph per display item, styled by
 * CSS classes on both the paragraph and its text runs. Paragraph text is the library's text unchanged,
 * so character offsets can later anchor highlights and glossary look-ups.
 */
public final class ReaderText {
    private static final String FIELD_SEPARATOR = "　·　";
    private static final String LABEL_GAP = "　";

    private ReaderText() {
    }

    public static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(SpeechDocument speech,
                                                                                     Messages messages) {
        return of(speech, messages, null);
    }

    /** The text of every item as shown, header lines with their labels: what offsets in the area refer to. */
    public static List<String> itemTexts(SpeechDocument speech, Messages messages) {
        List<String> texts = new ArrayList<>();
        for (DisplayItem item : speech.items()) {
            StringBuilder text = new StringBuilder();
            segments(item, messages).forEach(s -> text.append(s.getSegment()));
            texts.add(text.toString());
        }
        return texts;
    }

    /**
     * As {@link #of(SpeechDocument, Messages)}, with the glossary terms of {@code words} (if it is this
     * speech's) given the style class {@code term}.
     */
    public static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(SpeechDocument speech,
                                                                                     Messages messages,
                                                                                     @Nullable SpeechWords words) {
        return of(speech, messages, words, null);
    }

    /**
     * As {@link #of(SpeechDocument, Messages, SpeechWords)}, shown in {@code script}'s characters if it is this
     * speech's.
     */
    public static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(SpeechDocument speech,
                                                                                     Messages messages,
                                                                                     @Nullable SpeechWords words,
                                                                                     @Nullable DisplayScript script) {
        return of(speech, messages, words, script, null);
    }

    /** As above, with the highlights of {@code notes} (if they are this speech's) given {@code hl hl-<colour>}. */
    public static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(
            SpeechDocument speech, Messages messages, @Nullable SpeechWords words, @Nullable DisplayScript script,
            @Nullable SpeechAnnotations notes) {
        long id = speech.speech().id();
        SpeechAnnotations highlights = notes != null && notes.speechId() == id ? notes : null;
        DisplayScript converted = script != null && script.speechId() == id ? script : null;
        SpeechWords marked = words != null && words.speechId() == id ? words : null;
        var builder = new ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>>(
                SegmentOps.styledTextOps(), List.of());
        List<DisplayItem> items = speech.items();
        int headerEnd = headerEnd(items);
        for (int i = 0; i < items.size(); i++) {
            DisplayItem item = items.get(i);
            List<String> paragraphStyle = new ArrayList<>(paragraphClasses(item));
            if (i == headerEnd) {
                paragraphStyle.add("header-end");
            } else if (i == headerEnd + 1) {
                paragraphStyle.add("text-start");
            }
            List<StyledSegment<String, Collection<String>>> segments = segments(item, messages);
            if (converted != null) {
                segments = convert(segments, converted, i);
            }
            if (marked != null && item.role() != DisplayItem.Role.META && !marked.terms(i).isEmpty()) {
                segments = markTerms(segments, marked.terms(i));
            }
            if (highlights != null && item.paragraph() >= 0 && item.role() != DisplayItem.Role.META) {
                List<SpeechAnnotations.Mark> marks = highlights.marks(item.paragraph(), item.text().length());
                if (!marks.isEmpty()) {
                    segments = markHighlights(segments, marks, item.text().length());
                }
            }
            builder.addParagraph(segments, paragraphStyle);
        }
        return builder.build();
    }

    /** The same runs with the same lengths, their text taken from the converted item. */
    private static List<StyledSegment<String, Collection<String>>> convert(
            List<StyledSegment<String, Collection<String>>> segments, DisplayScript script, int item) {
        StringBuilder original = new StringBuilder();
        segments.forEach(s -> original.append(s.getSegment()));
        String shown = script.shown(item, original.toString());
        List<StyledSegment<String, Collection<String>>> result = new ArrayList<>(segments.size());
        int at = 0;
        for (StyledSegment<String, Collection<String>> segment : segments) {
            int end = at + segment.getSegment().length();
            result.add(new StyledSegment<>(shown.substring(at, end), segment.getStyle()));
            at = end;
        }
        return result;
    }

    /** Cuts the runs at the boundaries of {@code terms} and gives the runs inside them the style class "term". */
    private static List<StyledSegment<String, Collection<String>>> markTerms(
            List<StyledSegment<String, Collection<String>>> segments, List<SpeechWords.Word> terms) {
        List<StyledSegment<String, Collection<String>>> result = new ArrayList<>();
        int offset = 0;
        for (StyledSegment<String, Collection<String>> segment : segments) {
            String text = segment.getSegment();
            int end = offset + text.length();
            int at = offset;
            for (SpeechWords.Word term : terms) {
                if (term.end() <= at || term.start() >= end) {
                    continue;
                }
                int from = Math.max(term.start(), at);
                int to = Math.min(term.end(), end);
                if (from > at) {
                    result.add(new StyledSegment<>(text.substring(at - offset, from - offset), segment.getStyle()));
                }
                List<String> style = new ArrayList<>(segment.getStyle());
                style.add("term");
                // Neighbouring terms keep their own runs (equal styles would merge into one long mark).
                style.add(terms.indexOf(term) % 2 == 0 ? "term-even" : "term-odd");
                result.add(new StyledSegment<>(text.substring(from - offset, to - offset), style));
                at = to;
            }
            if (at < end) {
                result.add(new StyledSegment<>(text.substring(at - offset), segment.getStyle()));
            }
            offset = end;
        }
        return result;
    }

    /** Cuts the runs where highlights begin and end and adds {@code hl} and the colour's class inside them. */
    private static List<StyledSegment<String, Collection<String>>> markHighlights(
            List<StyledSegment<String, Collection<String>>> segments, List<SpeechAnnotations.Mark> marks, int length) {
        String[] colour = new String[length];
        for (SpeechAnnotations.Mark mark : marks) {
            for (int i = mark.start(); i < mark.end(); i++) {
                colour[i] = SpeechAnnotations.styleClass(mark.color());
            }
        }
        List<StyledSegment<String, Collection<String>>> result = new ArrayList<>();
        int offset = 0;
        for (StyledSegment<String, Collection<String>> segment : segments) {
            String text = segment.getSegment();
            int at = 0;
            while (at < text.length()) {
                String here = offset + at < length ? colour[offset + at] : null;
                int to = at + 1;
                while (to < text.length() && java.util.Objects.equals(here,
                        offset + to < length ? colour[offset + to] : null)) {
                    to++;
                }
                List<String> style = segment.getStyle() instanceof List<String> list ? list
                        : new ArrayList<>(segment.getStyle());
                if (here != null) {
                    style = new ArrayList<>(style);
                    style.add("hl");
                    style.add(here);
                }
                result.add(new StyledSegment<>(text.substring(at, to), style));
                at = to;
            }
            offset += text.length();
        }
        return result;
    }

    /** The last item of the title block and metadata; a rule separates it from the speech's text. */
    static int headerEnd(List<DisplayItem> items) {
        int end = 0;
        for (int i = 0; i < items.size(); i++) {
            DisplayItem.Role role = items.get(i).role();
            if (role == DisplayItem.Role.HEADING || role == DisplayItem.Role.BODY) {
                break;
            }
            end = i;
        }
        return end;
    }

    static List<String> paragraphClasses(DisplayItem item) {
        if (item.role() != DisplayItem.Role.META) {
            return item.styleClasses();
        }
        String key = item.fields().get(0).labelKey();
        String kind = key.equals("meta.abstract") || key.equals("meta.keywords") ? key.substring(5) : "facts";
        return List.of("meta", "meta-" + kind);
    }

    static List<StyledSegment<String, Collection<String>>> segments(DisplayItem item, Messages messages) {
        List<String> style = item.styleClasses();
        if (item.role() == DisplayItem.Role.META) {
            return metaSegments(item, messages);
        }
        int leadIn = item.leadInLength();
        if (leadIn == 0) {
            return List.of(new StyledSegment<>(item.text(), style));
        }
        List<String> leadInStyle = new ArrayList<>(style);
        leadInStyle.add("lead-in");
        return List.of(new StyledSegment<>(item.text().substring(0, leadIn), leadInStyle),
                new StyledSegment<>(item.text().substring(leadIn), style));
    }

    private static List<StyledSegment<String, Collection<String>>> metaSegments(DisplayItem item, Messages messages) {
        List<StyledSegment<String, Collection<String>>> segments = new ArrayList<>();
        for (MetaField field : item.fields()) {
            if (!segments.isEmpty()) {
                segments.add(new StyledSegment<>(FIELD_SEPARATOR, List.of("meta", "meta-separator")));
            }
            String label = messages.get(field.labelKey()) + LABEL_GAP;
            segments.add(new StyledSegment<>(label, List.of("meta", "meta-label")));
            segments.add(new StyledSegment<>(field.value(), List.of("meta", "meta-value")));
        }
        return segments;
    }
}
