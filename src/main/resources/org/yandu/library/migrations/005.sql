-- Highlights and notes. Each keeps its quote and a little text on either side (as W3C Web Annotation's
-- TextQuoteSelector does) beside its paragraph and offsets, so it can find its words again when the paragraphs
-- change. An annotation that cannot be placed keeps its quote with paragraph_id NULL: orphaned, never dropped.
-- No cascade from speeches: a speech with annotations cannot be deleted by accident.
CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    speech_id    INTEGER NOT NULL REFERENCES speeches(id),
    paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    quote        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    color        TEXT,
    note         TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    CHECK ((paragraph_id IS NULL) = (start_offset IS NULL) AND (start_offset IS NULL) = (end_offset IS NULL)),
    CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset > start_offset))
);
CREATE INDEX annotations_speech ON annotations(speech_id);
CREATE INDEX annotations_paragraph ON annotations(paragraph_id);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag           TEXT    NOT NULL,
    PRIMARY KEY (annotation_id, tag)
);
CREATE INDEX annotation_tags_tag ON annotation_tags(tag);
