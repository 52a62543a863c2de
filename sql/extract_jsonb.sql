-- extract() writes its jsonb straight into the on-disk form: it must be,
-- byte for byte, the value PostgreSQL's own builder makes from its text.
-- A cast to bytea without a function shows the bytes (in a transaction
-- rolled back, so the cast does not outlive the test).
BEGIN;
CREATE CAST (jsonb AS bytea) WITHOUT FUNCTION;

CREATE TEMP TABLE document (name text, body text, published date);
INSERT INTO document VALUES
    ('short', 'Rusia membantah, kata Zakharova, Rabu (21/2/2024).', '2024-02-22'),
    ('blank', E'  \n ', NULL),
    -- a long one: arrays of more than 32 objects (every 32nd JEntry is an
    -- offset), positions past the cached small numbers, accents and curly
    -- quotes, nulls and both booleans, and over 1 MB (the core's memory is
    -- handed back to the system before the last arrays)
    ('long', repeat('Juru bicara Kremlin Dmitry Peskov pada Kamis membantah tuduhan mengenai pasokan senjata dari Pyongyang. ' ||
                    '“Kami tidak tahu apa-apa,” kata Peskov kepada wartawan di Moskow. ' ||
                    E'Oktober lalu, Korea Utara dilaporkan mengirimkan amunisi ke Rusia, menurut pejabat Séoul.\n', 4000),
     '2023-10-27');

SELECT name,
       octet_length(body) AS bytes,
       jsonb_array_length(j -> 'sentences') AS sentences,
       jsonb_array_length(j -> 'mentions') AS mentions,
       jsonb_array_length(j -> 'quotes') AS quotes,
       jsonb_array_length(j -> 'allegations') AS allegations,
       j::bytea = (j::text)::jsonb::bytea AS same_bytes
FROM (SELECT name, body, narrative.extract(body, published => published) AS j FROM document) d
ORDER BY bytes;

-- hedged is written as both booleans in the long document
SELECT a ->> 'hedged' AS hedged, count(*)
FROM document, jsonb_array_elements(narrative.extract(body, published => published) -> 'allegations') a
WHERE name = 'long'
GROUP BY 1 ORDER BY 1;
ROLLBACK;
