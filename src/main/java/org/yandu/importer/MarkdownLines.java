package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Lays a Markdown document out as the lines a .txt of it would have: a heading or paragraph to a line with a blank
 * line after it, and no markup. Emphasis, links and inline code keep their text; pictures go; list items and quoted
 * blocks are paragraphs, an ordered item keeping its number (一、 or 1. is the outline the headings are read from, as
 * in a .docx, whose heading styles are no more than their text); code blocks and inline HTML keep their text; a table
 * gives a line per cell. A YAML front matter block is not text.
 */
final class MarkdownLines extends AbstractVisitor {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R(?:.*\\R)*?(?:---|\\.\\.\\.)[ \\t]*(\\R|\\z)");
    /** A line break inside a paragraph: between Chinese characters it is nothing, between Latin words a space. */
    private static final char SOFT_BREAK = '\n';
    private static final Pattern SOFT_BREAK_BY_CHINESE = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])\\n|\\n(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private MarkdownLines() {
    }

    static List<String> of(String markdown) {
        MarkdownLines layout = new MarkdownLines();
        PARSER.parse(FRONT_MATTER.matcher(markdown).replaceFirst("")).accept(layout);
        return layout.lines;
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
        endBlock();
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        endBlock();
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        int number = start == null ? 1 : start;
        String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            line.append(number++).append(delimiter).append(' ');
            item.accept(this);
        }
    }

    @Override
    public void visit(FencedCodeBlock code) {
        addBlockLines(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        addBlockLines(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        Element body = Jsoup.parseBodyFragment(html.getLiteral()).body();
        body.select(HtmlArticleExtractor.DEBRIS_TAGS).remove();
        lines.addAll(HtmlLines.of(body));
        endBlock();
    }

    @Override
    public void visit(CustomNode node) {
        visitChildren(node);
        if (node instanceof TableCell) {
            endBlock();
        }
    }

    @Override
    public void visit(Text text) {
        line.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        line.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        line.append(SOFT_BREAK);
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        endLine();
    }

    @Override
    public void visit(Image image) {
        // a picture's alt text describes it; it is not the speech's text
    }

    @Override
    public void visit(HtmlInline html) {
        // a tag, not text
    }

    private void addBlockLines(String literal) {
        endLine();
        lines.addAll(TextLines.split(literal));
        endBlock();
    }

    private void endLine() {
        String text = SOFT_BREAK_BY_CHINESE.matcher(line).replaceAll("").replace(SOFT_BREAK, ' ').strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    private void endBlock() {
        endLine();
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }
}
