-- Words the reader looked up while reading a speech, for study notes and flashcards.
CREATE TABLE lookups (
    speech_id      INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    term           TEXT    NOT NULL,
    sentence       TEXT    NOT NULL DEFAULT '',
    first_at       TEXT    NOT NULL,
    last_at        TEXT    NOT NULL,
    times          INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (speech_id, term)
);
