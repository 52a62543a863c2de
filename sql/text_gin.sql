-- narrative.text_equality_ops, the GIN operator class for text under = that
-- the actor and act columns of tracked tables are indexed with: an index
-- finds exactly the rows a scan does, on one column or several, through its
-- pending list and after the list is merged, and refuses a nondeterministic
-- collation.
SET search_path = public, narrative;

SELECT opc.opcname, opc.opcdefault, amvalidate(opc.oid), opc.opckeytype::regtype AS key
FROM pg_opclass opc
WHERE opc.opcname = 'text_equality_ops';

-- Keys sort by their bytes, then by length: 'RU' before 'RUS', 'B' before
-- 'a', 'z' before 'Ü' (two bytes from 0xC3).
SELECT sign(text_gin_compare('RU', 'RUS')) AS "RU RUS", sign(text_gin_compare('RUS', 'RU')) AS "RUS RU",
       sign(text_gin_compare('a', 'B')) AS "a B", sign(text_gin_compare('Ü', 'z')) AS "Ü z",
       sign(text_gin_compare('x', 'x')) AS "x x", sign(text_gin_compare('', 'x')) AS "'' x";

-- 21,000 rows of seven codes, some near each other ('RU', 'RUS', 'RUS '),
-- an empty string and NULLs.  gin_pending keeps new rows in its pending
-- list (a large limit), gin_direct puts each straight into the tree.
CREATE TABLE gin_codes (id int, accuser text, act text, accused text);
INSERT INTO gin_codes
SELECT g,
       CASE WHEN g % 11 = 0 THEN NULL ELSE (ARRAY['RUS', 'PRK', 'USA', 'UN.SC', 'RU', 'RUS ', 'Ü'])[1 + g % 7] END,
       (ARRAY['accuse', 'deny', 'confirm', ''])[1 + g % 4],
       (ARRAY['PRK', 'RUS', 'UKR'])[1 + g % 3]
FROM generate_series(1, 21000) g;
CREATE TABLE gin_pending AS SELECT * FROM gin_codes WITH NO DATA;
CREATE INDEX gin_pending_idx ON gin_pending
    USING gin (accuser text_equality_ops, act text_equality_ops, accused text_equality_ops)
    WITH (fastupdate = on, gin_pending_list_limit = 65536);
CREATE TABLE gin_direct AS SELECT * FROM gin_codes WITH NO DATA;
CREATE INDEX gin_direct_idx ON gin_direct
    USING gin (accuser text_equality_ops, act text_equality_ops, accused text_equality_ops)
    WITH (fastupdate = off);
INSERT INTO gin_pending SELECT * FROM gin_codes;
INSERT INTO gin_direct SELECT * FROM gin_codes;
ANALYZE gin_pending, gin_direct;

CREATE TABLE gin_queries (q text);
INSERT INTO gin_queries VALUES
    ($$accuser = 'RUS'$$),
    ($$accuser = 'RU'$$),
    ($$accuser = 'RUS '$$),
    ($$accuser = 'Ü'$$),
    ($$accuser = 'absent'$$),
    ($$act = ''$$),
    ($$act = 'deny'$$),
    ($$accused = 'UKR'$$),
    ($$accuser = 'RUS' AND act = 'deny'$$),
    ($$accuser = 'PRK' AND act = 'accuse' AND accused = 'RUS'$$),
    ($$accuser = ANY (ARRAY['RUS', 'PRK'])$$),
    ($$accuser IN ('Ü', 'UN.SC') AND accused = 'PRK'$$),
    ($$'USA' = accuser$$);

\i sql/include/index_check.sql

SELECT q AS condition, p.by_index, p.by_scan, p.same_rows AND d.same_rows AS same_rows,
       d.by_index = p.by_index AS direct_alike
FROM gin_queries, pg_temp.index_check('gin_pending', q) p, pg_temp.index_check('gin_direct', q) d
ORDER BY q COLLATE "C";

-- The pending list merged into the tree: the same answers.
SELECT gin_clean_pending_list('gin_pending_idx') > 0 AS merged;
SELECT q AS condition, p.by_index, p.same_rows
FROM gin_queries, pg_temp.index_check('gin_pending', q) p
WHERE NOT p.same_rows OR p.by_index <> p.by_scan;

-- A column under a nondeterministic collation ('rus' = 'RUS' there) is
-- refused, not answered by bytes.
CREATE COLLATION gin_case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE gin_ci (code text COLLATE gin_case_insensitive);
INSERT INTO gin_ci VALUES ('RUS');
CREATE INDEX ON gin_ci USING gin (code text_equality_ops);
CREATE INDEX gin_ci_c_idx ON gin_ci USING gin ((code COLLATE "C") text_equality_ops);
DROP INDEX gin_ci_c_idx;

DROP TABLE gin_codes, gin_pending, gin_direct, gin_queries, gin_ci;
DROP COLLATION gin_case_insensitive;
