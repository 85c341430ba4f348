package org.yandu.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yandu.library.HighlightColor;

/**
 * The words an export writes around the reader's notes, in the export's language.
 *
 * @param colon what follows a label: the full-width colon in Chinese, ": " in English
 */
record Labels(String notes, String keywords, String lookups, String orphaned, String orphanedHint, String subtitle,
              String author, String date, String source, String exported, String plainNote,
              Map<HighlightColor, String> colours,
              List<String> ankiColumns, String colon) {
    private static final Labels CHINESE = new Labels("研读笔记", "关键词", "查过的词语", "未能定位的笔记",
            "原文已有改动，这些笔记所标注的文字已找不到：", "副标题", "作者", "日期", "来源", "导出时间", "段落笔记",
            colours("黄色", "绿色", "蓝色", "粉色", "紫色", "橙色"),
            List.of("词语", "拼音", "释义", "例句", "出处", "标签"), "：");
    private static final Labels ENGLISH = new Labels("Study notes", "Keywords", "Words looked up",
            "Notes whose words were not found",
            "The text has changed; the words these notes marked are no longer in it:",
            "Subtitle", "Author", "Date", "Source", "Exported", "Note on the paragraph",
            colours("yellow", "green", "blue", "pink", "purple", "orange"),
            List.of("Term", "Pinyin", "Definition", "Sentence", "Source", "Tags"), ": ");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    static Labels of(ExportOptions options) {
        return "en".equals(options.language()) ? ENGLISH : CHINESE;
    }

    /** A time as people read it, to the minute in this computer's time zone. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** The colour's name, or the plain-note label for a note without a highlight. */
    String colour(@Nullable HighlightColor colour) {
        return colour == null ? plainNote : Objects.requireNonNull(colours.get(colour), "every colour has a name");
    }

    /** A name for each highlight colour. */
    private static Map<HighlightColor, String> colours(String yellow, String green, String blue, String pink,
                                                       String purple, String orange) {
        return Map.of(HighlightColor.YELLOW, yellow, HighlightColor.GREEN, green, HighlightColor.BLUE, blue,
                HighlightColor.PINK, pink, HighlightColor.PURPLE, purple, HighlightColor.ORANGE, orange);
    }
}
