package org.yandu.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The outline numbering of Chinese documents and the enumerating lead-ins of body paragraphs. */
final class Numbering {
    /** A numbering marker as written (e.g. "（一）") and the outline level its scheme stands for. */
    record Marker(int level, String text) {
    }

    private static final String HAN_NUMBER = "[一二三四五六七八九十]{1,3}";
    private static final String DIGITS = "[0-9０-９]{1,2}";

    /** Index in this list + 1 is the level: 一、 then （一） then 1. then （1）. */
    private static final List<Pattern> SCHEMES = List.of(
            Pattern.compile("^" + HAN_NUMBER + "[、．.]\\s*"),
            Pattern.compile("^[（(]\\s*" + HAN_NUMBER + "\\s*[）)]\\s*"),
            // the look-ahead keeps decimals such as 1.5亿 out
            Pattern.compile("^" + DIGITS + "\\s*[.．、](?![0-9０-９])\\s*"),
            Pattern.compile("^[（(]\\s*" + DIGITS + "\\s*[）)]\\s*"));

    /**
     * 一是/一要 need no punctuation after them; 第一/其一/首先… do, because 第一次 or 最后的 open
     * ordinary sentences. 其次 is unambiguous on its own.
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}[是要]"
                    + "|(?:第" + HAN_NUMBER + "|其[一二三四五六七八九十]|首先|再次|最后)(?=[，,、：:])"
                    + "|其次)");

    private Numbering() {
    }

    static @Nullable Marker marker(String text) {
        for (int i = 0; i < SCHEMES.size(); i++) {
            Matcher m = SCHEMES.get(i).matcher(text);
            if (m.find()) {
                return new Marker(i + 1, m.group());
            }
        }
        return null;
    }

    static @Nullable String leadIn(String text) {
        Matcher m = LEAD_IN.matcher(text);
        return m.find() ? m.group() : null;
    }

    static boolean startsStructure(String text) {
        return marker(text) != null || leadIn(text) != null;
    }
}
