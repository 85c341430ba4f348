-- Each speech's number of paragraphs, kept beside its number of characters (issue #18): the library's list read it
-- by counting the paragraphs of each speech, half a second at 100,000 speeches. Only the import writes paragraphs,
-- and it writes both counts.
ALTER TABLE speeches ADD COLUMN paragraph_count INTEGER NOT NULL DEFAULT 0;
UPDATE speeches SET paragraph_count = (SELECT COUNT(*) FROM paragraphs p WHERE p.speech_id = speeches.id);
