package org.yandu.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where the reader is in each speech, whether it is read, and how long it was read on which days. Calls are
 * serialised with the rest of the library on the store's monitor.
 */
public final class Reading {
    private static final String PROGRESS_COLUMNS =
            "SELECT speech_id, position, read_at, seconds_read, last_opened_at FROM reading_progress";

    private final Queries queries;
    private final Statements statements;

    Reading(Queries queries, Statements statements) {
        this.queries = queries;
        this.statements = statements;
    }

    public ReadingProgress progress(long speechId) {
        return queries.queryOne("read the progress of speech " + speechId, PROGRESS_COLUMNS + " WHERE speech_id = ?",
                Reading::progressOf, speechId).orElse(ReadingProgress.unread(speechId));
    }

    /** The progress of every speech ever opened or marked, by speech id; the others are unread. */
    public Map<Long, ReadingProgress> allProgress() {
        return queries.query("read the reading progress", PROGRESS_COLUMNS, Reading::progressOf).stream()
                .collect(Collectors.toMap(ReadingProgress::speechId, Function.identity()));
    }

    /** Records the reading position and adds {@code activeSeconds} of reading time. */
    public void record(long speechId, int position, long activeSeconds) {
        queries.inTransaction("save the progress of speech " + speechId, () -> {
            statements.execute("""
                    INSERT INTO reading_progress(speech_id, position, seconds_read, last_opened_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(speech_id) DO UPDATE SET position = excluded.position,
                        seconds_read = seconds_read + excluded.seconds_read,
                        last_opened_at = excluded.last_opened_at""",
                    speechId, position, activeSeconds, Instant.now().toString());
            return statements.execute("""
                    INSERT INTO reading_days(speech_id, day, seconds) VALUES (?, date('now', 'localtime'), ?)
                    ON CONFLICT(speech_id, day) DO UPDATE SET seconds = seconds + excluded.seconds""",
                    speechId, activeSeconds);
        });
    }

    public void markRead(long speechId, boolean read) {
        queries.update("mark speech " + speechId + (read ? " read" : " unread"), """
                INSERT INTO reading_progress(speech_id, read_at) VALUES (?, ?)
                ON CONFLICT(speech_id) DO UPDATE SET read_at = excluded.read_at""",
                speechId, read ? Instant.now().toString() : null);
    }

    /**
     * Puts a speech's reading progress back exactly as a backup recorded it, times included. Unlike
     * {@link #record} it adds no reading time to today: the backup's time was read on other days.
     */
    public void restoreProgress(ReadingProgress progress) {
        queries.update("restore the progress of speech " + progress.speechId(), """
                INSERT INTO reading_progress(speech_id, position, read_at, seconds_read, last_opened_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(speech_id) DO UPDATE SET position = excluded.position, read_at = excluded.read_at,
                    seconds_read = excluded.seconds_read, last_opened_at = excluded.last_opened_at""",
                progress.speechId(), progress.position(), text(progress.readAt()), progress.secondsRead(),
                text(progress.lastOpened()));
    }

    /** The days a speech was read on, oldest first, with the active time of each. */
    public List<ReadingDay> days(long speechId) {
        return queries.query("read the reading days of speech " + speechId,
                "SELECT day, seconds FROM reading_days WHERE speech_id = ? ORDER BY day",
                rs -> new ReadingDay(LocalDate.parse(rs.getString(1)), rs.getLong(2)), speechId);
    }

    /** Puts back the days a speech was read on (from a notes export), replacing what this library has for them. */
    public void restoreDays(long speechId, List<ReadingDay> days) {
        queries.inTransaction("restore the reading days of speech " + speechId, () -> {
            for (ReadingDay day : days) {
                statements.execute("INSERT OR REPLACE INTO reading_days(speech_id, day, seconds) VALUES (?, ?, ?)",
                        speechId, day.day().toString(), day.seconds());
            }
            return days.size();
        });
    }

    private static ReadingProgress progressOf(ResultSet rs) throws SQLException {
        return new ReadingProgress(rs.getLong(1), rs.getInt(2), instant(rs.getString(3)), rs.getLong(4),
                instant(rs.getString(5)));
    }

    private static @Nullable Instant instant(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
