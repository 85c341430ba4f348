-- Search finds a speech's title, subtitle, abstract and keywords too (issue #15). They are indexed like paragraphs
-- (see 008 and SearchGrams) in field_pairs and field_chars, with rowid speech id * 4 + the field's place (title 0,
-- subtitle 1, abstract 2, keywords 3; SpeechField). A title made from the opening words (title_derived) is not
-- indexed: those words are found in the paragraph they come from. The store indexes new speeches itself, in one
-- statement per imported file; the triggers keep changed and deleted speeches in step.
CREATE VIRTUAL TABLE field_pairs USING fts5(
    pairs, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'full'
);
CREATE VIRTUAL TABLE field_chars USING fts5(
    chars, content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'none'
);

CREATE VIEW speech_fields(id, speech_id, text) AS
    SELECT id * 4, id, title FROM speeches WHERE title_derived = 0 AND title <> ''
    UNION ALL SELECT id * 4 + 1, id, subtitle FROM speeches WHERE subtitle <> ''
    UNION ALL SELECT id * 4 + 2, id, abstract FROM speeches WHERE abstract <> ''
    UNION ALL SELECT id * 4 + 3, id, keywords FROM speeches WHERE keywords <> '';

CREATE TRIGGER speech_fields_delete AFTER DELETE ON speeches BEGIN
    DELETE FROM field_pairs WHERE rowid IN (OLD.id * 4, OLD.id * 4 + 1, OLD.id * 4 + 2, OLD.id * 4 + 3);
    DELETE FROM field_chars WHERE rowid IN (OLD.id * 4, OLD.id * 4 + 1, OLD.id * 4 + 2, OLD.id * 4 + 3);
END;

CREATE TRIGGER speech_fields_update AFTER UPDATE OF title, title_derived, subtitle, abstract, keywords ON speeches
BEGIN
    DELETE FROM field_pairs WHERE rowid IN (OLD.id * 4, OLD.id * 4 + 1, OLD.id * 4 + 2, OLD.id * 4 + 3);
    DELETE FROM field_chars WHERE rowid IN (OLD.id * 4, OLD.id * 4 + 1, OLD.id * 4 + 2, OLD.id * 4 + 3);
    INSERT INTO field_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM speech_fields WHERE speech_id = NEW.id;
    INSERT INTO field_chars(rowid, chars) SELECT id, yandu_chars(text) FROM speech_fields WHERE speech_id = NEW.id;
END;

INSERT INTO field_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM speech_fields;
INSERT INTO field_chars(rowid, chars) SELECT id, yandu_chars(text) FROM speech_fields;

-- A speech's title lines (TITLE and SUBTITLE paragraphs) hold its title and subtitle, which the library search finds
-- as fields: they are indexed anew with a mark (yandu_pairs and yandu_chars given the kind; SearchGrams.TITLE_LINE)
-- that lets the library search leave them out inside FTS5, and new or changed paragraphs are indexed with it too.
DELETE FROM paragraph_pairs WHERE rowid IN (SELECT id FROM paragraphs WHERE kind IN ('TITLE', 'SUBTITLE'));
DELETE FROM paragraph_chars WHERE rowid IN (SELECT id FROM paragraphs WHERE kind IN ('TITLE', 'SUBTITLE'));
INSERT INTO paragraph_pairs(rowid, pairs)
    SELECT id, yandu_pairs(text, kind) FROM paragraphs WHERE kind IN ('TITLE', 'SUBTITLE');
INSERT INTO paragraph_chars(rowid, chars)
    SELECT id, yandu_chars(text, kind) FROM paragraphs WHERE kind IN ('TITLE', 'SUBTITLE');

DROP TRIGGER paragraph_search_update;
CREATE TRIGGER paragraph_search_update AFTER UPDATE OF text, kind ON paragraphs BEGIN
    DELETE FROM paragraph_pairs WHERE rowid = OLD.id;
    DELETE FROM paragraph_chars WHERE rowid = OLD.id;
    INSERT INTO paragraph_pairs(rowid, pairs) VALUES (NEW.id, yandu_pairs(NEW.text, NEW.kind));
    INSERT INTO paragraph_chars(rowid, chars) VALUES (NEW.id, yandu_chars(NEW.text, NEW.kind));
END;
