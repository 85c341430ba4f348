-- Full-text search that finds every paragraph containing the query as a substring, for queries of any
-- length: each character and each pair of neighbouring characters is indexed as a token (see SearchGrams),
-- so a query is an exact phrase of its pairs (or its one character). Triggers keep it in step with the
-- paragraphs inside the same transaction. Replaced by 008, which indexes the paragraphs anew: this index starts empty,
-- and the functions its triggers call are gone.
CREATE VIRTUAL TABLE paragraph_search USING fts5(
    unigrams, bigrams, content = '', contentless_delete = 1, tokenize = 'unicode61', detail = 'full'
);

CREATE TRIGGER paragraph_search_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraph_search(rowid, unigrams, bigrams)
    VALUES (NEW.id, yandu_unigrams(NEW.text), yandu_bigrams(NEW.text));
END;

CREATE TRIGGER paragraph_search_delete AFTER DELETE ON paragraphs BEGIN
    DELETE FROM paragraph_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER paragraph_search_update AFTER UPDATE OF text ON paragraphs BEGIN
    DELETE FROM paragraph_search WHERE rowid = OLD.id;
    INSERT INTO paragraph_search(rowid, unigrams, bigrams)
    VALUES (NEW.id, yandu_unigrams(NEW.text), yandu_bigrams(NEW.text));
END;
