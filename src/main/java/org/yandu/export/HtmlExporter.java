package org.yandu.export;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.yandu.export.SpeechNotes.Note;
import org.yandu.export.SpeechNotes.Section;
import org.yandu.library.Annotation;
import org.yandu.library.HighlightColor;
import org.yandu.library.Paragraph;
import org.yandu.library.Speech;

/**
 * One standalone HTML file for reading on screen and printing. Built as a jsoup tree whose text nodes are
 * escaped when written, so no note, tag, quote or title can become markup.
 */
final class HtmlExporter implements Exporter {
    private static final int DEEPEST_HEADING = 6;

    private final ExportOptions options;
    private final Labels labels;

    HtmlExporter(ExportOptions options, Labels labels) {
        this.options = options;
        this.labels = labels;
    }

    @Override
    public List<ExportDocument> documents(StudyNotes notes) {
        return List.of(ExportDocument.text(FileNames.safe(notes.title()) + ".html", render(notes).outerHtml()));
    }

    private Document render(StudyNotes notes) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        // Not pretty-printed: indentation would show in notes kept with pre-wrap and between Chinese words.
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        Element html = doc.expectFirst("html");
        html.attr("lang", "en".equals(options.language()) ? "en" : "zh-CN");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text(notes.title());
        doc.head().appendElement("style").appendChild(new DataNode(HtmlStyle.CSS));
        Element main = doc.body().appendElement("main");
        Element header = main.appendElement("header").addClass("export");
        // A lone speech's title is its article's heading; said twice it would look like a mistake.
        boolean loneSpeech = notes.speeches().size() == 1
                && notes.speeches().get(0).speech().title().equals(notes.title());
        if (!loneSpeech) {
            header.appendElement("p").addClass("export-title").text(notes.title());
        }
        header.appendElement("p").addClass("exported")
                .text(labels.exported() + labels.colon() + Labels.time(notes.exported()));
        notes.speeches().forEach(speech -> appendSpeech(main.appendElement("article").addClass("speech"), speech));
        return doc;
    }

    private void appendSpeech(Element article, SpeechNotes notes) {
        Speech speech = notes.speech();
        article.appendElement("h1").text(speech.title());
        if (speech.subtitle() != null && !speech.subtitle().isBlank()) {
            article.appendElement("p").addClass("subtitle").text(speech.subtitle());
        }
        appendMeta(article, speech);
        if (options.includeKeywords() && !notes.keywords().isEmpty()) {
            article.appendElement("p").addClass("keywords")
                    .text(labels.keywords() + labels.colon() + String.join("、", notes.keywords()));
        }
        for (Section section : notes.sections()) {
            section.headings().forEach(h -> appendHeading(article, h));
            section.notes().forEach(n -> appendNote(article, n));
        }
        if (options.includeLookups() && !notes.lookups().isEmpty()) {
            appendLookups(article.appendElement("section").addClass("lookups"), notes.lookups());
        }
        if (!notes.orphaned().isEmpty()) {
            Element orphaned = article.appendElement("section").addClass("orphaned");
            orphaned.appendElement("h2").text(labels.orphaned());
            orphaned.appendElement("p").addClass("hint").text(labels.orphanedHint());
            notes.orphaned().forEach(n -> appendNote(orphaned, n));
        }
    }

    private void appendMeta(Element article, Speech speech) {
        Element meta = new Element("dl").addClass("meta");
        addMeta(meta, labels.author(), speech.author());
        addMeta(meta, labels.date(), speech.date());
        addMeta(meta, labels.source(), String.join("、", speech.collections()));
        if (meta.childrenSize() > 0) {
            article.appendChild(meta);
        }
    }

    private static void addMeta(Element meta, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            meta.appendElement("dt").text(label);
            meta.appendElement("dd").text(value);
        }
    }

    private static void appendHeading(Element article, Paragraph heading) {
        int level = Math.min(DEEPEST_HEADING, Math.max(1, heading.headingLevel()) + 1);
        article.appendElement("h" + level).text(heading.text());
    }

    private void appendNote(Element parent, Note n) {
        Annotation a = n.annotation();
        Element figure = parent.appendElement("figure").addClass("note").addClass(colourClass(a.color()));
        Element quote = figure.appendElement("blockquote");
        boolean inSentence = options.includeSentences() && n.hasSentence();
        String[] parts = a.quote().split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            // A highlight across paragraphs quotes each paragraph as a paragraph of the quote.
            Element at = parts.length == 1 ? quote : quote.appendElement("p");
            if (inSentence) {
                at.appendText(i == 0 ? n.before() : "").appendElement("mark").text(parts[i]);
                at.appendText(i == parts.length - 1 ? n.after() : "");
            } else {
                at.text(parts[i]);
            }
        }
        figure.appendElement("figcaption").addClass("colour").text(labels.colour(a.color()));
        if (!a.note().isBlank()) {
            figure.appendElement("div").addClass("note-text").text(a.note().strip());
        }
        if (!a.tags().isEmpty()) {
            Element tags = figure.appendElement("p").addClass("tags");
            a.tags().forEach(t -> tags.appendElement("span").addClass("tag").text("#" + t));
        }
    }

    private void appendLookups(Element section, List<TermNote> terms) {
        section.appendElement("h2").text(labels.lookups());
        Element list = section.appendElement("dl").addClass("terms");
        for (TermNote term : terms) {
            Element dt = list.appendElement("dt");
            dt.appendElement("span").addClass("term").text(term.term());
            if (!term.pinyin().isEmpty()) {
                dt.appendElement("span").addClass("pinyin").text(term.pinyin());
            }
            Element dd = list.appendElement("dd");
            if (!term.definition().isEmpty()) {
                dd.appendElement("p").addClass("definition").text(term.definition());
            }
            if (!term.sentence().isEmpty()) {
                dd.appendElement("p").addClass("sentence").text(term.sentence());
            }
        }
    }

    private static String colourClass(@Nullable HighlightColor colour) {
        return colour == null ? "plain" : colour.name().toLowerCase(Locale.ROOT);
    }
}
