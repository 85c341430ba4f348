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

    /** Recommendation blocks: the marker, however decorated (▼往期推荐▼), and everything after it. */
    private static final Pattern FOOTER_START = Pattern.compile("[^\\p{L}\\p{N}]*"
            + "(猜你喜欢|相关推荐|相关文章|相关阅读|推荐阅读|热门推荐|热门文章|往期推荐|往期回顾|往期精选|往期精彩|往期阅读"
            + "|延伸阅读|精彩推荐|更多精彩)[:：]?[^\\p{L}\\p{N}]*");

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
            ".*(扫一扫|二维码|打印本页|返回顶部|关闭窗口|收藏本页|【打印】|【关闭】|【字体).*",
            // a WeChat article's credits, one or several to a line: 来源丨学习时报 编辑：张三 审核：李四
            "(本文|本期|文章|文字|图文|内容|图片|视频)?(来源|编辑|责任编辑|责编|审核|终审|初审|复审|校对|排版|美编|监制"
                    + "|出品|统筹|策划)\\s*[:：|丨｜].*",
            // its end mark: END, - END -, THE END
            "[-—–_·•\\s]*(?i:(the\\s*)?end)[-—–_·•\\s]*",
            // its counters and buttons: 阅读 10万+ 在看 2345, 写留言
            "((阅读原文|阅读|在看|点赞|分享|收藏|赞赏|喜欢|写留言|留言|精选留言)\\s*([\\d.,]+\\s*[万wW]?\\+?)?\\s*)+"));
    /**
     * Prompts to follow the account (长按识别二维码关注我们！), which often end in an exclamation mark: a line naming
     * the account's furniture (蓝字, 二维码, 公众号, 星标) and asking to act on it, with no full stop or question.
     */
    private static final Pattern FOLLOW_PROMPT = Pattern.compile(
            "(?=.*(蓝字|二维码|公众号|星标|置顶))(?=.*(关注|识别|扫|点击|长按|设为))[^。？?]*");

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
        return text.length() <= MAX_DEBRIS_LENGTH && (!Text.hasSentenceEnd(text) && DEBRIS.matcher(text).matches()
                || FOLLOW_PROMPT.matcher(text).matches());
    }
}
