-- Marks the file as a Yandu library (the bytes of "YNDU"), so another program's database given as the library
-- is refused instead of converted (LibraryIdentity).
PRAGMA application_id = 1498301525;
