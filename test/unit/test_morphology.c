/*
 * test_morphology.c — unit tests of the forms a cue root or lemma gives
 * (src/core/morphology.c) and of how the lexicon matches them
 * (src/core/lexicon.c): every Indonesian affix, assimilation class, clitic
 * and particle, the English inflections, phrases kept as written, and the
 * order-free choice between forms two entries share.
 *
 * The Indonesian roots (ejek, kupas, tampar, sindir, pukul, kristal,
 * prakarsa, traktir, bujuk, cubit, dengkur, jewer, lirik, rayu, nyanyi,
 * goda, fitnah, syukur, cek, zalimi) and English lemmas (scold, hiss, bully,
 * grab, chide, untie, watch, admonition, burial, cynicism) occur in no form
 * in the corpus articles: the forms tested here come from the rules, not
 * from the data.
 */
#include <stdint.h>
#include <stdlib.h>

#include "narrative.h"
#include "unit.h"

#define FORMS_MAX 256

typedef struct form_list
{
	int			count;
	char		text[FORMS_MAX][NV_INFLECT_ROOT_MAX + 32];
	unsigned	flags[FORMS_MAX];
} form_list;

static void
collect(void *ctx, const char *form, size_t len, unsigned flags)
{
	form_list  *list = ctx;

	if (list->count == FORMS_MAX || len >= sizeof(list->text[0]))
	{
		unit_failures_in_test++;
		fprintf(stderr, "  too many or too long forms\n");
		return;
	}
	memcpy(list->text[list->count], form, len);
	list->text[list->count][len] = '\0';
	list->flags[list->count++] = flags;
}

static form_list forms;

static form_list *
inflect(const char *root, nv_lang lang, bool noun_forms)
{
	memset(&forms, 0, sizeof(forms));
	nv_inflect(root, strlen(root), lang, noun_forms, collect, &forms);
	return &forms;
}

/* The flags of `form` in the list, -1 when it is not there (and a failure
 * when it is there twice). */
static int
flags_of(const form_list *list, const char *form)
{
	int			found = -1;

	for (int k = 0; k < list->count; k++)
		if (strcmp(list->text[k], form) == 0)
		{
			if (found >= 0)
			{
				unit_failures_in_test++;
				fprintf(stderr, "  \"%s\" made twice\n", form);
			}
			found = (int) list->flags[k];
		}
	return found;
}

/* Whether a form is another form of the list with a clitic or particle. */
static bool
has_clitic(const form_list *list, const char *form)
{
	static const char *const clitics[] = {"nya", "ku", "mu", "lah", "kah", "pun"};
	size_t		len = strlen(form);

	for (int c = 0; c < 6; c++)
	{
		size_t		n = strlen(clitics[c]);

		if (len > n && strcmp(form + len - n, clitics[c]) == 0)
			for (int k = 0; k < list->count; k++)
				if (strlen(list->text[k]) == len - n && strncmp(list->text[k], form, len - n) == 0)
					return true;
	}
	return false;
}

/* The forms without a clitic, in the order made, space-separated. */
static const char *
base_forms(const form_list *list)
{
	static char out[4096];

	out[0] = '\0';
	for (int k = 0; k < list->count; k++)
		if (!has_clitic(list, list->text[k]))
		{
			if (out[0])
				strcat(out, " ");
			strcat(out, list->text[k]);
		}
	return out;
}

#define P NV_FORM_PASSIVE
#define N NV_FORM_NOUN
#define Y NV_FORM_NYA
#define Q NV_FORM_PARTICLE

/* A form and the flags it must carry (-1: it must not be made). */
typedef struct expected_form
{
	const char *form;
	int			flags;
} expected_form;

static void
check_forms(const form_list *l, const expected_form *expected, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (flags_of(l, expected[k].form) != expected[k].flags)
		{
			unit_failures_in_test++;
			fprintf(stderr, "  \"%s\": flags %d, expected %d\n", expected[k].form,
					flags_of(l, expected[k].form), expected[k].flags);
		}
}

#define CHECK_FORMS(l, table) check_forms((l), (table), sizeof(table) / sizeof((table)[0]))

