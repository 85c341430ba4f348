package org.yandu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yandu.library.Annotation;
import org.yandu.library.Paragraph;
import org.yandu.library.Passages;
import org.yandu.library.ReadingDay;
import org.yandu.library.ReadingProgress;
import org.yandu.library.Speech;
import org.yandu.search.Sentence;

/**
 * One speech's share of an export.
 *
 * @param fingerprint the speech's text fingerprint, which finds it again in another library
 * @param sections the placed notes in reading order, grouped under the headings they fall beneath
 * @param orphaned notes whose words are no longer in the speech
 * @param lookups the words the reader looked up here, in the order first looked up: the speech's vocabulary
 * @param lookupsSetApart what an earlier version recorded as looked up without the reader asking (a fragment, a
 *     bare particle), out of the vocabulary; only the JSON export keeps it, so nothing recorded is lost
 * @param userTermsMet terms of the reader's glossary that occur in the speech (collected for Anki only)
 * @param keywords the speech's keywords, empty when none were computed or given
 */
public record SpeechNotes(Speech speech, String fingerprint, List<Section> sections, List<Note> orphaned,
                          List<TermNote> lookups, List<TermNote> lookupsSetApart, List<TermNote> userTermsMet,
                          List<String> keywords,
                          ReadingProgress progress, List<ReadingDay> readingDays) {
    public SpeechNotes {
        readingDays = List.copyOf(readingDays);
        sections = List.copyOf(sections);
        orphaned = List.copyOf(orphaned);
        lookups = List.copyOf(lookups);
        lookupsSetApart = List.copyOf(lookupsSetApart);
        userTermsMet = List.copyOf(userTermsMet);
        keywords = List.copyOf(keywords);
    }

    /**
     * Notes under the same headings.
     *
     * @param headings the headings to show before these notes, outermost first: those of the notes' heading path
     *     that the section before did not show already
     */
    public record Section(List<Paragraph> headings, List<Note> notes) {
        public Section {
            headings = List.copyOf(headings);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A highlight or note where the reader made it.
     *
     * @param annotation as the reader made it: a highlight across paragraphs joined into one (see {@link Passages})
     * @param parts what the library keeps of it: the annotation itself, or the passage's parts, first part first
     * @param position its (first) paragraph's position, -1 for an orphaned note
     * @param before the words of its sentence before the quote (empty for a whole paragraph, or an orphan)
     * @param after the words of its (last) sentence after the quote
     */
    public record Note(Annotation annotation, List<Annotation> parts, int position, String before, String after) {
        public Note {
            parts = List.copyOf(parts);
        }

        /** An orphaned note: its words are no longer in the speech, nor is their sentence. */
        static Note orphaned(Annotation annotation, List<Annotation> parts) {
            return new Note(annotation, parts, -1, "", "");
        }

        /**
         * A note with the rest of the sentences around its quote: before it in its first paragraph, after it in
         * the paragraph of its last part (the same unless it spans paragraphs).
         */
        static Note in(Paragraph first, Annotation annotation, Paragraph last, Annotation end,
                       List<Annotation> parts) {
            String before = sentence(first.text(), annotation).map(s -> s.text().substring(0, s.highlightStart()))
                    .orElse("");
            String after = sentence(last.text(), end).map(s -> s.text().substring(s.highlightEnd())).orElse("");
            return new Note(annotation, parts, first.position(), before, after);
        }

        private static Optional<Sentence> sentence(String text, Annotation a) {
            if (a.start() < 0 || a.end() > text.length() || a.start() >= a.end()) {
                return Optional.empty();
            }
            return Optional.of(Sentence.around(text, a.start(), a.end()));
        }

        /** Whether the quote is only part of its sentence, so the sentence says more. */
        public boolean hasSentence() {
            return !before.isBlank() || !after.isBlank();
        }
    }

    /** Every note, placed ones in reading order, then the orphaned. */
    public List<Note> notes() {
        List<Note> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.notes()));
        all.addAll(orphaned);
        return all;
    }

    /** Whether the reader made anything in this speech that a backup must keep. */
    public boolean hasUserData() {
        return !sections.isEmpty() || !orphaned.isEmpty() || !lookups.isEmpty() || !progress.untouched();
    }
}
