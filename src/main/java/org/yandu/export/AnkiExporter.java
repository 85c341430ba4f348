package org.yandu.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The export's vocabulary as a text file Anki imports as it is: the words looked up and the reader's glossary
 * terms met in the exported speeches, one note per word, fields as HTML, tab-separated, with the header lines
 * that tell Anki the separator, the columns and which column holds the tags.
 */
final class AnkiExporter implements Exporter {
    static final String APP_TAG = "yandu";
    private static final int COLUMNS = 6;

    private final Labels labels;

    AnkiExporter(Labels labels) {
        this.labels = labels;
    }

    /** A word with every speech it was met in. */
    private static final class Card {
        TermNote term;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> tags = new LinkedHashSet<>(List.of(APP_TAG));

        Card(TermNote term) {
            this.term = term;
        }
    }

    @Override
    public List<ExportDocument> documents(StudyNotes notes) {
        StringBuilder text = new StringBuilder();
        text.append("#separator:tab\n#html:true\n#columns:").append(String.join("\t", labels.ankiColumns()))
                .append("\n#tags column:").append(COLUMNS).append('\n');
        for (Card card : cards(notes)) {
            text.append(String.join("\t", row(card))).append('\n');
        }
        return List.of(ExportDocument.text(FileNames.safe(notes.title()) + ".txt", text.toString()));
    }

    private static List<Card> cards(StudyNotes notes) {
        Map<String, Card> cards = new LinkedHashMap<>();
        for (SpeechNotes speech : notes.speeches()) {
            List<TermNote> terms = new ArrayList<>(speech.lookups());
            terms.addAll(speech.userTermsMet());
            for (TermNote term : terms) {
                Card card = cards.computeIfAbsent(term.term(), t -> new Card(term));
                // The first sentence met stays; a later entry may still say what the word means.
                if (card.term.definition().isEmpty() && !term.definition().isEmpty()) {
                    card.term = new TermNote(term.term(), term.pinyin(), term.explanation(), term.english(),
                            card.term.sentence(), card.term.times(), term.tags(), card.term.firstAt(),
                            card.term.lastAt());
                }
                card.sources.add(speech.speech().title());
                term.tags().forEach(tag -> card.tags.add(Tags.safe(tag)));
            }
        }
        return List.copyOf(cards.values());
    }

    private static List<String> row(Card card) {
        TermNote term = card.term;
        String escapedTerm = field(term.term());
        return List.of(escapedTerm.startsWith("#") ? "&#35;" + escapedTerm.substring(1) : escapedTerm,
                field(term.pinyin()), field(term.definition()),
                field(term.sentence()).replace(escapedTerm, "<b>" + escapedTerm + "</b>"),
                field(String.join("；", card.sources)), String.join(" ", card.tags));
    }

    /** A field as HTML on one line: markup characters escaped, line breaks as {@code <br>}, tabs as spaces. */
    static String field(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\t", " ").replaceAll("\r\n|\r|\n", "<br>");
    }
}
