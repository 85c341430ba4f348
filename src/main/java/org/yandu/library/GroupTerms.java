package org.yandu.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.yandu.library.group.GroupTerm;

/**
 * The group's glossary as the last sync brought it. Each term the group put, changed or removed waits to be
 * segmented: the paragraphs holding it are cut again by whoever keeps the stored words in step (the glossary
 * service, at start and after a sync), which then says so here. A sync run from the command line thus leaves that
 * work to the next start, and an app killed midway does it again.
 */
public final class GroupTerms {
    private final Queries queries;
    private final Statements statements;

    GroupTerms(Queries queries, Statements statements) {
        this.queries = queries;
        this.statements = statements;
    }

    /** The group's terms in use, by term. */
    public List<GroupTerm> inUse() {
        return queries.query("read the group's glossary", "SELECT term, pinyin, explanation, english, tags, removed"
                + " FROM group_terms WHERE removed = 0 ORDER BY term", GroupTerms::term);
    }

    /** The terms put, changed or removed since their paragraphs were last segmented, removed ones included. */
    public List<GroupTerm> toSegment() {
        return queries.query("read the group's terms to segment", "SELECT term, pinyin, explanation, english, tags,"
                + " removed FROM group_terms WHERE segmented = 0 ORDER BY term", GroupTerms::term);
    }

    /** The paragraphs holding these terms were segmented again: removed ones are let go. */
    public void segmented(List<String> terms) {
        queries.runInTransaction("record the group's terms segmented", () -> {
            for (String term : terms) {
                statements.execute("DELETE FROM group_terms WHERE term = ? AND removed = 1", term);
                statements.execute("UPDATE group_terms SET segmented = 1 WHERE term = ?", term);
            }
        });
    }

    /** Applies terms pulled from the group, inside the caller's transaction. */
    void apply(List<GroupTerm> terms) throws SQLException {
        for (GroupTerm term : terms) {
            statements.execute("INSERT INTO group_terms(term, pinyin, explanation, english, tags, removed, segmented)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT(term) DO UPDATE SET pinyin = excluded.pinyin,"
                    + " explanation = excluded.explanation, english = excluded.english, tags = excluded.tags,"
                    + " removed = excluded.removed, segmented = 0", term.term(), term.pinyin(), term.explanation(),
                    term.english(), String.join("\n", term.tags()), term.removed() ? 1 : 0);
        }
    }

    /** The library left its group: every term of the group's stops being one, once segmented without it. */
    void forgetAll() throws SQLException {
        statements.execute("UPDATE group_terms SET removed = 1, segmented = 0");
    }

    private static GroupTerm term(ResultSet rs) throws SQLException {
        String tags = rs.getString(5);
        return new GroupTerm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                tags.isEmpty() ? List.of() : List.of(tags.split("\n", -1)), rs.getBoolean(6), 0);
    }
}
