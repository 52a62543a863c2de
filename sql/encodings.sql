-- Database encodings.  narrative reads UTF-8: in a database of another
-- encoding the functions refuse with SQLSTATE 0A000 naming it; in a
-- SQL_ASCII database the bytes must be valid UTF-8 (SQLSTATE 22021
-- otherwise, with the byte where they stop), and positions count bytes,
-- as substr() does there.  The timex type works in every encoding.
SET client_min_messages = warning;
DROP DATABASE IF EXISTS narrative_latin1;
DROP DATABASE IF EXISTS narrative_sql_ascii;
RESET client_min_messages;
CREATE DATABASE narrative_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE narrative_sql_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C';

\c narrative_latin1
SET client_encoding = 'UTF8';
SET DateStyle = ISO, YMD;
CREATE EXTENSION narrative;
SELECT getdatabaseencoding();
SELECT * FROM narrative.sentences('Rabu (21/2/2024).');
SELECT * FROM narrative.timexes('Rabu (21/2/2024)', published => '2024-02-22');
SELECT * FROM narrative.mentions('Peskov');
SELECT * FROM narrative.quotes('"Ya," kata Peskov.');
SELECT * FROM narrative.allegations('Rusia membantah.');
SELECT narrative.extract('Rabu');
SELECT narrative.detect_lang('Korea Utara dilaporkan mengirimkan amunisi ke Rusia.');
-- the SQLSTATE of every function
\i sql/include/sqlstates.sql
SELECT pg_temp.sqlstates('Rabu');
-- NULL still means no rows, before the encoding is looked at
SELECT count(*) FROM narrative.timexes(NULL);
SELECT '2024-02/late'::narrative.timex, narrative.lower('2024-Q1'::narrative.timex);

\c narrative_sql_ascii
CREATE EXTENSION narrative;
SELECT getdatabaseencoding();
-- valid UTF-8: results as in a UTF8 database, positions in bytes
SELECT surface, value, pos, len, substr(d, pos, len) = surface AS exact
FROM (SELECT convert_from('\x4b616d697320e2809c3231'::bytea, 'SQL_ASCII') || ' Rabu (21/2/2024)' AS d) s,
     narrative.timexes(d, published => '2024-02-22');
SELECT n, pos, len FROM narrative.sentences(convert_from('\xc3a9c3a92e20416b752e'::bytea, 'SQL_ASCII'));
-- invalid UTF-8: a clear error, never a crash
SELECT * FROM narrative.timexes(convert_from('\x52616275ff'::bytea, 'SQL_ASCII'));
SELECT * FROM narrative.sentences(convert_from('\x48616c6f2ee280'::bytea, 'SQL_ASCII'));
SELECT * FROM narrative.mentions(convert_from('\xc0af'::bytea, 'SQL_ASCII'));
SELECT * FROM narrative.quotes(convert_from('\xeda080'::bytea, 'SQL_ASCII'));
SELECT * FROM narrative.allegations(convert_from('\xf4908080'::bytea, 'SQL_ASCII'));
SELECT narrative.extract(convert_from('\x61e2'::bytea, 'SQL_ASCII'));
SELECT narrative.detect_lang(convert_from('\xfe'::bytea, 'SQL_ASCII'));
-- the SQLSTATE of every function
\i sql/include/sqlstates.sql
SELECT pg_temp.sqlstates(convert_from('\x52616275ff'::bytea, 'SQL_ASCII'));
-- the session is intact after them
SELECT count(*) FROM narrative.mentions('Dmitry Peskov dan Korut');

\c contrib_regression
DROP DATABASE narrative_latin1;
DROP DATABASE narrative_sql_ascii;
