/*
 * test_allegation_rules.c — unit tests of the allegation rules of
 * src/core/allegation.c, one test a rule, on sentences written for them
 * (none is from the evaluation corpus), in Indonesian and English, with a
 * small lexicon of countries, bodies, persons and the cue words the
 * sentences use, each in the form it is written.  Each test states every
 * allegation row the text gives, in order, as "accuser act accused charge"
 * with " hedged" after a hedged one and "-" for no actor, and holds a
 * control where the rule must not fire.  Where a row is one the rule
 * should not give, the comment says so: the test pins what the code does.
 */

#include "pipeline.h"
#include "unit.h"

/* Ten countries, the UN and the EU, three persons, an outlet, and the cues. */
static nv_lexicon *
rules_lexicon(void)
{
	static const pipeline_actor actors[] = {
		{"USA", "United States", "country", "USA", {"United States", "Amerika Serikat", "Washington", "U.S."}},
		{"RUS", "Russia", "country", "RUS", {"Russia", "Rusia", "Moskow", "Moscow", "Kremlin"}},
		{"PRK", "North Korea", "country", "PRK", {"North Korea", "North Korean", "Korea Utara", "Korut", "Pyongyang"}},
		{"KOR", "South Korea", "country", "KOR", {"South Korea", "Korea Selatan", "Korsel", "Seoul"}},
		{"CHN", "China", "country", "CHN", {"China", "Tiongkok", "Beijing"}},
		{"IRN", "Iran", "country", "IRN", {"Iran", "Teheran", "Tehran"}},
		{"JPN", "Japan", "country", "JPN", {"Japan", "Jepang", "Tokyo"}},
		{"UN", "United Nations", "igo", "UN", {"PBB", "UN"}},
		{"EU", "European Union", "igo", "EU", {"Uni Eropa", "EU"}},
		{"P.yoon-suk-yeol", "Yoon Suk Yeol", "person", "KOR", {"Yoon Suk Yeol"}},
		{"P.lloyd-austin", "Lloyd Austin", "person", "USA", {"Lloyd Austin"}},
		{"P.minoru-kihara", "Minoru Kihara", "person", "JPN", {"Minoru Kihara"}},
		{"GBR", "United Kingdom", "country", "GBR", {"Britain", "Inggris", "London"}},
		{"FRA", "France", "country", "FRA", {"Paris"}},
		{"UKR", "Ukraine", "country", "UKR", {"Ukraine", "Ukraina", "Kyiv"}},
		{"M.asahi", "Asahi Shimbun", "media", "JPN", {"Asahi Shimbun"}},
	};
	static const pipeline_cue cues[] = {
		{"mengatakan", NV_LANG_ID, NV_ACT_SAY},
		{"mengklaim", NV_LANG_ID, NV_ACT_SAY},
		{"menambahkan", NV_LANG_ID, NV_ACT_SAY},
		{"menyebut", NV_LANG_ID, NV_ACT_SAY},
		{"menuduh", NV_LANG_ID, NV_ACT_ACCUSE},
		{"tuduhan", NV_LANG_ID, NV_ACT_ACCUSE},
		{"dituduh", NV_LANG_ID, NV_ACT_ACCUSE},
		{"mengecam", NV_LANG_ID, NV_ACT_CONDEMN},
		{"dikecam", NV_LANG_ID, NV_ACT_CONDEMN},
		{"membantah", NV_LANG_ID, NV_ACT_DENY},
		{"dibantah", NV_LANG_ID, NV_ACT_DENY},
		{"bantahan", NV_LANG_ID, NV_ACT_DENY},
		{"dikonfirmasi", NV_LANG_ID, NV_ACT_CONFIRM},
		{"diperingatkan", NV_LANG_ID, NV_ACT_WARN},
		{"menjatuhkan sanksi", NV_LANG_ID, NV_ACT_SANCTION},
		{"dikenakan sanksi", NV_LANG_ID, NV_ACT_SANCTION},
		{"said", NV_LANG_EN, NV_ACT_SAY},
		{"says", NV_LANG_EN, NV_ACT_SAY},
		{"say", NV_LANG_EN, NV_ACT_SAY},
		{"added", NV_LANG_EN, NV_ACT_SAY},
		{"accused", NV_LANG_EN, NV_ACT_ACCUSE},
		{"accusations", NV_LANG_EN, NV_ACT_ACCUSE},
		{"condemned", NV_LANG_EN, NV_ACT_CONDEMN},
		{"criticised", NV_LANG_EN, NV_ACT_CONDEMN},
		{"denial", NV_LANG_EN, NV_ACT_DENY},
		{"warned", NV_LANG_EN, NV_ACT_WARN},
		{"mengancam", NV_LANG_ID, NV_ACT_WARN},
		{"confirm", NV_LANG_EN, NV_ACT_CONFIRM},
		{"deny", NV_LANG_EN, NV_ACT_DENY},
		{"mengonfirmasi", NV_LANG_ID, NV_ACT_CONFIRM},
		{"imposed sanctions", NV_LANG_EN, NV_ACT_SANCTION},
		{"sanctioned", NV_LANG_EN, NV_ACT_SANCTION},
		{"terkena sanksi", NV_LANG_ID, NV_ACT_SANCTION},
		{"opposed", NV_LANG_EN, NV_ACT_CONDEMN},
		{"confirmed", NV_LANG_EN, NV_ACT_CONFIRM},
		{"denied", NV_LANG_EN, NV_ACT_DENY},
		{"=sebut", NV_LANG_ID, NV_ACT_SAY},
		{"benarkan", NV_LANG_ID, NV_ACT_CONFIRM},
	};
	nv_lexicon *lex = pipeline_lexicon(actors, lengthof(actors), cues, lengthof(cues));

	/* "AS" only in Indonesian: English "as" is a word */
	nv_lexicon_add_alias(lex, "AS", 2, NV_LANG_ID, "USA");
	return lex;
}

/* An allegation row as the tests write it: "USA accuse RUS arms_transfer". */
static const char *
row_text(pipeline_run *r, const nv_allegation *al)
{
	char		buf[256];

	snprintf(buf, sizeof(buf), "%s %s %s %s%s", al->accuser ? al->accuser : "-", nv_act_name(al->act),
			 al->accused ? al->accused : "-", nv_charge_name(al->charge), al->hedged ? " hedged" : "");
	return nv_arena_strndup(&r->arena, buf, strlen(buf));
}

