package org.yandu.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * Turns a laid-out speech into the text area's content: one text paragraph per display item, styled by
 * CSS classes on both the paragraph and its text runs. Paragraph text is the library's text unchanged,
 * so character offsets can later anchor highlights and glossary look-ups.
 */
final class ReaderText {
    private static final String FIELD_SEPARATOR = "　·　";
    private static final String LABEL_GAP = "　";

    private ReaderText() {
    }

    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> of(SpeechDocument speech,
                                                                                     Messages messages) {
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
            builder.addParagraph(segments(item, messages), paragraphStyle);
        }
        return builder.build();
    }

    /** The last item of the title block and metadata; a rule separates it from the speech's text. */
    private static int headerEnd(List<DisplayItem> items) {
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

    private static List<String> paragraphClasses(DisplayItem item) {
        if (item.role() != DisplayItem.Role.META) {
            return item.styleClasses();
        }
        String key = item.fields().get(0).labelKey();
        String kind = key.equals("meta.abstract") || key.equals("meta.keywords") ? key.substring(5) : "facts";
        return List.of("meta", "meta-" + kind);
    }

    private static List<StyledSegment<String, Collection<String>>> segments(DisplayItem item, Messages messages) {
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
