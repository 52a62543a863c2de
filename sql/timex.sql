--
-- narrative.timex: a calendar date of known precision, after TIMEX3.
--
-- Seven shapes, from the narrowest to the widest, each optionally narrowed
-- to its early, mid or late third (by days; the remainder goes to the late
-- third, and a single day has no thirds to narrow):
--   2024-02-21 day, 2024-W08 ISO week, 2024-02 month, 2024-Q1 quarter,
--   2024-H1 half, 2024 year, 202X decade;  2023-10/mid = 11 to 20 October.
--
-- Operators live in schema narrative, so it goes on the search_path; dates
-- are shown as ISO whatever pg_regress chose.
SET search_path = public, narrative;
SET DateStyle = ISO, YMD;

--
-- Text in and out, with the days each value covers: lower() is the first
-- day, upper() the day after the last.  precision is a keyword, so its
-- function is called by its qualified name.
--
SELECT input, input::timex AS timex, narrative.precision(input::timex),
       lower(input::timex), upper(input::timex),
       upper(input::timex) - lower(input::timex) AS days
FROM (VALUES
    ('2024-02-21'), ('2024-02-21/early'), ('2024-02-21/mid'), ('2024-02-21/late'),
    ('2024-W08'), ('2024-W08/early'), ('2024-W08/mid'), ('2024-W08/late'),
    ('2023-10'), ('2023-10/early'), ('2023-10/mid'), ('2023-10/late'),
    ('2024-02'), ('2024-02/early'), ('2024-02/mid'), ('2024-02/late'),
    ('2024-Q1'), ('2024-Q1/early'), ('2024-Q1/mid'), ('2024-Q1/late'),
    ('2024-H2'), ('2024-H2/early'), ('2024-H2/mid'), ('2024-H2/late'),
    ('2024'), ('2024/early'), ('2024/mid'), ('2024/late'),
    ('202X'), ('202X/early'), ('202X/mid'), ('202X/late')
) AS v(input);

-- ISO weeks belong to the year of their Thursday; 2020 has 53 of them.
SELECT input, input::timex AS timex, lower(input::timex), upper(input::timex)
FROM (VALUES ('2020-W53'), ('2021-W01'), ('2024-W01'), ('2025-W01'), ('2026-W53')) AS v(input);

-- The ends of the calendar, leap days, and the white space input allows.
SELECT input, input::timex AS timex, lower(input::timex), upper(input::timex)
FROM (VALUES ('0001-01-01'), ('0001'), ('001X'), ('9999-12-31'), ('9999-W52'),
             ('999X'), ('2024-02-29'), ('2000-02-29')) AS v(input);
SELECT E' \t2024-Q4\n'::timex AS white_space_trimmed;

-- NULL in, NULL out.
SELECT NULL::timex AS timex, lower(NULL::timex), narrative.precision(NULL);

--
-- Casts: to daterange (explicit), from date (also on assignment).
--
SELECT t, t::daterange AS days
FROM (VALUES ('2024-02-21'::timex), ('2024-W08'), ('2023-10/mid'), ('2024-Q1'),
             ('2024-H1/late'), ('2024'), ('202X')) AS v(t);
SELECT '2024-02-21'::date::timex AS from_date,
       narrative.precision('2024-02-21'::date::timex),
       '0001-01-01'::date::timex AS first_day, '9999-12-31'::date::timex AS last_day;
CREATE TABLE timex_assigned (said_on timex);
INSERT INTO timex_assigned VALUES ('2024-02-21'::date);
SELECT said_on, narrative.precision(said_on) FROM timex_assigned;
DROP TABLE timex_assigned;
-- A date the type cannot hold.
SELECT 'infinity'::date::timex;
SELECT '-infinity'::date::timex;
SELECT '10000-01-01'::date::timex;
SELECT '0001-12-31 BC'::date::timex;

--
-- Order: by lower bound, then wider first, then precision and modifier.
--
CREATE TABLE timex_mixed (t timex);
INSERT INTO timex_mixed VALUES
    ('2024-02-21'), ('2024'), ('2024-W08'), ('2024-02'), ('2023-10/mid'),
    ('202X'), ('2024-Q1'), ('2024-H1'), ('2024-01-01'), ('2024-W01'),
    ('2024-01'), ('2024/early'), ('2023-10-11'), ('2023-10'), ('2024-02-21/late'),
    ('2024-02-19'), ('2025-W01'), ('2024-12-31'), ('2024-H2/late'), ('2023-Q4'),
    ('2024-02-21'), ('2024'), (' 2024-W08'), ('2023-10/mid');
