-- Actor mentions: aliases in both languages resolve to one canonical actor.
SELECT surface, actor, name, kind, country, pos, len, sentence
FROM narrative.mentions('Korea Utara, Korut, Pyongyang dan DPRK. Kementerian Luar Negeri Rusia dan Kremlin. '
                        'Dewan Keamanan PBB menolak.', lang => 'id');

-- English, with possessives and demonyms.
SELECT surface, actor, kind, country
FROM narrative.mentions('North Korea sent troops, Seoul’s spy agency told the U.S. and Russia’s army.',
                        lang => 'en');

-- Case rules: an acronym alias needs capitals ("us" is a pronoun), a
-- capitalised alias needs a capital ("china" is porcelain).
SELECT surface, actor FROM narrative.mentions('Tell us about the china cups. The US and China met.', lang => 'en');

-- Short names: after "Matthew Miller", "Miller" is the same person.
SELECT surface, actor, name FROM narrative.mentions('Matthew Miller berbicara. Miller lalu bercanda.', lang => 'id');

-- A dateline names where the story was filed: only its outlet is kept.
SELECT surface, actor, kind FROM narrative.mentions(E'Jakarta, IDN Times - Rusia membantah.', lang => 'id');

-- Positions are characters.
SELECT surface, substr(d, pos, len) = surface AS exact
FROM (SELECT '“Kami” — kata Rusia, dikutip dari Al Jazeera.'::text AS d) s, narrative.mentions(d) m;

-- The lexicon is open: a user's alias takes effect from the next statement.
SELECT count(*) FROM narrative.mentions('Badan Contoh Nusantara menolak.', lang => 'id');
INSERT INTO narrative.actor (id, name, kind, country) VALUES ('IDN.BCN', 'Badan Contoh', 'organization', 'IDN');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Badan Contoh Nusantara', NULL, 'IDN.BCN');
SELECT surface, actor, name, kind, country FROM narrative.mentions('Badan Contoh Nusantara menolak.', lang => 'id');
DELETE FROM narrative.actor WHERE id = 'IDN.BCN';
SELECT count(*) FROM narrative.mentions('Badan Contoh Nusantara menolak.', lang => 'id');

