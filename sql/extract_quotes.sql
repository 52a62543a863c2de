-- Quotes: who said what, in which words, through which outlet, and when.
-- Every document is small and written as news writes it; the published date
-- is a Thursday, 2024-02-22.

-- Every quote mark style of the news pairs, by context rather than by glyph:
-- “…”, "…", ‘…’, '…', «…» and „…“.
SELECT d.style, quote, kind, speaker, speaker_actor, cue, via, said_on
FROM (VALUES (1, '“…”', '“Kami tidak akan menyerah,” kata Dmitry Peskov.'),
             (2, '"…"', '"Kami tidak akan menyerah," kata Dmitry Peskov.'),
             (3, '‘…’', '‘Kami tidak akan menyerah,’ kata Dmitry Peskov.'),
             (4, '''…''', '''Kami tidak akan menyerah,'' kata Dmitry Peskov.'),
             (5, '«…»', '«Kami tidak akan menyerah», kata Maria Zakharova.'),
             (6, '„…“', '„Kami tidak akan menyerah“, kata Maria Zakharova.')) AS d(i, style, doc),
     narrative.quotes(d.doc, lang => 'id', published => '2024-02-22')
ORDER BY d.i, n;

-- Indonesian house style: the cue and a named speaker after the closing
-- mark; the date in the attribution says when it was said.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('“Resolusi Dewan Keamanan PBB melarang pasokan mobil mewah ke DPRK,” kata Matthew Miller, Rabu (21/2/2024).',
                      lang => 'id', published => '2024-02-22');

-- Mismatched marks as careless editing leaves them (”…" and "…” at line
-- starts, as in corpus article 000) still pair; "tambahnya" is the -nya
-- form of a cue, and its speaker is the previous one.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes(E'”Resolusi Dewan Keamanan PBB melarang pasokan mobil mewah ke DPRK," kata Matthew Miller, Rabu (21/2/2024).\n' ||
                      '"Jika ini benar, Rusia sekali lagi melanggar resolusi,” tambahnya, dikutip dari Azerbaycan24.',
                      lang => 'id', published => '2024-02-22');

-- Apostrophes and inch marks are not quote marks: Jum'at, Seoul’s,
-- ministers’, 5'11".
SELECT d.lang, count(q.n) AS quotes
FROM (VALUES ('id', 'Pada hari Jum''at, Dmitry Peskov bertemu Kim. Tingginya 5''11".'),
             ('en', 'Seoul’s spy agency briefed the foreign ministers’ meeting on Friday.')) AS d(lang, doc)
     LEFT JOIN LATERAL narrative.quotes(d.doc, lang => d.lang, published => '2024-02-22') q ON true
GROUP BY d.lang
ORDER BY d.lang;

-- A quote inside a quote is part of it: one row, the outer quote.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('“He told me ‘never again’ twice,” Antony Blinken said.',
                      lang => 'en', published => '2024-02-22');

-- An unclosed quote stops at the end of its line; the next line is read
-- on its own.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes(E'Maria Zakharova mengatakan: “Kami tidak akan menyerah pada tekanan Barat.\n' ||
                      'Dmitry Peskov mengatakan Rusia tidak menerima senjata.',
                      lang => 'id', published => '2024-02-22');

-- A quote runs across the sentences inside its marks.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('“Kami menolak tuduhan itu. Ini fitnah. Kami akan membalas,” kata Maria Zakharova.',
                      lang => 'id', published => '2024-02-22');

-- A paragraph that opens with a quote mark after an unclosed one (a quote
-- over two paragraphs) is a quote of its own, by the same speaker.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes(E'Maria Zakharova mengatakan: “Kami menolak tuduhan itu.\n' ||
                      '“Kami akan membalas setiap sanksi,” tambahnya.',
                      lang => 'id', published => '2024-02-22');

-- A role phrase as speaker ("seorang pejabat kementerian") is resolved to
-- the ministry the text named before; the anaphor "pejabat itu" to the
-- same speaker; "dikutip dari Al Jazeera" is the outlet.  The first
-- sentence is an indirect quote with "X menilai, …".
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes(E'Kementerian Unifikasi Korea Selatan menilai, pemberian Aurus juga merupakan pelanggaran sanksi PBB.\n' ||
                      E'“Kami mengecam Korea Utara karena sikapnya yang kurang ajar,” kata seorang pejabat kementerian, dikutip dari Al Jazeera.\n' ||
                      '“Rusia juga harus menyadari tanggung jawabnya,” tambah pejabat itu.',
                      lang => 'id', published => '2024-02-22');

-- Anaphors after a named speaker: "pejabat itu" and "ia".
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Maria Zakharova mengatakan Rusia tidak melanggar sanksi. “Itu fitnah,” kata pejabat itu. '
                      'Ia mengatakan bahwa Moskow menghormati resolusi PBB.',
                      lang => 'id', published => '2024-02-22');

-- The cue before the quote, with a colon.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Maria Zakharova mengatakan: “Tuduhan itu tidak berdasar.”',
                      lang => 'id', published => '2024-02-22');

-- The cue before the quote, with "mengatakan bahwa,".
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Dmitry Peskov mengatakan bahwa, “Rusia tidak melanggar sanksi apa pun.”',
                      lang => 'id', published => '2024-02-22');

-- A partial quote: a quoted fragment inside reported speech.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Kementerian Luar Negeri Rusia menyebutnya sebagai tindakan “putus asa” dari Washington.',
                      lang => 'id', published => '2024-02-22');

-- A partial quote after a noun that names an act ("tuduhan"): the noun is
-- not the cue, the verb "menyebut" is.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Maria Zakharova menyebut tuduhan itu sebagai tindakan “putus asa” dari Washington.',
                      lang => 'id', published => '2024-02-22');

-- English partial quote after "called": "accusations" is a noun, not the
-- cue; "on Wednesday" dates it.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Maria Zakharova called the accusations “absurd” on Wednesday.',
                      lang => 'en', published => '2024-02-22');

-- A quote with no cue right after another quote keeps its speaker (the
-- speaker is not written again, so it is NULL; the actor is resolved).
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('“Kami tidak akan tunduk,” kata Maria Zakharova. “Sanksi itu ilegal.”',
                      lang => 'id', published => '2024-02-22');
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('“We will not bow,” Maria Zakharova said. “The sanctions are illegal.”',
                      lang => 'en', published => '2024-02-22');

-- Indirect speech: "X mengatakan bahwa …", and "X, mengatakan …" without
-- "bahwa"; the quote is the reported content.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Matthew Miller mengatakan bahwa penyerahan mobil itu melanggar sanksi PBB. '
                      'Juru bicara Departemen Luar Negeri AS, Matthew Miller, mengatakan penyerahan mobil mewah itu '
                      'bertentangan dengan sanksi PBB.',
                      lang => 'id', published => '2024-02-22');

-- "Menurut X, …": the speaker follows the cue, the content follows the
-- speaker.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Menurut Maria Zakharova, tuduhan itu tidak berdasar.',
                      lang => 'id', published => '2024-02-22');

-- "…, menurut X.": the content comes before the cue.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Tuduhan itu tidak berdasar sama sekali, menurut Maria Zakharova.',
                      lang => 'id', published => '2024-02-22');

-- "X menilai, …" and "X berpendapat …": the speaker is the body that opens
-- the sentence, not the "(AS)" that glosses its name.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Antony Blinken menilai, kerja sama militer Rusia dan Korea Utara berbahaya. '
                      'Departemen Luar Negeri Amerika Serikat (AS) berpendapat Rusia melanggar sanksi internasional.',
                      lang => 'id', published => '2024-02-22');

-- English: "“…,” the official said": the official is the speaker named
-- before; "he added" likewise.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Matthew Miller said the transfer was illegal. “This violates UN resolutions,” the official said. '
                      '“Russia voted for them,” he added.',
                      lang => 'en', published => '2024-02-22');

-- "The official" when the earlier actor was mentioned but has not spoken:
-- it is still Matthew Miller, never a body named inside the quote (UN).
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Matthew Miller spoke to reporters. “This violates UN resolutions,” the official said.',
                      lang => 'en', published => '2024-02-22');

-- A role phrase in English: "a ministry official" is the ministry named
-- before; "according to Al Jazeera" is the outlet.  "criticised the gift"
-- is an act (the allegation stage's), not reported speech.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('South Korea’s Unification Ministry criticised the gift. '
                      '“We condemn North Korea for its brazen attitude,” a ministry official said, according to Al Jazeera.',
                      lang => 'en', published => '2024-02-22');

-- English speakers before and after the cue: "X said: “…”", "“…,” said
-- X", "“…,” X said on Thursday".
SELECT d.i, quote, kind, speaker, speaker_actor, cue, via, said_on
FROM (VALUES (1, 'Antony Blinken said: “Russia is violating the sanctions it voted for.”'),
             (2, '“The accusations are baseless,” said Russia’s Foreign Ministry.'),
             (3, '“We will not comment,” Peskov said on Thursday.')) AS d(i, doc),
     narrative.quotes(d.doc, lang => 'en', published => '2024-02-22')
ORDER BY d.i, n;

-- English indirect speech: "X said that …".
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('Antony Blinken said that North Korea had shipped artillery shells to Russia.',
                      lang => 'en', published => '2024-02-22');

-- "according to X", after the content and before it.
SELECT d.i, quote, kind, speaker, speaker_actor, cue, via, said_on
FROM (VALUES (1, 'North Korea has shipped more than 10,000 containers of munitions to Russia, according to Antony Blinken.'),
             (2, 'According to Antony Blinken, North Korea has shipped munitions to Russia.')) AS d(i, doc),
     narrative.quotes(d.doc, lang => 'en', published => '2024-02-22')
ORDER BY d.i, n;

-- "X told Reuters on Thursday that …": Reuters is the outlet, Thursday the
-- day it was said, and the content starts after "that"; "told reporters"
-- names no outlet.
SELECT d.i, quote, kind, speaker, speaker_actor, cue, via, said_on
FROM (VALUES (1, 'Dmitry Peskov told Reuters on Thursday that Moscow had not violated any sanctions.'),
             (2, 'Maria Zakharova told reporters that the accusations were baseless.')) AS d(i, doc),
     narrative.quotes(d.doc, lang => 'en', published => '2024-02-22')
ORDER BY d.i, n;

-- "…, according to AFP" with no one else named: the outlet reports on its
-- own account, so it is the speaker (and the relay).
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes('North Korea sent troops to Russia, according to AFP.',
                      lang => 'en', published => '2024-02-22');

-- Indonesian outlets: "dilansir", "seperti dilaporkan", "mengutip".
SELECT d.i, quote, kind, speaker, speaker_actor, cue, via, said_on
FROM (VALUES (1, '“Itu fitnah,” kata Maria Zakharova, dilansir Reuters.'),
             (2, '“Kerja sama ini sah,” kata Dmitry Peskov, seperti dilaporkan Yonhap.'),
             (3, 'Dmitry Peskov mengatakan Rusia tidak menerima senjata, mengutip AFP.')) AS d(i, doc),
     narrative.quotes(d.doc, lang => 'id', published => '2024-02-22')
ORDER BY d.i, n;

-- A negated cue reports nothing: "confirmed" and "membantah" give a quote,
-- "did not confirm" and "tidak membantah" none.
SELECT d.i, d.lang, quote, kind, speaker, speaker_actor, cue
FROM (VALUES (1, 'en', 'Dmitry Peskov confirmed that North Korean troops were in Russia.'),
             (2, 'en', 'Dmitry Peskov did not confirm that North Korean troops were in Russia.'),
             (3, 'id', 'Maria Zakharova membantah bahwa pasukan Korea Utara berada di Rusia.'),
             (4, 'id', 'Maria Zakharova tidak membantah bahwa pasukan Korea Utara berada di Rusia.')) AS d(i, lang, doc),
     narrative.quotes(d.doc, lang => d.lang, published => '2024-02-22')
ORDER BY d.i, n;

-- A cue in a relative clause ("negara yang mengecam") is no reported speech.
SELECT count(*) AS quotes
FROM narrative.quotes('Amerika Serikat adalah negara yang mengecam pengiriman senjata itu.',
                      lang => 'id', published => '2024-02-22');

-- A headline (a line with no final punctuation) gives no indirect quote,
-- while the same words as a sentence of the body do.
SELECT quote, kind, speaker, speaker_actor, cue, via, said_on
FROM narrative.quotes(E'Matthew Miller mengatakan Rusia melanggar sanksi PBB\n' ||
                      'Matthew Miller mengatakan Rusia melanggar sanksi PBB.',
                      lang => 'id', published => '2024-02-22');

-- A cue with nothing reported after it ("Rusia membantah.") is no quote.
SELECT count(*) AS quotes
FROM narrative.quotes('Rusia membantah.', lang => 'id', published => '2024-02-22');

-- A subject the lexicon does not know, or a pronoun with no antecedent,
-- is the speaker as written; the actor after "bahwa"/"that", or after an
-- active cue with a subject, is what was said, never who said it.
SELECT t.lang, q.speaker, q.speaker_actor, q.cue
FROM (VALUES ('id', 'Tim penyelidik mengatakan bahwa Rusia menggunakan rudal Korea Utara di Kharkiv.'),
             ('en', 'The investigation said that Russia had used North Korean missiles in Kharkiv.'),
             ('id', 'Ia mengatakan Korea Utara dan Rusia harus bekerja sama.')) AS t(lang, doc),
     narrative.quotes(t.doc, t.lang, '2024-10-21') q
ORDER BY t.lang DESC, q.speaker;

-- After the cue, a name the lexicon does not know is the speaker as
-- written, not the place it spoke in; a role set off after it gives its
-- actor; an abbreviated title before a name is no name.
SELECT t.n, q.speaker, q.speaker_actor
FROM (VALUES (1, '"Kami menolak sanksi itu," tutur Nasser Kanani kepada wartawan di Teheran.'),
             (2, '"We oppose it," said Zhang Xiaogang, a spokesman for China''s defense ministry.'),
             (3, '"Kami menentangnya," kata Zhang Xiaogang, juru bicara Kementerian Pertahanan China.'),
             (4, '"It is wrong," said Kanani, adding that Russia agreed.'),
             (5, '"It is wrong," said Sen. Lindsey Graham.')) AS t(n, doc),
     narrative.quotes(t.doc) q
ORDER BY t.n;

-- After "according to"/"menurut", a person past the comma is the speaker
-- only when the phrase ends with it, not when it opens what is reported.
SELECT t.n, q.speaker, q.speaker_actor
FROM (VALUES (1, 'According to the Kremlin, Putin and Kim discussed military cooperation.'),
             (2, 'Menurut pernyataan Kremlin, Putin dan Kim membahas kerja sama militer.'),
             (3, 'Menurut penasihat Kremlin, Yuri Ushakov, kedua pemimpin membahas kerja sama.')) AS t(n, doc),
     narrative.quotes(t.doc) q
ORDER BY t.n;

-- An act refused or failed is no speech; the same act with its reason is.
SELECT t.n, q.kind, q.speaker, q.cue
FROM (VALUES (1, 'China menolak mengecam Rusia atas invasi ke Ukraina.'),
             (2, 'India refused to condemn Russia for the invasion.'),
             (3, 'Korea Selatan mengecam Korea Utara karena meluncurkan rudal.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc) q ON true
ORDER BY t.n;

-- Positions are characters, so substr() gives the quote back.
SELECT quote, kind, pos, len, substr(d, pos, len) = quote AS exact
FROM (SELECT '“Kami tidak akan menyerah,” kata Dmitry Peskov. Ia mengatakan Rusia tidak melanggar sanksi.'::text AS d) s,
     narrative.quotes(d, lang => 'id', published => '2024-02-22');

-- Errors name the bad value.
SELECT * FROM narrative.quotes('“Kami menolak,” kata Maria Zakharova.', lang => 'fr');

-- Dates after the content: a sentence that opens by referring to what was
-- said ("Komentar itu disampaikannya, Jumat (17/5/2024)") dates the quote
-- before it; a relay's attribution ("dikutip dari laporan KCNA, Jumat
-- (23/12/2022)") dates its quote.  A relative clause with its own speaker
-- is not dated by the main clause ("on Tuesday ... who officials allege").
SELECT speaker, said_on FROM narrative.quotes(
  'Kim Yo Jong membantah negaranya memasok senjata ke Rusia. Komentar itu disampaikannya, Jumat (17/5/2024), setelah AS menjatuhkan sanksi.',
  'id', '2024-05-18');
SELECT speaker, via, said_on FROM narrative.quotes(
  'Korea Utara mengecam AS karena mengirim senjata ke Ukraina, dikutip dari laporan KCNA, Jumat (23/12/2022) via US News.',
  'id', '2022-12-24');
-- A date set off by commas between the cue and "bahwa" is attribution:
-- it dates the saying, and what is said starts after "bahwa".
SELECT t.n, q.speaker, q.quote, q.said_on, a.act, a.said_on AS alleged_on, a.about
FROM (VALUES (1, 'Juru bicara Kremlin, Dmitry Peskov, mengatakan kepada wartawan di Moskwa, Rabu (23/10/2024), bahwa laporan tersebut tidak benar.'),
             (2, 'Dmitry Peskov told reporters in Moscow, on Wednesday, that the report was false.')) AS t(n, doc),
     narrative.quotes(t.doc, published => '2024-10-24') q,
     narrative.allegations(t.doc, published => '2024-10-24') a
ORDER BY t.n;

-- A date set off by a comma at the end of the sentence dates the saying,
-- and so the claim; one the content goes on after is the content's.
SELECT t.n, q.speaker, q.said_on, a.act, a.said_on AS alleged_on, a.about
FROM (VALUES (1, 'Amerika Serikat menuding China memasok komponen drone kepada Rusia, Senin (12/8/2024).'),
             (2, 'Amerika Serikat menuding China memasok komponen drone kepada Rusia, Senin (12/8/2024), di Laut Hitam.')) AS t(n, doc),
     narrative.quotes(t.doc, 'id', '2024-08-14') q,
     narrative.allegations(t.doc, 'id', '2024-08-14') a
ORDER BY t.n;
SELECT speaker, said_on FROM narrative.quotes(
  'The U.S. on Tuesday imposed sanctions on four companies in Turkey who officials allege are connected with Iran''s drone program.',
  'en', '2023-09-21');

-- A cue right after a comma, or after "dan" joining it to a cue before,
-- speaks for the subject of the clause before it: that clause's own
-- cue's speaker, else (a participle, an active
-- verb) the actor heading it, not the object nearest the cue; not after a
-- clause set off by commas, which describes the subject before it.
SELECT t.n, q.speaker, q.speaker_actor, q.cue
FROM (VALUES (1, 'Russia slammed the new U.S. sanctions, saying they would not change its course.'),
             (2, 'North Korea rejected the U.N. resolution, saying it would never give up its nuclear weapons.'),
             (3, 'Russia''s ambassador Vassily Nebenzia rejected the report by Japan, saying it was fake.'),
             (4, 'Rusia mengecam sanksi baru Amerika Serikat, menyebut langkah itu ilegal.'),
             (5, 'Kim Yo Jong, adik pemimpin Korea Utara Kim Jong Un, membantah negaranya memasok senjata.'),
             (6, 'Korea Selatan menyesalkan keputusan Rusia dan menyebutnya tidak bertanggung jawab.')) AS t(n, doc),
     narrative.quotes(t.doc) q
ORDER BY t.n;

-- "it", "negara itu" name the body heading their sentence, not a person
-- who spoke before.
SELECT speaker, speaker_actor, quote FROM narrative.quotes(
  'Sergei Lavrov said Moscow would respond. Britain sanctioned two Chinese firms it said supplied drone parts to Russia.', 'en')
WHERE speaker = 'it';

-- A dateline is where the story was filed, not what was said; a country
-- after "in" is where the speaker is, not who speaks, when another actor
-- heads the clause.
SELECT speaker, speaker_actor, quote FROM narrative.quotes(
  E'SEOUL (Reuters) - North Korea has sent about 3,000 more troops to Russia, South Korea''s military said on Monday.\n'
  'China''s embassy in Washington said Beijing was not aware of the situation.\n'
  'Officials in Washington said the troops were in Kursk.', 'en');

-- A speaker after a closing cue may follow a phrase that describes it,
-- taken in as written; a person the text ties to no country speaks all
-- the same, with no actor.
SELECT speaker, speaker_actor, cue, quote FROM narrative.quotes(
  E'Sanksi-sanksi Barat tidak akan berdampak pada perekonomian Rusia, ujar juru bicara Kremlin Dmitry Peskov.\n'
  '"Kami akan terus menggunakan semua alat," kata Wakil Menteri Keuangan Wally Adeyemo.', 'id');

-- A cue word right after another cue or a determiner is a noun, the
-- object ("declined to deny reports that …"): it reports nothing.
SELECT t.n, q.speaker, q.cue
FROM (VALUES (1, 'The Kremlin declined to deny reports that North Korean troops were in Russia.'),
             (2, 'Yonhap reports that North Korean troops were in Russia.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, 'en') q ON true
ORDER BY t.n;

-- "dengan tegas" (firmly) reports nothing; the verb after it does.  A
-- position taken ("menentang", "opposes") is reported speech with no
-- reason after it, as other condemnations are not.
SELECT t.n, q.speaker, q.cue, q.quote
FROM (VALUES (1, 'China dengan tegas menentang semua sanksi sepihak.'),
             (2, 'China dengan tegas membantah tuduhan bahwa Beijing memasok senjata ke Rusia.'),
             (3, 'China opposes the unilateral sanctions.'),
             (4, 'China mengecam peluncuran rudal itu.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc) q ON true
ORDER BY t.n;

-- A noun after a partial quote names an act of the quoted words, it
-- attributes nothing: the cue is "said", before the quote.
SELECT speaker, cue, quote FROM narrative.quotes(
  'Maria Zakharova said Moscow "categorically rejects" the accusations.', 'en');

-- "accused of" after what it describes is a passive participle: nobody
-- is quoted ("entities accused of helping Pyongyang", "has been accused
-- of"); "accused Moscow of" reports Washington.
SELECT speaker, cue, quote FROM narrative.quotes(
  'Washington blacklisted two Russian entities accused of helping Pyongyang. Russia has been accused of buying shells. Washington accused Moscow of helping Pyongyang.', 'en');

-- "both" after a joint subject counts it: it points back to no pair
-- named before ("South Korea and the United States"); a phrase set off
-- by commas right after the cue ("citing government sources") is passed
-- over to the complementiser, and what follows it is reported.
SELECT t.n, q.speaker, q.speaker_actor, q.quote
FROM (VALUES (1, 'South Korea and the United States held joint drills. Russia and North Korea have both denied the arms transfers.'),
             (2, 'Yonhap reported, citing government sources, that North Korea had sent engineers to Russia.'),
             (3, 'Kantor berita Yonhap melaporkan, mengutip sumber pemerintah, bahwa Korut telah mengirim insinyur ke Rusia.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc) q ON true
ORDER BY t.n, q.n;

-- The subject of a passive accusation is its target, no speaker; a
-- sentence pointing back ("Demikian disampaikan ...") dates the quotes
-- before it, and the same speaker's quotes in the sentences right before
-- those.
SELECT t.n, q.speaker, q.cue, q.said_on
FROM (VALUES (1, 'Pyongyang dituding memasok jutaan peluru artileri ke Rusia.'),
             (2, E'"Kami tidak pernah menerima senjata dari Korea Utara," tutur Zakharova.\n\n"Semua itu hanyalah rekayasa Barat," imbuh dia.\n\nDemikian disampaikan juru bicara Kementerian Luar Negeri Rusia Maria Zakharova dalam keterangan pers di Moskwa, Kamis (21/11/2024).')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, 'id', '2024-11-22') q ON true
ORDER BY t.n, q.n;

-- "katanya" before anyone has spoken is the person heading the sentence
-- before, past the body his role names; a clause set off by commas
-- before the cue may run past fifteen tokens, and the person before it
-- speaks, not one named inside it.
SELECT t.n, q.speaker, q.speaker_actor, q.quote
FROM (VALUES (1, 'id', E'Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan pada Selasa.\n\n"Kami akan merespons," katanya tanpa merinci.'),
             (2, 'en', 'Lavrov, speaking at a news conference in Moscow alongside his North Korean counterpart Choe Son Hui, said the sanctions were illegitimate.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, t.lang) q ON true
ORDER BY t.n, q.n;

-- "terang" after a quote is a cue, as "jelas" is; "terang-terangan"
-- (openly) is none.
SELECT q.cue, q.speaker, q.quote FROM narrative.quotes(
  E'"Rusia tidak pernah menerima senjata dari Korea Utara," terang Zakharova.\n\nIni pelanggaran terang-terangan terhadap resolusi, kata Blinken.', 'id') q
ORDER BY q.n;

-- A person whose role names a body ("Deputy Treasury Secretary") is of
-- its country, and so speaks, not the body; a cue word after a
-- possessive ("their alleged support") is no verb.
SELECT q.cue, q.speaker, q.speaker_actor, q.speaker_role FROM narrative.quotes(
  E'"Today''s action underscores our commitment," Deputy Treasury Secretary Wally Adeyemo said in a statement.\n\n'
  'The European Union also sanctioned several Chinese entities over their alleged support for Moscow''s military.', 'en') q
ORDER BY q.n;

-- An outlet right before the cue of a partial quote is its speaker, as
-- of reported speech: not the country named before it.
SELECT q.kind, q.speaker, q.speaker_actor FROM narrative.quotes(
  'The North''s official Korean Central News Agency said Kim had "expressed full support" for Russia''s war.', 'en') q;

-- A cue word after "if"/"jika" is a condition, no speech: the speaker
-- after the comma reports, and nothing is confirmed.
SELECT q.cue, q.speaker, q.quote,
       (SELECT count(*) FROM narrative.allegations(d, 'en') a WHERE a.act = 'confirm') AS confirmations
FROM (SELECT 'If confirmed, the transfer would violate U.N. resolutions, Seoul said.'::text AS d) t,
     narrative.quotes(t.d, 'en') q;

-- "…,” demikian pernyataan/keterangan X" names the speaker after a
-- quote; opening a sentence, the phrase quotes nothing.
SELECT q.cue, q.speaker, q.speaker_actor, q.quote FROM narrative.quotes(
  E'Demikian pernyataan Kemlu China pada Senin.\n\n"Kami menolak tuduhan itu," demikian keterangan Kemlu China, Senin (4/11/2024).', 'id', '2024-11-13') q;

-- A sentence pointing back that names a speaker of another country
-- dates no quote of the one before it; one that names the quote's
-- speaker does.
SELECT q.speaker, q.said_on FROM narrative.quotes(
  E'Ukraina mengatakan sekitar 10.000 tentara Korut telah dikerahkan ke Rusia.\n\n'
  'Pernyataan itu disampaikan Kim Yo Jong dalam siaran kantor berita KCNA, Minggu (10/11/2024).\n\n'
  '"Kami tidak mengirim pasukan," kata Kim Yo Jong.\n\n'
  'Pernyataan itu disampaikan Kim Yo Jong, Senin (11/11/2024).', 'id', '2024-11-11') q;

-- A cue joined by "and" to the verb of the clause's head speaks for that
-- head, not for the object between ("the U.S. ambassador").
SELECT q.cue, q.speaker, q.speaker_actor FROM narrative.quotes(
  'Russia''s foreign ministry summoned the U.S. ambassador on Monday and accused Washington of interfering in its internal affairs.', 'en') q;

-- A refusal or a failure to speak is no speech, with or without its
-- "untuk"/"to"; an attempt to speak reports what was said.
SELECT t.n, q.cue, q.speaker, q.quote
FROM (VALUES (1, 'id', 'Juru bicara Kremlin Dmitry Peskov menolak mengungkapkan waktu kunjungan Putin.'),
             (2, 'id', 'Lavrov enggan untuk menjelaskan bahwa pertemuan itu gagal.'),
             (3, 'en', 'Peskov declined to say that the talks had failed.'),
             (4, 'id', 'Lavrov berusaha menjelaskan bahwa pertemuan itu berhasil.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, t.lang) q ON true
ORDER BY t.n;

-- A date inside what a speaker after it reports is not when it was
-- said.
SELECT q.speaker, q.said_on, q.quote FROM narrative.quotes(
  'The delivery took place between Sept. 7 and Oct. 1, the U.S. says.', 'en', '2023-10-17') q;

-- A relay and its date heading the sentence are attribution: what the
-- speaker says follows the cue's comma.
SELECT q.speaker, q.via, q.said_on, q.quote FROM narrative.quotes(
  'Dilansir kantor berita AFP, Kamis (17/11/2022), Kepala Staf Gabungan Korea Selatan mengatakan, Korut menembakkan rudal balistik jarak pendek.', 'id', '2022-11-17') q;

-- An unnamed speaker after the cue that context does not resolve is
-- kept as written, with no actor; not the actor the report names.
SELECT q.speaker, q.speaker_actor, q.quote FROM narrative.quotes(
  'Ini merupakan sanksi baru di tengah perang Rusia di Ukraina yang memasuki tahun kedua, kata para pejabat.', 'id') q;

-- A quoted title ('berjudul: "…"', 'titled "…"') is no speech.
SELECT t.n, count(q.*) AS quotes
FROM (VALUES (1, 'id', 'Laporan itu berjudul: "Rusia memperhatikan dukungan Korea Utara untuk operasi di Ukraina".'),
             (2, 'en', 'The report, titled "North Korea''s arms for Russia", was published on Monday.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, t.lang) q ON true
GROUP BY t.n ORDER BY t.n;

-- A participle opening the sentence is its circumstance, not what is
-- said; "amid" closes an attribution after the content; a date alone
-- after the cue is no content; a person heading the clause speaks for
-- a verb joined by "and", not the envoy he summoned.
SELECT t.n, q.speaker, q.speaker_actor, q.quote
FROM (VALUES (1, 'Speaking at a press briefing, Peskov dismissed as contradictory the claims regarding North Korean troops.'),
             (2, 'North Korea maintains a broad relationship with Moscow, Kremlin spokesperson Dmitry Peskov stated amid reports of troop deployments.'),
             (3, E'"We reject the claims." Iravani said on Wednesday.'),
             (4, 'South Korea''s first Deputy Foreign Minister Kim Hong-Kyun summoned Russian Ambassador Georgy Zinoviev and urged the immediate withdrawal of North Korean troops.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, 'en') q ON true
ORDER BY t.n, q.n;

-- A date after the cue, with "waktu setempat" after it, is attribution:
-- the report starts after "bahwa"; a speaker joined by "dan" to a relay
-- ("dan dikutip ...") closes the attribution after the report.
SELECT t.n, q.speaker, q.speaker_actor, q.said_on, q.quote
FROM (VALUES (1, 'Kementerian Luar Negeri Inggris mengatakan pada hari Senin (24/02) waktu setempat, bahwa pihaknya telah memberlakukan 107 sanksi baru.'),
             (2, 'Putin dan Kim berbicara selama dua jam, kata media pemerintah Rusia dan dikutip Irish Examiner, Rabu, 19 Juni 2024.')) AS t(n, doc),
     narrative.quotes(t.doc, 'id', '2025-02-26') q
ORDER BY t.n, q.n;

-- A person right after the cue is the speaker, not a person his
-- clause goes on to name.
SELECT q.speaker, q.speaker_actor FROM narrative.quotes(
  E'Menteri Luar Negeri Retno LP Marsudi berbicara.\n\n"Saya sudah memanggil kuasa usaha China," kata Retno seusai mendampingi Menlu Australia Julie Bishop.', 'id') q;

-- A clause of the series after a comma with a verb before is no
-- subject kept as written; a participle after the closing mark names no
-- speaker after it.
SELECT t.n, q.kind, q.cue, q.speaker, q.speaker_actor
FROM (VALUES (1, 'The G7 ministers met. They condemned Russia''s aggression against Ukraine, warned China against attempts to change the status quo by force.'),
             (2, E'Ukraine''s Foreign Minister Andrii Sybiha spoke.\n\nSybiha said Russia "cynically strikes Ukraine''s capital," accusing Moscow of rejecting a ceasefire.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, 'en') q ON true
ORDER BY t.n, q.n;

-- A noun of an act ("gelombang kecaman dan kutukan") reports no words;
-- "organisasi tersebut" is an organization named just before, never the
-- last speaker by default.
SELECT t.n, q.cue, q.speaker, q.speaker_actor, q.quote
FROM (VALUES (1, 'Serangan itu memicu gelombang kecaman dan kutukan, termasuk dari negara-negara Arab.'),
             (2, E'"Israel harus bertanggung jawab," kata Kemlu RI.\n\nPemantau perang Syrian Observatory for Human Rights menyebut serangan itu menewaskan 11 orang. Tujuh di antaranya ialah petinggi Korps Pengawal Revolusi Iran, kata organisasi tersebut.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, 'id') q ON true
ORDER BY t.n, q.n;

-- What a summons is for is the summoner's speech, not the envoy's; a
-- word inside a cue phrase read at its first word is no cue of its own.
SELECT t.n, q.cue, q.speaker, q.speaker_actor, q.quote
FROM (VALUES (1, 'Kementerian Luar Negeri Filipina memanggil Duta Besar China Huang Xilian untuk menyampaikan bahwa Manila keberatan atas insiden itu.'),
             (2, 'Filipina telah memanggil Duta Besar China Huang Xilian untuk menyampaikan protes atas situasi di Laut China Selatan.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.quotes(t.doc, 'id') q ON true
ORDER BY t.n, q.n;

-- NULL document: no rows.
SELECT count(*) FROM narrative.quotes(NULL);
SELECT count(*) FROM narrative.quotes(NULL, lang => 'id', published => '2024-02-22');
