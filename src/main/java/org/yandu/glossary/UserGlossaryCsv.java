package org.yandu.glossary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yandu.files.AtomicFiles;
import org.yandu.text.PinyinSyllables;

/**
 * The user's glossary as CSV, to share terms within a study group or edit them in a spreadsheet.
 *
 * <p>Columns: {@code term,pinyin,explanation,english,tags}, tags separated by {@code ;}. Quoting
 * follows RFC 4180: a field holding a comma, a quote, a line break or surrounding spaces is
 * quoted and its quotes doubled; lines end with CRLF.
 *
 * <p>Export writes UTF-8 with a byte-order mark, so that Excel and WPS open the Chinese correctly.
 * Import accepts UTF-8 with or without the mark and, failing strict UTF-8, GB18030 (what Excel on a
 * Chinese Windows saves as "CSV"). The header may name the columns in any order (unknown columns
 * are ignored); without a header the columns are taken in the order above. Pinyin may be written
 * with tone numbers ({@code qun2 zhong4}), which become tone marks. Bad rows are reported with
 * their row numbers and skipped; the good rows are imported. When a term appears on several rows,
 * the last one wins.
 */
public final class UserGlossaryCsv {

    /** The columns written on export, in order. */
    public static final List<String> HEADER = List.of("term", "pinyin", "explanation", "english", "tags");

    private UserGlossaryCsv() {
    }

    /**
     * A row that was not imported.
     *
     * @param row the row number as a spreadsheet shows it (the header is row 1)
     * @param line the line of the file where the row starts (differs from {@code row} when quoted
     *     fields hold line breaks)
     * @param reason why it was skipped
     */
    public record RowProblem(int row, int line, String reason) {
        @Override
        public String toString() {
            return "row " + row + (line != row ? " (line " + line + ")" : "") + ": " + reason;
        }
    }

    /**
     * What an import gave.
     *
     * @param entries the imported user terms, one per term, in file order
     * @param problems the rows that were skipped
     * @param rows data rows read (blank rows and the header not counted)
     * @param charset the encoding the file was read in
     */
    public record ImportResult(List<GlossaryEntry> entries, List<RowProblem> problems, int rows, Charset charset) {
        public ImportResult {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    // ---------------------------------------------------------------- export

    /** Writes the entries as CSV with a header line, without a byte-order mark. */
    public static void write(Writer out, Collection<GlossaryEntry> entries) throws IOException {
        writeRecord(out, HEADER);
        for (GlossaryEntry e : entries) {
            writeRecord(out, List.of(
                    e.term(),
                    e.pinyin(),
                    nullToEmpty(e.explanation()),
                    nullToEmpty(e.english()),
                    String.join(";", e.tags())));
        }
        out.flush();
    }

    /** Writes the entries to a file, UTF-8 with a byte-order mark (for Excel), the whole file or nothing. */
    public static void export(Path file, Collection<GlossaryEntry> entries) throws IOException {
        AtomicFiles.replace(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            write(w, entries);
        });
    }

    private static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** A field as RFC 4180 wants it: quoted if it holds a comma, quote, line break or edge space. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || !field.equals(field.strip());
        if (!needs) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    // ---------------------------------------------------------------- import

