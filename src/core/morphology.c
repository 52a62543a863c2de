/*
 * morphology.c — the inflected forms of a cue word, generated from its root
 * (Indonesian) or lemma (English) when the lexicon is compiled, so that
 * matching stays one lookup per token.
 *
 * Indonesian follows its morphophonemic rules: the prefixes meN- and di-,
 * the suffixes -kan and -i, the nouns -an, peN-…-an and ke-…-an, and on
 * every form the clitics -nya, -ku, -mu and the particles -lah, -kah, -pun.
 * meN- and peN- take the nasal of the root's first sound (tuduh → menuduh,
 * kecam → mengecam, sangkal → menyangkal, papar → memaparkan).  A stemmer
 * runs the other way and guesses (Snowball's Indonesian stemmer takes
 * menuduh to uduh); generating from a known root does not have to.
 *
 * English takes -s, -ed and -ing with their spelling rules.  Irregular
 * forms (said, told, wrote) are entries of their own.
 *
 * Each form carries flags the later stages read: the voice (di- is passive,
 * its agent after "oleh"), whether it is a noun (it names an act rather
 * than reporting one), and whether it carries -nya (in reporting, the last
 * speaker: "tambahnya", "dibantahnya").
 */
#include <string.h>

#include "narrative.h"

/* The longest form: "penge" + root + "an" + "nya", or "menge" + root +
 * "kan" + "pun". */
#define FORM_MAX (NV_INFLECT_ROOT_MAX + 16)

typedef struct inflector
{
	nv_inflection_fn emit;
	void	   *ctx;
	bool		clitics;		/* Indonesian: each form with its clitics */
	char		buf[FORM_MAX];
} inflector;

