-- Stored words become where they start, one bit per character, instead of a varint per word: about a quarter of
-- the size (see TokenLengths).
UPDATE paragraph_tokens SET lengths = yandu_token_starts(lengths);
