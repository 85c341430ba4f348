-- A library may belong to a study group on a PostgreSQL server (issue #17, ADR 0022). It stays the working copy:
-- what the reader does is written here at once, and what the group must hear of waits in the outbox until a sync
-- sends it. At most one group, named by its address and this member's user name; no password is kept.
CREATE TABLE group_link (
    one       INTEGER PRIMARY KEY CHECK (one = 1),
    url       TEXT    NOT NULL,
    user_name TEXT    NOT NULL,
    joined_at TEXT    NOT NULL,
    -- Whether this member lets the organisers see which speeches they have read; off until they say so.
    shows_reading INTEGER NOT NULL DEFAULT 0,
    -- 1 only inside the transaction that applies pulled changes, so that they are not sent back.
    applying  INTEGER NOT NULL DEFAULT 0
);

-- For each kind of thing the group shares (notes, speeches), the server's change number up to which this library
-- has applied the group's changes.
CREATE TABLE group_pulled (
    stream TEXT    PRIMARY KEY,
    up_to  INTEGER NOT NULL
);

-- A note's name in the group, made here when it is made, and the server's revision of it this library last had.
ALTER TABLE annotations ADD COLUMN group_id TEXT;
ALTER TABLE annotations ADD COLUMN group_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE annotations ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX annotations_group_id ON annotations(group_id);

-- A note deleted here, until the group has heard of it: the row is gone, the tombstone must still be sent.
CREATE TABLE group_deleted_notes (
    group_id           TEXT PRIMARY KEY,
    speech_fingerprint TEXT NOT NULL,
    group_revision     INTEGER NOT NULL,
    deleted_at         TEXT NOT NULL
);

-- yandu_uuid() is a random UUID made by the store (LibraryGroup.register), as the server's ids are.

-- Each change the reader made to a note while in a group, under an id made here: the server records the ids it
-- applied, so a change sent again after a lost answer is applied once. Several changes to one note go as one.
CREATE TABLE outbox (
    push_id  TEXT PRIMARY KEY,
    note_id  TEXT NOT NULL,
    made_at  TEXT NOT NULL
);
CREATE INDEX outbox_note ON outbox(note_id);

-- Other members' shared notes, as the server last gave them, read-only here; and this member's own notes on a
-- speech this library lacks, until it comes.
CREATE TABLE group_notes (
    group_id           TEXT PRIMARY KEY,
    author             TEXT    NOT NULL,
    speech_fingerprint TEXT    NOT NULL,
    anchor             TEXT    NOT NULL,
    colour             TEXT    NOT NULL,
    body               TEXT    NOT NULL,
    tags               TEXT    NOT NULL,
    shared             INTEGER NOT NULL,
    edited_at          TEXT    NOT NULL,
    revision           INTEGER NOT NULL
);
CREATE INDEX group_notes_speech ON group_notes(speech_fingerprint);

CREATE TRIGGER group_note_made AFTER INSERT ON annotations
WHEN EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    UPDATE annotations SET group_id = yandu_uuid() WHERE id = NEW.id AND group_id IS NULL;
    INSERT INTO outbox(push_id, note_id, made_at)
    SELECT yandu_uuid(), group_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM annotations WHERE id = NEW.id;
END;

CREATE TRIGGER group_note_changed AFTER UPDATE OF speech_id, paragraph_id, start_offset, end_offset, quote, prefix,
    suffix, color, note, shared, passage_id ON annotations
WHEN NEW.group_id IS NOT NULL AND EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    INSERT INTO outbox(push_id, note_id, made_at)
    VALUES (yandu_uuid(), NEW.group_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER group_note_tagged AFTER INSERT ON annotation_tags
WHEN EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    INSERT INTO outbox(push_id, note_id, made_at)
    SELECT yandu_uuid(), group_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM annotations WHERE id = NEW.annotation_id AND group_id IS NOT NULL;
END;

CREATE TRIGGER group_note_untagged AFTER DELETE ON annotation_tags
WHEN EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    INSERT INTO outbox(push_id, note_id, made_at)
    SELECT yandu_uuid(), group_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM annotations WHERE id = OLD.annotation_id AND group_id IS NOT NULL;
END;

CREATE TRIGGER group_note_deleted AFTER DELETE ON annotations
WHEN OLD.group_id IS NOT NULL AND EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    INSERT OR REPLACE INTO group_deleted_notes(group_id, speech_fingerprint, group_revision, deleted_at)
    SELECT OLD.group_id, fingerprint, OLD.group_revision, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM speeches WHERE id = OLD.speech_id;
    INSERT INTO outbox(push_id, note_id, made_at)
    VALUES (yandu_uuid(), OLD.group_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- The group's members, its assignments, and (for an organiser) the reading members let them see, as last pulled.
CREATE TABLE group_members (
    name         TEXT    PRIMARY KEY,
    display_name TEXT    NOT NULL,
    organiser    INTEGER NOT NULL,
    active       INTEGER NOT NULL
);
CREATE TABLE group_assignments (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    speech_fingerprints TEXT NOT NULL,
    due                 TEXT,
    note                TEXT NOT NULL
);
CREATE TABLE group_reading (
    member             TEXT    NOT NULL,
    speech_fingerprint TEXT    NOT NULL,
    read               INTEGER NOT NULL,
    PRIMARY KEY (member, speech_fingerprint)
);

-- A speech marked read or unread here, until the group has heard of it. The state itself is sent, so sending it
-- twice does no harm: no id is needed.
CREATE TABLE reading_outbox (
    speech_fingerprint TEXT PRIMARY KEY,
    made_at            TEXT NOT NULL
);

CREATE TRIGGER group_reading_marked AFTER UPDATE OF read_at ON reading_progress
WHEN (OLD.read_at IS NULL) <> (NEW.read_at IS NULL) AND EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    INSERT OR REPLACE INTO reading_outbox(speech_fingerprint, made_at)
    SELECT fingerprint, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM speeches WHERE id = NEW.speech_id;
END;

CREATE TRIGGER group_reading_first AFTER INSERT ON reading_progress
WHEN NEW.read_at IS NOT NULL AND EXISTS (SELECT 1 FROM group_link WHERE applying = 0)
BEGIN
    INSERT OR REPLACE INTO reading_outbox(speech_fingerprint, made_at)
    SELECT fingerprint, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM speeches WHERE id = NEW.speech_id;
END;
