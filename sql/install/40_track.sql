-- Facts kept in tables: narrative.track(source, ...) makes, beside a table
-- of articles, <source>_timexes, _mentions, _quotes and _allegations (the
-- source's primary key, then the columns of the function of that name) and
-- <source>_extracted (the key and the lexicon fingerprint each row was
-- extracted under).  Statement-level triggers with transition tables keep
-- them equal to a fresh extraction through INSERT (and COPY), UPDATE,
-- DELETE and TRUNCATE.  They hold no foreign key to the source: its check,
-- one query per fact inserted, cost more than the extraction itself, and it
-- would refuse a plain TRUNCATE of the source; the DELETE and TRUNCATE
-- triggers do what ON DELETE CASCADE did, and refresh() drops the facts of
-- rows that left the source with no trigger fired (a partition detached,
-- triggers disabled).  narrative.stale() counts the
-- rows extracted under another lexicon, narrative.refresh() re-extracts
-- the stale and missing ones in committed batches.
--
-- What track() makes belongs to the source's owner, in the source's
-- schema, and is no member of the extension: pg_dump dumps it with the
-- user's tables (the facts as data, the triggers after the data, so a
-- restore extracts nothing again).  Which sources are tracked is the
-- extension's configuration table narrative.tracked, dumped too.
--
-- Every function here is SQL or PL/pgSQL (but the INSERT and UPDATE
-- triggers and tracked_store(), in C: track.c) with search_path pinned to pg_catalog, names every object of
-- ours with its schema, and builds its statements with format() and %I /
-- regclass, never by pasting a name unquoted.

CREATE TABLE narrative.tracked (
    source      regclass PRIMARY KEY,
    body        name NOT NULL,
    lang        name,
    published   name,
    outlet      name,
    timexes     regclass NOT NULL,
    mentions    regclass NOT NULL,
    quotes      regclass NOT NULL,
    allegations regclass NOT NULL,
    extracted   regclass NOT NULL
);
COMMENT ON TABLE narrative.tracked IS
    'Sources kept extracted by narrative.track(): the columns read (body, lang, published, outlet) and the tables of facts made for them';
SELECT pg_catalog.pg_extension_config_dump('narrative.tracked', '');

-- Everyone reads it (the triggers do, with the inserting role's rights);
-- a row may be written only by a member of the source's owner, which the
-- trigger below checks (a row-level security policy would make pg_dump
-- refuse the table to a non-superuser).
REVOKE ALL ON narrative.tracked FROM PUBLIC;
GRANT SELECT, INSERT, DELETE ON narrative.tracked TO PUBLIC;

CREATE FUNCTION narrative.tracked_check_owner()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    row_source regclass := CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD.source ELSE NEW.source END;
    owner oid;
BEGIN
    SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) row_source;
    -- a row whose source is gone may be removed by anyone
    IF owner IS NOT NULL AND NOT pg_catalog.pg_has_role(owner, 'USAGE') THEN
        RAISE EXCEPTION 'must be a member of the owner of table % to change whether it is tracked', row_source
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Ask the owner of the table to call narrative.track() or narrative.untrack().';
    END IF;
    RETURN CASE WHEN TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION narrative.tracked_check_owner() IS
    'Trigger: only a member of a source''s owner may add or remove its row in narrative.tracked';
CREATE TRIGGER tracked_owner BEFORE INSERT OR UPDATE OR DELETE ON narrative.tracked
    FOR EACH ROW EXECUTE FUNCTION narrative.tracked_check_owner();

-- The primary key columns of a table, in key order; NULL when it has none.
CREATE FUNCTION narrative.tracked_key(source regclass)
    RETURNS name[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.array_agg(a.attname ORDER BY k.ord)
    FROM pg_catalog.pg_index i
    CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_catalog.pg_attribute a
      ON a.attrelid OPERATOR(pg_catalog.=) i.indrelid AND a.attnum OPERATOR(pg_catalog.=) k.attnum
    WHERE i.indrelid OPERATOR(pg_catalog.=) source AND i.indisprimary
    HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 0
$$;
COMMENT ON FUNCTION narrative.tracked_key(regclass) IS
    'The primary key columns of a table, in key order (NULL when it has no primary key)';

-- "a.k1, a.k2" for key columns k1, k2 and alias a (no alias: bare names).
CREATE FUNCTION narrative.tracked_columns(columns name[], alias text DEFAULT NULL)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.string_agg(
               CASE WHEN alias IS NULL THEN pg_catalog.quote_ident(c)
                    ELSE pg_catalog.quote_ident(alias) OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) pg_catalog.quote_ident(c) END,
               ', ' ORDER BY o)
    FROM pg_catalog.unnest(columns) WITH ORDINALITY AS u(c, o)
$$;
COMMENT ON FUNCTION narrative.tracked_columns(name[], text) IS
    'The columns as a list for dynamic SQL, each quoted and qualified by the alias';

-- "a.k1 = b.k1 AND a.k2 = b.k2".
CREATE FUNCTION narrative.tracked_key_match(columns name[], a text, b text)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.string_agg(pg_catalog.format('%I.%I = %I.%I', a, c, b, c), ' AND ' ORDER BY o)
    FROM pg_catalog.unnest(columns) WITH ORDINALITY AS u(c, o)
$$;
COMMENT ON FUNCTION narrative.tracked_key_match(name[], text, text) IS
    'The join condition of two aliases on the columns, for dynamic SQL';