/*
 * Runs text in lang and checks its allegations against `rows` (NULL
 * ends them), in order; on a difference prints both lists.
 */
static void
expect_rows(const char *file, int line, nv_lang lang, const char *text, const char *const *rows)
{
	pipeline_run r;
	uint32_t	expected = 0;
	bool		same;

	while (rows[expected])
		expected++;
	pipeline_run_text(&r, rules_lexicon(), lang, text, strlen(text));
	same = r.allegations.count == expected;
	for (uint32_t k = 0; k < expected && same; k++)
		same = strcmp(row_text(&r, &r.allegations.allegations[k]), rows[k]) == 0;
	if (!same)
	{
		unit_failures_in_test++;
		fprintf(stderr, "  %s:%d: allegations of \"%s\"\n    expected %u:\n", file, line, text, expected);
		for (uint32_t k = 0; k < expected; k++)
			fprintf(stderr, "      %s\n", rows[k]);
		fprintf(stderr, "    got %u:\n", r.allegations.count);
		for (uint32_t k = 0; k < r.allegations.count; k++)
			fprintf(stderr, "      %s\n", row_text(&r, &r.allegations.allegations[k]));
	}
	pipeline_free(&r);
}

#define EXPECT_ROWS(lang, text, ...) \
	expect_rows(__FILE__, __LINE__, (lang), (text), (const char *const[]) {__VA_ARGS__, NULL})
#define EXPECT_NO_ROWS(lang, text) EXPECT_ROWS((lang), (text), NULL)

#define ID NV_LANG_ID
#define EN NV_LANG_EN

/* 1. An act's object is every actor of a list joined by commas and
 * "and"/"dan", one row each; an actor further on, not joined, is not. */
UNIT_TEST(test_rule_joint_objects)
{
	EXPECT_ROWS(EN, "Tokyo accused Beijing and Moscow of shipping drones to the rebels.",
				"JPN accuse CHN arms_transfer",
				"JPN accuse RUS arms_transfer");
	EXPECT_ROWS(EN, "Japan accused China, Iran and North Korea of arming Moscow.",
				"JPN accuse CHN arms_transfer",
				"JPN accuse IRN arms_transfer",
				"JPN accuse PRK arms_transfer");
	EXPECT_ROWS(ID, "Uni Eropa menjatuhkan sanksi terhadap perusahaan di China, Iran, dan Korea Utara.",
				"EU sanction CHN other",
				"EU sanction IRN other",
				"EU sanction PRK other");
	EXPECT_ROWS(ID, "AS menuduh China dan Rusia memasok senjata.",
				"USA accuse CHN arms_transfer",
				"USA accuse RUS arms_transfer");
	/* control: Tehran is in the charge, not in the object's list */
	EXPECT_ROWS(EN, "Seoul accused Beijing of helping Tehran evade sanctions.",
				"KOR accuse CHN sanctions_violation");
}

/* 2. An act with no named object is about the nearest actor before it on
 * none of the accusers' sides, across sentences. */
UNIT_TEST(test_rule_objectless_act_takes_actor_before)
{
	EXPECT_ROWS(EN, "North Korea fired two ballistic missiles on Sunday. Japan and South Korea condemned the launches.",
				"JPN condemn PRK other",
				"KOR condemn PRK other");
	/* Tokyo and Jepang are the accuser's side: passed over */
	EXPECT_ROWS(ID, "Rudal Korea Utara jatuh di dekat Jepang. Tokyo mengecam peluncuran itu.",
				"JPN condemn PRK other");
	/* the nearest actor, not the launcher: Seoul condemns Moscow, named
	 * just before */
	EXPECT_ROWS(EN, "Pyongyang fired a missile. Washington accused Moscow of buying shells. Seoul condemned the launch.",
				"USA accuse RUS arms_transfer",
				"KOR condemn RUS other");
	/* control: no actor before but the accuser's own: no one accused,
	 * so no allegation */
	EXPECT_NO_ROWS(ID, "Jepang mengecam peluncuran itu.");
}

/* 3. Sanctions named as a noun, with their owner before (English), or
 * after (Indonesian, also past "yang diberlakukan"; English past "imposed
 * by"), and a target marker: one sanction row per target. */
UNIT_TEST(test_rule_sanction_noun_with_owner)
{
	EXPECT_ROWS(EN, "UN sanctions on North Korea ban its exports of coal.",
				"UN sanction PRK sanctions_violation");
	EXPECT_ROWS(EN, "Washington's new sanctions against Iran target drone makers.",
				"USA sanction IRN arms_transfer");
	EXPECT_ROWS(ID, "Sanksi PBB terhadap Korea Utara melarang ekspor batu bara.",
				"UN sanction PRK sanctions_violation");
	EXPECT_ROWS(ID, "Sanksi baru AS terhadap Rusia mulai berlaku.",
				"USA sanction RUS other");
	EXPECT_ROWS(ID, "Sanksi yang diberlakukan Uni Eropa kepada Iran mencakup larangan ekspor suku cadang drone.",
				"EU sanction IRN technology_transfer");
	EXPECT_ROWS(EN, "Sanctions imposed by EU on Iran hit drone makers.",
				"EU sanction IRN arms_transfer");
	EXPECT_ROWS(EN, "Sanctions imposed by the EU on Iran hit drone makers.",
				"EU sanction IRN arms_transfer");
}

/* 3. A sanction noun with no owner continues the last sanction only with
 * a demonstrative; otherwise it gives no row. */
UNIT_TEST(test_rule_sanction_noun_without_owner)
{
	EXPECT_ROWS(ID, "AS menjatuhkan sanksi terhadap Korea Utara pekan lalu. Sanksi tersebut menargetkan perusahaan di Rusia dan China.",
				"USA sanction PRK other",
				"USA sanction RUS other",
				"USA sanction CHN other");
	/* no sanction before it to continue */
	EXPECT_NO_ROWS(ID, "Sanksi tersebut menargetkan perusahaan di Rusia.");
	/* English needs "by" for an owner after the noun */
	EXPECT_NO_ROWS(EN, "Sanctions on Russia have hurt its economy.");
	/* no demonstrative: not the EU's */
	EXPECT_ROWS(EN, "The EU imposed sanctions on Iran last week. Sanctions on Russia remain.",
				"EU sanction IRN other");
	/* English "the" is no demonstrative: "The sanctions on Russia" are
	 * not the EU's sanctions on Iran */
	EXPECT_ROWS(EN, "The EU imposed sanctions on Iran last week. The sanctions on Russia remain.",
				"EU sanction IRN other");
}

