package org.yandu.library;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the reader did since a day, for the week's summary: speeches finished, notes made, time read. Calls are
 * serialised with the rest of the library on the store's monitor.
 */
public final class Study {
    private final Queries queries;

    Study(Queries queries) {
        this.queries = queries;
    }

    /** Speeches finished, notes and highlights made, and active reading time since the start of {@code day}. */
    public StudySummary since(LocalDate day) {
        String from = startOf(day);
        return queries.queryOne("sum up your study", """
                SELECT (SELECT count(*) FROM reading_progress WHERE read_at >= ?),
                       (SELECT count(*) FROM annotations WHERE created_at >= ?),
                       (SELECT COALESCE(sum(seconds), 0) FROM reading_days WHERE day >= ?)""",
                rs -> new StudySummary(rs.getInt(1), rs.getInt(2), rs.getLong(3)), from, from, day.toString())
                .orElseThrow();
    }

    /**
     * The speeches read (for some seconds: opening one records none), finished or annotated since the start of
     * {@code day}, longest read first.
     */
    public List<SpeechStudied> speechesSince(LocalDate day) {
        String from = startOf(day);
        return queries.query("list the speeches you studied", """
                WITH days AS (SELECT speech_id, sum(seconds) AS seconds FROM reading_days WHERE day >= ?
                               GROUP BY speech_id HAVING sum(seconds) > 0),
                     notes AS (SELECT speech_id, count(*) AS made FROM annotations WHERE created_at >= ?
                                GROUP BY speech_id),
                     finished AS (SELECT speech_id FROM reading_progress WHERE read_at >= ?)
                SELECT s.id, s.title, COALESCE(d.seconds, 0), COALESCE(n.made, 0), f.speech_id IS NOT NULL
                  FROM speeches s LEFT JOIN days d ON d.speech_id = s.id LEFT JOIN notes n ON n.speech_id = s.id
                       LEFT JOIN finished f ON f.speech_id = s.id
                 WHERE d.speech_id IS NOT NULL OR n.speech_id IS NOT NULL OR f.speech_id IS NOT NULL
                 ORDER BY 3 DESC, 4 DESC, s.id""",
                rs -> new SpeechStudied(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getBoolean(5)),
                day.toString(), from, from);
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant().toString();
    }
}