-- Bad aliases are refused with a clear message.
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('   ', 'id', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES (repeat('x', 201), 'id', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('korut', 'id', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Badan Contoh', 'fr', 'KOR');
INSERT INTO narrative.alias (alias, lang, actor) VALUES ('Badan Contoh', 'id', 'NOBODY');

-- The fingerprint changes with the lexicon, and a lexicon with no rows
-- still works (no mentions).
CREATE TEMP TABLE fp AS SELECT narrative.lexicon_fingerprint() AS before;
BEGIN;
DELETE FROM narrative.alias;
SELECT count(*) FROM narrative.mentions('Korea Utara dan Rusia', lang => 'id');
SELECT narrative.lexicon_fingerprint() <> before AS changed FROM fp;
ROLLBACK;
SELECT narrative.lexicon_fingerprint() = before AS restored FROM fp;
SELECT count(*) FROM narrative.mentions('Korea Utara dan Rusia', lang => 'id');

-- A demonym in the plural is its country ("the South Koreans claim").
SELECT surface, actor FROM narrative.mentions('The South Koreans claim one thing; North Koreans, Russians and Israelis another.', 'en');

-- "the North" and "the South" are the countries last named from those
-- words; not before one is named, not in a longer name, not uncapitalised.
SELECT surface, actor FROM narrative.mentions('The North denied it. Seoul said North Korea sent troops. The North denied it, the North''s envoy too. In the South China Sea, the South said nothing; in the north, rain.', 'en');
SELECT surface, actor FROM narrative.mentions('South Korea spoke. The North, the South and the North Atlantic.', 'en');

-- An outlet's Indonesian service is the outlet, not Indonesia.
SELECT surface, actor, kind FROM narrative.mentions('Seperti dilansir BBC Indonesia dan VOA Indonesia, Kumparan melaporkan.', 'id');

-- A credit line ("Sumber:", "Source:") is boilerplate, but the outlets it
-- names are mentions; nothing else there is ("Russia" in the English one).
SELECT surface, actor, kind FROM narrative.mentions(E'Pyongyang membantah laporan itu.\nSumber: KCNA-OANA', 'id');
SELECT surface, actor, kind FROM narrative.mentions(E'Pyongyang denied the report.\nSource: Reuters, AP, Russia', 'en');

-- Outlets as datelines and relays write them: "Pantau -" (capitalised:
-- "pantau" is also a verb), "via US News"; Tribunnews by its brand name.
SELECT surface, actor, name FROM narrative.mentions(E'Pantau - Presiden Rusia memberikan limusin. Kami pantau terus, dikutip via US News dan TRIBUNNEWS.COM.', 'id');

-- A word misspelt by one letter where an alias would go on is read as the
-- alias ("Korea Selatam", "Denis Mantrurov", "Korea Selatann", "Sergey
-- Lavorv": a letter replaced, one added, two swapped); not a word under
-- six letters ("Zhang Jung" stays the name as written), one further off
-- ("Denis Markov"), nor one no alias goes on with ("Rusia Selatann").
SELECT surface, actor, name FROM narrative.mentions('Blinken berbicara dengan Menteri Luar Negeri Korea Selatam. Wakil Perdana Menteri Rusia Denis Mantrurov hadir, juga Duta Besar China Zhang Jung dan Denis Markov. Korea Selatann dan Rusia Selatann. Sergey Lavorv tiba.', 'id');

-- Glued words split, yet an outlet written as one word or two is read
-- either way: "TribunNews" is Tribunnews, "Detiknews" is the alias
-- "detikNews"; "ChinaRussia" stays two countries.
SELECT surface, actor FROM narrative.mentions('TribunNews melaporkan, dikutip Detiknews dan DetikNews: ChinaRussia.', 'id');

-- A person introduced by a descriptive role ("money exchangers",
-- "individu", "pengusaha"), and a second name joined to the first by
-- "and"/"dan", which shares its role and country.
SELECT t.n, m.surface, m.actor, m.country, m.role
FROM (VALUES (1, 'en', 'The sanctions also target two Turkish money exchangers, Mehmet Tokdemir and Alaaddin Aykut.'),
             (2, 'id', 'Departemen Keuangan AS mengatakan satu individu, Kim Sang Man dan perusahaan Chinyong dijatuhi sanksi.'),
             (3, 'id', 'Seorang pengusaha China, Li Wei, ditangkap.')) AS t(n, lang, doc),
     narrative.mentions(t.doc, t.lang) m
WHERE m.kind = 'person'
ORDER BY t.n, m.n;

-- The country of a person whose role names a body ("Deputy Treasury
-- Secretary").
SELECT surface, actor, country, role FROM narrative.mentions(
  'Deputy Treasury Secretary Wally Adeyemo said in a statement.', 'en')
WHERE kind = 'person';

-- A hyphened given name is one name ("Lee Sung-jun").
SELECT surface, actor, country FROM narrative.mentions(
  'Juru bicara JCS Lee Sung-jun mengatakan hal itu.', 'id')
WHERE kind = 'person';

-- A full name said again is one mention of the person, not the surname
-- alone; a ministry no country owns stands between a role and a name;
-- a government does not ("pejabat senior pemerintahan Biden": no role
-- for Biden).
SELECT t.n, m.surface, m.actor, m.role
FROM (VALUES (1, 'en', E'Spokesman Arrmanatha Nasir said so.\n\n"We summoned him," said Arrmanatha Nasir on Sunday.'),
             (2, 'id', 'Juru Bicara Kementerian Luar Negeri Arrmanatha Nasir mengatakan hal itu.'),
             (3, 'id', E'Presiden Joe Biden tiba di Seoul.\n\nSeorang pejabat senior pemerintahan Biden mengatakan hal itu.')) AS t(n, lang, doc),
     narrative.mentions(t.doc, t.lang) m
WHERE m.kind = 'person'
ORDER BY t.n, m.n;

-- Coast guards and the bodies of the Taiwan Strait and the South China
-- Sea are their countries' bodies.
SELECT t.n, m.surface, m.actor, m.country
FROM (VALUES (1, 'id', 'Garda Pantai China menembakkan meriam air ke kapal Garda Pantai Filipina, kata Kemlu Filipina.'),
             (2, 'en', 'Taiwan''s Mainland Affairs Council and the Taiwan Affairs Office traded words as the Japan Coast Guard watched.')) AS t(n, lang, doc),
     narrative.mentions(t.doc, t.lang) m
WHERE m.kind = 'organization'
ORDER BY t.n, m.n;

-- A middle initial and its dot go on a name ("Steven T. Mnuchin"), and
-- the surname alone is the same person later.
SELECT surface, actor, country FROM narrative.mentions(
  'Menteri Keuangan AS Steven T. Mnuchin mengatakan hal itu. "Kami tidak akan diam," kata Mnuchin.', 'id')
WHERE kind = 'person';
