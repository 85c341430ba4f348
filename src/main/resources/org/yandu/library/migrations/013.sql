-- A highlight dragged across paragraphs (issue #14) is a passage: one part per paragraph, each anchored on its own
-- words so that it finds them again after a re-import, all carrying the id of the first part. The note and tags are
-- the first part's; the colour is the same on every part. Null for a highlight or note within one paragraph.
ALTER TABLE annotations ADD COLUMN passage_id INTEGER;
CREATE INDEX annotations_passage ON annotations(passage_id);
