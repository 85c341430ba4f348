-- The search index rebuilt smaller and faster to write (see SearchGrams): the pairs of neighbouring characters with
-- their positions in paragraph_pairs, and each paragraph's distinct characters without positions in paragraph_chars,
-- both as FTS5 ascii tokens. The store indexes new paragraphs itself, in one statement per imported file, because
-- an FTS5 insert from a row trigger makes FTS5 flush its pending terms for every row; these triggers keep deletes
-- and changed text in step.
DROP TRIGGER paragraph_search_insert;
DROP TRIGGER paragraph_search_delete;
DROP TRIGGER paragraph_search_update;
DROP TABLE paragraph_search;

CREATE VIRTUAL TABLE paragraph_pairs USING fts5(
    pairs, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'full'
);
CREATE VIRTUAL TABLE paragraph_chars USING fts5(
    chars, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'none'
);
-- Pending terms are kept in memory up to 16 MB rather than 1 MB, so a file is written as one segment per table, and
-- segments are merged sixteen at a time rather than four, so each term is rewritten about half as often.
INSERT INTO paragraph_pairs(paragraph_pairs, rank) VALUES ('hashsize', 16777216);
INSERT INTO paragraph_chars(paragraph_chars, rank) VALUES ('hashsize', 16777216);
INSERT INTO paragraph_pairs(paragraph_pairs, rank) VALUES ('automerge', 16);
INSERT INTO paragraph_chars(paragraph_chars, rank) VALUES ('automerge', 16);

CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraphs BEGIN
    DELETE FROM paragraph_pairs WHERE rowid = OLD.id;
    DELETE FROM paragraph_chars WHERE rowid = OLD.id;
END;

CREATE TRIGGER paragraph_search_update AFTER UPDATE OF text ON paragraphs BEGIN
    DELETE FROM paragraph_pairs WHERE rowid = OLD.id;
    DELETE FROM paragraph_chars WHERE rowid = OLD.id;
    INSERT INTO paragraph_pairs(rowid, pairs) VALUES (NEW.id, yandu_pairs(NEW.text));
    INSERT INTO paragraph_chars(rowid, chars) VALUES (NEW.id, yandu_chars(NEW.text));
END;

INSERT INTO paragraph_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM paragraphs;
INSERT INTO paragraph_chars(rowid, chars) SELECT id, yandu_chars(text) FROM paragraphs;
