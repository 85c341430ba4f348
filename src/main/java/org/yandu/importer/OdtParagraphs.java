package org.yandu.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The paragraphs of an OpenDocument text's content.xml as lines, in body order: paragraphs and headings ({@code
 * text:p}, {@code text:h}; a heading's outline level is left to the parser, which reads levels from the numbering),
 * lists, sections and table cells, as {@link DocxParagraphs} reads a .docx.
 */
final class OdtParagraphs {
    private static final Set<String> PARAGRAPHS = Set.of("text:p", "text:h");
    /**
     * Not the speech's running text: notes and comments (inline in ODF, inside the paragraph they belong to), tracked
     * deletions, text boxes and frames, and generated indexes (a table of contents repeats the headings).
     */
    private static final Set<String> SKIPPED = Set.of("text:note", "office:annotation", "text:tracked-changes",
            "draw:frame", "text:hidden-text", "text:table-of-content", "text:alphabetical-index",
            "text:illustration-index", "text:table-index", "text:object-index", "text:user-index",
            "text:bibliography", "office:forms", "text:sequence-decls", "table:covered-table-cell");
    /** XML's white space, which ODF collapses as HTML does; its spaces are written as text:s (U+3000 is text). */
    private static final Pattern COLLAPSIBLE = Pattern.compile("[ \\t\\r\\n]+");

    private OdtParagraphs() {
    }

    static List<String> read(byte[] contentXml) {
        Document content;
        try {
            content = Jsoup.parse(new ByteArrayInputStream(contentXml), "UTF-8", "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
        List<String> lines = new ArrayList<>();
        for (Element body : content.getElementsByTag("office:text")) {
            addBlocks(body, lines);
        }
        return lines;
    }

    private static void addBlocks(Element parent, List<String> lines) {
        for (Element child : parent.children()) {
            if (SKIPPED.contains(child.normalName())) {
                continue;
            }
            if (PARAGRAPHS.contains(child.normalName())) {
                StringBuilder text = new StringBuilder();
                addInline(child, text);
                String paragraph = text.toString();
                if (Text.isBlank(paragraph)) {
                    lines.add("");
                } else {
                    lines.addAll(TextLines.split(paragraph));
                }
            } else {
                addBlocks(child, lines);
            }
        }
    }

    private static void addInline(Element parent, StringBuilder text) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode run) {
                String collapsed = COLLAPSIBLE.matcher(run.getWholeText()).replaceAll(" ");
                // Space at a paragraph's start is the markup's layout; an indent is written as text:s.
                text.append(text.isEmpty() && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
            } else if (node instanceof Element element && !SKIPPED.contains(element.normalName())) {
                switch (element.normalName()) {
                    case "text:s" -> text.append(" ".repeat(spaces(element)));
                    case "text:tab" -> text.append('\t');
                    case "text:line-break" -> text.append('\n');
                    default -> addInline(element, text);
                }
            }
        }
    }

    /** text:s stands for {@code text:c} spaces, one when it does not say. */
    private static int spaces(Element space) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(space.attr("text:c")), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
