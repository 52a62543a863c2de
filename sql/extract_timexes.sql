-- Time expressions: what is found and the value it normalises to.
SET DateStyle = ISO, YMD;

-- Indonesian house style: weekday with (D/M/YYYY); the date decides.
SELECT surface, value, pos, len, sentence
FROM narrative.timexes('Hal itu disampaikan pada Kamis (26/10/2023). Ia tiba Rabu (21/2/2024).',
                       lang => 'id', published => '2024-02-22');

-- Relative expressions against the publication date (a Thursday).
SELECT surface, value
FROM narrative.timexes(
  'Oktober lalu mereka bertemu. Pada bulan Januari ada sidang. Pekan lalu, bulan lalu, '
  'tahun depan dan 3 hari lalu. Kim memantau latihan pada hari Jumat. '
  'Pertemuan pada pertengahan Oktober dan akhir tahun lalu. Senin (17/10) ia bicara. '
  'Laporan pada November 2023 lalu dan pada tahun 2006. Dekade 1990-an. '
  'Target kuartal pertama 2024 dan paruh kedua tahun lalu. Kemarin dan hari ini.',
  lang => 'id', published => '2024-02-22');

-- English.
SELECT surface, value
FROM narrative.timexes(
  'China on April 23 condemned it. Blinken visits this week after a meeting last week. '
  'Seoul said on Thursday that troops left since mid-January. Zelensky is set to meet Trump on Friday. '
  'It was signed on Feb. 21, 2024 and on 21 February 2024, and in 2019, two months ago, '
  'in the first quarter of 2024 and in the 1990s. Last Friday he spoke. Earlier this month it rained.',
  lang => 'en', published => '2025-02-27');

-- Without a publication date, relative expressions are found, unresolved.
SELECT surface, value
FROM narrative.timexes('Pekan lalu dan Rabu (21/2/2024), pada hari Jumat.', lang => 'id');

-- Not time expressions: counts, durations, list numbers, the modal "may".
SELECT count(*)
FROM narrative.timexes(
  'Lebih dari 1.000 kontainer dan 600 tentara, selama setahun terakhir, dalam beberapa tahun '
  'terakhir. 2. Korsel dan AS. He may go, over the past year, 10,000 soldiers, 24/7, 50/50.',
  published => '2024-02-22');

-- A weekday of the week before or after the publication's: that day of
-- that week (the publication day is a Thursday).
SELECT t.lang, x.surface, x.value
FROM (VALUES ('id', 'Rapat digelar pada Kamis pekan lalu. Ia tiba Senin minggu depan.'),
             ('en', 'The council met on Thursday last week. Talks resume Friday next week.')) AS t(lang, doc),
     narrative.timexes(t.doc, t.lang, '2024-02-22') x
ORDER BY t.lang DESC, x.n;

-- "the same day" is the day the text dated last, whether absolute or
-- relative; a month is no day, and with no day before it, no value.
SELECT t.lang, x.surface, x.value
FROM (VALUES ('id', 'Pada Jumat (18/10), Budanov berbicara. Pada hari yang sama, Seoul menjawab.'),
             ('en', 'On the same day, Kyiv spoke. Budanov spoke on October 18. That same day, Seoul spoke; in November, '
                    'Tokyo. Later on the same day, Paris.')) AS t(lang, doc),
     narrative.timexes(t.doc, t.lang, '2024-10-21') x
ORDER BY t.lang DESC, x.n;

-- A range of years is one expression: the decade both lie in, or no
-- value across decades; a reversed pair, or a number's hyphened tail, is
-- no year.
SELECT surface, value FROM narrative.timexes(
  'Perang Korea 1950-1953 berakhir. Periode 2022–2023. Pada 2019-2020 ia menjabat. Kode 1990-1985. '
  'Hubungi 0812-2024.',
  'id', '2024-01-01');

-- Day/month without a year after a weekday and a comma is that date, as
-- in parentheses; alone, 24/2 is no date.
SELECT surface, value FROM narrative.timexes('Ia datang Sabtu, 24/2. Ia pergi 24/2. Skor 50/50, 24/7.', 'id', '2024-02-22');

-- A weekday whose date contradicts it is tagged by the date.
SELECT surface, value FROM narrative.timexes('Jumat (21/2/2024)', published => '2024-03-01');

-- A weekday picks the year of a date without one: of the years around
-- the publication, the one where the date falls on that weekday, not
-- more than a week ahead ("Kamis (22/2)" in November 2024 is February
-- 2024, a Thursday, though February 2025 is nearer); none agreeing, the
-- nearest.
SELECT surface, value FROM narrative.timexes('Kamis (22/2). Jumat (22/2).', 'id', '2024-11-20');

-- A modifier introduces a bare year: "akhir 2023", "mid-2023".
SELECT t.lang, x.surface, x.value
FROM (VALUES ('id', 'Sejak pertengahan 2023 situasinya memburuk. Pada akhir 2023 mereka bertemu.'),
             ('en', 'In mid-2023 prices rose. By the end of 2023 it was over.')) AS t(lang, doc),
     narrative.timexes(t.doc, t.lang, '2024-11-20') x
ORDER BY t.lang, x.n;

-- English ordinal days written as one word, day first or month first,
-- with or without a comma before the year; a number a noun numbers
-- ("Resolution 1718", "resolusi 2397") is no year.
SELECT t.n, x.surface, x.value
FROM (VALUES (1, 'en', 'Iran rejected the claims on 20th October, 2022 in New York.'),
             (2, 'en', 'China said on April 23rd, 2024 that it disagreed.'),
             (3, 'en', 'On 23rd April 2024 China said so.'),
             (4, 'en', 'The panel assists the committee pursuant to Resolution 1718, which Russia backed.'),
             (5, 'id', 'Dewan mengadopsi resolusi 2397.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.timexes(t.doc, t.lang, '2024-05-01') x ON true
ORDER BY t.n, x.n;

-- Positions are characters, so substr() gives the surface back.
SELECT surface, substr(d, pos, len) = surface AS exact
FROM (SELECT '“Ketegangan” meningkat sejak Selasa (20/2/2024) — kata Zakharova.'::text AS d) s,
     narrative.timexes(d, published => '2024-02-22');

-- Errors name the bad value.
SELECT * FROM narrative.timexes('Rabu (21/2/2024)', lang => 'fr');
SELECT * FROM narrative.timexes('Rabu', published => 'infinity');

-- NULL document: no rows.
SELECT count(*) FROM narrative.timexes(NULL);