-- The arguments of an extraction call over alias a: "a.body, a.lang, a.published",
-- NULL for what is not tracked.
CREATE FUNCTION narrative.tracked_call_args(t narrative.tracked, a text)
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.format('%I.%I::pg_catalog.text, %s, %s', a, t.body,
        CASE WHEN t.lang IS NULL THEN 'NULL::pg_catalog.text'
             ELSE pg_catalog.format('%I.%I::pg_catalog.text', a, t.lang) END,
        CASE WHEN t.published IS NULL THEN 'NULL::pg_catalog.date'
             ELSE pg_catalog.format('%I.%I', a, t.published) END)
$$;
COMMENT ON FUNCTION narrative.tracked_call_args(narrative.tracked, text) IS
    'The document, lang and published arguments of an extraction call over a row of the source, for dynamic SQL';

-- The tracked row of a source, or a clear error.
CREATE FUNCTION narrative.tracked_config(source regclass)
    RETURNS narrative.tracked
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t narrative.tracked;
BEGIN
    SELECT * INTO t FROM narrative.tracked r WHERE r.source OPERATOR(pg_catalog.=) tracked_config.source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', source
            USING ERRCODE = 'undefined_object',
                  HINT = 'narrative.track() starts tracking a table; narrative.tracked lists those tracked.';
    END IF;
    RETURN t;
END
$$;
COMMENT ON FUNCTION narrative.tracked_config(regclass) IS
    'The narrative.tracked row of a source; an error naming it when it is not tracked';

-- The facts of one document from one run of the pipeline: what the
-- triggers and refresh() insert, which would otherwise run it once for each
-- of timexes(), mentions(), quotes() and allegations().  A row is one fact
-- of kind 't', 'm', 'q' or 'a', its columns laid out in one narrow row for
-- all kinds (tracked_extract_sql() reads them back; extract.c says which
-- column of each function goes where).
CREATE FUNCTION narrative.tracked_facts(
    doc pg_catalog.text, lang pg_catalog.text, published pg_catalog.date,
    OUT kind pg_catalog."char", OUT n pg_catalog.int4, OUT pos pg_catalog.int4, OUT len pg_catalog.int4,
    OUT sentence pg_catalog.int4, OUT body pg_catalog.text, OUT value1 narrative.timex, OUT value2 narrative.timex,
    OUT c1 pg_catalog.text, OUT c2 pg_catalog.text, OUT c3 pg_catalog.text, OUT c4 pg_catalog.text,
    OUT c5 pg_catalog.text, OUT c6 pg_catalog.text, OUT hedged pg_catalog.bool)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'narrative_tracked_facts'
    LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 100 ROWS 50;
COMMENT ON FUNCTION narrative.tracked_facts(pg_catalog.text, pg_catalog.text, pg_catalog.date) IS
    'The rows of timexes(), mentions(), quotes() and allegations() of a document from one run of the pipeline, kind t, m, q or a, in one narrow layout for narrative.track()';

-- The statement that inserts the facts of the source rows that a FROM
-- clause (aliased s) yields into the four tables, then their fingerprint,
-- given as $1: one extraction of each row (tracked_facts(), materialised
-- once), four inserts reading it.  The callers read the fingerprint before
-- they extract: if the lexicon changes between the statements, the rows
-- look stale, never fresh.  Statements are returned, not run, because a
-- transition table is visible only to the trigger function itself.
CREATE FUNCTION narrative.tracked_extract_sql(t narrative.tracked, key name[], rows_from text)
    RETURNS text[]
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    WITH keys AS (
        SELECT pg_catalog.string_agg(pg_catalog.format('s.%I AS narrative_key_%s', c, o), ', ' ORDER BY o) AS aliased,
               pg_catalog.string_agg(pg_catalog.format('f.narrative_key_%s', o), ', ' ORDER BY o) AS selected
        FROM pg_catalog.unnest(key) WITH ORDINALITY AS u(c, o)
    ), facts AS (
        -- each function's columns in its order, where tracked_facts() puts them
        SELECT * FROM (VALUES
            ('t', t.timexes, 'f.n, f.body, f.value1, f.pos, f.len, f.sentence'),
            ('m', t.mentions, 'f.n, f.body, f.c1, f.c2, f.c3, f.c4, f.c5, f.pos, f.len, f.sentence'),
            ('q', t.quotes, 'f.n, f.body, f.c1, f.c2, f.c3, f.c4, f.c5, f.c6, f.value1, f.pos, f.len, f.sentence'),
            ('a', t.allegations, 'f.n, f.c1, f.c2, f.c3, f.c4, f.hedged, f.value1, f.value2, f.body, f.pos, f.len, f.sentence'))
            AS v(letter, target, selected)
    )
    SELECT ARRAY[pg_catalog.format(
        'WITH f AS MATERIALIZED (SELECT %s, x.* FROM %s CROSS JOIN LATERAL narrative.tracked_facts(%s) x), %s '
        'INSERT INTO %s SELECT %s, $1 FROM %s',
        k.aliased, rows_from, narrative.tracked_call_args(t, 's'),
        pg_catalog.string_agg(pg_catalog.format('%s AS (INSERT INTO %s SELECT %s, %s FROM f WHERE f.kind OPERATOR(pg_catalog.=) %L)',
                                                'facts_' OPERATOR(pg_catalog.||) f.letter, f.target, k.selected, f.selected, f.letter),
                              ', '),
        t.extracted, narrative.tracked_columns(key, 's'), rows_from)]
    FROM keys k CROSS JOIN facts f
    GROUP BY k.aliased, k.selected
