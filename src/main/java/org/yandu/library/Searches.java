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
            int total = count(expressions, "paragraph");
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
            int fieldTotal = count(expressions, "field");
            SearchGrams.Expressions paragraphs = expressions.withoutTitleLines();
            int paragraphTotal = count(paragraphs, "paragraph");
            List<FieldHit> fields = offset < fieldTotal ? fieldHits(expressions, fieldTotal, limit, offset)
                    : List.of();
            int rest = limit - fields.size();
            List<ParagraphHit> hits = rest > 0 ? paragraphHits(paragraphs, paragraphTotal, rest,
                    Math.max(0, offset - fieldTotal)) : List.of();
            return new SearchPage(fieldTotal + paragraphTotal, fields, hits);
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

    private int count(SearchGrams.Expressions expressions, String index) throws SQLException {
        return queries.first("SELECT count(*) FROM " + expressions.table(index) + " f WHERE "
                + expressions.condition(index), rs -> rs.getInt(1), expressions.arguments()).orElseThrow();
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
                 WHERE %s ORDER BY f.rowid & 3, %s LIMIT ? OFFSET ?""".formatted(FIELD_TEXT,
                        expressions.table("field"), expressions.condition("field"), order(total)),
                rs -> new FieldHit(rs.getLong(1), rs.getString(2), FIELDS[rs.getInt(3)], rs.getString(4)),
                expressions.arguments(limit, offset));
    }

    private static String order(int total) {
        return total <= RANKED_AT_MOST ? "f.rank" : "f.rowid";
    }
}
