-- Included by the regression tests of the operator classes:
-- pg_temp.index_check(tab, condition) gives the rows a condition finds in a
-- table (with an id column), by its index, which the plan must use, and by
-- a scan: how many each way, and whether they are the same rows.
CREATE FUNCTION pg_temp.index_check(tab text, condition text,
                                    OUT by_index bigint, OUT by_scan bigint, OUT same_rows boolean)
LANGUAGE plpgsql AS $$
DECLARE
    query text := format('SELECT array_agg(id ORDER BY id) FROM %I WHERE %s', tab, condition);
    plan text;
    index_ids int[];
    scan_ids int[];
BEGIN
    PERFORM set_config('enable_seqscan', 'off', true);
    FOR plan IN EXECUTE 'EXPLAIN ' || query LOOP
        IF plan LIKE '%Seq Scan%' THEN
            RAISE EXCEPTION 'no index scan for % on %', condition, tab;
        END IF;
    END LOOP;
    EXECUTE query INTO index_ids;
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_indexscan', 'off', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    EXECUTE query INTO scan_ids;
    PERFORM set_config('enable_indexscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'on', true);
    by_index := coalesce(cardinality(index_ids), 0);
    by_scan := coalesce(cardinality(scan_ids), 0);
    same_rows := index_ids IS NOT DISTINCT FROM scan_ids;
END
$$;