UNIT_TEST(indonesian_root_gives_every_affix_pattern)
{
	static const expected_form expected[] = {
		{"ejek", 0}, {"mengejek", 0}, {"mengejekkan", 0}, {"mengejeki", 0},
		{"diejek", P}, {"diejekkan", P}, {"diejeki", P}, {"ejekkan", 0}, {"ejeki", 0},
		{"ejekan", N}, {"pengejekan", N}, {"keejekan", N},
		/* no ter- (tersebut, tertuduh) and no ber- (bertambah) forms */
		{"terejek", -1}, {"berejek", -1},
	};
	form_list  *l = inflect("ejek", NV_LANG_ID, true);

	/* r; meN-r, meN-r-kan, meN-r-i; di-r, di-r-kan, di-r-i; r-kan, r-i;
	 * r-an, peN-r-an, ke-r-an */
	CHECK_STR(base_forms(l), "ejek mengejek mengejekkan mengejeki diejek diejekkan diejeki "
			  "ejekkan ejeki ejekan pengejekan keejekan");
	/* each of the 12 with the 6 clitics and particles */
	CHECK_INT(l->count, 12 * 7);
	CHECK_FORMS(l, expected);
	CHECK_STR(l->text[0], "ejek");	/* the root first */
}

UNIT_TEST(indonesian_clitics_and_particles_on_every_form)
{
	static const expected_form expected[] = {
		{"bujuknya", Y}, {"bujukku", Q}, {"bujukmu", Q}, {"bujuklah", Q}, {"bujukkah", Q},
		{"bujukpun", Q}, {"membujuknya", Y}, {"membujukkannya", Y}, {"membujukinya", Y},
		{"dibujuknya", P | Y}, {"dibujukkanlah", P | Q}, {"dibujukikah", P | Q}, {"bujukannya", N | Y},
		{"pembujukanmu", N | Q}, {"kebujukanpun", N | Q}, {"bujukkanku", Q},
		/* clitics do not stack */
		{"bujuknyalah", -1},
	};
	form_list  *l = inflect("bujuk", NV_LANG_ID, true);

	CHECK_STR(base_forms(l), "bujuk membujuk membujukkan membujuki dibujuk dibujukkan dibujuki "
			  "bujukkan bujuki bujukan pembujukan kebujukan");
	CHECK_FORMS(l, expected);
	for (int k = 0; k < l->count; k++)
		flags_of(l, l->text[k]);	/* each form made once */
}

/* A root, whether it takes the noun forms, and the forms without a clitic
 * it must give, in the order made. */
typedef struct paradigm
{
	const char *root;
	bool		noun_forms;
	const char *forms;
} paradigm;