$$;
COMMENT ON FUNCTION narrative.tracked_extract_sql(narrative.tracked, name[], text) IS
    'The statement that inserts the facts of the source rows a FROM clause (aliased s) yields into the tables of a tracked source, and their fingerprint ($1)';

-- The statements that delete the facts of the keys a FROM clause (aliased b) yields.
CREATE FUNCTION narrative.tracked_forget_sql(t narrative.tracked, key name[], keys_from text)
    RETURNS text[]
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.array_agg(pg_catalog.format('DELETE FROM %s d USING %s WHERE %s',
                                                  target, keys_from, narrative.tracked_key_match(key, 'd', 'b')) ORDER BY o)
    FROM pg_catalog.unnest(ARRAY[t.timexes, t.mentions, t.quotes, t.allegations, t.extracted]) WITH ORDINALITY AS u(target, o)
$$;
COMMENT ON FUNCTION narrative.tracked_forget_sql(narrative.tracked, name[], text) IS
    'The statements that delete the facts and fingerprints of the keys a FROM clause (aliased b) yields from the tables of a tracked source';

-- The statements that delete the facts and fingerprints of keys no longer
-- in the source: those of its fingerprint table's keys without a row.
CREATE FUNCTION narrative.tracked_forget_orphans_sql(t narrative.tracked, key name[])
    RETURNS text[]
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT narrative.tracked_forget_sql(t, key, pg_catalog.format(
        '(SELECT %s FROM %s e WHERE NOT EXISTS (SELECT 1 FROM %s s WHERE %s)) b',
        narrative.tracked_columns(key, 'e'), t.extracted, t.source, narrative.tracked_key_match(key, 's', 'e')))
$$;
COMMENT ON FUNCTION narrative.tracked_forget_orphans_sql(narrative.tracked, name[]) IS
    'The statements that delete the facts and fingerprints of keys no longer in a tracked source';

-- The triggers.  Statement-level, with transition tables: a COPY of many
-- rows is one call and one set-based INSERT per table.  Not SECURITY
-- The facts of the rows a statement inserted, one run of the pipeline per
-- row, stored the way COPY stores rows (track.c), or by the statement of
-- tracked_extract_sql() where a table of facts needs the executor (a
-- trigger, a constraint, row security of its own).  Not SECURITY DEFINER:
-- the inserting role writes the facts (the tables' policies let whoever may
-- insert into or update the source do so).  A unique violation there is an
-- error naming refresh().
CREATE FUNCTION narrative.tracked_inserted()
    RETURNS trigger
    LANGUAGE C
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'narrative_tracked_inserted';
COMMENT ON FUNCTION narrative.tracked_inserted() IS
    'Trigger: extracts the facts of the rows a statement inserted into a tracked source';

-- The same for the rows of a FROM clause over the source (aliased s):
-- refresh()'s batches, under the fingerprint read before they were chosen.
CREATE FUNCTION narrative.tracked_store(source regclass, rows_from text, fingerprint text)
    RETURNS void
    LANGUAGE C STRICT
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'narrative_tracked_store';
COMMENT ON FUNCTION narrative.tracked_store(regclass, text, text) IS
    'Stores the facts of the rows of a tracked source that a FROM clause (aliased s) yields, and their fingerprint';

-- "(SELECT ...)": the rows of transition table mine that have no row in
-- theirs with the same key and the same tracked columns, byte for byte
-- (collation "C": under a case-insensitive collation an edit of case would
-- look like no change).
CREATE FUNCTION narrative.tracked_changed_sql(t narrative.tracked, key name[], mine text, theirs text)
    RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.format(
        '(SELECT m.* FROM %I m WHERE NOT EXISTS (SELECT 1 FROM %I o WHERE %s%s))', mine, theirs,
        narrative.tracked_key_match(key, 'o', 'm'),
        (SELECT pg_catalog.string_agg(
                    CASE WHEN c OPERATOR(pg_catalog.=) t.published
                         THEN pg_catalog.format(' AND o.%I IS NOT DISTINCT FROM m.%I', c, c)
                         ELSE pg_catalog.format(' AND o.%I COLLATE pg_catalog."C" IS NOT DISTINCT FROM m.%I COLLATE pg_catalog."C"', c, c) END,
                    '' ORDER BY o)
         FROM pg_catalog.unnest(ARRAY[t.body, t.lang, t.published]) WITH ORDINALITY AS u(c, o)
         WHERE c IS NOT NULL))
$$;
COMMENT ON FUNCTION narrative.tracked_changed_sql(narrative.tracked, name[], text, text) IS
    'The rows of one transition table of an UPDATE with no row of the same key and tracked columns in the other, as a subquery for dynamic SQL';

-- An UPDATE re-extracts only the rows whose body, lang or published
-- changed, or whose key did (the facts of the old key are forgotten), and
-- stores them as tracked_inserted() does (track.c).  An UPDATE of other
-- columns costs a join of the transition tables and no extraction.
CREATE FUNCTION narrative.tracked_updated()
    RETURNS trigger
    LANGUAGE C
    SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'narrative_tracked_updated';
COMMENT ON FUNCTION narrative.tracked_updated() IS
    'Trigger: re-extracts the facts of the rows whose tracked columns an UPDATE of a tracked source changed';

CREATE FUNCTION narrative.tracked_deleted()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    source regclass := coalesce(pg_catalog.pg_partition_root(TG_RELID), TG_RELID);
    statement text;