/* 4. No accusation, condemnation, warning or sanction of one's own side:
 * a row USA -> USA is dropped (here a speaker on its own conduct, and a
 * passive whose agent is of the subject's side). */
UNIT_TEST(test_rule_no_act_against_own_side)
{
	EXPECT_NO_ROWS(ID, "Lloyd Austin mengatakan bahwa Amerika Serikat akan mengirim senjata ke Korea Selatan.");
	EXPECT_NO_ROWS(EN, "Lloyd Austin said the United States has sent weapons to South Korea.");
	EXPECT_NO_ROWS(ID, "Amerika Serikat dikecam oleh Lloyd Austin.");
	/* control: the same shapes about another side */
	EXPECT_ROWS(EN, "Lloyd Austin said North Korea has sent weapons to Russia.",
				"P.lloyd-austin accuse PRK arms_transfer");
	EXPECT_ROWS(ID, "Korea Utara dikenakan sanksi oleh PBB.",
				"UN sanction PRK other");
}

/* 5. With no accuser, a sanction, warning, denial or confirmation is a
 * participle and dropped; an accusation (an unsourced report) and a
 * condemnation (a passive) stay, accuser "-". */
UNIT_TEST(test_rule_acts_without_accuser)
{
	EXPECT_NO_ROWS(EN, "North Korea was sanctioned for its missile tests.");
	EXPECT_NO_ROWS(EN, "Previously sanctioned firms in Iran sold drones to Russia.");
	EXPECT_NO_ROWS(ID, "Perusahaan Iran dikenakan sanksi.");
	EXPECT_NO_ROWS(EN, "Iran was warned.");
	EXPECT_NO_ROWS(ID, "Korea Utara diperingatkan.");
	EXPECT_NO_ROWS(ID, "Keterlibatan Rusia dibantah.");
	EXPECT_NO_ROWS(ID, "Keterlibatan Korea Utara dikonfirmasi.");
	EXPECT_ROWS(EN, "Iran has been criticised for supplying drones to Russia.",
				"- condemn IRN arms_transfer");
	EXPECT_ROWS(ID, "Iran dikecam karena memasok drone ke Rusia.",
				"- condemn IRN arms_transfer");
	EXPECT_ROWS(ID, "Korea Utara dilaporkan mengirim senjata ke Rusia.",
				"- accuse PRK arms_transfer hedged");
}

/* 6. A denial without a denial verb: a rejection of claims, or claims
 * called baseless by a reporting verb; the accused is the speaker's side. */
UNIT_TEST(test_rule_denial_without_verb)
{
	EXPECT_ROWS(ID, "Rusia menolak tuduhan bahwa Moskow membeli amunisi dari Korea Utara.",
				"RUS deny RUS arms_transfer");
	EXPECT_ROWS(EN, "Moscow rejected the accusations that it bought shells from Pyongyang.",
				"RUS deny RUS arms_transfer");
	EXPECT_ROWS(EN, "Moscow dismissed reports of arms deliveries from Pyongyang as fabrications.",
				"RUS deny RUS arms_transfer");
	EXPECT_ROWS(ID, "Rusia menyebut tuduhan itu tidak berdasar.",
				"RUS deny RUS other");
	/* a refusal to deny is no denial (the news it leaves standing is an
	 * unsourced report); nor is a rejection of what is no claim */
	EXPECT_ROWS(ID, "Juru bicara Kremlin menolak untuk membantah berita soal kiriman rudal dari Korut.",
				"- accuse PRK arms_transfer hedged");
	EXPECT_NO_ROWS(EN, "Moscow rejected the proposal to buy shells from Pyongyang.");
	EXPECT_NO_ROWS(EN, "Russia did not reject the accusations.");
	/* nor a refusal to comment on the claims */
	EXPECT_NO_ROWS(ID, "Pihak Kremlin menolak berkomentar terkait laporan tersebut.");
}

/*
 * 6. Claims condemned as baseless: a denial, and a condemnation of their
 * maker when the text names one ("accusations by Washington"), who is
 * then accusing the condemner ("it" is North Korea); with no maker named,
 * the denial alone.  One denial per verb, not per word before the
 * dismissive phrase.
 */
UNIT_TEST(test_rule_condemned_as_groundless)
{
	EXPECT_ROWS(EN, "Pyongyang condemned as groundless accusations by Washington that it shipped arms to Russia.",
				"PRK condemn USA arms_transfer",
				"PRK deny PRK arms_transfer",
				"USA accuse PRK arms_transfer");
	EXPECT_ROWS(EN, "Pyongyang condemned as groundless the accusations that it shipped arms to Russia.",
				"PRK deny PRK arms_transfer");
	EXPECT_ROWS(ID, "Korea Utara menyebut tuduhan itu tidak berdasar.",
				"PRK deny PRK other");
}

/* 7. Reported speech of a joint subject: one accusation per actor of it;
 * a single subject gives one. */
UNIT_TEST(test_rule_joint_speakers)
{
	EXPECT_ROWS(ID, "Jepang dan Amerika Serikat mengklaim bahwa Korut mengirim amunisi ke Rusia.",
				"JPN accuse PRK arms_transfer",
				"USA accuse PRK arms_transfer");
	EXPECT_ROWS(EN, "South Korea and Japan said North Korea has sent artillery shells to Russia.",
				"KOR accuse PRK arms_transfer",
				"JPN accuse PRK arms_transfer");
	EXPECT_ROWS(ID, "Korea Selatan mengklaim bahwa Korea Utara mengirim senjata ke Rusia.",
				"KOR accuse PRK arms_transfer");
	/* control: actors in a relative clause are no joint subject (the
	 * quote stage's speaker, Japan, speaks alone) */
	EXPECT_ROWS(ID, "Koalisi yang beranggotakan Korea Selatan dan Jepang mengklaim bahwa Korut menjual rudal ke Rusia.",
				"JPN accuse PRK arms_transfer");
}

/* 8. Reported speech that negates the speaker's own side's conduct is a
 * denial by the speaker. */
