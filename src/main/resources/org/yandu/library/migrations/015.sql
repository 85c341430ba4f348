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

-- A speech's TITLE and SUBTITLE paragraphs hold its title and subtitle, which the library search finds as fields:
-- it leaves these paragraphs out, and this index finds them without reading every paragraph.
CREATE INDEX paragraphs_title_lines ON paragraphs(id) WHERE kind IN ('TITLE', 'SUBTITLE');
