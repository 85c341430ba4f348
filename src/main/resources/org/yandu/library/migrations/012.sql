-- Lookups recorded before only deliberate ones were (issue #14): a word merely hovered, or a selection made to
-- highlight, was recorded too. Those that cannot be a word the reader asked about (punctuation or a space at an end,
-- no letter at all, a bare particle such as 的) stay in the library and its JSON export, out of the vocabulary that
-- study notes and flashcards list. A hovered real word cannot be told from a clicked one and stays in.
ALTER TABLE lookups ADD COLUMN in_vocabulary INTEGER NOT NULL DEFAULT 1;
UPDATE lookups SET in_vocabulary = 0
WHERE trim(term) = ''
   OR instr(' 　。，、；：？！…—–-·.,;:?!"''“”‘’《》〈〉「」『』【】〔〕（）()[]{}<>/\~～*#%&@', substr(term, 1, 1)) > 0
   OR instr(' 　。，、；：？！…—–-·.,;:?!"''“”‘’《》〈〉「」『』【】〔〕（）()[]{}<>/\~～*#%&@', substr(term, -1, 1)) > 0
   OR term IN ('的', '地', '得', '了', '着', '过', '吗', '呢', '吧', '啊', '呀', '嘛', '么', '哦', '啦', '之', '所');
