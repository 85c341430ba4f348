-- How far the reader is in each speech: where they are, whether they finished it, and how long they have
-- actively read it (idle time not counted).
CREATE TABLE reading_progress (
    speech_id      INTEGER PRIMARY KEY REFERENCES speeches(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    read_at        TEXT,
    seconds_read   INTEGER NOT NULL DEFAULT 0,
    last_opened_at TEXT
);

-- Active reading time per speech and day, for "this week" summaries.
CREATE TABLE reading_days (
    speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    day       TEXT    NOT NULL,
    seconds   INTEGER NOT NULL,
    PRIMARY KEY (speech_id, day)
);
