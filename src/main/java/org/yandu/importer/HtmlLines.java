package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lays the text of an HTML element out as lines: one per block element, a new one at every
 * {@code <br>}, source line breaks kept inside {@code <pre>}.
 *
 * <p>Whitespace in the markup collapses as a browser would, but full-width spaces (U+3000) and
 * no-break spaces (U+00A0) are kept, because Chinese pages indent paragraphs with them and the indent is
 * structure downstream. Blank lines are dropped: in HTML the block elements already separate the
 * paragraphs.
 */
final class HtmlLines {
    private static final Pattern COLLAPSIBLE = Pattern.compile("[ \t\n\r\f]+");
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    private HtmlLines() {
    }

    static List<String> of(Element root) {
        HtmlLines layout = new HtmlLines();
        layout.walk(root, false);
        layout.endLine();
        return layout.lines;
    }

    private void walk(Node parent, boolean preformatted) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                append(text.getWholeText(), preformatted);
            } else if (node instanceof Element element) {
                walkElement(element, preformatted);
            }
        }
    }

    private void walkElement(Element element, boolean preformatted) {
        if (element.normalName().equals("br")) {
            endLine();
            return;
        }
        boolean block = element.isBlock();
        if (block) {
            endLine();
        }
        walk(element, preformatted || element.normalName().equals("pre"));
        if (block) {
            endLine();
        }
    }

    private void append(String text, boolean preformatted) {
        if (preformatted) {
            String[] parts = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    endLine();
                }
                line.append(parts[i]);
            }
            return;
        }
        String collapsed = COLLAPSIBLE.matcher(text).replaceAll(" ");
        boolean atSpace = line.isEmpty() || line.charAt(line.length() - 1) == ' ';
        line.append(atSpace && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
    }

    private void endLine() {
        String text = TextLines.stripTrailing(line.toString()).replace(NO_BREAK_SPACE, ' ');
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
