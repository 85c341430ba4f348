package org.yandu.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Pulls the article out of a scraped web page: drops navigation, scripts and the like, picks the
 * element holding most of the paragraph text, and lays it out as lines with the title first.
 */
final class HtmlArticleExtractor {
    static final String DEBRIS_TAGS = "script, style, noscript, template, nav, aside, footer, form, "
            + "iframe, object, embed, svg, canvas, button, select, textarea, [hidden], "
            + "[style~=(?i)display\\s*:\\s*none]";
    private static final Pattern DEBRIS_MARK = Pattern.compile("nav|menu|footer|breadcrumb|crumb|share|comment"
            + "|related|sidebar|copyright|recommend|toolbar|advert|banner|pagination|login|search|logo");
    private static final Set<String> NEVER_DEBRIS = Set.of("html", "body", "main", "article");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "blockquote", "pre", "li",
            "h1", "h2", "h3", "h4", "h5", "h6");
    // Site names trail page titles: "标题_频道_人民网", "标题 - 求是网", "标题 | 新华网".
    /** How many opening lines may hold the article's own title above its text. */
    private static final int TITLE_WITHIN = 5;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("_|\\||｜|\\s-\\s|--");

    private HtmlArticleExtractor() {
    }

    /**
     * The page's article: a WeChat article as its page marks it, any other page's as found by its text; so is a
     * WeChat page whose layout marks no body (an older or newer one), keeping its account and date.
     */
    static PageArticle article(String html) {
        Document page = Jsoup.parse(html);
        if (!WeChatArticle.isWeChat(page)) {
            return new PageArticle(extract(page), SourceMetadata.NONE);
        }
        PageArticle article = WeChatArticle.read(page);
        return article.lines().isEmpty() ? new PageArticle(extract(page), article.metadata()) : article;
    }

    /** The article's lines, the page title first; empty when the page has no text. */
    private static List<String> extract(Document page) {
        String pageTitle = pageTitle(page);
        Element body = page.body();
        removeDebris(body);
        List<String> lines = HtmlLines.of(mainContainer(body));
        return withTitle(lines, firstHeading(body).orElse(pageTitle));
    }

    /**
     * The lines with the title first, unless one of the opening lines is the title already: an article often opens
     * with a line of debris ("点击上方蓝字关注我们") above its own heading, and the title would then be read twice.
     */
    static List<String> withTitle(List<String> lines, String title) {
        if (lines.isEmpty() || title.isEmpty()
                || lines.stream().limit(TITLE_WITHIN).anyMatch(line -> sameText(line, title))) {
            return lines;
        }
        List<String> titled = new ArrayList<>(lines.size() + 1);
        titled.add(title);
        titled.addAll(lines);
        return titled;
    }

    private static void removeDebris(Element body) {
        body.select(DEBRIS_TAGS).remove();
        // An article's own <header> holds its title and date; only the site's header is debris.
        body.select("header").stream()
                .filter(header -> header.closest("article, main") == null)
                .forEach(Element::remove);
        // A wrapper with most of the page's text is layout, whatever its class says (e.g. "has-sidebar").
        int half = letters(body) / 2;
        for (Element element : body.getAllElements()) {
            if (isMarkedAsDebris(element) && letters(element) <= half) {
                element.remove();
            }
        }
    }

    private static boolean isMarkedAsDebris(Element element) {
        if (NEVER_DEBRIS.contains(element.normalName())) {
            return false;
        }
        String marks = (element.id() + " " + element.className()).toLowerCase(Locale.ROOT);
        return DEBRIS_MARK.matcher(marks).find();
    }

    /**
     * The element with the most paragraph text directly inside it: text of its own (pages that break
     * lines with {@code <br>}) plus the text of its paragraph children, less their link text, which
     * is how lists of headlines and tag clouds give themselves away. On a tie the deeper one wins.
     */
    private static Element mainContainer(Element body) {
        IdentityHashMap<Element, Integer> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            int own = ownLetters(element);
            scores.merge(element, own, Integer::sum);
            Element parent = element.parent();
            if (parent != null && !element.equals(body) && isParagraph(element, own)) {
                scores.merge(parent, letters(element) - letters(element.select("a").text()), Integer::sum);
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Element element : body.getAllElements()) {
            int score = scores.getOrDefault(element, 0);
            if (score > 0 && score >= bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isParagraph(Element element, int ownLetters) {
        return PARAGRAPH_TAGS.contains(element.normalName()) || (element.isBlock() && ownLetters > 0);
    }

    private static int ownLetters(Element element) {
        int count = 0;
        for (TextNode text : element.textNodes()) {
            count += letters(text.text());
        }
        return count;
    }

    /**
     * The letters of an element's text, counted where they lie: its text() of a large page is a copy of the page's
     * text, built up in a buffer that doubles as it grows, three times the text at once.
     */
    private static int letters(Element element) {
        int[] count = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                count[0] += letters(text.getWholeText());
            }
        }, element);
        return count[0];
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static Optional<String> firstHeading(Element body) {
        return body.select("h1").stream()
                .map(h1 -> clean(h1.text()))
                .filter(text -> !text.isEmpty())
                .findFirst();
    }

    private static String pageTitle(Document page) {
        for (String part : TITLE_SEPARATOR.split(page.title(), -1)) {
            String text = clean(part);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    static String clean(String text) {
        return text.replace('\u00A0', ' ').strip();
    }

    private static boolean sameText(String a, String b) {
        return withoutSpaces(a).equals(withoutSpaces(b));
    }

    private static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !TextLines.isSpace((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }
}
