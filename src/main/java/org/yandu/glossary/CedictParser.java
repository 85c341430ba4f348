package org.yandu.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.yandu.text.PinyinNotation;

/**
 * Parses CC-CEDICT in the MDBG line format:
 *
 * <pre>傳統 传统 [chuan2 tong3] /tradition/traditional/convention/</pre>
 *
 * traditional form, simplified form, numbered pinyin in brackets, then definitions between slashes.
 * Lines starting with {@code #} are comments; {@code #! key=value} comments at the top are header
 * fields (see {@link CedictHeader}). Each line is one {@link GlossaryEntry}: a term with several
 * readings has several lines and so several entries, all kept, in file order.
 *
 * <p>A line that does not parse is counted with its number and reason and skipped; it never stops
 * the import.
 */
public final class CedictParser {

    private CedictParser() {
    }

    /** A line that is not a valid entry; {@link #getMessage()} is the reason. Cheap: no stack trace. */
    public static final class MalformedLineException extends RuntimeException {
        private final String reason;

        MalformedLineException(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        /** The reason, never null. */
        @Override
        public String getMessage() {
            return reason;
        }
    }

    /** What streaming a whole file gave besides the entries. */
    public record Result(CedictHeader header, ParseReport report) {
    }

    /**
     * Parses one entry line (not a comment, not blank).
     *
     * @throws MalformedLineException with the reason if the line is not a valid entry
     */
    public static GlossaryEntry parseLine(String line) {
        return parseLine(line, null);
    }

    /**
     * Parses one line; {@code syllables}, if given, caches the tone-mark form of each numbered token
     * (CC-CEDICT has only about two thousand distinct ones), which makes a whole file much faster.
     */
    private static GlossaryEntry parseLine(String line, @Nullable Map<String, String> syllables) {
        int n = line.length();
        // The two forms, each ends at the first space.
        int tradEnd = line.indexOf(' ');
        if (tradEnd <= 0) {
            throw new MalformedLineException("missing simplified form");
        }
        int simpStart = skipSpaces(line, tradEnd);
        int simpEnd = line.indexOf(' ', simpStart);
        if (simpStart >= n || line.charAt(simpStart) == '[' || line.charAt(simpStart) == '/') {
            throw new MalformedLineException("missing simplified form");
        }
        if (simpEnd < 0) {
            throw new MalformedLineException("missing [pinyin]");
        }
        String traditional = line.substring(0, tradEnd);
        String simplified = line.substring(simpStart, simpEnd);

        int open = skipSpaces(line, simpEnd);
        if (open >= n || line.charAt(open) != '[') {
            throw new MalformedLineException("missing [pinyin]");
        }
        int close = line.indexOf(']', open + 1);
        if (close < 0) {
            throw new MalformedLineException("missing ] after pinyin");
        }
        String numbered = line.substring(open + 1, close).strip();
        if (numbered.isEmpty()) {
            throw new MalformedLineException("empty pinyin");
        }

        int defStart = skipSpaces(line, close + 1);
        if (defStart >= n || line.charAt(defStart) != '/') {
            throw new MalformedLineException("missing /definitions/");
        }
        int defEnd = n - 1;
        while (defEnd > defStart && Character.isWhitespace(line.charAt(defEnd))) {
            defEnd--;
        }
        if (defEnd == defStart || line.charAt(defEnd) != '/') {
            throw new MalformedLineException("definitions not closed with /");
        }
        List<String> definitions = splitDefinitions(line, defStart + 1, defEnd);
        if (definitions.isEmpty()) {
            throw new MalformedLineException("empty definitions");
        }
        if (traditional.codePointCount(0, traditional.length()) != simplified.codePointCount(0, simplified.length())) {
            throw new MalformedLineException("traditional and simplified forms differ in length");
        }
        String pinyin;
        try {
            pinyin = syllables == null ? PinyinNotation.toToneMarks(numbered) : toToneMarks(numbered, syllables);
        } catch (PinyinNotation.BadPinyinException e) {
            throw new MalformedLineException(e.getMessage());
        }
        // Share one string when both forms are the same (most entries): saves memory in the index.
        String trad = traditional.equals(simplified) ? simplified : traditional;
        return GlossaryEntry.cedict(trad, simplified, pinyin, definitions);
    }

    /**
     * Streams a whole CC-CEDICT text: every entry goes to {@code sink} as soon as it is parsed, so
     * memory stays flat however large the file. The header is the block of comment lines before the
     * first entry.
     */
    public static Result parse(BufferedReader reader, Consumer<GlossaryEntry> sink) throws IOException {
        ParseReport.Builder report = new ParseReport.Builder();
        CedictHeader.Builder header = new CedictHeader.Builder();
        Map<String, String> syllables = new HashMap<>(4096);
        boolean inHeader = true;
        int lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            report.line();
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                report.blank();
                continue;
            }
            if (line.charAt(0) == '#') {
                report.comment();
                if (inHeader) {
                    header.comment(line);
                }
                continue;
            }
            inHeader = false;
            GlossaryEntry entry;
            try {
                entry = parseLine(line, syllables);
            } catch (MalformedLineException e) {
                report.malformed(lineNo, e.getMessage(), line);
                continue;
            }
            report.entry();
            sink.accept(entry);
        }
        return new Result(header.build(), report.build());
    }

    /** Only the header: the comment lines before the first entry; the rest of the file is not read. */
    public static CedictHeader parseHeader(BufferedReader reader) throws IOException {
        CedictHeader.Builder header = new CedictHeader.Builder();
        String line;
        for (boolean first = true; (line = reader.readLine()) != null; first = false) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!line.isBlank() && line.charAt(0) != '#') {
                break;
            }
            if (!line.isBlank()) {
                header.comment(line);
            }
        }
        return header.build();
    }

    private static String toToneMarks(String numbered, Map<String, String> cache) {
        StringBuilder out = new StringBuilder(numbered.length());
        int i = 0;
        int n = numbered.length();
        while (i < n) {
            i = skipSpaces(numbered, i);
            int start = i;
            while (i < n && numbered.charAt(i) != ' ') {
                i++;
            }
            if (start < i) {
                String token = numbered.substring(start, i);
                String marked = cache.get(token);
                if (marked == null) {
                    marked = PinyinNotation.tokenToToneMarks(token);
                    cache.put(token, marked);
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(marked);
            }
        }
        return out.toString();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static List<String> splitDefinitions(String line, int from, int to) {
        List<String> out = new ArrayList<>(4);
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line.charAt(i) == '/') {
                String d = line.substring(start, i).strip();
                if (!d.isEmpty()) {
                    out.add(d);
                }
                start = i + 1;
            }
        }
        return List.copyOf(out);
    }
}