SELECT t, lower(t), upper(t), narrative.precision(t) FROM timex_mixed ORDER BY t;
SELECT t FROM timex_mixed ORDER BY t DESC LIMIT 3;
SELECT DISTINCT t FROM timex_mixed ORDER BY t;
SELECT count(*) AS all_rows, count(DISTINCT t) AS distinct_values FROM timex_mixed;

-- All six comparison operators and the btree support function.
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne,
       a >= b AS ge, a > b AS gt, timex_cmp(a, b) AS cmp
FROM (VALUES ('2024-02-21'::timex, '2024-02-21'::timex),
             ('2024-02-21', '2024-02-21/early'),
             ('2024', '2024-01-01'),
             ('2024-W08', '2024-02-19'),
             ('2024-12', '2025-W01'),
             ('2023-10/mid', '2023-10-11'),
             ('202X', '2019-12-31')) AS v(a, b);

-- The operator classes pass the access methods' own checks, and the
-- extended hash with seed 0 agrees with the plain one in its low 32 bits.
SELECT opc.opcname, am.amname, opc.opcdefault, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcname LIKE 'timex%' ORDER BY opc.opcname;
SELECT t,
       timex_hash(t) = timex_hash(t::text::timex) AS stable,
       (timex_hash(t)::int8 & 4294967295) = (timex_hash_extended(t, 0) & 4294967295) AS seed_0_agrees,
       timex_hash_extended(t, 0) <> timex_hash_extended(t, 1) AS seed_matters
FROM (VALUES ('2024-02-21'::timex), ('2023-10/mid'), ('202X')) AS v(t);

--
-- Hashing in plans: a hash aggregate and a hash join.
--
SET enable_sort = off;
EXPLAIN (COSTS OFF)
SELECT t, count(*) FROM timex_mixed GROUP BY t;
SELECT * FROM (SELECT t, count(*) FROM timex_mixed GROUP BY t) AS g
WHERE count > 1 ORDER BY t;
RESET enable_sort;

CREATE TABLE timex_labels (t timex, label text);
INSERT INTO timex_labels VALUES
    ('2024-W08', 'week of the Rabu (21/2/2024) article'),
    ('2023-10/mid', 'pertengahan Oktober'),
    ('2024-12-31', 'end of 2024'),
    ('2024-W09', 'no row in timex_mixed');
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF)
SELECT m.t, l.label FROM timex_mixed m JOIN timex_labels l ON l.t = m.t;
SELECT m.t, l.label FROM timex_mixed m JOIN timex_labels l ON l.t = m.t ORDER BY m.t, l.label;
RESET enable_mergejoin;
RESET enable_nestloop;

--
-- A btree index: every day, ISO week, month and quarter of 2023 and 2024.
--
CREATE TABLE timex_indexed (t timex);
INSERT INTO timex_indexed
SELECT d::date::timex FROM generate_series('2023-01-01'::date, '2024-12-31', '1 day') AS d;
INSERT INTO timex_indexed
SELECT to_char(d, 'IYYY-"W"IW')::timex FROM generate_series('2023-01-02'::date, '2024-12-23', '7 days') AS d;
INSERT INTO timex_indexed
SELECT to_char(d, 'YYYY-MM')::timex FROM generate_series('2023-01-01'::date, '2024-12-01', '1 month') AS d;
INSERT INTO timex_indexed
SELECT to_char(d, 'YYYY-"Q"Q')::timex FROM generate_series('2023-01-01'::date, '2024-10-01', '3 months') AS d;
CREATE INDEX timex_indexed_t ON timex_indexed (t);
VACUUM ANALYZE timex_indexed;
SELECT narrative.precision(t), count(*) FROM timex_indexed GROUP BY 1 ORDER BY 1;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT t FROM timex_indexed WHERE t >= '2024-W08' AND t < '2024-W09' ORDER BY t;
SELECT t FROM timex_indexed WHERE t >= '2024-W08' AND t < '2024-W09' ORDER BY t;
EXPLAIN (COSTS OFF)
SELECT t FROM timex_indexed WHERE t = '2024-02';
SELECT t FROM timex_indexed WHERE t = '2024-02';
-- Quarters sort before the months and days they start with.
SELECT t FROM timex_indexed WHERE t > '2024-03-31' AND t <= '2024-04-02' ORDER BY t;
RESET enable_seqscan;
RESET enable_bitmapscan;

