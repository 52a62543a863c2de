-- What the allegation stage recognises, one pattern per query (the README's
-- table "What the allegation stage recognises" shows these rows).
SET DateStyle = ISO, YMD;

-- 1. An act verb, its subject and its object.
SELECT accuser, act, accused, charge FROM narrative.allegations(
  'Korea Selatan mengecam Korea Utara atas peluncuran rudal balistik.', lang => 'id');

-- 2. Joint subjects and joint objects: one allegation per pair.
SELECT accuser, act, accused FROM narrative.allegations(
  'The United States and Japan accused Russia and Iran of trading drones for oil.', lang => 'en');

-- 3. A passive names its agent; the subject is accused.
SELECT accuser, act, accused FROM narrative.allegations(
  'Iran dikecam oleh Uni Eropa karena mengirim drone ke Rusia.', lang => 'id');

-- 4. An act named as a noun, by its owner.
SELECT accuser, act, accused FROM narrative.allegations(
  'Pyongyang''s denial came hours after the White House briefing.', lang => 'en');
SELECT accuser, act, accused FROM narrative.allegations(
  'Tuduhan AS bahwa Korea Utara memasok amunisi ke Rusia makin kuat.', lang => 'id');

-- 5. Sanctions named as a noun, one per target country.
SELECT accuser, act, accused FROM narrative.allegations(
  'Sanksi Uni Eropa terhadap perusahaan di Iran dan Belarus mulai berlaku pekan lalu.', lang => 'id');
SELECT accuser, act, accused FROM narrative.allegations(
  'New U.S. sanctions on firms in China and Turkey took effect on Friday.', lang => 'en');

-- 6. A denial without a denial verb.
SELECT accuser, act, accused FROM narrative.allegations(
  'Moscow rejected the accusations as baseless.', lang => 'en');
SELECT accuser, act, accused FROM narrative.allegations(
  'Kementerian Luar Negeri China menyebut tuduhan itu tidak berdasar.', lang => 'id');

-- 7. An accusation inside a named speaker's reported speech.
SELECT accuser, act, accused, charge FROM narrative.allegations(
  'John Kirby said North Korea had shipped artillery shells to Russia.', lang => 'en');

-- 8. A denial inside one's own speech.
SELECT accuser, act, accused FROM narrative.allegations(
  'Juru bicara Kementerian Luar Negeri Korea Utara mengatakan Pyongyang tidak pernah memasok senjata ke Rusia.', lang => 'id');

-- 9. A warning: conditional conduct in reported speech, or a warning verb.
SELECT accuser, act, accused FROM narrative.allegations(
  'Jepang mengatakan Rusia akan melanggar resolusi PBB jika membeli rudal dari Korea Utara.', lang => 'id');

-- 10. An act in an object relative clause accuses the antecedent.
SELECT accuser, act, accused FROM narrative.allegations(
  'Washington sanctioned two firms in Belarus which officials accuse of helping Moscow.', lang => 'en');

-- 11. Calling something provocative or illegal condemns it.
SELECT accuser, act, accused FROM narrative.allegations(
  '"Latihan militer Amerika Serikat itu sangat provokatif," kata juru bicara Korea Utara.', lang => 'id');

-- 12. An unsourced report: no accuser, hedged.
SELECT accuser, act, accused, hedged FROM narrative.allegations(
  'Korea Utara dilaporkan mengirim ribuan peluru artileri ke Rusia.', lang => 'id');

-- 13. "Mereka" and "they" speak for the group just named.
SELECT accuser, act, accused FROM narrative.allegations(
  'Korea Selatan, Amerika Serikat dan Jepang bertemu di Tokyo. '
  'Mereka mengecam peluncuran rudal Korea Utara.', lang => 'id');

-- 14. Every inflection of a cue root counts (the lexicon lists "sangkal").
SELECT accuser, act, accused FROM narrative.allegations(
  'Penyangkalan Kremlin datang sehari kemudian.', lang => 'id');

-- 15. The reason a sanction gives is the sanctioner's accusation.
SELECT accuser, act, accused FROM narrative.allegations(
  'Britain imposed sanctions on suppliers in China and Belarus accused of shipping drone parts to Moscow.', lang => 'en');

