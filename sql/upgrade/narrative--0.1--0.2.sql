-- narrative 0.1 to 0.2, assembled by the Makefile: this file, each
-- "-- include FILE" line replaced by that install part, then the builtin
-- lexicon rows brought up to the data files (test/tools/lexicon_sql.sh).
--
-- What else changed from 0.1 is not in the catalog: the CHECK constraints
-- now name their functions and operators with pg_catalog (they were bound
-- to the same ones at CREATE EXTENSION, which searches pg_catalog first),
-- and the install script revokes from PUBLIC what it does not grant (which
-- PUBLIC never had).  The privileges are left alone here: an owner who
-- changed them meant it.

\echo Use "ALTER EXTENSION narrative UPDATE TO '0.2'" to load this file. \quit

-- The duplicate-alias trigger function compares with pg_catalog's operators.
-- include sql/install/21_alias_check_duplicate.sql

-- New in 0.2: only the extension's scripts mark lexicon rows builtin.
-- include sql/install/23_lexicon_row_origin.sql

-- The extraction functions cost what to_tsvector does (COST 100), so scans
-- over them get parallel plans, and return the rows a 4 KB article yields
-- (ROWS; see 30_extract.sql).
ALTER FUNCTION narrative.sentences(pg_catalog.text, pg_catalog.text) COST 100 ROWS 30;
ALTER FUNCTION narrative.timexes(pg_catalog.text, pg_catalog.text, pg_catalog.date) COST 100 ROWS 10;
ALTER FUNCTION narrative.mentions(pg_catalog.text, pg_catalog.text, pg_catalog.date) COST 100 ROWS 75;
ALTER FUNCTION narrative.quotes(pg_catalog.text, pg_catalog.text, pg_catalog.date) COST 100 ROWS 15;
ALTER FUNCTION narrative.allegations(pg_catalog.text, pg_catalog.text, pg_catalog.date) COST 100 ROWS 15;
ALTER FUNCTION narrative.extract(pg_catalog.text, pg_catalog.text, pg_catalog.date) COST 100;

-- New in 0.2: a GiST operator class for timex.
-- include sql/install/35_timex_gist.sql

-- New in 0.2: a GIN operator class for text under =.
-- include sql/install/37_text_gin.sql

-- New in 0.2: facts kept in tables (narrative.track() and the rest).
-- include sql/install/40_track.sql

-- New in 0.2: narrative threads (responses(), claims(), timeline_svg()).
-- include sql/install/50_threads.sql
