package org.yandu.library;

import java.time.Instant;
import java.util.List;

/**
 * The words the reader looked up, speech by speech, with the sentence each was first met in. Calls are serialised
 * with the rest of the library on the store's monitor.
 */
public final class Lookups {
    private final Queries queries;

    Lookups(Queries queries) {
        this.queries = queries;
    }

    /**
     * Remembers that the reader looked {@code term} up in the speech, in {@code sentence}. Asked for again, a word
     * set apart from the vocabulary joins it.
     */
    public void record(long speechId, String term, String sentence) {
        String now = Instant.now().toString();
        queries.update("remember the lookup of " + term, """
                INSERT INTO lookups(speech_id, term, sentence, first_at, last_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(speech_id, term) DO UPDATE SET last_at = excluded.last_at, times = times + 1,
                    in_vocabulary = 1""",
                speechId, term, sentence == null ? "" : sentence, now, now);
    }

    /**
     * Adds a lookup exactly as a backup recorded it: sentence, first and last time, count. A word already looked
     * up in the speech here is left as it is. Returns whether it was added.
     */
    public boolean restore(Lookup lookup) {
        return queries.update("restore the lookup of " + lookup.term(), """
                INSERT INTO lookups(speech_id, term, sentence, first_at, last_at, times, in_vocabulary)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(speech_id, term) DO NOTHING""",
                lookup.speechId(), lookup.term(), lookup.sentence() == null ? "" : lookup.sentence(),
                lookup.firstAt().toString(), lookup.lastAt().toString(), Math.max(1, lookup.times()),
                lookup.inVocabulary() ? 1 : 0) == 1;
    }

    /** The words looked up in a speech, in the order first looked up, those set apart from the vocabulary too. */
    public List<Lookup> ofSpeech(long speechId) {
        return queries.query("read the lookups of speech " + speechId, "SELECT speech_id, term, sentence, first_at,"
                + " last_at, times, in_vocabulary FROM lookups WHERE speech_id = ? ORDER BY first_at, rowid",
                rs -> new Lookup(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                        Instant.parse(rs.getString(5)), rs.getInt(6), rs.getInt(7) == 1), speechId);
    }
}
