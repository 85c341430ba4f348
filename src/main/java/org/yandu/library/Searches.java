package org.yandu.library;

import java.sql.SQLException;
import java.util.List;

/**
 * The store's searches: of paragraphs (every occurrence, for lookups and the glossary) and of the library (what the
 * search pane and {@code yandu search} show: speeches' fields, then paragraphs). Best matches first (bm25) when there
 * are at most {@value #RANKED_AT_MOST}, else in library order, because ranking every match of a very frequent query
 * costs a hundred times more than counting them and a first page of it says little anyway.
 */
final class Searches {
    static final int RANKED_AT_MOST = 2_000;
    /**
     * The library search counts its matches up to this many and says "more than" past it: counting all of a query
     * found in a million paragraphs takes a scan of every one (40–120 ms at 100,000 speeches), its first page
     * a millisecond. Every match is still shown, page by page.
     */
    static final int COUNTED_UP_TO = 10_000;
    private static final int ALL = -1;
    /** The field a row of the field index is, and its text: see migration 015 and {@link SpeechField}. */
    private static final String FIELD_TEXT = "CASE f.rowid & 3 WHEN 0 THEN s.title WHEN 1 THEN s.subtitle"
            + " WHEN 2 THEN s.abstract ELSE s.keywords END";
    private static final SpeechField[] FIELDS = SpeechField.values();

    private final Queries queries;

    Searches(Queries queries) {
        this.queries = queries;
    }

    SearchPage paragraphs(String query, int limit, int offset) {
        return search(query, expressions -> {
            int total = count(expressions, "paragraph", ALL);
            return new SearchPage(total, paragraphHits(expressions, total, limit, offset));
        });
    }

    /**
     * Fields first, title matches first among them, then paragraphs: offsets count through the fields, then on
     * through the paragraphs, so pages neither skip nor repeat a match. The speeches' title lines (TITLE and SUBTITLE
     * paragraphs) are left out: they hold the title and subtitle, found as fields, and would show that text twice.
     */
    SearchPage library(String query, int limit, int offset) {
        return search(query, expressions -> {
            // Counted past the page asked for, so that a page beyond the fields knows exactly where they end.
            int countedUpTo = Math.max(COUNTED_UP_TO, offset + limit);
            int fieldTotal = count(expressions, "field", countedUpTo + 1);
            SearchGrams.Expressions paragraphs = expressions.withoutTitleLines();
            int paragraphTotal = count(paragraphs, "paragraph", countedUpTo + 1);
            List<FieldHit> fields = offset < fieldTotal ? fieldHits(expressions, fieldTotal, limit, offset)
                    : List.of();
            int rest = limit - fields.size();
            List<ParagraphHit> hits = rest > 0 ? paragraphHits(paragraphs, paragraphTotal, rest,
                    Math.max(0, offset - fieldTotal)) : List.of();
            int total = fieldTotal + paragraphTotal;
            return total > countedUpTo ? new SearchPage(countedUpTo, false, fields, hits)
                    : new SearchPage(total, true, fields, hits);
        });
    }

    @FunctionalInterface
    private interface Search {
        SearchPage run(SearchGrams.Expressions expressions) throws SQLException;
    }

    private SearchPage search(String query, Search search) {
        SearchGrams.Expressions expressions = SearchGrams.expressions(query);
        if (expressions == null) {
            return new SearchPage(0, List.of());
        }
        return queries.read("search for " + query, () -> search.run(expressions));
    }

    /** How many match, counted up to {@code limit} ({@link #ALL}: every one). */
    private int count(SearchGrams.Expressions expressions, String index, int limit) throws SQLException {
        return queries.first("SELECT count(*) FROM (SELECT 1 FROM " + expressions.table(index) + " f WHERE "
                + expressions.condition(index) + " LIMIT ?)", rs -> rs.getInt(1), expressions.arguments(limit))
                .orElseThrow();
    }

    private List<ParagraphHit> paragraphHits(SearchGrams.Expressions expressions, int total, int limit, int offset)
            throws SQLException {
        return queries.rows("""
                SELECT p.id, p.speech_id, p.position, p.kind, p.heading_level, p.lead_in, p.text, s.title
                  FROM %s f JOIN paragraphs p ON p.id = f.rowid JOIN speeches s ON s.id = p.speech_id
                 WHERE %s ORDER BY %s LIMIT ? OFFSET ?""".formatted(expressions.table("paragraph"),
                        expressions.condition("paragraph"), order(total)),
                rs -> new ParagraphHit(LibraryStore.paragraph(rs), rs.getString(8)),
                expressions.arguments(limit, offset));
    }

    private List<FieldHit> fieldHits(SearchGrams.Expressions expressions, int total, int limit, int offset)
            throws SQLException {
        return queries.rows("""
                SELECT s.id, s.title, f.rowid & 3, %s
                  FROM %s f JOIN speeches s ON s.id = f.rowid >> 2
                 WHERE %s ORDER BY %s LIMIT ? OFFSET ?""".formatted(FIELD_TEXT,
                        expressions.table("field"), expressions.condition("field"), fieldOrder(total)),
                rs -> new FieldHit(rs.getLong(1), rs.getString(2), FIELDS[rs.getInt(3)], rs.getString(4)),
                expressions.arguments(limit, offset));
    }

    private static String order(int total) {
        return total <= RANKED_AT_MOST ? "f.rank" : "f.rowid";
    }

    /**
     * Titles first, then subtitles, abstracts and keywords, best first within each; past {@value #RANKED_AT_MOST}
     * speech by speech, each one's title first (its fields' rowids in that order), which needs no sort of them all.
     */
    private static String fieldOrder(int total) {
        return total <= RANKED_AT_MOST ? "f.rowid & 3, f.rank" : "f.rowid";
    }
}