static const paradigm nasal_classes[] = {
	/* a vowel: meng- */
	{"ejek", false, "ejek mengejek mengejekkan mengejeki diejek diejekkan diejeki ejekkan ejeki"},
	/* k, t, s, p before a vowel melt into the nasal; the unmelted form is
	 * made too (mengkonfirmasi) */
	{"kupas", true, "kupas mengupas mengupaskan mengupasi mengkupas mengkupaskan mengkupasi "
	 "dikupas dikupaskan dikupasi kupaskan kupasi kupasan pengupasan pengkupasan kekupasan"},
	{"tampar", true, "tampar menampar menamparkan menampari mentampar mentamparkan mentampari "
	 "ditampar ditamparkan ditampari tamparkan tampari tamparan penamparan pentamparan ketamparan"},
	{"sindir", true, "sindir menyindir menyindirkan menyindiri mensindir mensindirkan mensindiri "
	 "disindir disindirkan disindiri sindirkan sindiri sindiran penyindiran pensindiran kesindiran"},
	{"pukul", true, "pukul memukul memukulkan memukuli mempukul mempukulkan mempukuli "
	 "dipukul dipukulkan dipukuli pukulkan pukuli pukulan pemukulan pempukulan kepukulan"},
	/* before a consonant they stay: kr, pr, tr, sy */
	{"kristal", true, "kristal mengkristal mengkristalkan mengkristali dikristal dikristalkan dikristali "
	 "kristalkan kristali kristalan pengkristalan kekristalan"},
	{"prakarsa", true, "prakarsa memprakarsa memprakarsakan memprakarsai diprakarsa diprakarsakan "
	 "diprakarsai prakarsakan prakarsai prakarsaan pemprakarsaan keprakarsaan"},
	{"traktir", true, "traktir mentraktir mentraktirkan mentraktiri ditraktir ditraktirkan ditraktiri "
	 "traktirkan traktiri traktiran pentraktiran ketraktiran"},
	{"syukur", false, "syukur mensyukur mensyukurkan mensyukuri disyukur disyukurkan disyukuri syukurkan syukuri"},
	/* b, f: mem-; c, d, j: men-; g: meng- */
	{"bujuk", false, "bujuk membujuk membujukkan membujuki dibujuk dibujukkan dibujuki bujukkan bujuki"},
	{"fitnah", false, "fitnah memfitnah memfitnahkan memfitnahi difitnah difitnahkan difitnahi fitnahkan fitnahi"},
	{"cubit", true, "cubit mencubit mencubitkan mencubiti dicubit dicubitkan dicubiti cubitkan cubiti "
	 "cubitan pencubitan kecubitan"},
	{"dengkur", false, "dengkur mendengkur mendengkurkan mendengkuri didengkur didengkurkan didengkuri "
	 "dengkurkan dengkuri"},
	{"jewer", false, "jewer menjewer menjewerkan menjeweri dijewer dijewerkan dijeweri jewerkan jeweri"},
	{"goda", false, "goda menggoda menggodakan menggodai digoda digodakan digodai godakan godai"},
	/* l, r, n (ny- too): me- */
	{"lirik", true, "lirik melirik melirikkan meliriki dilirik dilirikkan diliriki lirikkan liriki "
	 "lirikan pelirikan kelirikan"},
	{"rayu", false, "rayu merayu merayukan merayui dirayu dirayukan dirayui rayukan rayui"},
	/* a root ending in -i does not take -i again */
	{"nyanyi", true, "nyanyi menyanyi menyanyikan dinyanyi dinyanyikan nyanyikan nyanyian penyanyian kenyanyian"},
	/* one syllable: menge- / penge- as well */
	{"cek", true, "cek mencek mencekkan menceki mengecek mengecekkan mengeceki dicek dicekkan diceki "
	 "cekkan ceki cekan pencekan pengecekan kecekan"},
};

UNIT_TEST(indonesian_nasal_prefix_takes_the_first_sound)
{
	for (size_t k = 0; k < sizeof(nasal_classes) / sizeof(nasal_classes[0]); k++)
	{
		const paradigm *p = &nasal_classes[k];

		CHECK_STR(base_forms(inflect(p->root, NV_LANG_ID, p->noun_forms)), p->forms);
	}
}

UNIT_TEST(indonesian_verb_stem_and_noun_switch)
{
	form_list  *l;

	/* a -kan stem takes the prefixes only */
	l = inflect("nyanyikan", NV_LANG_ID, true);
	CHECK_STR(base_forms(l), "nyanyikan menyanyikan dinyanyikan");
	CHECK_INT(flags_of(l, "dinyanyikannya"), P | Y);
	/* no noun forms for a reporting verb: "tambahan" is no "say" */
	l = inflect("bujuk", NV_LANG_ID, false);
	CHECK_INT(flags_of(l, "bujukan"), -1);
	CHECK_INT(flags_of(l, "pembujukan"), -1);
	CHECK_INT(flags_of(l, "dibujuknya"), P | Y);
	/* -i roots keep -kan */
	CHECK_STR(base_forms(inflect("zalimi", NV_LANG_ID, true)),
			  "zalimi menzalimi menzalimikan dizalimi dizalimikan zalimikan zalimian penzalimian kezalimian");
}

