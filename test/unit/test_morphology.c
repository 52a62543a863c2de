/*
 * test_morphology.c — unit tests of the forms a cue root or lemma gives
 * (src/core/morphology.c): every Indonesian affix, assimilation class,
 * clitic and particle, the English inflections, and phrases kept as
 * written.
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
		{"bujuknya", Y}, {"bujukku", 0}, {"bujukmu", 0}, {"bujuklah", 0}, {"bujukkah", 0},
		{"bujukpun", 0}, {"membujuknya", Y}, {"membujukkannya", Y}, {"membujukinya", Y},
		{"dibujuknya", P | Y}, {"dibujukkanlah", P}, {"dibujukikah", P}, {"bujukannya", N | Y},
		{"pembujukanmu", N}, {"kebujukanpun", N}, {"bujukkanku", 0},
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
