-- The GiST operator class of timex: an index on a timex column serves
-- && (against timex, date and daterange), @> and <@, and finds exactly the
-- rows a scan does.
SET search_path = public, narrative;
CREATE TABLE gist_values (v timex);
INSERT INTO gist_values
SELECT (ARRAY['2024-02-21', '2024-W08', '2024-02', '2024-Q1', '2024-H1', '2024', '202X',
              '2023-10/mid', '2023-10/early', '2023-12/late', '2019', '2024-03-01'])[1 + g % 12]::timex
FROM generate_series(1, 3000) g;
CREATE INDEX gist_values_v_idx ON gist_values USING gist (v);
ANALYZE gist_values;

CREATE TABLE gist_queries (q text);
INSERT INTO gist_queries VALUES
    ($$v && daterange('2024-02-01', '2024-03-01')$$),
    ($$v && daterange('2023-10-11', '2023-10-12')$$),
    ($$v && 'empty'::daterange$$),
    ($$v && daterange(NULL, '2020-01-01')$$),
    ($$v && '2024-02-21'::date$$),
    ($$v && '2023-10/late'::timex$$),
    ($$v @> daterange('2024-02-19', '2024-02-22')$$),
    ($$v @> 'empty'::daterange$$),
    ($$v @> '2024-02-21'::date$$),
    ($$v @> '2024-W08'::timex$$),
    ($$v <@ daterange('2024-01-01', '2024-07-01')$$),
    ($$v <@ 'empty'::daterange$$),
    ($$v <@ '2024'::timex$$);

CREATE FUNCTION gist_count(condition text, use_index boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    plan text;
BEGIN
    PERFORM set_config('enable_seqscan', CASE WHEN use_index THEN 'off' ELSE 'on' END, true);
    PERFORM set_config('enable_indexscan', CASE WHEN use_index THEN 'on' ELSE 'off' END, true);
    PERFORM set_config('enable_bitmapscan', CASE WHEN use_index THEN 'on' ELSE 'off' END, true);
    FOR plan IN EXECUTE 'EXPLAIN SELECT count(*) FROM gist_values WHERE ' || condition LOOP
        IF use_index AND plan LIKE '%Seq Scan%' THEN
            RAISE EXCEPTION 'no index scan for %', condition;
        END IF;
    END LOOP;
    EXECUTE 'SELECT count(*) FROM gist_values WHERE ' || condition INTO n;
    RETURN n;
END
$$;

-- Each condition: rows by the index, rows by a scan.
SELECT q AS condition, gist_count(q, true) AS by_index, gist_count(q, false) AS by_scan
FROM gist_queries ORDER BY q;

SELECT opc.opcname, amvalidate(opc.oid) FROM pg_opclass opc
WHERE opc.opcname = 'timex_gist_ops';

DROP FUNCTION gist_count(text, boolean);
DROP TABLE gist_values, gist_queries;