UNIT_TEST(english_lemma_gives_its_inflections)
{
	form_list  *l;

	CHECK_STR(base_forms(inflect("scold", NV_LANG_EN, true)), "scold scolds scolded scolding");
	CHECK_STR(base_forms(inflect("hiss", NV_LANG_EN, true)), "hiss hisses hissed hissing");
	CHECK_STR(base_forms(inflect("watch", NV_LANG_EN, true)), "watch watches watched watching");
	CHECK_STR(base_forms(inflect("bully", NV_LANG_EN, true)), "bully bullies bullied bullying");
	/* consonant-vowel-consonant: doubled and not, stress unknown */
	CHECK_STR(base_forms(inflect("grab", NV_LANG_EN, true)), "grab grabs grabbed grabed grabbing grabing");
	CHECK_STR(base_forms(inflect("chide", NV_LANG_EN, true)), "chide chides chided chiding");
	CHECK_STR(base_forms(inflect("untie", NV_LANG_EN, true)), "untie unties untied untying");
	l = inflect("scold", NV_LANG_EN, true);
	CHECK_INT(flags_of(l, "scolded"), 0);
	CHECK_INT(flags_of(l, "scoldsnya"), -1); /* no Indonesian clitics */
	/* a noun lemma takes -s only */
	l = inflect("admonition", NV_LANG_EN, true);
	CHECK_STR(base_forms(l), "admonition admonitions");
	CHECK_INT(flags_of(l, "admonition"), N);
	CHECK_INT(flags_of(l, "admonitions"), N);
	CHECK_STR(base_forms(inflect("burial", NV_LANG_EN, true)), "burial burials");
	CHECK_STR(base_forms(inflect("cynicism", NV_LANG_EN, true)), "cynicism cynicisms");
}

UNIT_TEST(phrases_and_forms_as_written_are_kept)
{
	form_list  *l;
	char		root[NV_INFLECT_ROOT_MAX + 2];

	l = inflect("angkat bicara", NV_LANG_ID, true);
	CHECK_INT(l->count, 1);
	CHECK_STR(l->text[0], "angkat bicara");
	CHECK_INT(l->flags[0], 0);
	/* a phrase's flags are what its spelling shows */
	l = inflect("dikenai denda", NV_LANG_ID, true);
	CHECK_INT(l->count, 1);
	CHECK_INT(flags_of(l, "dikenai denda"), P);
	l = inflect("lash out at", NV_LANG_EN, true);
	CHECK_INT(l->count, 1);
	CHECK_INT(flags_of(l, "lash out at"), 0);
	/* a root too long for the rules */
	memset(root, 'a', sizeof(root) - 1);
	root[sizeof(root) - 1] = '\0';
	l = inflect(root, NV_LANG_ID, true);
	CHECK_INT(l->count, 1);
	CHECK_INT((int) strlen(l->text[0]), NV_INFLECT_ROOT_MAX + 1);
	/* as written: the form and its -nya */
	memset(&forms, 0, sizeof(forms));
	nv_inflect_as_written("menggerutu", 10, NV_LANG_ID, collect, &forms);
	CHECK_STR(base_forms(&forms), "menggerutu");
	CHECK_INT(forms.count, 2);
	CHECK_INT(flags_of(&forms, "menggerutunya"), Y);
	memset(&forms, 0, sizeof(forms));
	nv_inflect_as_written("dicubit", 7, NV_LANG_ID, collect, &forms);
	CHECK_INT(flags_of(&forms, "dicubit"), P);
	CHECK_INT(flags_of(&forms, "dicubitnya"), P | Y);
	memset(&forms, 0, sizeof(forms));
	nv_inflect_as_written("scolded", 7, NV_LANG_EN, collect, &forms);
	CHECK_INT(forms.count, 1);
}

/* ---- the lexicon ----------------------------------------------------------- */

typedef struct matched
{
	nv_arena	arena;
	nv_document doc;
} matched;

static void
map_text(matched *m, const nv_lexicon *lex, const char *text, nv_lang lang)
{
	memset(m, 0, sizeof(*m));
	nv_arena_init(&m->arena, &nv_malloc_allocator);
	nv_tokenize(&m->doc, &m->arena, text, strlen(text));
	m->doc.lang = lang;
	nv_lexicon_map_tokens(lex, &m->doc);
}

/* "act/form/tokens" of the cue at token i, or "none". */
static const char *
cue_at(const nv_lexicon *lex, const matched *m, uint32_t i)
{
	static char out[64];
	nv_lexicon_match match;

	if (!nv_lexicon_match_longest(lex, &m->doc, i, true, &match))
		return "none";
	snprintf(out, sizeof(out), "%s/%s%s%s/%u", nv_act_name((nv_act) match.act),
			 match.form & P ? "P" : "", match.form & N ? "N" : "", match.form & Y ? "Y" : "",
			 match.end_token - i);
	return out;
}

