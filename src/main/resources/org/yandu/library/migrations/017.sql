-- The group's glossary as the last sync brought it (issue #17): terms this member's segmentation keeps whole and
-- lookups show, beside their own. A term the group put, changed or removed waits with segmented = 0 until the
-- paragraphs holding it are segmented again (GlossaryService); a removed one is then let go.
CREATE TABLE group_terms (
    term        TEXT    PRIMARY KEY,
    pinyin      TEXT    NOT NULL,
    explanation TEXT,
    english     TEXT,
    tags        TEXT    NOT NULL,
    removed     INTEGER NOT NULL DEFAULT 0,
    segmented   INTEGER NOT NULL DEFAULT 0
);

-- The group's published collections, each a collection of this library: a folder made for it, or (for the
-- organiser who published it) the collection it was published from. The speeches' fingerprints are kept so that a
-- folder made for the group can be filled again as its speeches come.
CREATE TABLE group_collections (
    id                  TEXT    PRIMARY KEY,
    collection_id       INTEGER NOT NULL UNIQUE REFERENCES collections(id) ON DELETE CASCADE,
    speech_fingerprints TEXT    NOT NULL
);
