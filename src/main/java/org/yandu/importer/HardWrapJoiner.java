package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs that the source broke mid-sentence.
 *
 * <p>Layout is no evidence here: in one copy of an essay the continuation line carries the same
 * full-width indent as every paragraph, in another copy a blank line separates the halves. So the
 * decision rests on content alone. A paragraph continues into the next line when it stops without
 * closing punctuation and is clearly prose: it ends on a clause mark (，、) or already holds a
 * finished sentence. The second condition keeps headings and titles, which end without
 * punctuation but hold no sentence, from swallowing the paragraph below them. A next line that
 * opens with a numbering marker or a lead-in starts a new unit and is never joined.
 */
final class HardWrapJoiner {
    private HardWrapJoiner() {
    }

    /** Paragraph texts, stripped of indentation, with hard-wrapped halves joined. */
    static List<String> join(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            String text = Text.strip(line);
            if (text.isEmpty()) {
                continue;
            }
            int last = paragraphs.size() - 1;
            if (last >= 0 && continues(paragraphs.get(last)) && !Numbering.startsStructure(text)) {
                paragraphs.set(last, paragraphs.get(last) + text);
            } else {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    static boolean continues(String paragraph) {
        return !Text.endsParagraph(paragraph)
                && (Text.endsInClause(paragraph) || Text.hasInnerSentenceEnd(paragraph));
    }
}
