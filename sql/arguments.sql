-- The options: an unknown lang and an out-of-range published date are
-- errors naming the value; relative expressions at the ends of the
-- calendar resolve when the value exists and are left unresolved
-- (value NULL) when it would fall outside years 1 to 9999.
SET DateStyle = ISO, YMD;
\set VERBOSITY default

-- lang: 'id', 'en' or NULL (detect), exactly; anything else is SQLSTATE 22023.
SELECT * FROM narrative.timexes('Rabu', lang => 'fr');
SELECT * FROM narrative.timexes('Rabu', lang => '');
SELECT * FROM narrative.timexes('Rabu', lang => 'ID ');
SELECT * FROM narrative.mentions('Rabu', lang => 'ID');
SELECT * FROM narrative.sentences('Rabu', lang => 'indonesian');
SELECT narrative.extract('Rabu', lang => E'i\u0301d');
\i sql/include/sqlstates.sql
SELECT pg_temp.sqlstates('Rabu', lang => 'xx');

-- published: finite, within 0001-01-01 .. 9999-12-31.
SELECT * FROM narrative.timexes('Rabu', published => 'infinity');
SELECT * FROM narrative.timexes('Rabu', published => '-infinity');
SELECT * FROM narrative.timexes('Rabu', published => '10000-01-01');
SELECT * FROM narrative.quotes('Rabu', published => '0001-12-31 BC');

-- At the first day of the calendar nothing before it exists; at the last
-- day nothing after it.
SELECT published, surface, value
FROM (VALUES
        ('0001-01-01'::date, 'id', 'Tahun lalu, tahun depan, kemarin, besok, pekan lalu, bulan lalu, Oktober lalu, '
                                   'Senin, Senin lalu, Selasa, 3 hari lalu, dekade lalu, kuartal pertama, (31/12).'),
        ('0001-01-01', 'en', 'Last year, next year, yesterday, tomorrow, last week, next week, last month, '
                             'last Monday, next Friday, this year, two years ago, in December.'),
        ('9999-12-31', 'id', 'Tahun lalu, tahun depan, kemarin, besok, pekan lalu, pekan depan, bulan depan, '
                             'Januari, Desember, Jumat, Senin depan, kuartal pertama tahun depan, (1/1), (30/12).'),
        ('9999-12-31', 'en', 'Next year, tomorrow, last week, next week, next month, next Friday, '
                             'the second half of next year, ten years ago, in January.')
     ) AS v(published, lang, doc),
     narrative.timexes(doc, lang, published)
ORDER BY published, lang DESC, n;
-- the same holds through every function that carries a date
SELECT act, said_on FROM narrative.allegations('Rusia membantah tuduhan Korea Utara, besok.', lang => 'id', published => '9999-12-31');
SELECT kind, said_on FROM narrative.quotes('"Tidak benar," kata Peskov kemarin.', lang => 'id', published => '0001-01-01');

-- Time-expression literals with absurd years are refused like any other
-- malformed literal (the rest are in timex.sql).
SELECT '99999999999999999999'::narrative.timex;
SELECT '2147483648-01'::narrative.timex;
SELECT '10000-01-01'::narrative.timex;
SELECT '9999-W53'::narrative.timex;
SELECT '9999-12-31'::narrative.timex, '9999-W52'::narrative.timex, '0001-W01'::narrative.timex, '999X'::narrative.timex;