UNIT_TEST(test_rule_denial_in_own_speech)
{
	EXPECT_ROWS(ID, "Juru bicara Korea Utara mengatakan Pyongyang tidak pernah memasok senjata ke Rusia.",
				"PRK deny PRK arms_transfer");
	EXPECT_ROWS(EN, "A North Korean spokesman said Pyongyang has never supplied weapons to Russia.",
				"PRK deny PRK arms_transfer");
	/* control: without the negation, one's own conduct is no claim */
	EXPECT_NO_ROWS(ID, "Juru bicara Korea Utara mengatakan Pyongyang memasok senjata ke Rusia.");
	/* another side's speaker negating North Korea's conduct accuses
	 * nobody */
	EXPECT_NO_ROWS(ID, "Juru bicara Korea Selatan mengatakan Pyongyang tidak pernah memasok senjata ke Rusia.");
}

/* 9. An act noun names an act with an owner (after it in Indonesian,
 * before or with "'s" in English); without one it names none. */
UNIT_TEST(test_rule_act_noun_with_owner)
{
	EXPECT_ROWS(ID, "Tuduhan AS bahwa Rusia memesan drone dari Iran muncul pekan lalu.",
				"USA accuse RUS arms_transfer");
	EXPECT_ROWS(EN, "The U.S. accusations that Russia bought drones from Iran were repeated.",
				"USA accuse RUS arms_transfer");
	EXPECT_ROWS(EN, "Pyongyang's denial came a day later.",
				"PRK deny PRK other");
	EXPECT_ROWS(ID, "Jepang menyoroti bantahan Kremlin.",
				"RUS deny RUS other");
	/* control: no owner */
	EXPECT_NO_ROWS(ID, "Tuduhan itu muncul pekan lalu.");
	EXPECT_NO_ROWS(EN, "The accusations were repeated on Monday.");
	/* the sentence's act noun marks it alleged, so Seoul's reported
	 * speech in it gives no accusation: pinned */
	EXPECT_ROWS(EN, "Pyongyang's denial came hours after Seoul said North Korea had shipped shells to Russia.",
				"PRK deny PRK arms_transfer");
}

/* 10. "mereka"/"they" after a tight list of actors: each member speaks,
 * a warning when the content is conditional ("apabila", "if"), in text
 * order.  Every such warning is hedged too: "apabila" and "if" are
 * hedges. */
UNIT_TEST(test_rule_plural_anaphor_warns)
{
	EXPECT_ROWS(ID, "Yoon Suk Yeol, Lloyd Austin dan Minoru Kihara berbicara di Seoul pada Selasa. "
				"Mereka menambahkan bahwa Rusia akan melanggar hukum internasional apabila menerima rudal dari Korut.",
				"P.yoon-suk-yeol warn RUS sanctions_violation hedged",
				"P.lloyd-austin warn RUS sanctions_violation hedged",
				"P.minoru-kihara warn RUS sanctions_violation hedged");
	EXPECT_ROWS(EN, "Yoon Suk Yeol, Lloyd Austin and Minoru Kihara spoke in Seoul on Tuesday. "
				"They added that Russia would break international law if it took missiles from North Korea.",
				"P.yoon-suk-yeol warn RUS arms_transfer hedged",
				"P.lloyd-austin warn RUS arms_transfer hedged",
				"P.minoru-kihara warn RUS arms_transfer hedged");
	/* an act cue after "Mereka" speaks for the group too */
	EXPECT_ROWS(ID, "Yoon Suk Yeol, Lloyd Austin dan Minoru Kihara berbicara di Seoul pada Selasa. Mereka mengecam Iran.",
				"P.yoon-suk-yeol condemn IRN other",
				"P.lloyd-austin condemn IRN other",
				"P.minoru-kihara condemn IRN other");
}

/* 10. "jika ini benar" / "if true" hedge a claim, they do not make it a
 * warning; and two actors not in a list are no group. */
UNIT_TEST(test_rule_plural_anaphor_hedge_and_group)
{
	EXPECT_ROWS(ID, "Yoon Suk Yeol, Lloyd Austin dan Minoru Kihara berbicara di Seoul pada Selasa. "
				"Mereka menambahkan bahwa Rusia menerima rudal dari Korut, jika ini benar.",
				"P.yoon-suk-yeol accuse RUS arms_transfer hedged",
				"P.lloyd-austin accuse RUS arms_transfer hedged",
				"P.minoru-kihara accuse RUS arms_transfer hedged");
	EXPECT_ROWS(EN, "Yoon Suk Yeol, Lloyd Austin and Minoru Kihara spoke in Seoul on Tuesday. "
				"They added that Russia took missiles from North Korea, if true.",
				"P.yoon-suk-yeol accuse RUS arms_transfer hedged",
				"P.lloyd-austin accuse RUS arms_transfer hedged",
				"P.minoru-kihara accuse RUS arms_transfer hedged");
	/* control: "A bertemu B" is no list: the quote stage's one speaker */
	EXPECT_ROWS(ID, "Lloyd Austin bertemu Minoru Kihara di Tokyo. "
				"Mereka menambahkan bahwa Rusia akan melanggar hukum internasional apabila menerima rudal dari Korut.",
				"P.minoru-kihara warn RUS sanctions_violation hedged");
}

/*
 * 11. A clause that a subordinating word opens after a comma ("..., meski
 * Teheran telah membantahnya") has its own subject: the actor before the
 * comma is no joint subject.  The cue is found in its -nya form.
 */
UNIT_TEST(test_rule_subordinate_clause_subject)
{
	EXPECT_ROWS(ID, "Uni Eropa menyoroti dukungan militer Iran untuk Rusia, meski Teheran telah membantahnya.",
				"IRN deny IRN other");
	/* control: a list comma still joins */
	EXPECT_ROWS(ID, "Jepang, Korea Selatan dan Amerika Serikat mengecam Korea Utara.",
				"JPN condemn PRK other",
				"KOR condemn PRK other",
				"USA condemn PRK other");
}

/*
 * 12. The reason a sanction gives: an accusation right after its targets
 * is the sanctioner's, against the targets ("accused of", "yang
 * dituduh", "atas tuduhan"), not the targets' own.
 */
