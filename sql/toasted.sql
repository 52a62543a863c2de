-- Documents as stored: one compressed by pglz (the default), in its row
-- or out of line, is decompressed by the extension's own decoder, and one
-- of a megabyte or more kept out of line (by pglz or not compressed) is
-- read into memory the extension keeps for the next call; any other is
-- detoasted by PostgreSQL.  Every way gives the same rows as the same text
-- passed in memory (body || '' is a fresh, untoasted value), and the size
-- limit is checked before a stored document is read.
CREATE TEMP TABLE stored (how text, body text COMPRESSION pglz);
ALTER TABLE stored ALTER body SET STORAGE EXTENDED;
CREATE TEMP TABLE stored_external (how text, body text);
ALTER TABLE stored_external ALTER body SET STORAGE EXTERNAL;
CREATE TEMP TABLE stored_lz4 (how text, body text COMPRESSION lz4);
-- some 1.4 MB of sentences, each with a number of its own
CREATE TEMP VIEW article AS
SELECT string_agg(format('Pada %s Maret, juru bicara Kremlin Dmitry Peskov membantah laporan itu. '
                         '"Tidak ada senjata," kata dia di Moskow.', g % 28 + 1), E'\n') AS body
FROM generate_series(1, 12000) g;
INSERT INTO stored SELECT 'pglz, out of line', body FROM article;
INSERT INTO stored SELECT 'in line', 'Peskov membantah laporan itu, kata dia.';
-- its first 40 sentences, 4.5 kB, compressed in the row
INSERT INTO stored SELECT 'pglz, in line', array_to_string((string_to_array(body, E'\n'))[1:40], E'\n')
FROM article;
-- its first 1,500 lines, 170 kB, compressed out of line
INSERT INTO stored SELECT 'pglz, out of line, under 1 MB', array_to_string((string_to_array(body, E'\n'))[1:1500], E'\n')
FROM article;
INSERT INTO stored_external SELECT 'not compressed, out of line', body FROM article;
INSERT INTO stored_lz4 SELECT 'lz4, out of line', body FROM article;
CREATE TEMP VIEW every_way AS
SELECT * FROM stored UNION ALL SELECT * FROM stored_external UNION ALL SELECT * FROM stored_lz4;

-- how each is stored: three out of line, as their sizes show
SELECT how, octet_length(body), pg_column_compression(body),
       pg_column_size(body) < 2048 AS in_line
FROM every_way ORDER BY how;

-- the same rows from the stored value and from the value in memory
SELECT how,
       (SELECT count(*) FROM narrative.sentences(body, 'id')) AS sentences,
       (SELECT md5(string_agg(s::text, '|' ORDER BY n)) FROM narrative.sentences(body, 'id') s) =
       (SELECT md5(string_agg(s::text, '|' ORDER BY n)) FROM narrative.sentences(body || '', 'id') s) AS same_sentences,
       (SELECT md5(string_agg(q::text, '|' ORDER BY n)) FROM narrative.quotes(body, 'id', '2024-03-30') q) =
       (SELECT md5(string_agg(q::text, '|' ORDER BY n)) FROM narrative.quotes(body || '', 'id', '2024-03-30') q) AS same_quotes,
       narrative.extract(body, NULL, '2024-03-30') = narrative.extract(body || '', NULL, '2024-03-30') AS same_extract
FROM every_way ORDER BY how;

-- calls after the first read into the blocks earlier calls kept, which
-- still hold an earlier document's bytes: the denials, stored and in memory
SELECT how,
       (SELECT count(*) FROM narrative.allegations(body, 'id', '2024-03-30') WHERE act = 'deny') AS denials,
       (SELECT count(*) FROM narrative.allegations(body || '', 'id', '2024-03-30') WHERE act = 'deny') AS in_memory
FROM every_way ORDER BY how;

-- too large: refused before it is read, naming its size
SET narrative.max_document_size = '1MB';
SELECT count(*) FROM stored, narrative.sentences(body, 'id') WHERE how = 'pglz, out of line';
SELECT count(*) FROM stored_external, narrative.sentences(body, 'id');
SET narrative.max_document_size = '4kB';
SELECT count(*) FROM stored, narrative.sentences(body, 'id') WHERE how = 'pglz, in line';
RESET narrative.max_document_size;
