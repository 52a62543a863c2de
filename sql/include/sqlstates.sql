-- Included by the regression tests: pg_temp.sqlstates(doc, lang) calls
-- every extraction function on one document and lists the SQLSTATE each
-- raises ('no error' when none), so a test shows the code of all of them.
CREATE FUNCTION pg_temp.sqlstates(doc text, lang text DEFAULT NULL) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    f text;
    state text;
BEGIN
    FOREACH f IN ARRAY ARRAY['sentences', 'timexes', 'mentions', 'quotes', 'allegations', 'extract'] LOOP
        BEGIN
            EXECUTE format('SELECT narrative.%I($1, lang => $2)', f) USING doc, lang;
            state := 'no error';
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
        END;
        RETURN NEXT f || ': ' || state;
    END LOOP;
    -- detect_lang takes no lang
    BEGIN
        PERFORM narrative.detect_lang(doc);
        state := 'no error';
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
    END;
    RETURN NEXT 'detect_lang: ' || state;
END
$$;