UNIT_TEST(test_rule_sanction_reason)
{
	EXPECT_ROWS(EN, "Britain imposed sanctions on suppliers in China and Iran accused of supplying Moscow with drone parts.",
				"GBR sanction CHN arms_transfer",
				"GBR sanction IRN arms_transfer",
				"GBR accuse CHN arms_transfer",
				"GBR accuse IRN arms_transfer");
	EXPECT_ROWS(ID, "Sanksi Uni Eropa terhadap enam entitas Iran yang dituduh memasok drone ke Rusia mulai berlaku.",
				"EU sanction IRN arms_transfer",
				"EU accuse IRN arms_transfer");
	EXPECT_ROWS(ID, "AS menjatuhkan sanksi kepada dua perusahaan China atas tuduhan membantu Rusia.",
				"USA sanction CHN other",
				"USA accuse CHN other");
	/* control: an accusation with its own subject after the sanction */
	EXPECT_ROWS(ID, "AS menjatuhkan sanksi kepada dua perusahaan China. Jepang menuduh Rusia membeli drone.",
				"USA sanction CHN other",
				"JPN accuse RUS arms_transfer");
}

/*
 * 13. Sanctions a subject adopts as a noun ("adopted a package of
 * sanctions against"), "both X and Y" naming the pair itself, a capital
 * after "in" being where, and "terkena sanksi" undergone, not imposed.
 */
UNIT_TEST(test_rule_adopters_correlatives_places)
{
	EXPECT_ROWS(EN, "EU ministers adopted a new package of sanctions against Russia on Monday.",
				"EU sanction RUS other");
	EXPECT_ROWS(EN, "Tokyo and Seoul met on Monday. Both Washington and Beijing condemned Iran.",
				"USA condemn IRN other",
				"CHN condemn IRN other");
	EXPECT_ROWS(EN, "Lloyd Austin, speaking in Paris, accused Iran of arming Russia.",
				"P.lloyd-austin accuse IRN arms_transfer");
	/* no accuser, so no sanction: a state undergone */
	EXPECT_NO_ROWS(ID, "Bank-bank China dapat terkena sanksi sekunder jika membantu Rusia.");
}

/*
 * 14. A step already named ("the designations", "langkah itu", "the
 * move") is its taker's: an act against it, active or passive, accuses
 * whoever took the text's last step; a step not named before ("tindakan
 * sembrono") is no such anaphor.  Retaliation promised in a speaker's
 * words warns whom it is against.
 */
UNIT_TEST(test_rule_steps_and_retaliation)
{
	EXPECT_ROWS(EN, "Britain imposed sanctions on two firms in China on Tuesday. The designations were criticised by Beijing.",
				"GBR sanction CHN other",
				"CHN condemn GBR other");
	EXPECT_ROWS(ID, "Jepang menjatuhkan sanksi terhadap tiga perusahaan China. Langkah itu segera dikecam oleh Beijing.",
				"JPN sanction CHN other",
				"CHN condemn JPN other");
	EXPECT_ROWS(EN, "Washington imposed sanctions on banks in Russia. China firmly opposed the move.",
				"USA sanction RUS other",
				"CHN condemn USA other");
	EXPECT_ROWS(ID, "Uni Eropa menjatuhkan sanksi terhadap Iran. Teheran mengatakan Iran berhak atas tindakan balasan terhadap sanksi Uni Eropa.",
				"EU sanction IRN other",
				"IRN warn EU other");
	/* control: "tindakan sembrono" names no earlier step */
	EXPECT_ROWS(ID, "Uni Eropa menjatuhkan sanksi terhadap Iran. Korea Selatan mengatakan peluncuran Korea Utara merupakan tindakan sembrono.",
				"EU sanction IRN other",
				"KOR condemn PRK other");
}

/*
 * 15. A passive act with no agent inside reported speech is the
 * speakers' ("... menegaskan bahwa AS adalah pihak yang harus
 * disalahkan"); a passive predicate joined to the main clause by "but"
 * has the main clause's subject and no accuser.
 */
UNIT_TEST(test_rule_passive_in_reported_speech)
{
	EXPECT_ROWS(ID, "China dan Rusia mengatakan bahwa Amerika Serikat adalah pihak yang harus dikecam atas krisis itu.",
				"CHN condemn USA other",
				"RUS condemn USA other");
	EXPECT_ROWS(EN, "Beijing said it is neutral towards Ukraine but has been criticised for its ties with Moscow.",
				"- condemn CHN other");
}

/* 16. A quoted fragment that is the verb itself belongs to the sentence's
 * subject, every actor of it, not to the quote's nearest speaker. */
UNIT_TEST(test_rule_quoted_verb)
{
	EXPECT_ROWS(ID, "Amerika Serikat, Korea Selatan dan Jepang \"mengecam\" peluncuran rudal Korea Utara.",
				"USA condemn PRK nuclear_missile",
				"KOR condemn PRK nuclear_missile",
				"JPN condemn PRK nuclear_missile");
}

/* 17. An object named as the one before ("peluncuran tersebut") is what
 * the last claim was about, not the actor nearest the verb. */
UNIT_TEST(test_rule_demonstrative_object)
{
	EXPECT_ROWS(ID, "Jepang menuduh Korea Utara melanggar resolusi PBB. Rusia dan Amerika Serikat mengecam peluncuran tersebut.",
				"JPN accuse PRK sanctions_violation",
				"RUS condemn PRK other",
				"USA condemn PRK other");
}

/*
 * 18. Sanctions a subject tightens ("is increasing sanctions pressure on
 * Russia"); a step already named continuing the last sanction ("Langkah
 * tersebut juga ditujukan kepada ..."); an English participle with its
 * agent ("firms sanctioned on Tuesday by Britain") is passive.
 */
UNIT_TEST(test_rule_sanction_pressure_steps_participles)
{
	EXPECT_ROWS(EN, "The United States is increasing sanctions pressure on Russia.",
				"USA sanction RUS other");
	EXPECT_ROWS(ID, "Jepang menjatuhkan sanksi terhadap perusahaan di China. Langkah tersebut juga ditujukan kepada bank di Rusia.",
				"JPN sanction CHN other",
				"JPN sanction RUS other");
	EXPECT_ROWS(EN, "Firms in Iran sanctioned on Tuesday by Britain include a drone maker.",
				"GBR sanction IRN arms_transfer");
	/* control: a participle with no agent and no target is no sanction */
	EXPECT_NO_ROWS(EN, "A drone maker in Iran previously sanctioned in 2008 now trades under a new name.");
}

/*
 * 19. A sanction's list goes on past its first targets ("which includes
 * companies in China and Iran"), and a package already named lists more
 * ("The package also lists officials in North Korea").
 */
