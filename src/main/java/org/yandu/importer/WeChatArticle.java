package org.yandu.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A WeChat 公众号 article saved from the browser (mp.weixin.qq.com). Its page marks every part: the body is
 * {@code #js_content}, the title {@code #activity-name}, the account {@code #js_name}, the publish time
 * {@code #publish_time}. So the body is taken as marked instead of guessed, and the account and date, which are no
 * line of the article, come out as {@link SourceMetadata}. The debris inside the body (关注我们, END, 往期推荐 ...)
 * is the same as other reposted pages carry and {@link DebrisFilter} removes it.
 */
final class WeChatArticle {
    private static final String BODY = "#js_content";
    /**
     * A saved page's {@code #publish_time} is usually empty: the page's script fills it from {@code var ct}, the
     * publish time in seconds since 1970, or from {@code publish_time}/{@code createTime} strings.
     */
    private static final Pattern SCRIPT_SECONDS = Pattern.compile("\\bvar\\s+ct\\s*=\\s*[\"'](\\d{9,11})[\"']");
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\\b(?:publish_time|createTime)\\s*=\\s*[\"'](\\d{4}-\\d{1,2}-\\d{1,2})");
    /** WeChat shows times in China's time zone; a timestamp late in the evening UTC is the next day there. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private WeChatArticle() {
    }

    /** Whether the page is a WeChat article: its body element, its rich_media layout, or its address says so. */
    static boolean isWeChat(Document page) {
        Element url = page.selectFirst("meta[property=og:url]");
        return page.selectFirst(BODY + ", .rich_media_content, .rich_media_area_primary") != null
                || (url != null && url.attr("content").contains("mp.weixin.qq.com"));
    }

    static PageArticle read(Document page) {
        String title = title(page);
        Element body = page.selectFirst(BODY);
        if (body == null) {
            body = page.selectFirst(".rich_media_content");
        }
        List<String> lines = List.of();
        if (body != null) {
            body.select(HtmlArticleExtractor.DEBRIS_TAGS).remove();
            lines = HtmlLines.of(body);
        }
        return new PageArticle(HtmlArticleExtractor.withTitle(lines, title),
                new SourceMetadata(nonEmpty(text(page, "#js_name")), date(page)));
    }

    private static String title(Document page) {
        String shown = text(page, "#activity-name");
        if (!shown.isEmpty()) {
            return shown;
        }
        Element og = page.selectFirst("meta[property=og:title]");
        return og == null ? "" : HtmlArticleExtractor.clean(og.attr("content"));
    }

    private static @Nullable String date(Document page) {
        String shown = SpeechHeader.isoDate(text(page, "#publish_time"));
        if (shown != null) {
            return shown;
        }
        String scripts = page.select("script").stream().map(Element::data).reduce("", String::concat);
        Matcher seconds = SCRIPT_SECONDS.matcher(scripts);
        if (seconds.find()) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(seconds.group(1))), CHINA).toString();
        }
        Matcher date = SCRIPT_DATE.matcher(scripts);
        return date.find() ? SpeechHeader.isoDate(date.group(1)) : null;
    }

    private static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? "" : HtmlArticleExtractor.clean(element.text());
    }

    private static @Nullable String nonEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
