-- Search folds every quotation mark into one (issue #15), so "四风" and 「四风」 find “四风”: the index is written anew
-- with the new folding (SearchGrams.fold, which yandu_pairs and yandu_chars apply).
INSERT INTO paragraph_pairs(paragraph_pairs) VALUES ('delete-all');
INSERT INTO paragraph_chars(paragraph_chars) VALUES ('delete-all');
INSERT INTO paragraph_pairs(rowid, pairs) SELECT id, yandu_pairs(text) FROM paragraphs;
INSERT INTO paragraph_chars(rowid, chars) SELECT id, yandu_chars(text) FROM paragraphs;