UNIT_TEST(test_rule_sanction_list_goes_on)
{
	EXPECT_ROWS(EN, "EU ministers adopted a package of sanctions against Russia, which for the first time targets "
				"its gas exports and includes companies in China and Iran. The package also lists officials in North Korea.",
				"EU sanction RUS other",
				"EU sanction CHN other",
				"EU sanction IRN other",
				"EU sanction PRK other");
}

/*
 * 20. Conduct reported in an object relative clause ("companies that it
 * says supplied parts") accuses the antecedent, also when the actor
 * qualifies the relative's head noun ("Iran-based firms that ...");
 * "AS adalah pihak yang harus dikecam" keeps its subject out of it.
 */
UNIT_TEST(test_rule_reported_conduct_in_relative)
{
	EXPECT_ROWS(EN, "Washington sanctioned firms in China and Iran-based companies that it says supplied drone parts to Moscow.",
				"USA sanction CHN arms_transfer",
				"USA sanction IRN arms_transfer",
				"USA accuse CHN arms_transfer",
				"USA accuse IRN arms_transfer");
}

/* 21. A negation elsewhere in the words ("we will never accept") leaves a
 * pejorative standing; one right before it ("not illegal") does not. */
UNIT_TEST(test_rule_pejorative_negation)
{
	EXPECT_ROWS(EN, "The EU imposed sanctions on banks in Russia. Lloyd Austin said: \"We will never accept these illegal sanctions.\"",
				"EU sanction RUS other",
				"P.lloyd-austin condemn EU other");
	EXPECT_ROWS(EN, "The EU imposed sanctions on banks in Russia. Lloyd Austin said the sanctions were not illegal.",
				"EU sanction RUS other");
}

/* 22. A body named for its rules ("UN resolutions", "resolusi PBB") is no
 * party: the act is against whom the text was about. */
UNIT_TEST(test_rule_norms_are_no_party)
{
	EXPECT_ROWS(EN, "North Korea fired a missile on Monday. Japan condemned the launch as a violation of UN resolutions.",
				"JPN condemn PRK sanctions_violation");
	EXPECT_ROWS(ID, "Korea Utara menembakkan rudal. Jepang mengecam peluncuran itu karena melanggar resolusi PBB.",
				"JPN condemn PRK sanctions_violation");
}

/* 23. A verb joined to the one before ("... memanggil duta besar Rusia
 * dan memprotes ...") has the clause's subject, not the object between. */
UNIT_TEST(test_rule_joined_verbs)
{
	EXPECT_ROWS(ID, "Jepang memanggil duta besar Rusia dan mengecam kerja sama militer Moskow dengan Pyongyang.",
				"JPN condemn RUS other");
	/* (the ties between the two are one object: rule 38) */
	EXPECT_ROWS(EN, "Japan summoned the Russian ambassador and condemned the military ties between Moscow and Pyongyang.",
				"JPN condemn RUS other");
}

/* 24. A quoted dismissive word dismisses the claims its sentence names
 * ("called the claims \"baseless\""); "mainland" does not break a list. */
UNIT_TEST(test_rule_quoted_dismissal_and_mainland)
{
	EXPECT_ROWS(EN, "Lloyd Austin called the claims \"baseless\".",
				"P.lloyd-austin deny USA other");
	EXPECT_ROWS(EN, "Japan imposed sanctions on firms in Iran and mainland China.",
				"JPN sanction IRN other",
				"JPN sanction CHN other");
}

/* 25. An outlet that makes a charge on its own account accuses nobody:
 * the row has no accuser (the corpus codes "Tokyo Shimbun menuduh ..." so),
 * where a country in its place is the accuser. */
UNIT_TEST(test_rule_outlet_is_no_accuser)
{
	EXPECT_ROWS(ID, "Asahi Shimbun menuduh Korea Utara mengirim rudal ke Rusia.",
				"- accuse PRK arms_transfer");
	EXPECT_ROWS(ID, "Jepang menuduh Korea Utara mengirim rudal ke Rusia.",
				"JPN accuse PRK arms_transfer");
	EXPECT_ROWS(EN, "Asahi Shimbun accused North Korea of sending missiles to Russia.",
				"- accuse PRK arms_transfer");
}

/* 26. A confirmation is of the accuser's own side, unless an actor of
 * another side heads what it confirms: then it accuses that side, as a
 * confirmation of conduct "dari" another does; an actor further on (a
 * destination) is not the one confirmed. */
UNIT_TEST(test_rule_confirmation_of_another_side)
{
	EXPECT_ROWS(EN, "South Korea confirmed that North Korean troops were fighting in Russia.",
				"KOR accuse PRK troop_deployment");
	EXPECT_ROWS(ID, "Korea Selatan membenarkan bahwa pasukan Korea Utara sudah berada di Rusia.",
				"KOR accuse PRK troop_deployment");
	EXPECT_ROWS(ID, "Korea Utara membenarkan untuk pertama kalinya bahwa mereka telah mengirim pasukan ke Rusia.",
				"PRK confirm PRK troop_deployment");
	EXPECT_ROWS(EN, "North Korea confirmed it had sent troops to Russia.",
				"PRK confirm PRK troop_deployment");
}

/* 27. An English participle is passive only before "by": "from" after it
 * names a source ("denied receiving weapons from Pyongyang": Russia's own
 * denial), where "sanctioned ... by" names the agent. */
UNIT_TEST(test_rule_from_is_no_passive_agent)
{
	EXPECT_ROWS(EN, "Russia denied receiving missiles from Pyongyang.",
				"RUS deny RUS arms_transfer");
	EXPECT_ROWS(EN, "Firms in Iran sanctioned by Britain said nothing.",
				"GBR sanction IRN other");
}

/* 28. A report with no source ("disebut-sebut", rumoured; "is believed
 * to", "is suspected of") accuses its subject, with no accuser, hedged;
 * the second half of a reduplication ("-sebut") is no cue of speech. */
UNIT_TEST(test_rule_rumour_is_an_unsourced_report)
{
	EXPECT_ROWS(ID, "Iran disebut-sebut mengirim drone ke Rusia.",
				"- accuse IRN arms_transfer hedged");
	EXPECT_ROWS(EN, "North Korea is believed to have shipped missiles to Russia.",
				"- accuse PRK arms_transfer hedged");
	EXPECT_ROWS(EN, "Iran is suspected of supplying drones to Russia.",
				"- accuse IRN arms_transfer hedged");
}

