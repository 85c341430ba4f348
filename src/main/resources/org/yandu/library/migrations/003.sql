-- Words of each paragraph as segmented at import, so opening a speech never segments again: the lengths of
-- the tokens in order, as unsigned varints (see TokenLengths). Paragraphs without a row are segmented by a
-- background job.
CREATE TABLE paragraph_tokens (
    paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE,
    lengths      BLOB    NOT NULL
);

-- The reader's own glossary.
CREATE TABLE user_terms (
    term        TEXT PRIMARY KEY,
    pinyin      TEXT NOT NULL DEFAULT '',
    explanation TEXT,
    english     TEXT,
    tags        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