-- 16. An act against a step already named accuses whoever took it.
SELECT accuser, act, accused FROM narrative.allegations(
  'Jepang menjatuhkan sanksi terhadap tiga perusahaan China. Langkah itu segera dikecam oleh Beijing.', lang => 'id');

-- 17. Retaliation promised in a speaker's words is a warning.
SELECT accuser, act, accused FROM narrative.allegations(
  '"Iran berhak atas tindakan balasan terhadap sanksi Uni Eropa," kata juru bicara Kementerian Luar Negeri Iran.', lang => 'id');

-- 18. "Reports of", "berita tentang": an unsourced report of what follows.
SELECT accuser, act, accused, hedged FROM narrative.allegations(
  'The Kremlin declined to comment amid reports of North Korean troops being deployed to Russia.', lang => 'en');

-- 19. A passive act inside reported speech is the speakers'.
SELECT accuser, act, accused FROM narrative.allegations(
  'China dan Rusia menegaskan bahwa Amerika Serikat adalah pihak yang harus disalahkan atas krisis itu.', lang => 'id');

-- 20. An outlet's own report accuses nobody: no accuser.
SELECT accuser, act, accused, charge FROM narrative.allegations(
  'Tokyo Shimbun menuduh Korea Utara mengirim amunisi ke Rusia.', lang => 'id');

-- 21. A confirmation is of the confirmer's own side; one of what an actor
-- of another side did, heading what it confirms, accuses that side.
SELECT accuser, act, accused FROM narrative.allegations(
  'Korea Utara mengonfirmasi untuk pertama kalinya bahwa mereka telah mengerahkan pasukan ke Rusia.', lang => 'id');
SELECT accuser, act, accused FROM narrative.allegations(
  'The Pentagon confirmed that North Korean soldiers had crossed into Ukraine.', lang => 'en');

-- 22. A protest lodged, retaliation vowed, export controls imposed and
-- assets frozen are a condemnation, a warning and sanctions.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'Japan lodged a strong protest with China over the launch.'),
             (2, 'Moscow has vowed to retaliate against the new EU sanctions.'),
             (3, 'Washington imposed export controls on dozens of Chinese firms.'),
             (4, 'Britain has frozen the assets of two Iranian banks.')) AS t(n, doc),
     narrative.allegations(t.doc, 'en') a
ORDER BY t.n;

-- 23. A pair word in the object is the two actors just named.
SELECT accuser, act, accused FROM narrative.allegations(
  'Korea Utara dan Rusia menandatangani pakta pertahanan. Jepang mengecam kerja sama militer kedua negara itu.', lang => 'id');

