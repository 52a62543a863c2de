-- The trigger function that refuses duplicate aliases.  CREATE OR REPLACE,
-- because the upgrade scripts include this file as it is.  Its search_path
-- is pinned and every name in it qualified: it runs with whatever
-- search_path the inserting session has.

-- A duplicate alias in the same language (or one that applies to every
-- language, lang NULL) is refused, folded to lower case.
CREATE OR REPLACE FUNCTION narrative.alias_check_duplicate()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM narrative.alias a
               WHERE pg_catalog.lower(a.alias) OPERATOR(pg_catalog.=) pg_catalog.lower(NEW.alias)
                 AND (a.lang IS NOT DISTINCT FROM NEW.lang OR a.lang IS NULL OR NEW.lang IS NULL)
                 AND (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR a.ctid OPERATOR(pg_catalog.<>) OLD.ctid)) THEN
        RAISE EXCEPTION 'alias "%" already exists for language %', NEW.alias, coalesce(NEW.lang, 'any')
            USING ERRCODE = 'unique_violation',
                  HINT = 'Each alias names one actor per language; update the existing row instead.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION narrative.alias_check_duplicate() IS
    'Trigger: refuses an alias that duplicates another in the same language';