/* The clitics and particles, each on every Indonesian form. */
static const struct
{
	const char *text;
	unsigned	flags;
}			clitics[] = {
	{"nya", NV_FORM_NYA}, {"ku", NV_FORM_PARTICLE}, {"mu", NV_FORM_PARTICLE},
	{"lah", NV_FORM_PARTICLE}, {"kah", NV_FORM_PARTICLE}, {"pun", NV_FORM_PARTICLE}
};

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool
ends_with(const char *s, size_t len, const char *suffix)
{
	size_t		n = strlen(suffix);

	return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* Whether the word is lower-case ASCII letters only: what the rules know. */
static bool
plain_word(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return false;
	return len > 0;
}

/* Emits prefix + stem[drop..] + suffix, then (Indonesian) the same with
 * each clitic. */
static void
form(inflector *in, const char *prefix, const char *stem, size_t stem_len, size_t drop,
	 const char *suffix, unsigned flags)
{
	size_t		p = strlen(prefix);
	size_t		s = strlen(suffix);
	size_t		len = p + stem_len - drop + s;

	memcpy(in->buf, prefix, p);
	memcpy(in->buf + p, stem + drop, stem_len - drop);
	memcpy(in->buf + p + stem_len - drop, suffix, s);
	in->emit(in->ctx, in->buf, len, flags);
	if (!in->clitics)
		return;
	for (size_t k = 0; k < sizeof(clitics) / sizeof(clitics[0]); k++)
	{
		size_t		c = strlen(clitics[k].text);

		memcpy(in->buf + len, clitics[k].text, c);
		in->emit(in->ctx, in->buf, len + c, flags | clitics[k].flags);
	}
}

unsigned
nv_form_flags(const char *form, size_t len, nv_lang lang)
{
	size_t		word = 0;
	unsigned	flags = 0;

	if (lang != NV_LANG_ID)
		return 0;
	while (word < len && form[word] >= 'a' && form[word] <= 'z')
		word++;
	/* "disanksi", "dikenakan sanksi": the spelling test allegation.c makes
	 * on the text, made once here on a form listed as written */
	if (word >= 5 && form[0] == 'd' && form[1] == 'i')
		flags |= NV_FORM_PASSIVE;
	if (word == len && len > 5 && ends_with(form, len, "nya"))
		flags |= NV_FORM_NYA;
	return flags;
}

/* ---- Indonesian ------------------------------------------------------------ */

/* A nasal prefix: what goes before the root, and how many of the root's
 * letters it replaces. */
typedef struct nasal
{
	const char *tail;			/* after "me" or "pe": "ng", "n", "ny", "m", "" */
	size_t		drop;
} nasal;

/* One vowel group: bom, cat, tik (meN- then also takes "menge-"). */
static bool
one_syllable(const char *r, size_t len)
{
	int			groups = 0;

	for (size_t i = 0; i < len; i++)
		if (is_vowel(r[i]) && (i == 0 || !is_vowel(r[i - 1])))
			groups++;
	return groups == 1;
}

/*
 * The forms meN- (and peN-) take before root r.  A voiceless k, t, s, p
 * before a vowel melts into the nasal (kecam → mengecam, tuduh → menuduh,
 * sangkal → menyangkal, papar → memaparkan), but news also keeps it
 * ("mengkonfirmasi" as often as "mengonfirmasi", "memperingatkan" from
 * peringat), so both forms are made.  Before a consonant it stays
 * (mengkritik, memprotes, mentransfer).
 */
static int
nasal_forms(const char *r, size_t len, nasal *out)
{
	char		c0 = r[0];
	bool		vowel_next = len > 1 && is_vowel(r[1]);
	int			n = 0;

	if (is_vowel(c0))
		out[n++] = (nasal) {"ng", 0};
	else if (c0 == 'k' || c0 == 't' || c0 == 's' || c0 == 'p')
	{
		const char *tail = c0 == 'k' ? "ng" : c0 == 'p' ? "m" : "n";

		if (vowel_next)
			out[n++] = (nasal) {c0 == 's' ? "ny" : tail, 1};
		out[n++] = (nasal) {tail, 0};
	}
	else if (c0 == 'g' || c0 == 'h')
		out[n++] = (nasal) {"ng", 0};
	else if (c0 == 'b' || c0 == 'f' || c0 == 'v')
		out[n++] = (nasal) {"m", 0};
	else if (c0 == 'c' || c0 == 'd' || c0 == 'j' || c0 == 'z')
		out[n++] = (nasal) {"n", 0};
	else
		out[n++] = (nasal) {"", 0}; /* l m n r w y (ny-, ng- too) and the rest */
	if (one_syllable(r, len))
		out[n++] = (nasal) {"nge", 0};	/* bom → mengebom */
	return n;
}

/*
 * r; meN-r, meN-r-kan, meN-r-i; di-r, di-r-kan, di-r-i (passive); r-kan,
 * r-i; and for an act's root the nouns r-an, peN-r-an, ke-r-an.  A root
 * already ending in -kan is a verb stem with its suffix (nyatakan, where
 * "nyata" is "real"): it takes the prefixes only; one ending in -i does
 * not take -i again.
 *
 * No ter- forms: "tersebut" (the aforementioned) is ter-sebut, and
 * "tertuduh" is a noun (the accused), so ter- gives other words more often
 * than a passive.  No ber- forms either: bertambah ("increases") and
 * berlanjut ("continues") are other words; the few ber- cues ("berkata")
 * are entries as written.
 */
static void
inflect_indonesian(inflector *in, const char *r, size_t len, bool noun_forms)
{
	bool		has_kan = len > 3 && ends_with(r, len, "kan");
	bool		has_i = ends_with(r, len, "i");
	nasal		nasals[3];
	int			nasal_count = nasal_forms(r, len, nasals);
	char		prefix[8];

	/* a root listed inflected ("dituduh", "kecaman") keeps the voice and
	 * the part of speech its spelling shows */
	form(in, "", r, len, 0, "", (nv_form_flags(r, len, NV_LANG_ID) & NV_FORM_PASSIVE) |
		 (noun_forms && !has_kan && len > 5 && ends_with(r, len, "an") ? NV_FORM_NOUN : 0));
	for (int k = 0; k < nasal_count; k++)
	{
		strcpy(prefix, "me");
		strcat(prefix, nasals[k].tail);
		form(in, prefix, r, len, nasals[k].drop, "", 0);
		if (!has_kan)
			form(in, prefix, r, len, nasals[k].drop, "kan", 0);
		if (!has_kan && !has_i)
			form(in, prefix, r, len, nasals[k].drop, "i", 0);
	}
	form(in, "di", r, len, 0, "", NV_FORM_PASSIVE);
	if (!has_kan)
		form(in, "di", r, len, 0, "kan", NV_FORM_PASSIVE);
	if (!has_kan && !has_i)
		form(in, "di", r, len, 0, "i", NV_FORM_PASSIVE);
	if (!has_kan)
		form(in, "", r, len, 0, "kan", 0);
	if (!has_kan && !has_i)
		form(in, "", r, len, 0, "i", 0);
	/* a root that ends in -an is a noun already */
	if (!noun_forms || has_kan || ends_with(r, len, "an"))
		return;
	form(in, "", r, len, 0, "an", NV_FORM_NOUN);
	for (int k = 0; k < nasal_count; k++)
	{
		strcpy(prefix, "pe");
		strcat(prefix, nasals[k].tail);
		form(in, prefix, r, len, nasals[k].drop, "an", NV_FORM_NOUN);
	}
	form(in, "ke", r, len, 0, "an", NV_FORM_NOUN);
}

/* ---- English ----------------------------------------------------------------- */

static bool
is_consonant(char c)
{
	return !is_vowel(c);
}

/*
 * Consonant, vowel, consonant at the end (slam, admit, rebut): the last
 * consonant doubles before -ed and -ing when the last syllable is
 * stressed, which the spelling does not tell (admitted, but visited), so
 * both forms are made; the wrong one never occurs in text.
 */
static bool
doubles(const char *l, size_t len)
{
	char		last = l[len - 1];

	return len >= 3 && is_consonant(last) && last != 'w' && last != 'x' && last != 'y' &&
		is_vowel(l[len - 2]) && is_consonant(l[len - 3]);
}

/* A lemma with a noun's suffix (accusation, denial, criticism) takes -s
 * only. */
static bool
english_noun(const char *l, size_t len)
{
	return ends_with(l, len, "tion") || ends_with(l, len, "sion") || ends_with(l, len, "ism") ||
		ends_with(l, len, "ial");
}

static void
inflect_english(inflector *in, const char *l, size_t len)
{
	bool		consonant_y = len >= 2 && l[len - 1] == 'y' && is_consonant(l[len - 2]);
	char		last = l[len - 1];

	if (english_noun(l, len))
	{
		form(in, "", l, len, 0, "", NV_FORM_NOUN);
		form(in, "", l, len, 0, "s", NV_FORM_NOUN);
		return;
	}
	form(in, "", l, len, 0, "", 0);
	/* -s */
	if (consonant_y)
		form(in, "", l, len - 1, 0, "ies", 0);
	else if (ends_with(l, len, "s") || ends_with(l, len, "x") || ends_with(l, len, "z") ||
			 ends_with(l, len, "ch") || ends_with(l, len, "sh") || ends_with(l, len, "o"))
		form(in, "", l, len, 0, "es", 0);
	else
		form(in, "", l, len, 0, "s", 0);
	/* -ed */
	if (ends_with(l, len, "e"))
		form(in, "", l, len, 0, "d", 0);
	else if (consonant_y)
		form(in, "", l, len - 1, 0, "ied", 0);
	else
	{
		if (doubles(l, len))
		{
			char		suffix[] = {last, 'e', 'd', '\0'};

			form(in, "", l, len, 0, suffix, 0);
		}
		form(in, "", l, len, 0, "ed", 0);
	}
	/* -ing: a silent e goes (accusing), ie becomes y (dying) */
	if (ends_with(l, len, "ie"))
		form(in, "", l, len - 2, 0, "ying", 0);
	else if (ends_with(l, len, "e") && !ends_with(l, len, "ee") && !ends_with(l, len, "ye") &&
			 !ends_with(l, len, "oe") && len > 2)
		form(in, "", l, len - 1, 0, "ing", 0);
	else
	{
		if (doubles(l, len))
		{
			char		suffix[] = {last, 'i', 'n', 'g', '\0'};

			form(in, "", l, len, 0, suffix, 0);
		}
		form(in, "", l, len, 0, "ing", 0);
	}
}

/* ---- entry points ---------------------------------------------------------- */

void
nv_inflect(const char *root, size_t len, nv_lang lang, bool noun_forms,
		   nv_inflection_fn emit, void *ctx)
{
	inflector	in;

	/*
	 * A phrase ("menolak tuduhan", "according to", "hit out at") is kept as
	 * written: its head word may inflect, but which one, and whether the
	 * rest then agrees, no rule here knows; the phrases worth matching are
	 * few enough to list.  So is a word the rules do not cover (digits, an
	 * apostrophe, a letter outside a-z) and a root too long for the buffer.
	 */
	if (len < 3 || len > NV_INFLECT_ROOT_MAX || !plain_word(root, len) ||
		(lang != NV_LANG_ID && lang != NV_LANG_EN))
	{
		emit(ctx, root, len, nv_form_flags(root, len, lang));
		return;
	}
	in.emit = emit;
	in.ctx = ctx;
	in.clitics = lang == NV_LANG_ID;
	if (lang == NV_LANG_ID)
		inflect_indonesian(&in, root, len, noun_forms);
	else
		inflect_english(&in, root, len);
}

void
nv_inflect_as_written(const char *form_text, size_t len, nv_lang lang,
					  nv_inflection_fn emit, void *ctx)
{
	unsigned	flags = nv_form_flags(form_text, len, lang);
	char		buf[FORM_MAX];

	emit(ctx, form_text, len, flags);
	/* the -nya form: in reporting, the last speaker ("menurutnya") */
	if (lang == NV_LANG_ID && len <= NV_INFLECT_ROOT_MAX && plain_word(form_text, len) &&
		!(flags & NV_FORM_NYA))
	{
		memcpy(buf, form_text, len);
		memcpy(buf + len, "nya", 3);
		emit(ctx, buf, len + 3, flags | NV_FORM_NYA);
	}
}