BEGIN
    FOREACH statement IN ARRAY narrative.tracked_forget_sql(narrative.tracked_config(source), narrative.tracked_key(source),
                                                            'narrative_deleted b') LOOP
        EXECUTE statement;
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION narrative.tracked_deleted() IS
    'Trigger: forgets the facts of the rows a statement deleted from a tracked source';

-- TRUNCATE of the source (or of every partition) empties the tables of
-- facts, with TRUNCATE where the role may, else DELETE; TRUNCATE of some
-- partitions forgets the facts whose row is no longer in the source.
CREATE FUNCTION narrative.tracked_truncated()
    RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    source regclass := coalesce(pg_catalog.pg_partition_root(TG_RELID), TG_RELID);
    t narrative.tracked := narrative.tracked_config(source);
    tables regclass[] := ARRAY[t.timexes, t.mentions, t.quotes, t.allegations, t.extracted];
    empty boolean;
    statement text;
BEGIN
    EXECUTE pg_catalog.format('SELECT NOT EXISTS (SELECT 1 FROM %s)', source) INTO empty;
    IF NOT empty THEN
        FOREACH statement IN ARRAY narrative.tracked_forget_orphans_sql(t, narrative.tracked_key(source)) LOOP
            EXECUTE statement;
        END LOOP;
    ELSIF (SELECT pg_catalog.bool_and(pg_catalog.has_table_privilege(f, 'TRUNCATE')) FROM pg_catalog.unnest(tables) f) THEN
        EXECUTE pg_catalog.format('TRUNCATE %s, %s, %s, %s, %s', VARIADIC tables);
    ELSE
        EXECUTE pg_catalog.format('DELETE FROM %s; DELETE FROM %s; DELETE FROM %s; DELETE FROM %s; DELETE FROM %s', VARIADIC tables);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION narrative.tracked_truncated() IS
    'Trigger: forgets the facts of the rows a TRUNCATE took from a tracked source';

CREATE FUNCTION narrative.track(
    source regclass,
    body name,
    lang name DEFAULT NULL,
    published name DEFAULT NULL,
    outlet name DEFAULT NULL)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    rel pg_catalog.pg_class;
    key name[];
    owner name;
    schema name;
    base name;
    column_name name;
    column_role text;
    column_type oid;
    wanted oid[];
    facts text;
    target name;
    made regclass;
    made_tables regclass[] := '{}';
    fact_columns name[];
    clash name;
    grant_row record;
    policy_source text := pg_catalog.quote_literal(source::text) OPERATOR(pg_catalog.||) '::pg_catalog.regclass';
