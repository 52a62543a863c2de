-- The GiST operator class of timex: an index on a timex column serves
-- && (against timex, date and daterange), @> and <@, and finds exactly the
-- rows a scan does.
SET search_path = public, narrative;

-- 120,000 values of every precision, with and without a modifier, from
-- 0001 to 9999, and NULLs: enough for a tree of three levels.  One table
-- is indexed before its rows arrive (the index grows by inserts and page
-- splits, as a tracked table's does), the other after (CREATE INDEX, its
-- buffering build forced).
CREATE TABLE gist_inserted (id int, v timex);
CREATE INDEX gist_inserted_v_idx ON gist_inserted USING gist (v);
INSERT INTO gist_inserted
SELECT g, CASE WHEN g % 17 = 0 THEN NULL ELSE
    (CASE g % 10
        WHEN 8 THEN lpad((1 + g * 31 % 9999)::text, 4, '0')
        WHEN 9 THEN lpad((1 + g % 999)::text, 3, '0') || 'X'
        ELSE to_char(date '2015-01-01' + g * 7919 % 4400,
                     (ARRAY['YYYY-MM-DD', 'YYYY-MM-DD', 'YYYY-MM-DD', 'YYYY-MM-DD', 'IYYY-"W"IW',
                            'YYYY-MM', 'YYYY-"Q"Q', 'YYYY'])[1 + g % 10])
                 || CASE WHEN g % 10 = 7 THEN '-H' || (1 + g % 2) ELSE '' END
     END
     || CASE g % 7 WHEN 0 THEN '/early' WHEN 1 THEN '/mid' WHEN 2 THEN '/late' ELSE '' END)::timex
    END
FROM generate_series(1, 120000) g;
INSERT INTO gist_inserted VALUES
    (120001, '0001-01-01'), (120002, '9999-12-31'), (120003, '001X'), (120004, '999X/late'),
    (120005, '0001-W01'), (120006, '9999-Q4/late');
CREATE TABLE gist_built AS SELECT * FROM gist_inserted;
CREATE INDEX gist_built_v_idx ON gist_built USING gist (v) WITH (buffering = on);
ANALYZE gist_inserted, gist_built;

SELECT narrative.precision(v), count(*) FROM gist_inserted GROUP BY 1 ORDER BY 1;

CREATE TABLE gist_queries (q text);
INSERT INTO gist_queries VALUES
    ($$v && '2024-02-21'::timex$$),
    ($$v && '2024-W08'::timex$$),
    ($$v && '2023-10/late'::timex$$),
    ($$v && '2024-Q1'::timex$$),
    ($$v && '2024-H2/mid'::timex$$),
    ($$v && '202X'::timex$$),
    ($$v && '0001-01-01'::timex$$),
    ($$v && '999X'::timex$$),
    ($$v && '2024-02-21'::date$$),
    ($$v && '0001-01-01'::date$$),
    ($$v && '9999-12-31'::date$$),
    ($$v && '-infinity'::date$$),
    ($$v && 'infinity'::date$$),
    ($$v && daterange('2024-02-01', '2024-03-01')$$),
    ($$v && daterange('2023-10-11', '2023-10-12')$$),
    ($$v && '(2024-01-31,2024-02-01]'::daterange$$),
    ($$v && 'empty'::daterange$$),
    ($$v && daterange(NULL, '2016-01-01')$$),
    ($$v && daterange('2027-01-01', NULL)$$),
    ($$v && daterange(NULL, NULL)$$),
    ($$v && daterange('0001-01-01', '0100-01-01')$$),
    ($$v @> '2024-02-21'::timex$$),
    ($$v @> '2024-02-21/late'::timex$$),
    ($$v @> '2024-W08'::timex$$),
    ($$v @> '2024-Q1'::timex$$),
    ($$v @> '2024-02-21'::date$$),
    ($$v @> '1500-06-01'::date$$),
    ($$v @> 'infinity'::date$$),
    ($$v @> daterange('2024-02-19', '2024-02-22')$$),
    ($$v @> '[2024-01-01,2024-12-31]'::daterange$$),
    ($$v @> daterange(NULL, '2020-01-01')$$),
    ($$v @> 'empty'::daterange$$),
    ($$v <@ '2024'::timex$$),
    ($$v <@ '202X'::timex$$),
    ($$v <@ '2024-02-21'::timex$$),
    ($$v <@ '2024-H1/late'::timex$$),
    ($$v <@ daterange('2024-01-01', '2024-07-01')$$),
    ($$v <@ daterange('2024-02-21', '2024-02-22')$$),
    ($$v <@ daterange('1000-01-01', '2000-01-01')$$),
    ($$v <@ daterange(NULL, NULL)$$),
    ($$v <@ 'empty'::daterange$$),
    -- the value on the right: the planner turns these round
    ($$'2024-02-21'::timex && v$$),
    ($$daterange('2024-02-01', '2024-03-01') && v$$),
    ($$'2024-02-21'::date <@ v$$),
    ($$daterange('2024-02-19', '2024-02-22') <@ v$$),
    ($$daterange('2024-01-01', '2024-07-01') @> v$$);

\i sql/include/index_check.sql

-- Each condition: rows by the index, rows by a scan, on both tables.
SELECT q AS condition, i.by_index, i.by_scan, i.same_rows AND b.same_rows AS same_rows,
       b.by_index = i.by_index AS built_alike
FROM gist_queries, pg_temp.index_check('gist_inserted', q) i, pg_temp.index_check('gist_built', q) b
ORDER BY q COLLATE "C";

SELECT opc.opcname, opc.opcdefault, amvalidate(opc.oid), opc.opckeytype::regtype AS key
FROM pg_opclass opc
WHERE opc.opcname = 'timex_gist_ops';

DROP TABLE gist_inserted, gist_built, gist_queries;
