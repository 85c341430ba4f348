package org.yandu.glossary;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading a dictionary file gave: counts of lines by kind and the first problems.
 *
 * @param lines all lines read
 * @param entries lines that became entries
 * @param comments comment lines ({@code #})
 * @param blank empty lines
 * @param malformed lines that did not parse (skipped, never fatal)
 * @param problems the first {@value #KEPT_PROBLEMS} malformed lines with their reasons
 */
public record ParseReport(int lines, int entries, int comments, int blank, int malformed, List<LineProblem> problems) {

    /** How many problems a report keeps verbatim; the rest are only counted. */
    public static final int KEPT_PROBLEMS = 20;

    public ParseReport {
        problems = List.copyOf(problems);
    }

    /** Whether every non-comment line parsed. */
    public boolean isClean() {
        return malformed == 0;
    }

    /** A one-paragraph summary for a log or a message to the user. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(entries).append(" entries from ").append(lines).append(" lines; ")
                .append(malformed).append(malformed == 1 ? " malformed line" : " malformed lines");
        if (!problems.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < problems.size(); i++) {
                if (i > 0) {
                    sb.append("; ");
                }
                LineProblem p = problems.get(i);
                sb.append("line ").append(p.line()).append(": ").append(p.reason());
            }
            if (malformed > problems.size()) {
                sb.append("; ").append(malformed - problems.size()).append(" more");
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** Accumulates a report line by line. Not thread-safe. */
    static final class Builder {
        private int lines;
        private int entries;
        private int comments;
        private int blank;
        private int malformed;
        private final List<LineProblem> problems = new ArrayList<>();

        void line() {
            lines++;
        }

        void entry() {
            entries++;
        }

        void comment() {
            comments++;
        }

        void blank() {
            blank++;
        }

        void malformed(int line, String reason, String text) {
            malformed++;
            if (problems.size() < KEPT_PROBLEMS) {
                problems.add(new LineProblem(line, reason, text));
            }
        }

        ParseReport build() {
            return new ParseReport(lines, entries, comments, blank, malformed, problems);
        }
    }
}
