-- Where an orphaned annotation's words may be now, found but not surely its own (a short quote in another
-- paragraph, a quote cut by a new paragraph break): the reader is shown the place and decides (Anchor).
ALTER TABLE annotations ADD COLUMN suggested_paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL;
ALTER TABLE annotations ADD COLUMN suggested_start INTEGER;
ALTER TABLE annotations ADD COLUMN suggested_end INTEGER;
-- Deleting a speech's paragraphs on re-import looks up the annotations suggested on each.
CREATE INDEX annotations_suggested_paragraph ON annotations(suggested_paragraph_id);
