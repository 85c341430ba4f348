-- Results of slow analyses of a speech (keywords, summary), computed in the background once and kept.
CREATE TABLE speech_analysis (
    speech_id   INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    computed_at TEXT    NOT NULL,
    PRIMARY KEY (speech_id, kind)
);