--
-- Overlap (&&) and containment (@>, <@) between timex values.
--
SELECT a, b, a && b AS overlaps, a @> b AS contains, a <@ b AS contained_by
FROM (VALUES ('2024'::timex, '2024-Q1'::timex),
             ('2024-Q1', '2024'),
             ('2024-Q1', '2024-Q1'),
             ('2020-W53', '2020'),
             ('2020-W53', '2021'),
             ('2024-W01', '2023'),
             ('2023-10/mid', '2023-10-15'),
             ('2023-10/mid', '2023-10-21'),
             ('2023-10/mid', '2023-10/late'),
             ('2023-10', '2023-Q4/early'),
             ('202X/early', '2023-W18'),
             ('2024-02-21/early', '2024-02-21')) AS v(a, b);

-- With a date: the date is the one day it names.
SELECT t, d, t && d AS overlaps, d && t AS overlaps_commuted,
       t @> d AS contains, d <@ t AS contained_by
FROM (VALUES ('2024-W08'::timex, '2024-02-18'::date),
             ('2024-W08', '2024-02-19'),
             ('2024-W08', '2024-02-25'),
             ('2024-W08', '2024-02-26'),
             ('2023-10/mid', '2023-10-10'),
             ('2023-10/mid', '2023-10-11'),
             ('2023-10/mid', '2023-10-20'),
             ('2023-10/mid', '2023-10-21'),
             ('999X', 'infinity'),
             ('001X', '-infinity')) AS v(t, d);

-- With a daterange: empty ranges overlap nothing and are contained by
-- everything; unbounded ends reach as far as they go.
SELECT t, r, t && r AS overlaps, r && t AS overlaps_commuted,
       t @> r AS contains, r <@ t AS contained_by,
       r @> t AS range_contains, t <@ r AS in_range
FROM (VALUES ('2024-Q1'::timex, '[2024-02-01,2024-03-01)'::daterange),
             ('2024-Q1', '[2024-01-01,2024-03-31]'),
             ('2024-Q1', '[2023-12-01,2024-01-02)'),
             ('2024-Q1', '[2023-12-01,2024-01-01)'),
             ('2024-Q1', '[2024-04-01,2024-05-01)'),
             ('2024-Q1', '[2023-01-01,2025-01-01)'),
             ('2024-Q1', 'empty'),
             ('2024-Q1', '(,)'),
             ('2024-Q1', '[2024-03-31,)'),
             ('2024-Q1', '[2024-04-01,)'),
             ('2024-Q1', '(,2024-01-01)'),
             ('2024-Q1', '(,2024-01-01]'),
             ('2024-Q1', '[-infinity,infinity]'),
             ('2024-Q1', '[-infinity,2024-02-01)'),
             ('2023-10/mid', '[2023-10-11,2023-10-20]'),
             ('2023-10/mid', '(2023-10-10,2023-10-20)')) AS v(t, r);

-- The planner can flip every operator to its commutator.
SELECT o.oprleft::regtype, o.oprname, o.oprright::regtype,
       c.oprleft::regtype AS commutator_left, c.oprname AS commutator,
       c.oprright::regtype AS commutator_right, o.oprrest, o.oprjoin
FROM pg_operator o
JOIN pg_operator c ON c.oid = o.oprcom
WHERE o.oprnamespace = 'narrative'::regnamespace AND o.oprname IN ('&&', '@>', '<@')
ORDER BY o.oprname, o.oprleft::regtype::text, o.oprright::regtype::text;

--
-- Binary I/O: the wire form is the year as int4, then precision (0 = day
-- .. 6 = decade), modifier (0 = none, 1 early, 2 mid, 3 late), part and
-- day, one byte each.
--
SELECT t, timex_send(t)
FROM (VALUES ('2024-02-21/late'::timex), ('2024-W08'), ('202X'), ('0001')) AS v(t);

