-- The first library schema: where speeches came from, how they are grouped, and their paragraphs.
CREATE TABLE source_files (
    id           INTEGER PRIMARY KEY,
    path         TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    format       TEXT    NOT NULL,
    encoding     TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    content_hash TEXT    NOT NULL UNIQUE,
    imported_at  TEXT    NOT NULL
);
CREATE INDEX source_files_path ON source_files(path);

CREATE TABLE collections (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    source_file_id INTEGER NOT NULL REFERENCES source_files(id) ON DELETE CASCADE
);
CREATE INDEX collections_source ON collections(source_file_id);

CREATE TABLE speeches (
    id            INTEGER PRIMARY KEY,
    title         TEXT    NOT NULL,
    title_derived INTEGER NOT NULL DEFAULT 0,
    subtitle      TEXT,
    author        TEXT,
    speech_date   TEXT,
    abstract      TEXT,
    keywords      TEXT    NOT NULL DEFAULT '',
    fingerprint   TEXT    NOT NULL UNIQUE,
    char_count    INTEGER NOT NULL,
    added_at      TEXT    NOT NULL
);

-- Four bands of a SimHash of each speech's text, to find near-identical copies with an index lookup.
CREATE TABLE speech_bands (
    speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    band      INTEGER NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (band, value, speech_id)
);
CREATE INDEX speech_bands_speech ON speech_bands(speech_id);

CREATE TABLE paragraphs (
    id            INTEGER PRIMARY KEY,
    speech_id     INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('TITLE', 'SUBTITLE', 'AUTHOR', 'HEADING', 'BODY')),
    heading_level INTEGER NOT NULL DEFAULT 0,
    lead_in       TEXT,
    text          TEXT    NOT NULL,
    UNIQUE (speech_id, position)
);

CREATE TABLE speech_sources (
    speech_id      INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    source_file_id INTEGER NOT NULL REFERENCES source_files(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (speech_id, source_file_id)
);
CREATE INDEX speech_sources_file ON speech_sources(source_file_id);

CREATE TABLE collection_speeches (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    speech_id     INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    -- By position: a page may print the same essay twice, and the collection keeps both places.
    PRIMARY KEY (collection_id, position)
);
CREATE INDEX collection_speeches_speech ON collection_speeches(speech_id);

-- Reader state that belongs with this library (last speech, scroll position, display choices).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
