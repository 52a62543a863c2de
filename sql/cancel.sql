-- Cancellation: every loop that scales with the document checks for
-- interrupts, so statement_timeout stops extraction of a 100 MB document
-- (far below narrative.max_document_size) with SQLSTATE 57014, and the
-- session goes on unharmed.  detect_lang() is left out: it reads a 64 kB
-- sample, so it finishes first.
\set VERBOSITY sqlstate
SELECT narrative.detect_lang('Rabu') IS NULL AS loaded;
SHOW narrative.max_document_size;
SET statement_timeout = '300ms';
SELECT count(*) FROM narrative.sentences(repeat('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024). ', 1200000));
SELECT count(*) FROM narrative.timexes(repeat('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024). ', 1200000));
SELECT count(*) FROM narrative.mentions(repeat('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024). ', 1200000));
SELECT count(*) FROM narrative.quotes(repeat('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024). ', 1200000));
SELECT count(*) FROM narrative.allegations(repeat('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024). ', 1200000));
SELECT narrative.extract(repeat('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024). ', 1200000)) IS NULL;
-- one of pure quote marks
SELECT count(*) FROM narrative.quotes(repeat('"', 100 * 1024 * 1024));
RESET statement_timeout;
-- One word of 100 MB of ASCII letters is one token, read by the byte
-- table in one pass: the whole call takes a fraction of a second, so
-- whether 300 ms would cancel it depends on the machine, and it runs to
-- its end here.  A word of code points read through utf8proc, five times
-- slower, is looked for a cancel every 64 kB (the unit test
-- a_word_of_a_megabyte_can_be_cancelled counts the looks).
SELECT count(*) FROM narrative.mentions(repeat('a', 100 * 1024 * 1024));

-- The session is intact: the same functions on a sentence.
\set VERBOSITY default
SELECT accuser, act, accused, said_on
FROM narrative.allegations('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024).',
                           lang => 'id', published => '2024-02-22');
SELECT jsonb_array_length(x->'sentences') AS sentences, jsonb_array_length(x->'timexes') AS timexes,
       jsonb_array_length(x->'mentions') AS mentions, jsonb_array_length(x->'quotes') AS quotes
FROM narrative.extract('Juru bicara Kremlin Dmitry Peskov membantah tuduhan “Korut” pada Rabu (21/2/2024).') AS x;