-- A round trip through COPY in binary, through a file the server writes
-- (named after the backend, so that concurrent runs do not collide).
SELECT '/tmp/narrative_timex_' || pg_backend_pid() || '.bin' AS copy_file \gset
CREATE TABLE timex_copy_out AS SELECT DISTINCT t FROM timex_mixed;
COPY timex_copy_out TO :'copy_file' WITH (FORMAT binary);
CREATE TABLE timex_copy_in (t timex);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
SELECT (SELECT count(*) FROM timex_copy_out) AS sent,
       (SELECT count(*) FROM timex_copy_in) AS received,
       (SELECT count(*) FROM (SELECT t FROM timex_copy_out EXCEPT SELECT t FROM timex_copy_in) AS d) AS lost,
       (SELECT count(*) FROM (SELECT t FROM timex_copy_in EXCEPT SELECT t FROM timex_copy_out) AS d) AS gained;

-- Receive checks every field.  Binary COPY of a bytea writes its bytes as
-- they are, so reading that file as timex hands timex_recv those bytes.
CREATE TABLE timex_wire (bytes bytea);
INSERT INTO timex_wire VALUES ('\x000007e800030215');
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
SELECT t FROM timex_copy_in WHERE t = '2024-02-21/late';
-- precision 7
UPDATE timex_wire SET bytes = '\x000007e807000000';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
-- modifier 4
UPDATE timex_wire SET bytes = '\x000007e800040215';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
-- 2023-02-30
UPDATE timex_wire SET bytes = '\x000007e70000021e';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
-- a decade stored by 2024 instead of 2020
UPDATE timex_wire SET bytes = '\x000007e806000000';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
-- a month with a day left in it
UPDATE timex_wire SET bytes = '\x000007e802000215';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
-- one byte too many, one too few
UPDATE timex_wire SET bytes = '\x000007e80003021500';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
UPDATE timex_wire SET bytes = '\x000007e8000302';
COPY timex_wire TO :'copy_file' WITH (FORMAT binary);
COPY timex_copy_in FROM :'copy_file' WITH (FORMAT binary);
-- The file goes with the test.  The server wrote it, so the server removes
-- it (COPY TO PROGRAM runs as the server's user); the name is built again
-- inside, so that the backend's number stays out of the expected output.
DO $$
BEGIN
    EXECUTE format('COPY (SELECT) TO PROGRAM %L',
                   'rm -f /tmp/narrative_timex_' || pg_backend_pid() || '.bin');
END
$$;
SELECT pg_stat_file(:'copy_file', true) IS NULL AS removed;

--
-- Bad input.  A syntax error and a field out of range, as psql shows them:
--
SELECT 'garbage'::timex;
SELECT '2024-13'::timex;

-- and every kind, with its SQLSTATE, message and detail.
CREATE FUNCTION pg_temp.timex_input_error(input text,
    OUT code text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM input::narrative.timex;
    message := 'accepted as ' || input::narrative.timex::text;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS code = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
END
$$;
\pset format unaligned
\pset fieldsep ' | '
SELECT quote_literal(input) AS input, e.*
FROM (VALUES (''), ('   '), ('garbage'), ('2024-1-5'), ('2024-02-1'), ('24'), ('10000'),
             ('2024-'), ('2024-W8'), ('2024-w08'), ('2024-Q'), ('2024-Q10'),
             ('2024-H12'), ('2024/soon'), ('2024/'), ('2024/mid/late'),
             ('2024-02-21/EARLY'), ('2024-02-21T00:00'), ('2024 -02'), ('202x'),
             ('20X'), ('-2024'), ('2024-13'), ('2024-00'), ('2023-02-30'),
             ('2023-02-29'), ('1900-02-29'), ('2024-04-31'), ('2024-01-00'),
             ('2021-W53'), ('2024-W00'), ('2020-W54'), ('2024-Q5'), ('2024-Q0'),
             ('2024-H3'), ('2024-H0'), ('0000'), ('0000-01-01'), ('000X'),
             ('2024-13/soon'),
             -- and, next to them, inputs that are fine
             ('2024-02-29'), ('2020-W53'), ('2024/mid'), ('202X/early'), ('001X')
     ) AS v(input),
     LATERAL pg_temp.timex_input_error(input) AS e;
\pset format aligned
\pset fieldsep '|'

DROP TABLE timex_mixed, timex_labels, timex_indexed, timex_copy_out, timex_copy_in, timex_wire;
