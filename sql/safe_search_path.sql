-- Nothing the extension does resolves a name through the caller's
-- search_path.  A hostile role puts same-named functions, operators and a
-- collation in public; with public searched first and pg_catalog last,
-- extraction, the fingerprint, the lexicon's constraints and triggers, and
-- the timex operators give exactly what they gave before.
\set doc '''Juru bicara Kremlin Dmitry Peskov pada Kamis membantah tuduhan Korut, kata Zakharova, Rabu (21/2/2024). "Kami tidak mengirim senjata," kata Peskov.'''

-- What the extension gives with the default search_path.
CREATE TEMP TABLE trusted AS
SELECT md5(narrative.extract(:doc, 'id', '2024-02-22')::text) AS extracted,
       (SELECT string_agg(surface || '=' || actor, ', ' ORDER BY n)
        FROM narrative.mentions(:doc, 'id')) AS mentions,
       narrative.lexicon_fingerprint() AS fingerprint;
SELECT mentions FROM trusted;

CREATE ROLE narrative_hostile;
GRANT CREATE ON SCHEMA public TO narrative_hostile;
SET ROLE narrative_hostile;
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''hostile''';
CREATE FUNCTION public.upper(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''hostile''';
CREATE FUNCTION public.btrim(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''hostile''';
CREATE FUNCTION public.length(text) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION public.char_length(text) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE FUNCTION public.lower(narrative.timex) RETURNS date LANGUAGE sql IMMUTABLE AS 'SELECT date ''1900-01-01''';
CREATE FUNCTION public.mentions(text, text) RETURNS SETOF text LANGUAGE sql AS 'SELECT ''hostile''';
CREATE FUNCTION public.hostile_text_eq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE FUNCTION public.hostile_text_ne(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE FUNCTION public.hostile_int_le(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE FUNCTION public.hostile_timex_eq(narrative.timex, narrative.timex) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE FUNCTION public.hostile_timex_contains(narrative.timex, date) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_text_eq);
CREATE OPERATOR public.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_text_ne);
CREATE OPERATOR public.~ (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_text_ne);
CREATE OPERATOR public.<= (LEFTARG = int, RIGHTARG = int, FUNCTION = public.hostile_int_le);
CREATE OPERATOR public.= (LEFTARG = narrative.timex, RIGHTARG = narrative.timex, FUNCTION = public.hostile_timex_eq);
CREATE OPERATOR public.@> (LEFTARG = narrative.timex, RIGHTARG = date, FUNCTION = public.hostile_timex_contains);
-- byte order ("C") puts capitals first; ICU's root locale does not
CREATE COLLATION public."C" (provider = icu, locale = 'und');
RESET ROLE;

SET search_path = public, narrative, pg_catalog;
-- The hostile objects are in force for unqualified names...
SELECT lower('ABC') AS lower, 'a' = 'a' AS equal, char_length('abc') AS char_length,
       array_agg(x ORDER BY x COLLATE "C") AS sorted
FROM (VALUES ('b'), ('B'), ('a')) v (x);

-- ...but not inside the extension.  (This file's own comparisons name
-- pg_catalog's operators, since its statements are as exposed as anyone's.)
-- A lexicon change, through the triggers, rebuilds the lexicon under this
-- search_path; once undone, the results and the fingerprint are what they
-- were.
INSERT INTO narrative.actor (id, name, kind, country) VALUES ('X.hostile', 'Hostile Test', 'person', 'IDN');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Dmitry Peskov Hostile', NULL, 'X.hostile');
SELECT narrative.lexicon_fingerprint() OPERATOR(pg_catalog.<>) fingerprint AS fingerprint_changed FROM trusted;
DELETE FROM narrative.actor WHERE id OPERATOR(pg_catalog.=) 'X.hostile';
SELECT md5(narrative.extract(:doc, 'id', '2024-02-22')::text) OPERATOR(pg_catalog.=) extracted AS extract_same,
       (SELECT string_agg(surface || '=' || actor, ', ' ORDER BY n)
        FROM narrative.mentions(:doc, 'id')) OPERATOR(pg_catalog.=) mentions AS mentions_same,
       narrative.lexicon_fingerprint() OPERATOR(pg_catalog.=) fingerprint AS fingerprint_same
FROM trusted;

-- The constraints and the duplicate-alias trigger still refuse what they refuse.
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('korut', 'id', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('   ', 'id', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES (repeat('x', 201), 'id', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Contoh', 'fr', 'KOR');
INSERT INTO narrative.actor (id, name, kind, country) VALUES ('bad id', 'Bad', 'person', NULL);
INSERT INTO narrative.actor (id, name, kind, country) VALUES ('X.blank', ' ', 'person', NULL);
INSERT INTO narrative.cue (word, lang, act) VALUES ('menghostile', 'id', 'hostile');

-- The timex operators, written qualified, are the extension's.
SELECT narrative.lower('2023-10/mid'::narrative.timex) AS lower,
       '2024-02'::narrative.timex OPERATOR(narrative.@>) '2024-02-21'::date AS contains,
       '2024-Q1'::narrative.timex OPERATOR(narrative.=) '2024-Q1'::narrative.timex AS equal,
       '2024-W08'::narrative.timex OPERATOR(narrative.&&) '2024-02'::narrative.timex AS overlaps;
SELECT array_agg(v ORDER BY v) AS ordered, count(DISTINCT v) AS distinct_values
FROM (VALUES ('2024-02-21'::narrative.timex), ('2024-02'), ('2024'), ('2024-02')) t (v);

RESET search_path;
DROP OWNED BY narrative_hostile;
REVOKE CREATE ON SCHEMA public FROM narrative_hostile;
DROP ROLE narrative_hostile;

-- The extension's functions: none SECURITY DEFINER, every one in schema
-- narrative, and the one not written in C pins its search_path.
SELECT count(*) FILTER (WHERE p.prosecdef) AS security_definer,
       count(*) FILTER (WHERE p.pronamespace <> 'narrative'::regnamespace) AS outside_narrative,
       count(*) AS functions
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'narrative');
SELECT p.oid::regprocedure AS function, l.lanname AS language, p.proconfig AS settings
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid JOIN pg_language l ON l.oid = p.prolang
WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND l.lanname <> 'c'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'narrative')
ORDER BY 1::text;

-- Every member of the extension that lives in a schema lives in narrative.
SELECT o.type, o.schema, count(*) AS members
FROM pg_depend d, pg_identify_object(d.classid, d.objid, d.objsubid) o
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'narrative')
GROUP BY o.type, o.schema
ORDER BY o.type, o.schema;
