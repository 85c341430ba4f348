package org.yandu.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes web-page furniture that scrapers copy along with a speech. Every rule only fires on a
 * short line that finishes no sentence, so a real sentence that happens to mention 来源 or 扫一扫
 * is never dropped.
 */
final class DebrisFilter {
    /** Longer lines are prose, whatever words they contain. */
    private static final int MAX_DEBRIS_LENGTH = 60;

    /** Recommendation blocks: the marker and everything after it are other pages' teasers. */
    private static final Pattern FOOTER_START =
            Pattern.compile("(猜你喜欢|相关推荐|相关文章|相关阅读|推荐阅读|热门推荐|热门文章)[:：]?");

    private static final Pattern DEBRIS = Pattern.compile(String.join("|",
            // breadcrumbs: 首页讲话演讲稿 内容页, 首页 > 讲话 > 正文, 当前位置：…
            "首页.*(内容页|正文|>|＞|›|»|/).*",
            "(当前位置|您的位置|您现在的位置)[:：].*",
            // a publishing stamp, optionally followed by the channel name: 2023-04-06演讲稿
            "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*\\p{IsHan}{0,8}",
            "(上一篇|下一篇|上一页|下一页)[:：].*",
            "(责任编辑|编辑|来源|发布时间|发布日期|更新时间|浏览次数|阅读次数|点击数|字号)[:：].*",
            "点击.*",
            "分享到.*",
            ".*(扫一扫|二维码|打印本页|返回顶部|关闭窗口|收藏本页|【打印】|【关闭】|【字体).*"));

    private DebrisFilter() {
    }

    /** The lines without debris; kept lines are returned unchanged so their indentation still carries structure. */
    static List<String> clean(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String text = Text.strip(line);
            if (FOOTER_START.matcher(text).matches()) {
                break;
            }
            if (!isDebris(text)) {
                kept.add(line);
            }
        }
        return kept;
    }

    static boolean isDebris(String text) {
        return text.length() <= MAX_DEBRIS_LENGTH && !Text.hasSentenceEnd(text) && DEBRIS.matcher(text).matches();
    }
}
