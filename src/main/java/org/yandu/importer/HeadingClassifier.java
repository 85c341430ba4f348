package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;

/**
 * Tells headings from body paragraphs.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>A numbered paragraph (一、 （一） 1. （1）) that holds at most one sentence and at most
 *     {@value #MAX_HEADING} characters is a heading of its scheme's level.</li>
 * <li>A numbered paragraph whose first sentence is a short thesis (at most {@value #MAX_THESIS}
 *     characters) followed by prose is split: the numbered thesis becomes the heading, the rest a
 *     body paragraph. Speeches in this genre are written so (“1. 强调…位置。总书记指出，…”),
 *     and the outline then reads like the author's own table of contents.</li>
 * <li>Any other numbered paragraph stays body, with its marker as lead-in so the outline still
 *     shows the numbering.</li>
 * <li>An unnumbered line of at most {@value #MAX_BARE_HEADING} characters without any prose
 *     punctuation, followed by more text, is a level-1 heading (essays that title their sections
 *     without numbers).</li>
 * <li>Everything else is body; 一是, 第一，, 其一，, 首先， … become its lead-in.</li>
 * </ol>
 */
final class HeadingClassifier {
    static final int MAX_HEADING = 60;
    static final int MAX_THESIS = 50;
    static final int MAX_BARE_HEADING = 30;

    private HeadingClassifier() {
    }

    static List<ParagraphDraft> classify(List<String> paragraphs) {
        List<ParagraphDraft> drafts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            Numbering.Marker marker = Numbering.marker(text);
            if (marker != null) {
                addNumbered(drafts, marker, text);
            } else if (i + 1 < paragraphs.size() && isBareHeading(text)) {
                drafts.add(heading(1, text));
            } else {
                drafts.add(body(text));
            }
        }
        return drafts;
    }

    private static void addNumbered(List<ParagraphDraft> drafts, Numbering.Marker marker, String text) {
        int thesisEnd = firstSentenceEnd(text, marker.text().length());
        boolean oneSentence = thesisEnd < 0 || thesisEnd == text.length();
        if (oneSentence && text.length() <= MAX_HEADING) {
            drafts.add(heading(marker.level(), text));
        } else if (!oneSentence && thesisEnd - marker.text().length() <= MAX_THESIS) {
            drafts.add(heading(marker.level(), text.substring(0, thesisEnd)));
            drafts.add(body(Text.strip(text.substring(thesisEnd))));
        } else {
            drafts.add(new ParagraphDraft(ParagraphKind.BODY, 0, Text.strip(marker.text()), text));
        }
    }

    /**
     * The index just past the first sentence-final mark at or after {@code from}, ignoring marks
     * inside quotations (a quoted sentence does not end the thesis); -1 when there is none.
     */
    static int firstSentenceEnd(String text, int from) {
        int quoteDepth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '『') {
                quoteDepth++;
            } else if ((c == '”' || c == '」' || c == '』') && quoteDepth > 0) {
                quoteDepth--;
            } else if (quoteDepth == 0 && Text.SENTENCE_END.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isBareHeading(String text) {
        return text.length() >= 4 && text.length() <= MAX_BARE_HEADING
                && !Text.hasProseMark(text) && Numbering.leadIn(text) == null;
    }

    private static ParagraphDraft heading(int level, String text) {
        return new ParagraphDraft(ParagraphKind.HEADING, level, null, text);
    }

    /** A body paragraph, with its enumerating lead-in when it opens with one. */
    private static ParagraphDraft body(String text) {
        return new ParagraphDraft(ParagraphKind.BODY, 0, Numbering.leadIn(text), text);
    }
}