/* 29. Claims called propaganda, disinformation or absurd ("tidak masuk
 * akal", "absurd", "konyol", "ridiculous") are denied by whoever calls them so; the word
 * alone, far from a claim, denies nothing. */
UNIT_TEST(test_rule_propaganda_dismisses_claims)
{
	EXPECT_ROWS(ID, "Rusia menyebut tuduhan itu propaganda.",
				"RUS deny RUS other");
	EXPECT_ROWS(ID, "Korea Utara menyebut laporan itu tidak masuk akal.",
				"PRK deny PRK other");
	EXPECT_ROWS(EN, "Russia says the claims are ridiculous disinformation.",
				"RUS deny RUS other");
	EXPECT_ROWS(ID, "Kremlin menyebut laporan itu absurd.",
				"RUS deny RUS other");
	EXPECT_ROWS(ID, "Beijing menyebut tuduhan tersebut konyol.",
				"CHN deny CHN other");
	EXPECT_NO_ROWS(EN, "Russian propaganda outlets repeated the claims that Ukraine attacked first.");
}

/* 30. A pair word in the object ("kedua negara itu", "keduanya", "both
 * countries", "the two countries") is the two actors just named, one row
 * each; lone "both" opening "both X and Y" is no pair. */
UNIT_TEST(test_rule_pair_object)
{
	EXPECT_ROWS(ID, "Korea Utara dan Rusia menandatangani pakta. Jepang mengecam kerja sama kedua negara itu.",
				"JPN condemn PRK other",
				"JPN condemn RUS other");
	EXPECT_ROWS(EN, "North Korea and Russia signed a pact. Japan condemned the cooperation between the two countries.",
				"JPN condemn PRK other",
				"JPN condemn RUS other");
	EXPECT_ROWS(EN, "North Korea fired a missile. Japan condemned both the launch and the test.",
				"JPN condemn PRK other");
}

/* 31. Reported speech that negates what its speaker's side did denies it,
 * the side named or a pronoun ("it", "pihaknya") heading the content; a
 * negation beside "will", "would" or "akan" is a pledge, no denial and
 * no charge. */
UNIT_TEST(test_rule_pledge_is_no_denial)
{
	EXPECT_ROWS(EN, "North Korea said it had never supplied weapons to Russia.",
				"PRK deny PRK arms_transfer");
	EXPECT_ROWS(ID, "Korea Utara mengatakan pihaknya tidak pernah memasok senjata ke Rusia.",
				"PRK deny PRK arms_transfer");
	EXPECT_NO_ROWS(EN, "North Korea said it would never give up its nuclear weapons.");
	EXPECT_NO_ROWS(ID, "Korea Utara mengatakan tidak akan pernah menyerahkan senjata nuklirnya.");
}

/* 32. Troops by any of the names news gives them ("special forces",
 * "infantry", "pasukan khusus") make reported speech an accusation of a
 * troop deployment. */
UNIT_TEST(test_rule_troops_by_other_names)
{
	EXPECT_ROWS(EN, "South Korea's spy agency said on Friday that North Korea had sent 1,500 special forces to Russia.",
				"KOR accuse PRK troop_deployment");
	EXPECT_ROWS(EN, "Kyiv said North Korean infantry were fighting in Kursk.",
				"UKR accuse PRK troop_deployment");
	EXPECT_ROWS(ID, "Badan intelijen Korea Selatan mengatakan Korea Utara telah mengirim 1.500 pasukan khusus ke Rusia.",
				"KOR accuse PRK troop_deployment");
}

/* 33. Reported conduct that a relative clause inside the report answers
 * ("which both countries deny", "yang dibantah kedua negara") is still
 * the speakers' accusation, and the clause the denial of the two actors
 * named last before its pair word; Indonesian names a passive's agent
 * right after the verb, with or without "oleh". */
UNIT_TEST(test_rule_answer_in_relative_clause)
{
	EXPECT_ROWS(EN, "Washington and Seoul say Pyongyang has shipped millions of artillery shells to Russia, which both countries deny.",
				"USA accuse PRK arms_transfer",
				"KOR accuse PRK arms_transfer",
				"PRK deny PRK arms_transfer",
				"RUS deny RUS arms_transfer");
	EXPECT_ROWS(ID, "AS dan Korea Selatan mengatakan Pyongyang telah mengirim jutaan peluru artileri ke Rusia, yang dibantah kedua negara.",
				"USA accuse PRK arms_transfer",
				"KOR accuse PRK arms_transfer",
				"PRK deny PRK arms_transfer",
				"RUS deny RUS arms_transfer");
	EXPECT_ROWS(ID, "Korea Utara dikecam AS atas peluncuran rudal.",
				"USA condemn PRK nuclear_missile");
	/* a denial heading the report is no conduct of the accused */
	EXPECT_ROWS(ID, "Jepang mengatakan Rusia telah membantah menerima senjata dari Korea Utara.",
				"RUS deny RUS arms_transfer");
}

/* 34. A summons's purpose is carried out at it: "memanggil duta besar
 * Rusia untuk memprotes ..." protests, by the clause's first subject, as
 * "... dan memprotes ..." does; a plan to condemn still condemns nothing. */
UNIT_TEST(test_rule_summons_purpose)
{
	EXPECT_ROWS(ID, "Korea Selatan memanggil duta besar Rusia untuk mengecam pengerahan pasukan Korea Utara.",
				"KOR condemn PRK troop_deployment");
	EXPECT_NO_ROWS(ID, "Korea Selatan berencana untuk mengecam pengerahan pasukan Korea Utara.");
}

/* 35. Reported conduct whose first actor named receives it ("ke Ukraina",
 * "to Russia's") names no agent: the speaker's own conduct, or no one's,
 * is no accusation of the recipient. */
UNIT_TEST(test_rule_recipient_is_no_agent)
{
	EXPECT_NO_ROWS(ID, "AS mengatakan akan terus mengirim senjata ke Ukraina.");
	EXPECT_NO_ROWS(EN, "Washington said it would keep sending weapons to Ukraine.");
	EXPECT_ROWS(ID, "Korea Selatan mengatakan Korea Utara telah mengirim senjata ke Rusia.",
				"KOR accuse PRK arms_transfer");
}