-- 24. A body's findings report what it found: "found that" /
-- "menemukan bahwa", "concluded that" / "menyimpulkan bahwa".
SELECT t.n, a.accuser, a.act, a.accused, a.charge
FROM (VALUES (1, 'en', 'A U.N. panel of experts found that North Korea violated sanctions by shipping coal.'),
             (2, 'id', 'Panel ahli PBB menemukan bahwa Korea Utara melanggar sanksi dengan mengirim batu bara.'),
             (3, 'en', 'The Security Council concluded that Iran had violated the arms embargo.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n;

-- 25. Actors put on a sanction list are sanctioned by whoever lists them:
-- the active verb's subject, or the list's owner or agent.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'AS memasukkan tiga perusahaan China ke daftar hitam.'),
             (2, 'id', 'Tiga perusahaan China dimasukkan ke daftar hitam AS pada Selasa.'),
             (3, 'id', 'Dua bank Korea Utara masuk daftar hitam Uni Eropa.'),
             (4, 'en', 'The EU added 20 Russian and Iranian entities to its sanctions list.'),
             (5, 'en', 'Three Chinese firms were added to the Entity List by the Commerce Department.'),
             (6, 'en', 'Washington added Russia to the list of countries it talks to.'),
             (7, 'en', 'Japan added that Russian firms on the U.S. blacklist would face limits.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, t.lang) a ON true
ORDER BY t.n, a.accused;

-- 26. Actors held responsible are accused by the holding verb's subject.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Ukraina menganggap Rusia bertanggung jawab atas serangan itu.'),
             (2, 'en', 'Kyiv held Moscow responsible for the attack.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n;

-- 27. Web copies run words together ("ChinaRussia"): the glue lists them as
-- a comma would.  A relative clause with its own speaker ("who officials
-- allege") is dated in itself, not by the sanctions' Tuesday.
SELECT a.accuser, a.act, a.accused, a.said_on
FROM narrative.allegations(
  'The U.S. on Tuesday imposed sanctions on four companies in ChinaRussia and Turkey '
  'who officials allege are connected with Iran''s drone program.', 'en', '2023-09-21') a
ORDER BY a.act, a.accused;

-- 28. A glued word starts a clause: the speaker of "XiGedung Putih
-- mengatakan" is the White House, not Putin, the person the line before
-- the lost paragraph break names.
SELECT q.speaker, q.speaker_actor, a.accuser, a.act, a.accused
FROM narrative.quotes(
  'Putin di China untuk Bertemu Xi'
  'Gedung Putih mengatakan bahwa Korea Utara sudah mengirimkan senjata ke Rusia.', 'id') q,
     narrative.allegations(
  'Putin di China untuk Bertemu Xi'
  'Gedung Putih mengatakan bahwa Korea Utara sudah mengirimkan senjata ke Rusia.', 'id') a;

-- 29. The tie between two actors is one act's object, coded by the first
-- named ("RUS|PRK" in the corpus); "antara lain" (among others) lists on.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Amerika Serikat mengkritik kerja sama militer antara Rusia dan Korut.'),
             (2, 'en', 'Washington condemned the military cooperation between Moscow and Pyongyang.'),
             (3, 'id', 'AS menjatuhkan sanksi terhadap perusahaan antara lain di China dan Rusia.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.accused;

-- 30. A country's press ("laporan berita Jepang", "Japanese media") is no
-- party: an act against it accuses no one.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Korea Utara menuduh laporan berita Jepang soal pengiriman senjata ke Rusia hanyalah pengalih perhatian.'),
             (2, 'en', 'North Korea accused Japanese media of lying about arms for Russia.'),
             (3, 'en', 'North Korea accused Japan of lying about arms for Russia.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n;

-- 31. What a participle after a comma reports ("saying", "menyebut") is
-- the clause subject's speech, not that of the object nearest it.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'en', 'Iran summoned the EU envoy on Monday, saying the new European sanctions were illegal.'),
             (2, 'id', 'Iran memanggil duta besar Uni Eropa, menyebut sanksi baru Eropa itu ilegal.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n;

-- 32. Reported conduct answered in the same sentence, by a relative
-- clause or a claim noun set off by a comma: both are alleged, and the
-- answer is its subjects' own, every one of them.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'U.S. officials say Iran has provided hundreds of drones to Russia, a claim Tehran denies.'),
             (2, 'Seoul says Pyongyang has shipped shells to Russia, which Moscow and Pyongyang have denied.')) AS t(n, doc),
     narrative.allegations(t.doc, 'en') a
ORDER BY t.n, a.n;

-- 33. A date right after the act's words, behind "on" or "pada", dates
-- the act; one further on dates the conduct.
SELECT t.n, a.accuser, a.act, a.accused, a.said_on, a.about
FROM (VALUES (1, 'en', 'Japan announced new sanctions on Wednesday against 11 entities in Russia.'),
             (2, 'id', 'Jepang menjatuhkan sanksi pada Rabu terhadap 11 entitas di Rusia.'),
             (3, 'en', 'Japan accused Russia of buying missiles from Pyongyang in March 2023.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang, '2024-06-21') a
ORDER BY t.n;

-- A paragraph that opens by pointing back ("Hal itu disampaikan") and
-- names the act's side dates the act before it; one naming another side
-- dates nothing of it.
SELECT t.n, a.accuser, a.act, a.accused, a.said_on
FROM (VALUES (1, E'Amerika Serikat menjatuhkan sanksi terhadap perusahaan China.\n\nHal itu disampaikan Departemen Keuangan AS pada Rabu (30/10).'),
             (2, E'Amerika Serikat menjatuhkan sanksi terhadap perusahaan China.\n\nHal itu diungkapkan Menteri Luar Negeri China Wang Yi pada Rabu (30/10).')) AS t(n, doc),
     narrative.allegations(t.doc, 'id', '2024-10-31') a
WHERE a.act = 'sanction'
ORDER BY t.n;

-- The actor a claim is about, when it names none, is not one named as
-- a place ("beroperasi di China dan Rusia").
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  E'Pekerja IT Korea Utara beroperasi di China dan Rusia.\n\n"Para pekerja ini mendanai program senjata pemusnah massal secara ilegal," kata Departemen Keuangan AS.',
  'id', '2024-01-01') a;

-- 35. A speaker separated from a weak cue by an adverbial ("dalam
-- pernyataannya", "pada Kamis") still speaks; calling something by a name
-- condemns every actor joined to the first ("AS-Korsel"); "disebut
-- telah", "dikabarkan" report without a source.
SELECT t.n, a.accuser, a.act, a.accused, a.hedged
FROM (VALUES (1, 'Kementerian Luar Negeri Korea Utara dalam pernyataannya menyebut latihan militer gabungan AS-Korsel sebagai provokasi.'),
             (2, 'Korut disebut telah mengirimkan lebih dari 10.000 tentara ke Rusia.'),
             (3, 'Korea Utara dikabarkan mengirim rudal balistik ke Rusia.')) AS t(n, doc),
     narrative.allegations(t.doc, 'id', '2024-11-14') a
ORDER BY t.n, a.n;

-- A denial is of its speakers' own side, one row each, whatever it names
-- ("tuduhan AS dan Korsel"; the claims' owner accuses, so far only the
-- first named of the first denier); the noun of opposition
-- ("penentangan") condemns as the verb does.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'Rusia dan Korea Utara membantah tuduhan AS dan Korsel.'),
             (2, 'Amerika Serikat menjatuhkan sanksi terhadap perusahaan China. Juru bicara Kementerian Luar Negeri China mengulangi penentangan China terhadap sanksi itu.')) AS t(n, doc),
     narrative.allegations(t.doc, 'id') a
ORDER BY t.n, a.n;

-- A sanction's date may follow its targets, before its reason; "a move
-- that X condemned" condemns the taker of the step just named, not the
-- actor nearest.
SELECT a.accuser, a.act, a.accused, a.said_on FROM narrative.allegations(
  'The United States on Tuesday sanctioned two firms. Washington also imposed new sanctions on Iran on Wednesday over its supply of ballistic missiles to Russia, a move that Tehran quickly condemned.',
  'en', '2024-09-12') a
ORDER BY a.n;

-- 34. Dismissing sanctions or a step taken, or charging them, condemns
-- its taker; it denies or accuses nothing (the step is the one named
-- before, or the actor qualifying it).
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'en', 'The European Union imposed new sanctions on Russia. Moscow dismissed the sanctions as illegal.'),
             (2, 'en', 'The European Union accused Russia of buying drones. Moscow dismissed the accusations as baseless.'),
             (3, 'id', 'Iran menuduh sanksi terbaru Uni Eropa bermotif politik.'),
             (4, 'en', 'Washington accused Moscow of violating sanctions.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.n;

-- Never: an act against no one the text names (each text a document of
-- its own: across sentences, an act with no object takes the actor named
-- before it).
SELECT count(*) FROM (VALUES ('Rusia mengecam keputusan itu dengan keras.'),
                             ('Washington menuduh semua pihak.'),
                             ('Beijing warned against such steps.'),
                             ('China said it firmly opposed it.')) AS t(doc),
     narrative.allegations(t.doc, published => '2024-01-01');

-- Never: an act against a party the text leaves unnamed ("negara-negara
-- lain", "everyone"), though an actor was named before.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Ukraina menyerang Rusia. China menyalahkan negara-negara lain karena memperpanjang krisis.'),
             (2, 'en', 'Ukraine attacked Russia. China blamed everyone for prolonging the crisis.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n;

-- Never: an unsourced report about a place ("… di Ukraina"), or about
-- what a relative word qualifies when that is no actor ("benda yang
-- diyakini sebagai rudal").
SELECT count(*) FROM (VALUES ('Drone-drone tersebut diyakini telah digunakan untuk menyerang target militer di Ukraina.'),
                             ('Dewan Keamanan bersidang setelah Korut menembakkan benda yang diyakini sebagai rudal balistik.')) AS t(doc),
     narrative.allegations(t.doc, 'id', '2024-01-01') a
WHERE a.accuser IS NULL;

-- Never: a refusal to deny, a participle with no accuser.
SELECT count(*) FROM narrative.allegations(
  'Rusia menolak untuk membantah laporan tersebut. '
  'The drones were made by previously sanctioned firms.', published => '2024-01-01');

-- Never: a failure or refusal to act, a refusal to comment.
SELECT count(*) FROM (VALUES ('id', 'Dewan Keamanan PBB gagal mengecam peluncuran rudal Korea Utara.'),
                             ('id', 'China menolak mengecam Rusia atas invasi ke Ukraina.'),
                             ('id', 'India enggan mengecam Moskow.'),
                             ('id', 'Pihak Kremlin menolak berkomentar terkait laporan tersebut.'),
                             ('en', 'The Security Council failed to condemn the North Korean launch.')) AS t(lang, doc),
     narrative.allegations(t.doc, t.lang, '2024-01-01');

-- 36. A diplomatic summons of an envoy is a protest to the envoy's
-- country, dated by a date after the envoy; a purpose or a verb joined
-- to it that is an act cue is the act instead ("untuk menyampaikan
-- protes": one row, the ministry's).  A summons of anyone else is none.
SELECT t.n, a.accuser, a.act, a.accused, a.said_on
FROM (VALUES (1, 'en', 'Britain summoned Russia''s ambassador on Thursday over a cyber attack on British institutions.'),
             (2, 'en', 'South Korea summoned the Russian ambassador to protest the military pact.'),
             (3, 'id', 'Kemlu Jepang memanggil Dubes China terkait masuknya kapal penjaga pantai ke perairan Jepang.'),
             (4, 'id', 'Kementerian Luar Negeri Jepang memanggil Duta Besar China Wu Jianghao pada Senin (4/11/2024) untuk menyampaikan protes.'),
             (5, 'id', 'Polisi memanggil tiga saksi dari Rusia.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang, '2024-11-20') a
ORDER BY t.n, a.n;

-- Never: a threat to what is endangered ("mengancam keamanan kawasan",
-- "threatens regional security") warns no one; the speaker who says so
-- accuses its subject.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Program nuklir Korea Utara mengancam perdamaian dan stabilitas kawasan, kata Menteri Pertahanan Jepang.'),
             (2, 'en', 'Japan condemned the launch. It said the growing crisis threatens not only the region but global peace and stability.'),
             (3, 'en', 'North Korea threatened to retaliate against South Korea.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang, '2024-11-20') a
ORDER BY t.n, a.n;

-- 37. A claim refused or rejected is its owner's accusation, against the
-- refuser when the claim's subject is a pronoun ("that it", "bahwa
-- pihaknya"), though the owner stands before the noun ("rejected U.S.
-- accusations") or the noun ends a cue phrase ("menolak tuduhan"); a
-- claim called "Russophobic" is denied.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'en', 'China on Tuesday rejected U.S. accusations that it is supplying Russia with weapons.'),
             (2, 'id', 'China pada Selasa menolak tuduhan AS bahwa pihaknya memasok senjata ke Rusia.'),
             (3, 'en', 'Russian Foreign Ministry spokeswoman Maria Zakharova told reporters that the accusations were "Russophobic".')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang, '2024-11-20') a
ORDER BY t.n, a.n;

-- 38. An Indonesian passive's agents right after the verb each act
-- ("dibantah Pyongyang dan Moskow": two denials).
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'Korea Selatan menuding Korut memasok senjata ke Rusia, tuduhan yang dibantah Pyongyang dan Moskow.', 'id') a
ORDER BY a.n;

-- 39. A claim rejected in the passive is its agent's denial, and the
-- passive act quotes no words.
SELECT t.n, a.accuser, a.act, a.accused,
       (SELECT count(*) FROM narrative.quotes(t.doc, t.lang)) AS quotes
FROM (VALUES (1, 'en', 'The claims were rejected by Moscow.'),
             (2, 'en', 'The claims were denied by Moscow.'),
             (3, 'id', 'Tuduhan itu ditolak oleh Beijing.'),
             (4, 'id', 'Permintaan itu ditolak oleh Beijing.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, t.lang) a ON true
ORDER BY t.n, a.n;

-- 40. A quoted fragment of an adverb and the act verb ("firmly
-- rejects", "dengan tegas menolak") is the sentence subject's act, not
-- the last speaker's.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'en', '"This is a blatant violation," said Linda Thomas-Greenfield. According to the statement, North Korea "firmly rejects" the G7 claims.'),
             (2, 'id', '"Ini adalah pelanggaran," ujar Linda Thomas-Greenfield. Menurut pernyataan itu, Korea Utara "dengan tegas menolak" klaim G7.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.n;

-- 41. More ways of sanctioning: "menetapkan sanksi", an export control
-- list.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Kantor Pengawasan Aset Asing (OFAC) Departemen Keuangan AS menetapkan sanksi terhadap dua perusahaan China.'),
             (2, 'en', 'Japan added 11 Chinese firms to its export control list.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.n;

-- 42. Headlines: an act verb in its bare form, present tense English,
-- and the root of a charge ("Hindari Sanksi").
SELECT t.n, a.accuser, a.act, a.accused, a.charge
FROM (VALUES (1, 'id', 'AS Tuding China Bantu Rusia Hindari Sanksi'),
             (2, 'en', 'Japan Slaps Sanctions on Chinese Firms Over Russia Support')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.n;

-- 43. Conduct a speaker names as the one just reported ("transfer
-- senjata itu", "the transfers"), with no agent of its own, is the last
-- claim's accused's; claims called untrue may be "informasi".
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  E'Gedung Putih mengeklaim Rusia telah menembakkan rudal buatan Korut ke Ukraina.\n\n'
  'Juru bicara Dewan Keamanan Nasional AS John Kirby menyebut transfer senjata itu sebagai pelanggaran terang-terangan terhadap resolusi Dewan Keamanan PBB.\n\n'
  '"Kami sudah berulang kali menyatakan bahwa informasi semacam itu tidak benar," ujar Peskov.', 'id') a
ORDER BY a.n;

-- 44. "accused of" right after a noun an actor qualifies is a
-- participle: that actor is accused, by no one named ("three firms
-- accused of ..." names no one).
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'US sanctions Chinese firms accused of helping Russia build attack drones'),
             (2, 'The U.S. sanctioned three firms accused of supplying drones to Russia.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, 'en') a ON true
ORDER BY t.n, a.n;

-- 45. A claim called by a quoted word of abuse ("menyebut tudingan
-- tersebut sebagai “provokasi”") is denied.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'Kementerian Luar Negeri Rusia menyebut tudingan tersebut sebagai "provokasi" yang bertujuan merusak hubungan kedua negara.', 'id') a
ORDER BY a.n;

-- 46. A partial quote inside reported speech whose subject is an actor:
-- the whole clause is what is reported ("“flagrantly violated”
-- resolutions").
SELECT a.accuser, a.act, a.accused, a.charge FROM narrative.allegations(
  'U.S. Ambassador Linda Thomas-Greenfield said Russia had "flagrantly violated" resolutions it voted for.', 'en') a
ORDER BY a.n;

-- Never: a condemnation against where what it condemns happened
-- ("perang di Ukraina", "the attack in Kyiv"); an agent named is
-- condemned still.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', 'Iran menentang perang di Ukraina.'),
             (2, 'en', 'Japan condemned the attack in Kyiv.'),
             (3, 'en', 'Japan condemned the Russian attack in Kyiv.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, t.lang) a ON true
ORDER BY t.n, a.n;

-- 47. An object's members may each carry an abbreviation in
-- parentheses ("Amerika Serikat (AS), Korea Selatan (Korsel), dan
-- Jepang"): one row each.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'Korea Utara mengecam keras latihan militer gabungan yang digelar Amerika Serikat (AS), Korea Selatan (Korsel), dan Jepang.', 'id') a
ORDER BY a.n;

-- 48. A confirmation of one's own receipt of what another gave is a
-- confirmation of one's own side; of another side's conduct, heading
-- what it confirms, an accusation.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'en', 'Russia acknowledged receiving North Korean artillery shells.'),
             (2, 'id', 'Rusia mengakui menerima peluru artileri dari Korea Utara.'),
             (3, 'en', 'The Pentagon confirmed that North Korean soldiers had crossed into Ukraine.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.n;

-- Conduct named as the one just reported points past denials to the
-- last claim's accused ("pengerahan itu": North Korea's, not the
-- denier's).
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  E'Ukraina menuduh Korea Utara mengerahkan pasukan ke Rusia.\n\n'
  'Wakil Menteri Luar Negeri Rusia Andrei Rudenko mengatakan bahwa Moskow tidak melanggar sanksi apa pun.\n\n'
  'Menteri Pertahanan Korea Selatan Kim Yong-hyun menilai pengerahan itu sebagai ancaman serius.', 'id') a
ORDER BY a.n;

-- 49. Claims that head what is said and are called baseless at its end
-- are denied, however long the claim between ("said the reports that …
-- were groundless", 'said U.S. claims that … were "absurd"'); the
-- speaker's own side, not the one the claims name, is the accused.
SELECT t.n, a.accuser, a.act, a.accused, a.charge
FROM (VALUES (1, 'en', 'The Kremlin said on Tuesday that Western allegations that North Korea was supplying weapons to Russia were not based on evidence.'),
             (2, 'en', 'Peskov said the reports that North Korean troops were fighting in Kursk were groundless.'),
             (3, 'en', 'Lavrov said U.S. claims that Pyongyang had sent missiles to Moscow were "absurd".'),
             (4, 'id', 'Peskov menyebut laporan bahwa pasukan Korea Utara bertempur di Kursk tidak berdasar.'),
             (5, 'en', 'Peskov said North Korea had sent fabricated documents to Russia.')) AS t(n, lang, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, t.lang) a ON true
ORDER BY t.n, a.n;

-- 50. "Kedua negara" stands for the two actors named last, not for a
-- country named as where something happened ("perang di Ukraina").
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  E'Para pejabat AS menuduh Rusia memakai rudal buatan Korut dalam perang di Ukraina.\n\n'
  'Kedua negara membantah telah menjalin kesepakatan senjata.', 'id') a
ORDER BY a.n;

-- 51. A claim noun's owners after "dari" are every actor joined to the
-- first, and what follows "bahwa" past the unnamed rest ("dan
-- negara-negara lain") is the claim.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'Langkah Rusia ini menyusul tuduhan dari Amerika Serikat, Korea Selatan dan negara-negara lain bahwa Pyongyang memasok senjata ke Moskow.', 'id') a
ORDER BY a.n;

-- 52. A claim confirmed accuses whom the claim names, or the accused of
-- the owner's last claim; not the claim's owner.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'id', E'AS menuduh Rusia membeli rudal balistik Korut.\n\nUkraina mengonfirmasi klaim AS tersebut.'),
             (2, 'en', 'Seoul confirmed the U.S. claims that North Korea had shipped shells to Russia.')) AS t(n, lang, doc),
     narrative.allegations(t.doc, t.lang) a
ORDER BY t.n, a.n;

-- 53. A word of abuse condemns the actor it names ("provokasi DPRK"),
-- not an actor heading the words.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  E'Juru bicara Kementerian Luar Negeri AS, Ned Price mengutuk peluncuran itu.\n\n'
  '"Komitmen kami terhadap keamanan ROK dan Jepang tetap kuat dan kami akan bermitra untuk mengatasi provokasi DPRK," kata dia.', 'id') a
ORDER BY a.n;

-- 54. A verb right after a summoned envoy's words is the summoner's; the
-- summons and the verb are one protest.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'Menteri Luar Negeri Indonesia memanggil Duta Besar Brasil di Jakarta memprotes keras penolakan itu.', 'id') a
ORDER BY a.n;

-- 55. A headline's bare verb in -kan is a verb, not a noun: its subject
-- warns its object.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'Rusia Ingatkan Korsel Tidak Kirim Senjata ke Ukraina'),
             (2, 'Moskow Peringatkan Korsel: Jangan Kirim Senjata ke Ukraina')) AS t(n, doc),
     narrative.allegations(t.doc, 'id') a
ORDER BY t.n, a.n;

-- 56. A dateline whose outlet is a domain ("KOMPAS.com", "Bisnis.com")
-- names no actor: the claim denied is against the denier.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'JAKARTA, KOMPAS.com - Korea Utara membantah tudingan AS.'),
             (2, 'Bisnis.com, JAKARTA - Korea Utara membantah tudingan AS.')) AS t(n, doc),
     narrative.allegations(t.doc, 'id') a
ORDER BY t.n, a.n;

-- 57. A grouping the lexicon codes as no actor ("Western countries") is
-- the object accused: no row accuses what it goes on to name ("Kyiv").
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'Moscow dismissed these allegations, accusing Western countries of using them to justify their own illegal arms supplies to Kyiv.', 'en') a
ORDER BY a.n;

-- 58. Claims denounced as baseless, the dismissal after them or before
-- ("U.S." counts four tokens): the owner is condemned, the speaker's
-- side denies, and the claims are against the speaker.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'China denounces U.S. allegations on Russia trade as groundless.'),
             (2, 'China condemned as groundless U.S. allegations on its trade with Russia.')) AS t(n, doc),
     narrative.allegations(t.doc, 'en') a
ORDER BY t.n, a.n;

-- 59. A verb joined by "and" to a clause a pronoun opens has no actor
-- named further on as its subject.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'We are gravely concerned by the deepening DPRK-Russia cooperation and condemn Russia''s veto of the resolution.', 'en') a
ORDER BY a.n;

-- 60. "The council" speaking is the council named before; a summons
-- "by summoning" is the clause subject's; "the Islamic Republic" is Iran.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'The Security Council adopted new sanctions on North Korea. The council condemned the nuclear explosion and demanded that North Korea not conduct another test.'),
             (2, 'Iran protested new sanctions imposed by the European Union by summoning the Hungarian ambassador.'),
             (3, 'Washington imposed new sanctions on the Islamic Republic on Tuesday.')) AS t(n, doc),
     narrative.allegations(t.doc, 'en') a
ORDER BY t.n, a.n;

-- 61. "gencatan senjata" (a ceasefire) charges no arms transfer; "tidak
-- hanya" (not only) adds, it denies nothing; a bare cue root with its
-- agent after it is a noun the agent made, not a verb of the relative
-- clause before it.
SELECT t.n, a.accuser, a.act, a.accused, a.charge
FROM (VALUES (1, 'Kemlu RI mendesak agar Israel menjalankan kewajibannya untuk menghormati gencatan senjata secara penuh.'),
             (2, '"Pelanggaran sepihak oleh Israel tidak hanya memperparah kondisi kemanusiaan, tetapi juga ilegal," kata Kemlu RI.'),
             (3, 'Lima rudal China mendarat di zona ekonomi eksklusif Jepang, yang memicu protes diplomatik dari Tokyo.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, 'id') a ON true
ORDER BY t.n, a.n;

-- 62. "They" after a sentence a grouping heads is that grouping; a verb
-- of a series after a comma has the clause's subject; "has denied" is
-- active, and "by" after another participle is that one's agent; a
-- confirmation of striking a place confirms one's own conduct; "threaten
-- the ceasefire" warns no one.
SELECT t.n, a.accuser, a.act, a.accused
FROM (VALUES (1, 'The G7 foreign ministers issued a joint statement after their meeting. They condemned Russia''s military aggression against Ukraine.'),
             (2, 'The Russian Defense Ministry has denied allegations made by the Ukrainian authorities regarding a missile strike.'),
             (3, 'Russia admits striking Kyiv during the UN chief''s visit.'),
             (4, 'Israel''s strikes threaten the ceasefire, Indonesia said.'),
             (5, E'Ukraine''s Foreign Minister Andrii Sybiha spoke.\n\nSybiha said Russia "cynically strikes Ukraine''s capital," accusing Moscow of rejecting a ceasefire.')) AS t(n, doc)
     LEFT JOIN LATERAL narrative.allegations(t.doc, 'en') a ON true
ORDER BY t.n, a.n;

-- 63. A verb of a series after a comma, in a clause a pronoun opens,
-- has the pronoun's antecedent as its subject too.
SELECT a.accuser, a.act, a.accused FROM narrative.allegations(
  'The G7 foreign ministers issued a joint statement. They condemned Russia''s military aggression against Ukraine, warned China against attempts to change the status quo by force.', 'en') a
ORDER BY a.n;
