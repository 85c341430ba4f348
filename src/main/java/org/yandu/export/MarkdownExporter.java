package org.yandu.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yandu.export.SpeechNotes.Note;
import org.yandu.export.SpeechNotes.Section;
import org.yandu.library.Annotation;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;

/**
 * Markdown for Obsidian and other Markdown notes: YAML front matter, the marked words as blockquotes with the
 * note below, tags as #tags. The speech's text is escaped; the reader's notes are kept as written, since
 * readers of Markdown write their notes in Markdown.
 */
final class MarkdownExporter implements Exporter {
    private static final int DEEPEST_HEADING = 6;

    private final ExportOptions options;
    private final Labels labels;

    MarkdownExporter(ExportOptions options, Labels labels) {
        this.options = options;
        this.labels = labels;
    }

    @Override
    public List<ExportDocument> documents(StudyNotes notes) {
        if (!options.filePerSpeech()) {
            // One speech in one file is that speech's own file, with its own front matter.
            String content = notes.speeches().size() == 1 ? speechFile(notes.speeches().get(0), notes)
                    : combined(notes);
            return List.of(ExportDocument.text(FileNames.safe(notes.title()) + ".md", content));
        }
        List<String> names = FileNames.unique(notes.speeches().stream().map(s -> s.speech().title()).toList(), ".md");
        List<ExportDocument> documents = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            documents.add(ExportDocument.text(names.get(i), speechFile(notes.speeches().get(i), notes)));
        }
        return documents;
    }

    private String speechFile(SpeechNotes speech, StudyNotes notes) {
        return frontMatter(speech, notes) + "\n" + body(speech);
    }

    private String combined(StudyNotes notes) {
        StringBuilder md = new StringBuilder(new YamlFrontMatter().put("title", notes.title())
                .put("tags", tags(notes.speeches())).put("exported", notes.exported().toString()).end());
        notes.speeches().forEach(speech -> md.append('\n').append(body(speech)));
        return md.toString();
    }

    private String frontMatter(SpeechNotes notes, StudyNotes export) {
        Speech speech = notes.speech();
        return new YamlFrontMatter().put("title", speech.title()).put("subtitle", speech.subtitle())
                .put("author", speech.author()).put("date", speech.date()).put("source", speech.collections())
                .put("tags", tags(List.of(notes))).put("exported", export.exported().toString()).end();
    }

    private static List<String> tags(List<SpeechNotes> speeches) {
        Set<String> tags = new LinkedHashSet<>();
        speeches.forEach(s -> s.notes().forEach(n -> n.annotation().tags().forEach(t -> tags.add(Tags.safe(t)))));
        return List.copyOf(tags);
    }

    private String body(SpeechNotes notes) {
        StringBuilder md = new StringBuilder();
        Speech speech = notes.speech();
        md.append("# ").append(escape(speech.title())).append("\n\n");
        if (speech.subtitle() != null && !speech.subtitle().isBlank()) {
            md.append('*').append(escape(speech.subtitle())).append("*\n\n");
        }
        appendMeta(md, speech);
        if (options.includeKeywords() && !notes.keywords().isEmpty()) {
            md.append("**").append(labels.keywords()).append("**").append(labels.colon())
                    .append(escape(String.join("、", notes.keywords())))
                    .append("\n\n");
        }
        for (Section section : notes.sections()) {
            section.headings().forEach(h -> appendHeading(md, h));
            section.notes().forEach(n -> appendNote(md, n));
        }
        if (options.includeLookups() && !notes.lookups().isEmpty()) {
            md.append("## ").append(labels.lookups()).append("\n\n");
            notes.lookups().forEach(term -> appendTerm(md, term));
            md.append('\n');
        }
        if (!notes.orphaned().isEmpty()) {
            md.append("## ").append(labels.orphaned()).append("\n\n").append(labels.orphanedHint()).append("\n\n");
            notes.orphaned().forEach(n -> appendNote(md, n));
        }
        return md.toString();
    }

    private void appendMeta(StringBuilder md, Speech speech) {
        List<String> parts = new ArrayList<>();
        addPart(parts, labels.author(), speech.author());
        addPart(parts, labels.date(), speech.date());
        addPart(parts, labels.source(), String.join("、", speech.collections()));
        if (!parts.isEmpty()) {
            md.append(String.join(" · ", parts)).append("\n\n");
        }
    }

    private void addPart(List<String> parts, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + labels.colon() + escape(value));
        }
    }

    private static void appendHeading(StringBuilder md, Paragraph heading) {
        int level = Math.min(DEEPEST_HEADING, Math.max(1, heading.headingLevel()) + 1);
        md.append("#".repeat(level)).append(' ').append(escape(heading.text())).append("\n\n");
    }

    private void appendNote(StringBuilder md, Note n) {
        Annotation a = n.annotation();
        boolean inSentence = options.includeSentences() && n.hasSentence();
        // A highlight across paragraphs quotes each paragraph as a paragraph of the quote.
        String[] parts = a.quote().split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            String line = inSentence ? strong(parts[i]) : escape(parts[i]);
            if (inSentence && i == 0) {
                line = escape(n.before()) + line;
            }
            if (inSentence && i == parts.length - 1) {
                line = line + escape(n.after());
            }
            md.append(i == 0 ? "" : ">\n").append("> ").append(line).append('\n');
        }
        md.append("> —— ").append(labels.colour(a.color())).append("\n\n");
        if (!a.note().isBlank()) {
            md.append(a.note().strip()).append("\n\n");
        }
        if (!a.tags().isEmpty()) {
            md.append(a.tags().stream().map(t -> "#" + Tags.safe(t)).collect(Collectors.joining(" "))).append("\n\n");
        }
    }

    /**
     * The quote in bold within its sentence. CommonMark opens bold before punctuation only after a space or
     * punctuation, so the quote's own punctuation at either end (“…”) stays outside the markers.
     */
    private static String strong(String quote) {
        int start = 0;
        int end = quote.length();
        while (start < end && !Character.isLetterOrDigit(quote.codePointAt(start))) {
            start += Character.charCount(quote.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(quote.codePointBefore(end))) {
            end -= Character.charCount(quote.codePointBefore(end));
        }
        return start == end ? escape(quote) : escape(quote.substring(0, start)) + "**"
                + escape(quote.substring(start, end))
                + "**" + escape(quote.substring(end));
    }

    private static void appendTerm(StringBuilder md, TermNote term) {
        md.append("- **").append(escape(term.term())).append("**");
        if (!term.pinyin().isEmpty()) {
            md.append(" *").append(escape(term.pinyin())).append('*');
        }
        if (!term.definition().isEmpty()) {
            md.append(" — ").append(escape(term.definition()));
        }
        if (!term.sentence().isEmpty()) {
            md.append("\n  「").append(escape(term.sentence())).append('」');
        }
        md.append('\n');
    }

    /** Backslashes the characters that would turn the speech's words into Markdown or Obsidian syntax. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~=$^])", "\\\\$1");
    }
}