/* 36. A refusal or purpose governs the verb coordinated after its first
 * ("declined to confirm or deny", "enggan mengonfirmasi maupun
 * membantah"); what a warning threatens ("mengancam akan menjatuhkan
 * sanksi") is the warning alone, no sanction yet. */
UNIT_TEST(test_rule_alternatives_and_threats)
{
	EXPECT_NO_ROWS(EN, "The Kremlin declined to confirm or deny the accusations.");
	EXPECT_NO_ROWS(ID, "Kremlin menolak untuk mengonfirmasi atau membantah tuduhan itu.");
	EXPECT_ROWS(ID, "Amerika Serikat mengancam akan menjatuhkan sanksi kepada China.",
				"USA warn CHN other");
	EXPECT_ROWS(ID, "Amerika Serikat akan menjatuhkan sanksi kepada China.",
				"USA sanction CHN other");
}

/* 37. Actors a holding verb calls responsible are accused by its
 * subject ("held Moscow responsible", "menganggap Rusia bertanggung
 * jawab"), as is the head of reported speech that says so; "tidak
 * bertanggung jawab" is a pejorative. */
UNIT_TEST(test_rule_held_responsible)
{
	EXPECT_ROWS(EN, "Kyiv held Moscow responsible for the attack.",
				"UKR accuse RUS other");
	EXPECT_ROWS(ID, "Ukraina menganggap Rusia bertanggung jawab atas serangan itu.",
				"UKR accuse RUS other");
	EXPECT_NO_ROWS(ID, "Ukraina menganggap serangan itu tidak bertanggung jawab.");
	/* and in reported speech, whatever the charge */
	EXPECT_ROWS(EN, "Russia is responsible for the war, Kyiv said.",
				"UKR accuse RUS other");
	EXPECT_NO_ROWS(EN, "Kyiv said Russia was not responsible for the blast.");
}

/* 38. The tie between two actors ("antara", "between") is one object: the
 * first named stands for it, as the corpus codes "RUS|PRK"; a list goes
 * on otherwise. */
UNIT_TEST(test_rule_tie_between_two_is_one_object)
{
	EXPECT_ROWS(ID, "Amerika Serikat mengecam kerja sama militer antara Rusia dan Korut.",
				"USA condemn RUS other");
	EXPECT_ROWS(EN, "Washington condemned the cooperation between Moscow and Pyongyang.",
				"USA condemn RUS other");
	EXPECT_ROWS(EN, "Washington condemned Moscow and Pyongyang.",
				"USA condemn RUS other", "USA condemn PRK other");
}

/* 39. Two words a web copy ran together ("ChinaRussia") are listed as a
 * comma would list them. */
UNIT_TEST(test_rule_glued_words_list)
{
	EXPECT_ROWS(EN, "The U.S. imposed sanctions on companies in ChinaRussia and Iran.",
				"USA sanction CHN other", "USA sanction RUS other", "USA sanction IRN other");
	EXPECT_ROWS(EN, "The U.S. imposed sanctions on companies in China Russia and Iran.",
				"USA sanction CHN other");
}

/* 40. A country next to a word for its press ("laporan berita Jepang",
 * "Tokyo newspapers") names the press, no actor: an act against it has no
 * accused, and none is taken from further on or from before. */
UNIT_TEST(test_rule_country_press_is_no_party)
{
	EXPECT_NO_ROWS(ID, "Korea Utara menuduh laporan berita Jepang soal pengiriman senjata ke Rusia.");
	EXPECT_NO_ROWS(EN, "North Korea accused Tokyo newspapers of lying about Russia.");
	EXPECT_ROWS(EN, "North Korea accused Japan of lying about Russia.",
				"PRK accuse JPN other");
	/* a denial of the press's report is the denier's own side's */
	EXPECT_ROWS(ID, "Korea Utara membantah laporan media Jepang.",
				"PRK deny PRK other");
}

/* 41. "We", "kami", "kita" heading negated conduct are the speaker's own
 * side: a denial.  And the content of a quote before its speaker ("“...
 * to Russia,” X said") names no subject of the speech: Russia there was
 * read as a second speaker. */
UNIT_TEST(test_rule_we_never_did_it)
{
	EXPECT_ROWS(EN, "\"We have never supplied weapons to Russia,\" Yoon Suk Yeol said.",
				"P.yoon-suk-yeol deny KOR arms_transfer");
	EXPECT_ROWS(ID, "Yoon Suk Yeol mengatakan kami tidak pernah memasok senjata ke Rusia.",
				"P.yoon-suk-yeol deny KOR arms_transfer");
	/* another side's conduct negated still accuses nobody */
	EXPECT_NO_ROWS(EN, "\"Russia has never supplied weapons to Iran,\" Yoon Suk Yeol said.");
}

/* 42. A person right before a clause set off by commas just before the
 * verb is its subject, not a person the clause names; a clause that is
 * the name itself is the subject. */
UNIT_TEST(test_rule_person_before_a_set_off_clause)
{
	EXPECT_ROWS(EN, "Yoon Suk Yeol, an ally of Lloyd Austin, condemned Pyongyang.",
				"P.yoon-suk-yeol condemn PRK other");
	EXPECT_ROWS(ID, "Presiden Korea Selatan, Yoon Suk Yeol, mengecam Pyongyang.",
				"P.yoon-suk-yeol condemn PRK other");
}

/* 43. Where a speaker serves ("mission to the United Nations", "Duta
 * Besar Jepang untuk PBB") is not the subject; "di" may be where the
 * subject is, and is left alone. */
UNIT_TEST(test_rule_where_a_speaker_serves)
{
	EXPECT_ROWS(EN, "Iran's mission to the UN denied the accusations.",
				"IRN deny IRN other");
	EXPECT_ROWS(ID, "Misi Iran untuk PBB membantah tuduhan itu.",
				"IRN deny IRN other");
}

/* 44. A sanction's targets stand before the reason it gives ("accused
 * of"), and whom the charged conduct goes to is not accused: "three firms
 * accused of supplying drones to Russia" names no target. */
UNIT_TEST(test_rule_sanction_targets_before_the_reason)
{
	EXPECT_NO_ROWS(EN, "The U.S. sanctioned three firms accused of supplying drones to Russia.");
	EXPECT_ROWS(EN, "The U.S. sanctioned three firms in Iran accused of supplying drones to Russia.",
				"USA sanction IRN arms_transfer", "USA accuse IRN arms_transfer");
}