BEGIN
    IF source IS NULL OR body IS NULL THEN
        RAISE EXCEPTION 'narrative.track() needs a source table and its body column'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = pg_catalog.format('source is %s, body is %s',
                                             coalesce(source::text, 'NULL'), coalesce(body::text, 'NULL'));
    END IF;
    SELECT * INTO rel FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) source;
    IF rel.relkind OPERATOR(pg_catalog.<>) ALL (ARRAY['r', 'p']::"char"[]) THEN
        RAISE EXCEPTION '% is not a table', source
            USING ERRCODE = 'wrong_object_type',
                  DETAIL = pg_catalog.format('Its relkind is %L.', rel.relkind),
                  HINT = 'Track the table (or partitioned table) that holds the articles.';
    END IF;
    IF rel.relispartition THEN
        RAISE EXCEPTION 'table % is a partition', source
            USING ERRCODE = 'wrong_object_type',
                  HINT = pg_catalog.format('Track the partitioned table, %s.', pg_catalog.pg_partition_root(source));
    END IF;
    -- sources dropped since they were tracked leave their row behind
    DELETE FROM narrative.tracked r
    WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) r.source);
    IF EXISTS (SELECT 1 FROM narrative.tracked r WHERE r.source OPERATOR(pg_catalog.=) track.source) THEN
        RAISE EXCEPTION 'table % is already tracked', source
            USING ERRCODE = 'duplicate_object',
                  HINT = pg_catalog.format('To track it with other columns, call narrative.untrack(%L) first.', source::text);
    END IF;
    key := narrative.tracked_key(source);
    IF key IS NULL THEN
        RAISE EXCEPTION 'table % has no primary key', source
            USING ERRCODE = 'invalid_table_definition',
                  DETAIL = 'The tables of facts refer to their article by its primary key.',
                  HINT = pg_catalog.format('Add one, e.g. ALTER TABLE %s ADD PRIMARY KEY (id).', source);
    END IF;

    -- the columns read: present, and of a type the functions take
    FOR column_role, column_name, wanted IN
        VALUES ('body', body, ARRAY['pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype, 'pg_catalog.bpchar'::regtype]::oid[]),
               ('lang', lang, ARRAY['pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype, 'pg_catalog.bpchar'::regtype]::oid[]),
               ('published', published, ARRAY['pg_catalog.date'::regtype]::oid[]),
               ('outlet', outlet, ARRAY['pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype, 'pg_catalog.bpchar'::regtype]::oid[])
    LOOP
        CONTINUE WHEN column_name IS NULL;
        -- a domain counts as its base type
        SELECT CASE WHEN ty.typtype OPERATOR(pg_catalog.=) 'd' THEN ty.typbasetype ELSE ty.oid END INTO column_type
        FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid OPERATOR(pg_catalog.=) a.atttypid
        WHERE a.attrelid OPERATOR(pg_catalog.=) source AND a.attname OPERATOR(pg_catalog.=) column_name
          AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of table % does not exist', column_name, source
                USING ERRCODE = 'undefined_column',
                      DETAIL = pg_catalog.format('It was given as the %s column.', column_role),
                      HINT = 'The column arguments name columns of the source table.';
        END IF;
        IF column_type OPERATOR(pg_catalog.<>) ALL (wanted) THEN
            RAISE EXCEPTION 'column "%" of table % is of type %, not %', column_name, source,
                    pg_catalog.format_type(column_type, NULL),
                    (SELECT pg_catalog.string_agg(pg_catalog.format_type(w, NULL), ' or ') FROM pg_catalog.unnest(wanted) w)
                USING ERRCODE = 'datatype_mismatch',
                      DETAIL = pg_catalog.format('It was given as the %s column.', column_role),
                      HINT = CASE column_role WHEN 'published' THEN 'The publication date must be a date column.'
                                              ELSE 'The column must hold text.' END;
        END IF;
    END LOOP;

    owner := pg_catalog.pg_get_userbyid(rel.relowner);
    schema := (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid OPERATOR(pg_catalog.=) rel.relnamespace);
    base := rel.relname;
    FOREACH facts IN ARRAY ARRAY['timexes', 'mentions', 'quotes', 'allegations', 'extracted'] LOOP
        target := base OPERATOR(pg_catalog.||) '_' OPERATOR(pg_catalog.||) facts;
        IF pg_catalog.octet_length(base) OPERATOR(pg_catalog.+) 1 OPERATOR(pg_catalog.+) pg_catalog.octet_length(facts)
           OPERATOR(pg_catalog.>) 63 THEN
            RAISE EXCEPTION 'the name of table % is too long to name its tables of facts after it', source
                USING ERRCODE = 'name_too_long',
                      DETAIL = pg_catalog.format('%s_%s would pass the 63-byte limit on names.', base, facts),
                      HINT = 'Rename the table to a name of at most 51 bytes.';
        END IF;
        IF pg_catalog.to_regclass(pg_catalog.format('%I.%I', schema, target)) IS NOT NULL THEN
            RAISE EXCEPTION 'relation %.% already exists', pg_catalog.quote_ident(schema), pg_catalog.quote_ident(target)
                USING ERRCODE = 'duplicate_table',
                      DETAIL = pg_catalog.format('narrative.track(%L) makes tables named %s_timexes, _mentions, _quotes, _allegations and _extracted.', source::text, base),
                      HINT = 'Drop or rename that relation first.';
        END IF;
        -- the key first, then the function's columns
        IF facts OPERATOR(pg_catalog.=) 'extracted' THEN
            EXECUTE pg_catalog.format('CREATE TABLE %I.%I AS SELECT %s, ''''::pg_catalog.text AS fingerprint FROM %s s WITH NO DATA',
                                      schema, target, narrative.tracked_columns(key, 's'), source);
            EXECUTE pg_catalog.format('ALTER TABLE %I.%I ALTER fingerprint SET NOT NULL, ADD PRIMARY KEY (%s)',
                                      schema, target, narrative.tracked_columns(key));
        ELSE
            SELECT pg_catalog.array_agg(p.name) INTO fact_columns
            FROM pg_catalog.pg_proc f,
                 ROWS FROM (pg_catalog.unnest(f.proargnames), pg_catalog.unnest(f.proargmodes)) AS p(name, mode)
            WHERE f.oid OPERATOR(pg_catalog.=) pg_catalog.format('narrative.%s(pg_catalog.text, pg_catalog.text, pg_catalog.date)', facts)::pg_catalog.regprocedure
              AND p.mode OPERATOR(pg_catalog.=) 'o';
            SELECT k INTO clash FROM pg_catalog.unnest(key) k WHERE k OPERATOR(pg_catalog.=) ANY (fact_columns) LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'primary key column "%" of table % has the name of a column of narrative.%()', clash, source, facts
                    USING ERRCODE = 'duplicate_column',
                          DETAIL = pg_catalog.format('The table %s starts with the key, then the columns %s.', target,
                                                     pg_catalog.array_to_string(fact_columns, ', ')),
                          HINT = 'Rename the key column.';
            END IF;
            EXECUTE pg_catalog.format('CREATE TABLE %I.%I AS SELECT %s, f.* FROM %s s CROSS JOIN LATERAL narrative.%I(NULL) f WITH NO DATA',
                                      schema, target, narrative.tracked_columns(key, 's'), source, facts);
            EXECUTE pg_catalog.format('ALTER TABLE %I.%I ADD PRIMARY KEY (%s, n)',
                                      schema, target, narrative.tracked_columns(key));
        END IF;
        made := pg_catalog.format('%I.%I', schema, target)::regclass;
        made_tables := made_tables OPERATOR(pg_catalog.||) made;
        -- the joins analysts make: actors, acts, and dates through the GiST
        -- opclass.  Actors and acts are a few hundred codes over all the
        -- rows: GIN (narrative.text_equality_ops) stores each code's rows
        -- as one posting list and costs a load about half what a B-tree
        -- does, and the allegations' one index over accuser, act and
        -- accused serves a search on any of them.  Most quotes and claims
        -- carry no date: the date indexes hold the rows that have one,
        -- which every search by date (a strict operator: &&, @>, <@) is
        -- proved to need alone, and a load does not pay for entries no
        -- such search can find.
        CASE facts
            WHEN 'timexes' THEN
                EXECUTE pg_catalog.format('CREATE INDEX ON %s USING gist (value)', made);
            WHEN 'mentions' THEN
                EXECUTE pg_catalog.format('CREATE INDEX ON %s USING gin (actor narrative.text_equality_ops)', made);
            WHEN 'quotes' THEN
                EXECUTE pg_catalog.format('CREATE INDEX ON %s USING gin (speaker_actor narrative.text_equality_ops)', made);
                EXECUTE pg_catalog.format('CREATE INDEX ON %s USING gist (said_on) WHERE said_on IS NOT NULL', made);
            WHEN 'allegations' THEN
                EXECUTE pg_catalog.format('CREATE INDEX ON %s USING gin (accuser narrative.text_equality_ops, '
                                          'act narrative.text_equality_ops, accused narrative.text_equality_ops)', made);
                EXECUTE pg_catalog.format('CREATE INDEX ON %s USING gist (said_on) WHERE said_on IS NOT NULL', made);
            ELSE
                NULL;
        END CASE;
        EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', made,
            CASE facts WHEN 'extracted'
                 THEN pg_catalog.format('The lexicon fingerprint each row of %s was extracted under (narrative.track())', source)
                 ELSE pg_catalog.format('narrative.%s() of each row of %s, kept current by narrative.track()', facts, source) END);

        -- Privileges.  The source's owner owns it.  Whoever may insert
        -- into, update, delete from or truncate the source writes the
        -- facts, through the triggers, with its own rights: the table is
        -- open to every role for INSERT and DELETE, and row security lets
        -- only those roles through (the owner is not subject to it).
        -- DELETE needs to read the key.  Reading the facts, and TRUNCATE
        -- (else the trigger deletes), go to whoever has them on the source
        -- now; grant later ones alike.
        IF owner OPERATOR(pg_catalog.<>) CURRENT_USER THEN
            EXECUTE pg_catalog.format('ALTER TABLE %s OWNER TO %I', made, owner);
        END IF;
        EXECUTE pg_catalog.format('GRANT INSERT, DELETE ON %s TO PUBLIC', made);
        EXECUTE pg_catalog.format('GRANT SELECT (%s) ON %s TO PUBLIC', narrative.tracked_columns(key), made);
        EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', made);
        EXECUTE pg_catalog.format('CREATE POLICY narrative_read ON %s FOR SELECT USING (true)', made);
        EXECUTE pg_catalog.format('CREATE POLICY narrative_insert ON %s FOR INSERT WITH CHECK (pg_catalog.has_table_privilege(%s, ''INSERT, UPDATE''))',
                                  made, policy_source);
        EXECUTE pg_catalog.format('CREATE POLICY narrative_delete ON %s FOR DELETE USING (pg_catalog.has_table_privilege(%s, ''UPDATE, DELETE, TRUNCATE''))',
                                  made, policy_source);
        FOR grant_row IN
            SELECT g.grantee, g.privilege_type FROM pg_catalog.aclexplode(rel.relacl) g
            WHERE g.privilege_type OPERATOR(pg_catalog.=) ANY (ARRAY['SELECT', 'TRUNCATE'])
              AND g.grantee OPERATOR(pg_catalog.<>) rel.relowner
        LOOP
            EXECUTE pg_catalog.format('GRANT %s ON %s TO %s', grant_row.privilege_type, made,
                CASE WHEN grant_row.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
                     ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(grant_row.grantee)) END);
        END LOOP;
    END LOOP;

    INSERT INTO narrative.tracked (source, body, lang, published, outlet, timexes, mentions, quotes, allegations, extracted)
    VALUES (source, body, lang, published, outlet,
            made_tables[1], made_tables[2], made_tables[3], made_tables[4], made_tables[5]);

    -- An UPDATE trigger with transition tables cannot name columns
    -- (UPDATE OF ...): tracked_updated() compares them instead.  A
    -- statement-level trigger fires only for the table the statement
    -- names, so every partition gets them too (a statement through the
    -- partitioned table fires only the partitioned table's).
    FOR made IN
        SELECT p.relid FROM pg_catalog.pg_partition_tree(source) p
        JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) p.relid
        WHERE c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p']::"char"[])
        UNION SELECT source
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER narrative_inserted AFTER INSERT ON %s
            REFERENCING NEW TABLE AS narrative_inserted
            FOR EACH STATEMENT EXECUTE FUNCTION narrative.tracked_inserted()', made);
        EXECUTE pg_catalog.format('CREATE TRIGGER narrative_updated AFTER UPDATE ON %s
            REFERENCING OLD TABLE AS narrative_updated_old NEW TABLE AS narrative_updated_new
            FOR EACH STATEMENT EXECUTE FUNCTION narrative.tracked_updated()', made);
        EXECUTE pg_catalog.format('CREATE TRIGGER narrative_deleted AFTER DELETE ON %s
            REFERENCING OLD TABLE AS narrative_deleted
            FOR EACH STATEMENT EXECUTE FUNCTION narrative.tracked_deleted()', made);
        EXECUTE pg_catalog.format('CREATE TRIGGER narrative_truncated AFTER TRUNCATE ON %s
            FOR EACH STATEMENT EXECUTE FUNCTION narrative.tracked_truncated()', made);
    END LOOP;
END
$$;
COMMENT ON FUNCTION narrative.track(regclass, name, name, name, name) IS
    'Keeps the facts of a table of articles in tables beside it (<table>_timexes, _mentions, _quotes, _allegations, and _extracted: the lexicon fingerprint per row), current through INSERT, COPY, UPDATE, DELETE and TRUNCATE; rows already there are filled by CALL narrative.refresh()';

CREATE FUNCTION narrative.untrack(source regclass)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t narrative.tracked := narrative.tracked_config(source);
    part regclass;
BEGIN
    -- the table, or the partitioned table and its partitions
    FOR part IN
        SELECT p.relid FROM pg_catalog.pg_partition_tree(source) p
        UNION SELECT source
    LOOP
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS narrative_inserted ON %s', part);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS narrative_updated ON %s', part);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS narrative_deleted ON %s', part);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS narrative_truncated ON %s', part);
    END LOOP;
    EXECUTE pg_catalog.format('DROP TABLE IF EXISTS %s, %s, %s, %s, %s',
                              t.timexes, t.mentions, t.quotes, t.allegations, t.extracted);
    DELETE FROM narrative.tracked r WHERE r.source OPERATOR(pg_catalog.=) untrack.source;
END
$$;
COMMENT ON FUNCTION narrative.untrack(regclass) IS
    'Stops tracking a table: drops its triggers and the tables of facts track() made; the table itself is left as it is';

CREATE FUNCTION narrative.stale(source regclass)
    RETURNS bigint
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t narrative.tracked := narrative.tracked_config(source);
    n bigint;
BEGIN
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s WHERE fingerprint <> $1', t.extracted)
        INTO n USING narrative.lexicon_fingerprint();
    RETURN n;
END
$$;
COMMENT ON FUNCTION narrative.stale(regclass) IS
    'How many rows of a tracked table were extracted under another lexicon than the one in force (CALL narrative.refresh() re-extracts them)';

-- How long, said briefly: "42 s", "3 min 20 s", "2 h 5 min".
CREATE FUNCTION narrative.tracked_duration(seconds double precision)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE
        WHEN seconds OPERATOR(pg_catalog.<) 60 THEN pg_catalog.format('%s s', pg_catalog.round(seconds::pg_catalog.numeric))
        WHEN seconds OPERATOR(pg_catalog.<) 3600 THEN pg_catalog.format('%s min %s s',
            pg_catalog.floor(seconds OPERATOR(pg_catalog./) 60), pg_catalog.round(seconds::pg_catalog.numeric OPERATOR(pg_catalog.%) 60))
        ELSE pg_catalog.format('%s h %s min', pg_catalog.floor(seconds OPERATOR(pg_catalog./) 3600),
            pg_catalog.floor((seconds::pg_catalog.numeric OPERATOR(pg_catalog.%) 3600) OPERATOR(pg_catalog./) 60))
    END
$$;
COMMENT ON FUNCTION narrative.tracked_duration(double precision) IS
    'A number of seconds as refresh() reports it: 42 s, 3 min 20 s, 2 h 5 min';

-- The rows of a tracked source that are missing from its tables of facts
-- or were extracted under another lexicon than the one in force.
CREATE FUNCTION narrative.tracked_pending(source regclass)
    RETURNS bigint
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t narrative.tracked := narrative.tracked_config(source);
    n bigint;
BEGIN
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s s WHERE NOT EXISTS (SELECT 1 FROM %s e WHERE %s AND e.fingerprint = $1)',
                              source, t.extracted, narrative.tracked_key_match(narrative.tracked_key(source), 'e', 's'))
        INTO n USING narrative.lexicon_fingerprint();
    RETURN n;
END
$$;
COMMENT ON FUNCTION narrative.tracked_pending(regclass) IS
    'How many rows of a tracked table are missing from its tables of facts or were extracted under another lexicon';

-- One batch of refresh(), in key order: the batch's source rows are locked
-- FOR SHARE (SKIP LOCKED: a row another session is changing gets its facts
-- from that session's trigger, or from the next refresh), their facts
-- deleted and extracted again, and the last key done kept in a temporary
-- table, so that the next batch starts after it without walking the rows
-- done.  The first batch (resume false) starts from the first key.
-- Returns the rows done; 0 when there are none left.
CREATE FUNCTION narrative.tracked_refresh_batch(source regclass, batch integer, resume boolean)
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t narrative.tracked := narrative.tracked_config(source);
    key name[] := narrative.tracked_key(source);
    n bigint;
    fingerprint text := narrative.lexicon_fingerprint();
    statement text;
BEGIN
    IF NOT resume THEN
        -- left behind by a refresh that was cancelled
        IF pg_catalog.to_regclass('pg_temp.narrative_refresh_batch') IS NOT NULL THEN
            DROP TABLE pg_temp.narrative_refresh_batch;
        END IF;
        IF pg_catalog.to_regclass('pg_temp.narrative_refresh_after') IS NOT NULL THEN
            DROP TABLE pg_temp.narrative_refresh_after;
        END IF;
        EXECUTE pg_catalog.format('CREATE TEMPORARY TABLE narrative_refresh_batch AS SELECT %s FROM %s s WITH NO DATA',
                                  narrative.tracked_columns(key, 's'), source);
        EXECUTE pg_catalog.format('CREATE TEMPORARY TABLE narrative_refresh_after AS SELECT %s FROM %s s WITH NO DATA',
                                  narrative.tracked_columns(key, 's'), source);
    END IF;
    DELETE FROM pg_temp.narrative_refresh_batch;
    EXECUTE pg_catalog.format(
        'INSERT INTO pg_temp.narrative_refresh_batch SELECT %s FROM %s s
         WHERE NOT EXISTS (SELECT 1 FROM %s e WHERE %s AND e.fingerprint = $1)%s
         ORDER BY %s LIMIT $2 FOR SHARE OF s SKIP LOCKED',
        narrative.tracked_columns(key, 's'), source, t.extracted, narrative.tracked_key_match(key, 'e', 's'),
        CASE WHEN NOT resume THEN ''
             ELSE pg_catalog.format(' AND (%s) > (SELECT %s FROM pg_temp.narrative_refresh_after a)',
                                    narrative.tracked_columns(key, 's'), narrative.tracked_columns(key, 'a')) END,
        narrative.tracked_columns(key, 's'))
        USING fingerprint, batch;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        DROP TABLE pg_temp.narrative_refresh_batch, pg_temp.narrative_refresh_after;
        RETURN 0;
    END IF;
    FOREACH statement IN ARRAY narrative.tracked_forget_sql(t, key, 'pg_temp.narrative_refresh_batch b') LOOP
        EXECUTE statement;
    END LOOP;
    PERFORM narrative.tracked_store(source, pg_catalog.format('pg_temp.narrative_refresh_batch b JOIN %s s ON %s', source,
                                                              narrative.tracked_key_match(key, 'b', 's')),
                                    fingerprint);
    DELETE FROM pg_temp.narrative_refresh_after;
    EXECUTE pg_catalog.format('INSERT INTO pg_temp.narrative_refresh_after SELECT %s FROM pg_temp.narrative_refresh_batch b ORDER BY %s LIMIT 1',
        narrative.tracked_columns(key, 'b'),
        (SELECT pg_catalog.string_agg(pg_catalog.format('b.%I DESC', k), ', ') FROM pg_catalog.unnest(key) k));
    RETURN n;
END
$$;
COMMENT ON FUNCTION narrative.tracked_refresh_batch(regclass, integer, boolean) IS
    'One batch of narrative.refresh(): extracts up to batch missing or stale rows after the last key done, and returns how many';

-- The procedure commits between batches, which a procedure with a SET
-- clause may not: it has none, and qualifies every name and operator.
CREATE PROCEDURE narrative.refresh(source regclass, batch integer DEFAULT 1000)
    LANGUAGE plpgsql
    AS $$
DECLARE
    pending pg_catalog.int8;
    done pg_catalog.int8 := 0;
    left_to_do pg_catalog.int8;
    n pg_catalog.int8;
    started pg_catalog.timestamptz := pg_catalog.clock_timestamp();
    rate pg_catalog.float8;
    statement pg_catalog.text;
BEGIN
    IF batch IS NULL OR batch OPERATOR(pg_catalog.<=) 0 THEN
        RAISE EXCEPTION 'batch must be a positive number of rows, not %', coalesce(batch::pg_catalog.text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'CALL narrative.refresh(source, batch => 1000) commits after every 1000 rows.';
    END IF;
    -- A transaction that started before this statement is a block the
    -- caller opened, where COMMIT is not allowed: say so before any work.
    IF pg_catalog.now() OPERATOR(pg_catalog.<>) pg_catalog.statement_timestamp() THEN
        RAISE EXCEPTION 'narrative.refresh() cannot run inside a transaction block'
            USING ERRCODE = 'active_sql_transaction',
                  DETAIL = 'It commits after each batch, so that a cancel loses at most one batch.',
                  HINT = 'CALL it on its own, outside BEGIN ... COMMIT (in psql, with AUTOCOMMIT on).';
    END IF;
    -- facts of rows that left with no trigger fired (a partition detached,
    -- triggers disabled)
    FOREACH statement IN ARRAY narrative.tracked_forget_orphans_sql(narrative.tracked_config(source),
                                                                    narrative.tracked_key(source)) LOOP
        EXECUTE statement;
    END LOOP;
    pending := narrative.tracked_pending(source);
    LOOP
        n := narrative.tracked_refresh_batch(source, batch, done OPERATOR(pg_catalog.>) 0);
        EXIT WHEN n OPERATOR(pg_catalog.=) 0;
        COMMIT;
        done := done OPERATOR(pg_catalog.+) n;
        left_to_do := pg_catalog.int8larger(pending OPERATOR(pg_catalog.-) done, 0);
        rate := done::pg_catalog.float8 OPERATOR(pg_catalog./) pg_catalog.float8larger(
            pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) started), 0.001);
        RAISE NOTICE '%: % rows done, % left, % rows/s, % left', source, done, left_to_do,
            pg_catalog.round(rate::pg_catalog.numeric),
            narrative.tracked_duration(left_to_do::pg_catalog.float8 OPERATOR(pg_catalog./) rate);
    END LOOP;
    -- rows skipped because another session held them, or changed meanwhile
    pending := narrative.tracked_pending(source);
    IF pending OPERATOR(pg_catalog.>) 0 THEN
        RAISE NOTICE '%: % rows still missing or stale (locked by other sessions, or changed meanwhile)', source, pending
            USING HINT = 'CALL narrative.refresh() again.';
    ELSIF done OPERATOR(pg_catalog.=) 0 THEN
        RAISE NOTICE '%: nothing to do, every row is extracted under the lexicon in force', source;
    END IF;
END
$$;
COMMENT ON PROCEDURE narrative.refresh(regclass, integer) IS
    'Extracts the rows of a tracked table that are missing or were extracted under another lexicon, in batches of batch rows, committing after each and reporting progress; a rerun resumes';
