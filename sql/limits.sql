-- narrative.max_document_size: the largest document, in kilobytes, that
-- the extraction functions take.  Beyond it: SQLSTATE 54000 and a message
-- naming both sizes.  The setting exists once the library is loaded (by
-- the first call in a session, or LOAD); a SET before then is kept.
SET narrative.max_document_size = '2MB';
SELECT narrative.detect_lang('Rabu') IS NULL AS loaded;
SHOW narrative.max_document_size;
RESET narrative.max_document_size;
SHOW narrative.max_document_size;
SELECT setting, unit, min_val, max_val, context FROM pg_settings
WHERE name = 'narrative.max_document_size';

SET narrative.max_document_size = '1MB';
SHOW narrative.max_document_size;
-- exactly at the limit is fine, one byte more is not
SELECT count(*) FROM narrative.sentences(repeat('a', 1024 * 1024));
\set VERBOSITY default
SELECT count(*) FROM narrative.sentences(repeat('a', 1024 * 1024 + 1));
SELECT count(*) FROM narrative.timexes(repeat('é', 600 * 1024));
SELECT narrative.extract(repeat('Rabu ', 300000));
SELECT narrative.detect_lang(repeat('Rabu ', 300000));
-- the SQLSTATE of every function
\i sql/include/sqlstates.sql
SELECT pg_temp.sqlstates(repeat('x', 2 * 1024 * 1024));

-- Bad values are refused by the setting itself.
SET narrative.max_document_size = 0;
SET narrative.max_document_size = '2TB';
SET narrative.max_document_size = 'big';
SET narrative.max_document_size = -1;
-- and the prefix is reserved: a misspelt setting is an error, not a new one
SET narrative.max_documentsize = '1MB';
RESET narrative.max_document_size;
SHOW narrative.max_document_size;