    /** Imports a CSV file (UTF-8 with or without BOM, else GB18030). */
    public static ImportResult importFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            charset = Charset.forName("GB18030");
            text = new String(bytes, charset);
        }
        return read(new StringReader(text), charset);
    }

    /** Imports CSV text; a leading byte-order mark is ignored. */
    public static ImportResult read(Reader in) throws IOException {
        return read(in, StandardCharsets.UTF_8);
    }

    private static ImportResult read(Reader in, Charset charset) throws IOException {
        CsvReader csv = new CsvReader(in);
        List<RowProblem> problems = new ArrayList<>();
        Map<String, GlossaryEntry> byTerm = new LinkedHashMap<>();
        int[] columns = null; // index of term, pinyin, explanation, english, tags in a record; -1 = absent
        int width = HEADER.size(); // fields a row may fill: the header's width, else the five columns
        int dataRows = 0;
        CsvReader.CsvRecord rec;
        while ((rec = csv.next()) != null) {
            if (rec.error() != null) {
                problems.add(new RowProblem(rec.row(), rec.line(), rec.error()));
                if (columns == null) {
                    columns = defaultColumns();
                }
                dataRows++;
                continue;
            }
            List<String> f = rec.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (columns == null) {
                columns = headerColumns(f);
                if (columns != null) {
                    width = f.size();
                    continue;
                }
                columns = defaultColumns();
            }
            dataRows++;
            try {
                GlossaryEntry e = toEntry(f, columns, width);
                byTerm.remove(e.term());
                byTerm.put(e.term(), e);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(rec.row(), rec.line(),
                        Objects.requireNonNullElse(e.getMessage(), e.toString())));
            }
        }
        return new ImportResult(new ArrayList<>(byTerm.values()), problems, dataRows, charset);
    }

    private static int[] defaultColumns() {
        return new int[] {0, 1, 2, 3, 4};
    }

    /** Column positions if the record is a header naming at least the term column, else null. */
    private static int @Nullable [] headerColumns(List<String> fields) {
        int[] cols = {-1, -1, -1, -1, -1};
        for (int i = 0; i < fields.size(); i++) {
            int k = HEADER.indexOf(fields.get(i).strip().toLowerCase(Locale.ROOT));
            if (k >= 0 && cols[k] < 0) {
                cols[k] = i;
            }
        }
        return cols[0] >= 0 ? cols : null;
    }

    private static GlossaryEntry toEntry(List<String> f, int[] cols, int width) {
        // Empty trailing fields (a spreadsheet's stray commas) are fine; text beyond the columns is
        // almost always an unquoted comma that shifted the row.
        for (int i = width; i < f.size(); i++) {
            if (!f.get(i).isBlank()) {
                throw new IllegalArgumentException("too many fields (" + f.size() + ", expected " + width
                        + "); quote fields that contain commas");
            }
        }
        String term = field(f, cols[0]).strip();
        String pinyin = field(f, cols[1]);
        UserTermRule.check(term, pinyin);
        pinyin = pinyin.isBlank() ? "" : PinyinSyllables.toneMarked(term, pinyin);
        List<String> tags = new ArrayList<>();
        for (String t : field(f, cols[4]).split("[;；]", -1)) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return GlossaryEntry.user(term, pinyin, field(f, cols[2]), field(f, cols[3]), tags);
    }

    private static String field(List<String> f, int col) {
        return col >= 0 && col < f.size() ? f.get(col) : "";
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** A small RFC 4180 reader that reports where each record starts and keeps going after errors. */
    static final class CsvReader {
        record CsvRecord(List<String> fields, int row, int line, @Nullable String error) {
        }

        private final Reader in;
        private int peeked = -2;
        private int line = 1;
        private int row = 0;
        private boolean first = true;

        CsvReader(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            int c = in.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    c = in.read();
                }
            }
            return c;
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = read();
            }
            return peeked;
        }

        /** The next record, or null at the end. */
        @Nullable CsvRecord next() throws IOException {
            if (peek() == -1) {
                return null;
            }
            row++;
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                int c = read();
                if (quoted) {
                    if (c == -1) {
                        return new CsvRecord(List.of(), row, startLine, "a quoted field is not closed (missing \")");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        } else if (c == '\r' && peek() != '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                    continue;
                }
                if (c == -1 || c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return new CsvRecord(fields, row, startLine, null);
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else {
                    // Lenient like spreadsheets: a stray quote inside an unquoted field, or text after a
                    // closing quote, is kept as text.
                    field.append((char) c);
                }
            }
        }
    }
}