UNIT_TEST(lexicon_matches_derived_forms_with_their_flags)
{
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);
	matched		m;

	CHECK(nv_lexicon_add_cue(lex, "bantah", 6, NV_LANG_ID, NV_ACT_DENY));
	CHECK(nv_lexicon_add_cue(lex, "sangkal", 7, NV_LANG_ID, NV_ACT_DENY));
	CHECK(nv_lexicon_add_cue(lex, "bujuk", 5, NV_LANG_ID, NV_ACT_SAY));
	CHECK(nv_lexicon_add_cue(lex, "=menggerutu", 11, NV_LANG_ID, NV_ACT_SAY));
	CHECK(nv_lexicon_add_cue(lex, "menolak tuduhan", 15, NV_LANG_ID, NV_ACT_DENY));
	CHECK(nv_lexicon_add_cue(lex, "dikenai sanksi", 14, NV_LANG_ID, NV_ACT_SANCTION));
	CHECK(!nv_lexicon_add_cue(lex, "=", 1, NV_LANG_ID, NV_ACT_SAY));
	map_text(&m, lex, "Pemerintah itu membantahnya. Bantahan itu dibantah oleh AS, "
			 "penyangkalan Menyangkal bujuknya bujukan menggerutunya digerutu "
			 "menolak tuduhannya menolak tuduhan dikenai sanksi", NV_LANG_ID);
	CHECK_STR(cue_at(lex, &m, 0), "none");
	CHECK_STR(cue_at(lex, &m, 2), "deny/Y/1");	/* membantahnya */
	CHECK_STR(cue_at(lex, &m, 4), "deny/N/1");	/* Bantahan */
	CHECK_STR(cue_at(lex, &m, 6), "deny/P/1");	/* dibantah */
	CHECK_STR(cue_at(lex, &m, 10), "deny/N/1");	/* penyangkalan */
	CHECK_STR(cue_at(lex, &m, 11), "deny//1");	/* Menyangkal */
	CHECK_STR(cue_at(lex, &m, 12), "say/Y/1");	/* bujuknya */
	CHECK_STR(cue_at(lex, &m, 13), "none");	/* no noun of a "say" root */
	CHECK_STR(cue_at(lex, &m, 14), "say/Y/1");	/* menggerutunya */
	CHECK_STR(cue_at(lex, &m, 15), "none");	/* as written: no di- */
	CHECK_STR(cue_at(lex, &m, 16), "none");	/* a phrase is not inflected */
	CHECK_STR(cue_at(lex, &m, 18), "deny//2");
	CHECK_STR(cue_at(lex, &m, 20), "sanction/P/2");
	/* an English document does not see Indonesian forms */
	m.doc.lang = NV_LANG_EN;
	CHECK_STR(cue_at(lex, &m, 2), "none");
	nv_arena_free_all(&m.arena);
	nv_lexicon_free(lex);
}

UNIT_TEST(lexicon_entry_for_both_languages_takes_both_rules)
{
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);
	matched		m;

	CHECK(nv_lexicon_add_cue(lex, "grab", 4, NV_LANG_ANY, NV_ACT_CONDEMN));
	map_text(&m, lex, "menggrab grabbed digrabnya grabs", NV_LANG_ID);
	CHECK_STR(cue_at(lex, &m, 0), "condemn//1");
	CHECK_STR(cue_at(lex, &m, 1), "none");
	CHECK_STR(cue_at(lex, &m, 2), "condemn/PY/1");
	CHECK_STR(cue_at(lex, &m, 3), "none");
	m.doc.lang = NV_LANG_EN;
	CHECK_STR(cue_at(lex, &m, 0), "none");
	CHECK_STR(cue_at(lex, &m, 1), "condemn//1");
	CHECK_STR(cue_at(lex, &m, 3), "condemn//1");
	nv_arena_free_all(&m.arena);
	nv_lexicon_free(lex);
}

/*
 * Two cues added in one order, then in the other: either way the cue at
 * token i of `text` must be expected[i], for each of its `count` tokens.
 */
