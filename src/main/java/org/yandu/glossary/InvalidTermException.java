package org.yandu.glossary;

import java.util.Locale;
import org.yandu.failure.Explained;
import org.yandu.failure.Explanation;
import org.yandu.failure.Reason;

/**
 * A glossary term that cannot be stored, and why. Thrown before anything is written, so the library never holds
 * a term its glossary could not load; the window words {@link #explanation()} in the user's language.
 */
public final class InvalidTermException extends IllegalArgumentException implements Explained {
    /** Why a term is refused; {@code text} is the English reason for the command line and the log. */
    public enum Problem implements Reason {
        EMPTY("it is empty"),
        NO_WORD("it has no Chinese character, letter or digit"),
        TOO_LONG("it is longer than " + UserTermRule.MAX_LENGTH + " characters"),
        CONTROL("it holds a line break, tab or other control character"),
        RARE_CHARACTER("it holds a character Yandu cannot segment (an emoji or a rare character beyond the"
                + " Basic Multilingual Plane)"),
        PINYIN("its pinyin does not fit");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        /** The resource key of the reason in the window's messages. */
        @Override
        public String messageKey() {
            return "term.invalid." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final String term;
    private final Problem problem;
    private final String detail;

    InvalidTermException(String term, Problem problem, String detail) {
        super("\"" + printable(term) + "\" cannot be a glossary term: " + problem.text
                + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.term = term;
        this.problem = problem;
        this.detail = detail;
    }

    /** The term as given, control characters shown as {@code \\uXXXX} so a message can name it on one line. */
    public String printableTerm() {
        return printable(term);
    }

    public String term() {
        return term;
    }

    public Problem problem() {
        return problem;
    }

    /** The problem's sentence: it names the term, the detail and the longest term there may be. */
    @Override
    public Explanation explanation() {
        return Explanation.of(problem, printableTerm(), detail, UserTermRule.MAX_LENGTH);
    }

    /** More about the problem (the pinyin's mismatch), or empty. */
    public String detail() {
        return detail;
    }

    private static String printable(String term) {
        StringBuilder out = new StringBuilder(term.length());
        term.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
