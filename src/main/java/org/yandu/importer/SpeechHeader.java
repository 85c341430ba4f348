package org.yandu.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yandu.library.ParagraphDraft;
import org.yandu.library.ParagraphKind;

/**
 * The lines above a speech's first body paragraph: title, subtitle, byline (author and date),
 * abstract and keywords. Reading stops at the first line that is none of these.
 *
 * @param bodyStart index of the first line after the front matter
 */
record SpeechHeader(@Nullable String title, @Nullable String subtitle, @Nullable String author, @Nullable String date,
                    @Nullable String abstractText,
                   List<String> keywords, List<ParagraphDraft> paragraphs, int bodyStart) {

    private static final Pattern SUBTITLE = Pattern.compile("^(?:[—―－]{1,3}|-{2,3})\\s*(.+)$");
    private static final Pattern ABSTRACT = Pattern.compile("^[【\\[]\\s*(?:内容)?摘\\s*要\\s*[】\\]][:：]?\\s*(.*)$"
            + "|^(?:内容)?摘\\s*要[:：]\\s*(.*)$");
    private static final Pattern KEYWORDS = Pattern.compile("^[【\\[]\\s*关\\s*键\\s*[词字]\\s*[】\\]][:：]?\\s*(.*)$"
            + "|^关键[词字][:：]\\s*(.*)$");
    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[；;，,、\\s]+");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?"
                    + "|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** A date as bylines write it, optionally in brackets: （2013年8月19日）. */
    private static final Pattern BYLINE_DATE = Pattern.compile("[（(]?\\s*(?:" + DATE.pattern() + ")\\s*[）)]?");
    private static final Pattern DATE_ONLY = Pattern.compile("^" + BYLINE_DATE.pattern() + "$");
    /**
     * Bylines name a person (two to four characters) or an organisation, whose names end in a
     * small set of words; this keeps a short unnumbered section heading out of the byline.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:作者[:：]|文[/／]|本报记者|本刊记者)?\\s*(?:\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4})*"
                    + "|.*(?:委|部|局|厅|组|办|院|室|处|校|会|中心|大学|学院|研究所|书记|主任|部长|记者|教授|研究员)"
                    + "(?:\\s+\\p{IsHan}{2,4})*)"
                    + "\\s*(?:" + BYLINE_DATE.pattern() + ")?$");
    private static final Pattern BYLINE_LABEL = Pattern.compile("^(?:作者[:：]|文[/／])\\s*");
    private static final int MAX_BYLINE = 30;

    static SpeechHeader read(List<String> lines) {
        Builder b = new Builder();
        int i = nextText(lines, 0);
        // a lone line is the whole text, not a title over nothing
        if (i < lines.size() && isTitle(Text.strip(lines.get(i))) && nextText(lines, i + 1) < lines.size()) {
            b.title = Text.strip(lines.get(i));
            b.paragraphs.add(new ParagraphDraft(ParagraphKind.TITLE, 0, null, b.title));
            i = nextText(lines, i + 1);
        }
        if (b.title != null && i < lines.size()) {
            Matcher sub = SUBTITLE.matcher(Text.strip(lines.get(i)));
            if (sub.matches()) {
                b.subtitle = Text.strip(sub.group(1));
                b.date = isoDate(b.subtitle);
                b.paragraphs.add(new ParagraphDraft(ParagraphKind.SUBTITLE, 0, null, b.subtitle));
                i = nextText(lines, i + 1);
            }
        }
        while (i < lines.size() && b.accept(Text.strip(lines.get(i)))) {
            i = nextText(lines, i + 1);
        }
        return new SpeechHeader(b.title, b.subtitle, b.author, b.date, b.abstractText, b.keywords, b.paragraphs, i);
    }

    private static boolean isTitle(String text) {
        return Text.isTitleLike(text) && !Numbering.startsStructure(text) && !DATE_ONLY.matcher(text).matches();
    }

    private static int nextText(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && Text.isBlank(lines.get(i))) {
            i++;
        }
        return i;
    }

    /** The first date in the text as yyyy-MM-dd, yyyy-MM or yyyy; null when there is none. */
    static @Nullable String isoDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean chinese = m.group(1) != null;
        String year = chinese ? m.group(1) : m.group(4);
        String month = chinese ? m.group(2) : m.group(5);
        String day = chinese ? m.group(3) : m.group(6);
        StringBuilder iso = new StringBuilder(year);
        if (month != null) {
            iso.append('-').append(twoDigits(month));
            if (day != null) {
                iso.append('-').append(twoDigits(day));
            }
        }
        return iso.toString();
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** Mutable state while reading; the record stays immutable. */
    private static final class Builder {
        @Nullable String title;
        @Nullable String subtitle;
        @Nullable String author;
        @Nullable String date;
        @Nullable String abstractText;
        List<String> keywords = List.of();
        final List<ParagraphDraft> paragraphs = new ArrayList<>();

        /** Takes one front-matter line; false when the line belongs to the body. */
        boolean accept(String text) {
            Matcher abstractLine = ABSTRACT.matcher(text);
            Matcher keywordLine = KEYWORDS.matcher(text);
            if (abstractLine.matches()) {
                abstractText = Text.strip(firstNonNull(abstractLine.group(1), abstractLine.group(2)));
            } else if (keywordLine.matches()) {
                String listed = Text.strip(firstNonNull(keywordLine.group(1), keywordLine.group(2)));
                keywords = Arrays.stream(KEYWORD_SEPARATOR.split(listed)).filter(k -> !k.isEmpty()).toList();
            } else if (DATE_ONLY.matcher(text).matches()) {
                date = isoDate(text);
            } else if (title != null && author == null && isByline(text)) {
                author = Text.strip(BYLINE_LABEL.matcher(BYLINE_DATE.matcher(text).replaceAll("")).replaceFirst(""));
                paragraphs.add(new ParagraphDraft(ParagraphKind.AUTHOR, 0, null, text));
                if (date == null) {
                    date = isoDate(text);
                }
            } else {
                return false;
            }
            return true;
        }

        private static boolean isByline(String text) {
            return text.length() <= MAX_BYLINE && !Text.hasProseMark(BYLINE_LABEL.matcher(text).replaceFirst(""))
                    && !Numbering.startsStructure(text) && BYLINE.matcher(text).matches();
        }

        private static String firstNonNull(@Nullable String a, String b) {
            return a != null ? a : b;
        }
    }
}