static void
check_either_order(const char *first, nv_act first_act, const char *second, nv_act second_act,
				   const char *text, const char *const *expected, uint32_t count)
{
	for (int reverse = 0; reverse < 2; reverse++)
	{
		nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);
		matched		m;

		if (reverse)
			nv_lexicon_add_cue(lex, second, strlen(second), NV_LANG_ID, second_act);
		nv_lexicon_add_cue(lex, first, strlen(first), NV_LANG_ID, first_act);
		if (!reverse)
			nv_lexicon_add_cue(lex, second, strlen(second), NV_LANG_ID, second_act);
		map_text(&m, lex, text, NV_LANG_ID);
		CHECK_INT(m.doc.token_count, count);
		for (uint32_t i = 0; i < count && i < m.doc.token_count; i++)
			CHECK_STR(cue_at(lex, &m, i), expected[i]);
		nv_arena_free_all(&m.arena);
		nv_lexicon_free(lex);
	}
}

UNIT_TEST(lexicon_listed_form_wins_whatever_the_order)
{
	/* "sindiran" derived from sindir (condemn), listed as say; both derive
	 * sindirannya: the shorter root's */
	static const char *const expected[] = {"say//1", "condemn//1", "condemn/NY/1"};

	check_either_order("sindir", NV_ACT_CONDEMN, "sindiran", NV_ACT_SAY,
					   "sindiran menyindir sindirannya", expected, 3);
}

UNIT_TEST(lexicon_derived_forms_go_to_the_shorter_root_then_the_act)
{
	/* mengupas is k-dropped kupas and meng-upas */
	static const char *const shorter[] = {"condemn//1", "accuse//1", "condemn//1"};

	/* one root under two acts: accuse comes before warn */
	static const char *const act_order[] = {"accuse/P/1", "accuse//1"};

	check_either_order("kupas", NV_ACT_ACCUSE, "upas", NV_ACT_CONDEMN, "mengupas kupas upas", shorter, 3);
	check_either_order("bujuk", NV_ACT_WARN, "bujuk", NV_ACT_ACCUSE, "dibujuk bujuk", act_order, 2);
}

UNIT_TEST(quote_with_a_nya_cue_takes_the_previous_speaker)
{
	const nv_wordlists *lists = nv_wordlists_builtin();
	const char *text = "\xe2\x80\x9cKami tidak mengirim senjata,\xe2\x80\x9d kata Peskov.\n"
		"\xe2\x80\x9cItu fitnah,\xe2\x80\x9d bujuknya.";
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);
	nv_arena	arena;
	nv_document doc = {0};
	nv_timex_result timexes;
	nv_mention_result mentions;
	nv_quote_result quotes;

	nv_lexicon_add_actor(lex, "P.dmitry-peskov", "Dmitry Peskov", "person", "RUS");
	nv_lexicon_add_alias(lex, "Peskov", 6, NV_LANG_ANY, "P.dmitry-peskov");
	nv_lexicon_add_cue(lex, "kata", 4, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "bujuk", 5, NV_LANG_ID, NV_ACT_SAY);
	nv_arena_init(&arena, &nv_malloc_allocator);
	nv_tokenize(&doc, &arena, text, strlen(text));
	nv_wordlists_map_tokens(lists, &doc);
	doc.lang = NV_LANG_ID;
	nv_split_sentences(&doc, lists);
	nv_mark_boilerplate(&doc, lists);
	nv_find_timexes(&doc, lists, &timexes);
	nv_lexicon_map_tokens(lex, &doc);
	nv_find_mentions(&doc, lex, lists, &mentions);
	nv_find_quotes(&doc, lex, lists, &mentions, &timexes, &quotes);
	CHECK_INT(quotes.count, 2);
	if (quotes.count == 2)
	{
		const nv_quote *q = &quotes.quotes[1];

		CHECK_STR(q->speaker_actor, "P.dmitry-peskov");
		CHECK_INT(q->act, NV_ACT_SAY);
		CHECK_STR(nv_arena_strndup(&arena, text + q->cue_start, q->cue_end - q->cue_start), "bujuknya");
	}
	nv_arena_free_all(&arena);
	nv_lexicon_free(lex);
}
