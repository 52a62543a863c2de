/*
 * allegation.c — who accuses, condemns, denies, confirms, warns or
 * sanctions whom, of what, and when.
 *
 * Built from the stages before it, sentence by sentence, in passes:
 *  - sanctions named as nouns with an owner and targets ("sanksi PBB
 *    terhadap Korut", "UN sanctions on", "adopted a package of sanctions
 *    against"), a named one continued ("Sanksi tersebut menargetkan");
 *  - act cues of the lexicon (every inflection of a root: menuduh,
 *    tuduhannya, dibantah, penyangkalan, denied), not negated and not an
 *    attempt: the accuser is the agent of a passive or the owner of an act
 *    noun ("dikecam oleh AS", "tuduhan AS", "Pyongyang's denial"), every
 *    actor of a joint subject or of "keduanya"/"mereka", the subject inside
 *    a quote, else the quote's speaker; the accused every actor of a joint
 *    object, else the taker of a step named ("the move", "sanksi sepihak"),
 *    else what the last claim or the text was about.  Also: the reason a
 *    sanction gives ("accused of supplying"), acts in object relative
 *    clauses ("companies that it says supplied"), denials without a denial
 *    verb ("rejected the claims", "menyebut tuduhan itu tidak berdasar");
 *  - reported speech (a quote with a reporting cue): an accusation of the
 *    conduct it charges, a warning when conditional or retaliatory, a
 *    denial when it negates one's own side's conduct or dismisses claims,
 *    a condemnation when it calls something provocative or illegal;
 *  - unsourced reports ("dilaporkan", "reportedly", "reports of"): an
 *    accusation with no accuser.
 * A denial or confirmation concerns the accuser's own side; no other act
 * does (such rows are dropped), and only accusations and condemnations
 * stand without an accuser.  The charge is the first charge phrase of
 * data/builtin/charge.tsv in the claim, hedging any hedge phrase of the
 * sentence; said_on is a time expression of the attribution, about one
 * inside the claim.  The words that shape these rules are the classes of
 * data/builtin/act.tsv and attribution.tsv.  Rows come in text order.
 */
#include <stdlib.h>
#include <string.h>

#include "narrative.h"

#define MAX_JOINT 16
#define CLAIM_WINDOW 100		/* tokens either side of a cue or claim */
#define LOOKBACK_ROWS 64		/* allegations a back-reference looks through */

/*
 * The classes of word the stage asks about, by name in word_class_names:
 * words are asked about at nearly every token, and each class's id is
 * found once a process (class_ids), not hashed at each ask.
 */
typedef enum word_class
{
	CLASS_ABOUT, CLASS_ACQUIRE, CLASS_ADOPT, CLASS_AGENT, CLASS_ALTERNATIVE, CLASS_BETWEEN,
	CLASS_CLAIM_NOUN, CLASS_COMMENT, CLASS_CONDITION, CLASS_CONJUNCTION,
	CLASS_DEFINITE, CLASS_DEMONSTRATIVE, CLASS_DESTINATION, CLASS_DETERMINER, CLASS_DISMISSAL, CLASS_ENVOY,
	CLASS_GEO_MODIFIER, CLASS_HOLD, CLASS_IMPOSED, CLASS_INCLUDE, CLASS_INTO,
	CLASS_LISTING, CLASS_LOCATIVE, CLASS_MODIFIER, CLASS_NEGATION, CLASS_NORM, CLASS_NOT_ONLY,
	CLASS_NOUN, CLASS_PASSIVE_AGENT, CLASS_PASSIVE_AUX, CLASS_PEJORATIVE,
	CLASS_PLEDGE, CLASS_PRESS, CLASS_PRONOUN, CLASS_PURPOSE, CLASS_REASON, CLASS_RECIPIENT, CLASS_REFERENCE,
	CLASS_REJECT, CLASS_RELATIVE, CLASS_REPORT, CLASS_RESPONSIBLE, CLASS_RETALIATION,
	CLASS_SANCTION_LIST, CLASS_SANCTION_NOUN, CLASS_STEP, CLASS_SUBORDINATOR,
	CLASS_SUMMON, CLASS_TARGET, CLASS_THAT, CLASS_UNNAMED_PARTY,
	CLASS_ANY	/* any class: no name, NV_CLASS_ANY */
} word_class;

static const char *const word_class_names[CLASS_ANY] = {
	[CLASS_ABOUT] = "about", [CLASS_ACQUIRE] = "acquire", [CLASS_ADOPT] = "adopt", [CLASS_AGENT] = "agent",
	[CLASS_ALTERNATIVE] = "alternative", [CLASS_BETWEEN] = "between",
	[CLASS_CLAIM_NOUN] = "claim_noun", [CLASS_COMMENT] = "comment",
	[CLASS_CONDITION] = "condition", [CLASS_CONJUNCTION] = "conjunction",
	[CLASS_DEFINITE] = "definite", [CLASS_DEMONSTRATIVE] = "demonstrative",
	[CLASS_DESTINATION] = "destination", [CLASS_DETERMINER] = "determiner",
	[CLASS_DISMISSAL] = "dismissal", [CLASS_ENVOY] = "envoy", [CLASS_GEO_MODIFIER] = "geo_modifier",
	[CLASS_HOLD] = "hold", [CLASS_IMPOSED] = "imposed",
	[CLASS_INCLUDE] = "include", [CLASS_INTO] = "into",
	[CLASS_LISTING] = "listing", [CLASS_LOCATIVE] = "locative",
	[CLASS_MODIFIER] = "modifier", [CLASS_NEGATION] = "negation", [CLASS_NOT_ONLY] = "not_only",
	[CLASS_NORM] = "norm", [CLASS_NOUN] = "noun",
	[CLASS_PASSIVE_AGENT] = "passive_agent", [CLASS_PASSIVE_AUX] = "passive_aux",
	[CLASS_PEJORATIVE] = "pejorative", [CLASS_PLEDGE] = "pledge",
	[CLASS_PRESS] = "press", [CLASS_PRONOUN] = "pronoun",
	[CLASS_PURPOSE] = "purpose", [CLASS_REASON] = "reason", [CLASS_RECIPIENT] = "recipient",
	[CLASS_REFERENCE] = "reference", [CLASS_REJECT] = "reject",
	[CLASS_RELATIVE] = "relative", [CLASS_REPORT] = "report",
	[CLASS_RESPONSIBLE] = "responsible", [CLASS_RETALIATION] = "retaliation",
	[CLASS_SANCTION_LIST] = "sanction_list",
	[CLASS_SANCTION_NOUN] = "sanction_noun", [CLASS_STEP] = "step",
	[CLASS_SUBORDINATOR] = "subordinator", [CLASS_SUMMON] = "summon",
	[CLASS_TARGET] = "target", [CLASS_THAT] = "that", [CLASS_UNNAMED_PARTY] = "unnamed_party",
};

/* The tokens of a direct or partial quote's content: runs in text order. */
typedef struct quoted_run
{
	uint32_t	first_token;
	uint32_t	end_token;
	uint32_t	quote;			/* index into the quote result */
} quoted_run;

typedef struct alleger
{
	const nv_document *doc;
	const nv_lexicon *lex;
	const nv_wordlists *lists;
	const nv_mention_result *mentions;
	const nv_timex_result *timexes;
	const nv_quote_result *quotes;
	nv_vec		quoted;			/* quoted_run: direct and partial quotes' tokens */
	int32_t    *speaker_quote;	/* per sentence: its first quote with a speaker */
	int32_t    *dated_quote;	/* per sentence: its first quote with a date */
	const nv_mention *recent[2];	/* the two most recent actors, for "keduanya" */
	nv_vec		charge_tokens;	/* uint32_t: where the charge phrases start */
	nv_vec		charges;		/* uint8_t: the nv_charge of each */
	nv_vec		hedges;			/* uint32_t: where the hedge phrases start */
	nv_token_index charge_index;	/* of charge_tokens */
	nv_token_index hedge_index; /* of hedges */
	nv_vec		act_tokens;		/* uint32_t: where a cue or an act word may start */
	nv_vec		out;
	/* whether the document's bits can tell the conduct classes (it is
	 * mapped to the lists, and every class is known) */
	bool		conduct_set;
} alleger;

/*
 * The ids of word_class_names (by word_class) and the set of the conduct
 * classes, found at the stage's first run: nv_class_id gives a name the
 * same id for the life of the process (a name unknown then stays
 * unknown), and finding them again for each document was nearly a fifth
 * of the stage on a document of one sentence.
 */
static bool class_ids_found;
static int	class_ids[CLASS_ANY + 1];
static bool conduct_classes_known;	/* every conduct class is a class */
static uint64_t conduct_classes[NV_CLASS_WORDS];

const char *
nv_charge_name(nv_charge charge)
{
	static const char *const names[] = {"arms_transfer", "sanctions_violation", "troop_deployment",
	"technology_transfer", "nuclear_missile", "other"};

	return names[charge];
}

static const nv_mention *
mention_of(const alleger *a, uint32_t i)
{
	return nv_mention_at(a->mentions, i);
}

/* Walking back from token *k (exclusive) to `stop`: the next mention,
 * with *k moved to its first token; NULL when none is left.  The last
 * mention starting before *k is the one, if it reaches past `stop`: the
 * list says so without a look at each token between. */
static const nv_mention *
mention_before(const alleger *a, uint32_t *k, uint32_t stop)
{
	uint32_t	next = *k > stop ? nv_mention_first_from(a->mentions, *k) : 0;
	const nv_mention *m;

	if (next == 0)
		return NULL;
	m = &a->mentions->mentions[next - 1];
	if (m->end_token <= stop)
		return NULL;
	*k = m->first_token;
	return m;
}

static bool
is_actor(const nv_mention *m)
{
	return m && m->country && m->kind != NV_KIND_MEDIA && m->kind != NV_KIND_PLACE;
}

/* Whether two countries (or actor ids) are the same: often the one
 * string, so the pointers are compared first, then the first letters
 * (most codes that differ, differ there) before a call to strcmp. */
static bool
same_code(const char *x, const char *y)
{
	return x == y || (x[0] == y[0] && strcmp(x, y) == 0);
}

static bool
same_side(const nv_mention *x, const char *country)
{
	return x && country && x->country && same_code(x->country, country);
}

/* The direct or partial quote whose content holds token i, or NULL. */
static const nv_quote *
quote_holding(const alleger *a, uint32_t i)
{
	const quoted_run *runs = a->quoted.items;
	uint32_t	low = 0;
	uint32_t	high = (uint32_t) a->quoted.count;

	while (low < high)
	{
		uint32_t	mid = low + (high - low) / 2;

		if (runs[mid].first_token <= i)
			low = mid + 1;
		else
			high = mid;
	}
	if (low == 0 || i >= runs[low - 1].end_token)
		return NULL;
	return &a->quotes->quotes[runs[low - 1].quote];
}

/* The first token from `from` on that starts at or after `byte`: steps
 * of 1, 2, 4 ... tokens until one is passed, then a binary search within
 * the last step.  A walk from the sentence start for each of its quotes
 * made a long sentence of many quotes quadratic; a binary search over the
 * rest of the document missed the cache at nearly every step on a long
 * one, where the token sought is a few dozen on. */
static uint32_t
token_at_byte(const nv_document *doc, uint32_t from, uint32_t byte)
{
	uint32_t	end = doc->token_count;
	uint64_t	step = 1;

	if (from >= end || doc->tokens[from].start >= byte)
		return from;
	/* token `from` starts before the byte: on until a step lands past it */
	while (end - from > step && doc->tokens[from + step].start < byte)
	{
		from += (uint32_t) step;
		step *= 2;
	}
	if (end - from > step)
		end = from + (uint32_t) step;
	from++;
	while (from < end)
	{
		uint32_t	mid = from + (end - from) / 2;

		if (doc->tokens[mid].start < byte)
			from = mid + 1;
		else
			end = mid;
	}
	return from;
}

static const nv_word_entry *
word_of(const alleger *a, uint32_t i, nv_list list, word_class word)
{
	return nv_phrase_at_id(a->lists, a->doc, i, list, class_ids[word]);
}

/*
 * The nearest token among the `within` before `at`, and not before
 * `from`, where a word of list `list` and class `word` starts, its entry
 * in *entry if asked; UINT32_MAX when there is none.
 */
static uint32_t
word_before(const alleger *a, uint32_t at, uint32_t from, uint32_t within, nv_list list, word_class word,
			const nv_word_entry **entry)
{
	for (uint32_t k = at; k > from && at - k < within; k--)
	{
		const nv_word_entry *e = word_of(a, k - 1, list, word);

		if (e)
		{
			if (entry)
				*entry = e;
			return k - 1;
		}
	}
	return UINT32_MAX;
}

/* word_before for an attribution word. */
static uint32_t
attribution_before(const alleger *a, uint32_t at, uint32_t from, uint32_t within, word_class word,
				   const nv_word_entry **entry)
{
	return word_before(a, at, from, within, NV_LIST_ATTRIBUTION, word, entry);
}

/* The words that say something of reported conduct (allege_from_quote) */
static const char *const conduct_class_names[] = {
	"negation", "pejorative", "dismissal", "retaliation", "condition", "responsible"
};

static void
find_class_ids(void)
{
	if (class_ids_found)
		return;
	for (int c = 0; c < CLASS_ANY; c++)
		class_ids[c] = nv_class_id(word_class_names[c]);
	class_ids[CLASS_ANY] = NV_CLASS_ANY;
	conduct_classes_known = nv_class_set_add(conduct_classes, conduct_class_names,
											 sizeof(conduct_class_names) / sizeof(conduct_class_names[0]));
	class_ids_found = true;
}

/*
 * The first token in [k, end) that may start an act or attribution word
 * of a class in conduct_class_names, or `end`: every lookup at the
 * tokens passed finds nothing.  Each token of reported speech is asked:
 * with the document's bits (conduct_set) the tables are read into
 * locals, a few loads a token.
 */
static uint32_t
next_conduct_word(const alleger *a, uint32_t k, uint32_t end)
{
	const nv_document *doc = a->doc;
	const uint32_t lists = (1u << NV_LIST_ACT) | (1u << NV_LIST_ATTRIBUTION);
	const nv_token *tokens = doc->tokens;
	const uint32_t *list_starts = doc->list_starts;
	const uint64_t *class_starts = doc->class_starts;
	uint64_t	conduct[NV_CLASS_WORDS];

	if (!a->conduct_set)
	{
		while (k < end && !nv_token_may_start_any(a->lists, doc, k, lists))
			k++;
		return k;
	}
	memcpy(conduct, conduct_classes, sizeof(conduct));
	for (; k < end; k++)
	{
		uint32_t	word = tokens[k].list_word;

		if ((list_starts[word] & lists) && nv_class_sets_meet(&class_starts[word * NV_CLASS_WORDS], conduct))
			return k;
	}
	return k;
}

/* The first token in [from, to) that may start an act word of class
 * `class_name`, or `to`: a window read for one class passes the others. */
static uint32_t
next_act_word(const alleger *a, uint32_t from, uint32_t to, const char *class_name)
{
	return nv_next_may_start_class(a->lists, a->doc, from, to, NV_LIST_ACT, class_name);
}

/* Whether a word of act-list class `word` starts among tokens [from,
 * to): the marks pass the tokens that may start none. */
static bool
act_word_in(const alleger *a, uint32_t from, uint32_t to, word_class word)
{
	for (uint32_t k = next_act_word(a, from, to, word_class_names[word]); k < to;
		 k = next_act_word(a, k + 1, to, word_class_names[word]))
		if (word_of(a, k, NV_LIST_ACT, word))
			return true;
	return false;
}

/* The first token in [from, to) that may start an anaphor, or `to`. */
static uint32_t
next_anaphor_word(const alleger *a, uint32_t from, uint32_t to)
{
	return nv_next_may_start_class(a->lists, a->doc, from, to, NV_LIST_ANAPHOR, NULL);
}

/* The charge a phrase of the charge list names: NV_CHARGE_OTHER for a
 * phrase of another charge ("other").  The names differ in their first
 * letter but for two: strcmp is called for a name that shares it. */
static nv_charge
charge_named(const nv_word_entry *e)
{
	for (int c = 0; c < NV_CHARGE_OTHER; c++)
	{
		const char *name = nv_charge_name((nv_charge) c);

		if (e->value[0] == name[0] && strcmp(e->value, name) == 0)
			return (nv_charge) c;
	}
	return NV_CHARGE_OTHER;
}

/* Notes the charge and hedge phrases starting at token k, no charge
 * before *neutral_until: the end of a phrase that names none ("gencatan
 * senjata", a ceasefire, holds "senjata"), which it moves on. */
static void
note_charge_and_hedge(alleger *a, uint32_t k, uint32_t *neutral_until)
{
	nv_arena   *arena = a->doc->arena;
	const nv_word_entry *e = k >= *neutral_until ? word_of(a, k, NV_LIST_CHARGE, CLASS_ANY) : NULL;
	nv_charge	charge = e ? charge_named(e) : NV_CHARGE_OTHER;

	if (e && charge == NV_CHARGE_OTHER)
		*neutral_until = k + e->word_count;
	if (charge != NV_CHARGE_OTHER)
	{
		*NV_VEC_PUSH(arena, &a->charge_tokens, uint32_t) = k;
		*NV_VEC_PUSH(arena, &a->charges, uint8_t) = (uint8_t) charge;
	}
	if (word_of(a, k, NV_LIST_HEDGE, CLASS_ANY))
		*NV_VEC_PUSH(arena, &a->hedges, uint32_t) = k;
}

/* Whether token k may start a cue or an act, charge or hedge phrase, on a
 * document mapped to the lists and the lexicon the stage runs with. */
static inline bool
may_start_cue_or_list_word(const nv_document *doc, uint32_t k)
{
	const nv_token *t = &doc->tokens[k];

	return (doc->list_starts[t->list_word] & NV_ALLEGATION_LISTS) ||
		(doc->lexicon_starts[t->word_id] & NV_STARTS_CUE);
}

/*
 * The first token from k on that may start a cue or an act, charge or
 * hedge phrase, or token_count, on a document mapped to the lists and the
 * lexicon the stage runs with (word 0 starts no cue).  Most tokens are
 * none: where the document has token marks, the scan jumps from one token
 * marked as such a start to the next (nv_next_marked, eight tokens a
 * load), and tests those alone: the stage took 3,566,673 instructions
 * over the corpus five times, and 3,251,608 so; else it tests every token.
 */
static uint32_t
next_cue_or_list_word(const nv_document *doc, uint32_t k)
{
	uint32_t	count = doc->token_count;

	if (doc->token_marks != NULL)
	{
		for (; (k = nv_next_marked(doc, k, NV_MARK_CUE | NV_MARK_ALLEGATION)) < count; k++)
			if (may_start_cue_or_list_word(doc, k))
				break;
		return k;
	}
	while (k < count && !may_start_cue_or_list_word(doc, k))
		k++;
	return k;
}

/*
 * Finds, once per document, where the charge and hedge phrases start:
 * the claims of a sentence ask for its charge and hedging several times
 * over (each claim, then its sentence), and a search of these lists
 * costs less than a lookup at every token again.  In the same pass, the
 * few tokens where a cue or an act word may start, so that the passes
 * over each sentence read those alone.
 */
static void
find_charges_and_hedges(alleger *a)
{
	const nv_document *doc = a->doc;
	/* the tests of nv_lexicon_match_longest and nv_token_may_start_any,
	 * with what holds for the whole document read once */
	bool		every_cue = doc->lexicon != a->lex;
	bool		mapped = doc->word_lists == a->lists;
	const uint32_t phrases = (1u << NV_LIST_CHARGE) | (1u << NV_LIST_HEDGE);
	bool		skip = mapped && !every_cue;	/* next_cue_or_list_word applies */
	uint32_t	neutral_until = 0;

	for (uint32_t k = skip ? next_cue_or_list_word(doc, 0) : 0; k < doc->token_count;
		 k = skip ? next_cue_or_list_word(doc, k + 1) : k + 1)
	{
		const nv_token *t = &doc->tokens[k];
		uint32_t	lists = mapped ? doc->list_starts[t->list_word] : ~0u;

		/* the cue and sanction-noun passes look at no other token */
		if ((t->word_id != 0 && (every_cue || (doc->lexicon_starts[t->word_id] & NV_STARTS_CUE))) ||
			(lists & (1u << NV_LIST_ACT)))
			*NV_VEC_PUSH(doc->arena, &a->act_tokens, uint32_t) = k;
		if (lists & phrases)
			note_charge_and_hedge(a, k, &neutral_until);
	}
}

/* The charge of the first charge phrase starting in [from, to). */
static nv_charge
charge_in(const alleger *a, uint32_t from, uint32_t to)
{
	size_t		k = nv_token_index_find(&a->charge_index, a->charge_tokens.items, a->charge_tokens.count,
										sizeof(uint32_t), from);

	return k < a->charge_tokens.count && NV_VEC_AT(a->charge_tokens, uint32_t, k) < to ?
		(nv_charge) NV_VEC_AT(a->charges, uint8_t, k) : NV_CHARGE_OTHER;
}

/* charge_in for spans asked in text order: *at, carried from one call to
 * the next, steps to the first charge phrase at or after `from` rather
 * than searching for it. */
static nv_charge
charge_in_order(const alleger *a, size_t *at, uint32_t from, uint32_t to)
{
	const uint32_t *starts = a->charge_tokens.items;

	while (*at < a->charge_tokens.count && starts[*at] < from)
		(*at)++;
	return *at < a->charge_tokens.count && starts[*at] < to ?
		(nv_charge) NV_VEC_AT(a->charges, uint8_t, *at) : NV_CHARGE_OTHER;
}

/* Whether a hedge phrase starts in [from, to). */
static bool
hedged_in(const alleger *a, uint32_t from, uint32_t to)
{
	size_t		k = nv_token_index_find(&a->hedge_index, a->hedges.items, a->hedges.count,
										sizeof(uint32_t), from);

	return k < a->hedges.count && NV_VEC_AT(a->hedges, uint32_t, k) < to;
}

/* Whether token k negates: "tidak", "never", but not "tidak hanya", "not
 * only", which add. */
static bool
negation_at(const alleger *a, uint32_t k)
{
	return word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_NEGATION) &&
		!(k + 1 < a->doc->token_count && a->doc->tokens[k + 1].kind == NV_TOKEN_WORD &&
		  word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_NOT_ONLY));
}

static bool
negated_before(const alleger *a, uint32_t c, uint32_t from)
{
	for (uint32_t k = c > from + 4 ? c - 4 : from; k < c; k++)
		if (negation_at(a, k))
			return true;
	return false;
}

/* The first resolved time expression starting in [from, to). */
static bool
timex_in(const alleger *a, uint32_t from, uint32_t to, nv_timex *value)
{
	for (uint32_t k = nv_timex_first_from(a->timexes, from); k < a->timexes->count; k++)
	{
		const nv_timex_span *t = &a->timexes->spans[k];

		if (t->first_token >= to)
			break;
		if (t->resolved)
		{
			*value = t->value;
			return true;
		}
	}
	return false;
}

/* Whether a word of class `word` stands right before or right after
 * mention m. */
static inline bool
next_to_word(const alleger *a, const nv_mention *m, word_class word)
{
	return (m->first_token > 0 && word_of(a, m->first_token - 1, NV_LIST_ATTRIBUTION, word)) ||
		word_of(a, m->end_token, NV_LIST_ATTRIBUTION, word);
}

/* Whether mention m only names whose norm is meant ("resolusi Dewan
 * Keamanan PBB", "UN Security Council resolutions"): a body whose rules
 * were broken is no party to the act. */
static bool
names_a_norm(const alleger *a, const nv_mention *m)
{
	return next_to_word(a, m, CLASS_NORM);
}

/* The first actor in [from, to) on another side than `country`: the
 * mentions reaching into the span, from the list (the first may start
 * before it). */
static const nv_mention *
first_actor(const alleger *a, uint32_t from, uint32_t to, const char *country)
{
	const nv_mention_result *mentions = a->mentions;
	uint32_t	k = nv_mention_first_from(mentions, from);

	if (k > 0 && from < to && mentions->mentions[k - 1].end_token > from)
		k--;
	for (; k < mentions->count && mentions->mentions[k].first_token < to; k++)
	{
		const nv_mention *m = &mentions->mentions[k];

		if (is_actor(m) && !same_side(m, country) && !names_a_norm(a, m))
			return m;
	}
	return NULL;
}

/* Whether an actor of `country`'s side is named in tokens [from, to). */
static bool
names_side(const alleger *a, uint32_t from, uint32_t to, const char *country)
{
	const nv_mention_result *mentions = a->mentions;

	if (!country)
		return false;
	for (uint32_t k = nv_mention_first_from(mentions, from);
		 k < mentions->count && mentions->mentions[k].first_token < to; k++)
		if (is_actor(&mentions->mentions[k]) && same_side(&mentions->mentions[k], country))
			return true;
	return false;
}

/*
 * The actors of the object after a verb, from `from` on: the first actor
 * not on `country`'s side, and every actor joined to it by commas and
 * "dan", "serta", "and" ("accused China and Russia", "entities in China,
 * Russia and Turkey", "perusahaan di China, Iran, dan Korea Utara").
 * Returns how many, at most MAX_JOINT.
 */
static int
object_actors(const alleger *a, uint32_t from, uint32_t to, const char *country,
			  const nv_mention **out)
{
	const nv_document *doc = a->doc;
	const nv_mention *m = first_actor(a, from, to, country);
	int			n = 0;

	if (!m)
		return 0;
	out[n++] = m;
	/* "kerja sama militer antara Rusia dan Korut", "cooperation between
	 * Moscow and Pyongyang": the tie of the two is one act's object, the
	 * first named standing for it (the corpus codes "RUS|PRK") */
	if (m->first_token > from && word_of(a, m->first_token - 1, NV_LIST_ATTRIBUTION, CLASS_BETWEEN))
		return n;
	for (uint32_t k = m->end_token; k < to && n < MAX_JOINT;)
	{
		uint32_t	j = k;
		bool		joined = false;
		const nv_mention *abbreviation = j + 2 < to && nv_token_is_punct(doc, j, '(') ? mention_of(a, j + 1) : NULL;

		/* "Amerika Serikat (AS), Korea Selatan (Korsel), dan Jepang": the
		 * member's abbreviation in parentheses is the member */
		if (abbreviation && abbreviation->first_token == j + 1 && abbreviation->end_token < to &&
			nv_token_is_punct(doc, abbreviation->end_token, ')'))
			j = abbreviation->end_token + 1;
		if (nv_token_is_punct(doc, j, ','))
		{
			j++;
			joined = true;
		}
		else if (nv_token_glued(doc, j))
			joined = true;		/* "in ChinaRussia and Turkey" */
		else if (j < to && (doc->tokens[j].flags & NV_TOKEN_HYPHEN_BEFORE))
			joined = true;		/* "latihan militer gabungan AS-Korsel" */
		if (word_of(a, j, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION))
		{
			j++;
			joined = true;
		}
		if (j < to && word_of(a, j, NV_LIST_ATTRIBUTION, CLASS_DETERMINER))
			j++;
		/* "Hong Kong and mainland China", "Hong Kong dan daratan China" */
		if (j < to && word_of(a, j, NV_LIST_ATTRIBUTION, CLASS_GEO_MODIFIER))
			j++;
		m = joined ? mention_of(a, j) : NULL;
		if (!m || m->first_token != j || !is_actor(m))
			break;
		if (!same_side(m, country))
		{
			bool		seen = false;

			for (int x = 0; x < n; x++)
				seen = seen || same_code(out[x]->country, m->country);
			if (!seen)
				out[n++] = m;
		}
		k = m->end_token;
	}
	return n;
}

/* The last mention of actor `id` before token `before`, looking back
 * through at most 512 mentions, or NULL. */
static const nv_mention *
mention_of_actor(const alleger *a, const char *id, uint32_t before)
{
	const nv_mention *ms = a->mentions->mentions;
	uint32_t	low = 0;
	uint32_t	high = a->mentions->count;

	while (low < high)
	{
		uint32_t	mid = low + (high - low) / 2;

		if (ms[mid].first_token < before)
			low = mid + 1;
		else
			high = mid;
	}
	for (uint32_t k = low; k > 0 && low - k < 512; k--)
		if (ms[k - 1].id && same_code(ms[k - 1].id, id))
			return &ms[k - 1];
	return NULL;
}

/* Whether a demonstrative stands within [after, after + 3): an object
 * named as the one before ("hubungan tersebut", "this cooperation"). */
static bool
demonstrative_after(const alleger *a, uint32_t after, uint32_t end)
{
	for (uint32_t k = after; k < end && k < after + 3; k++)
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_DEMONSTRATIVE))
			return true;
	return false;
}

/* Where the claim that mention m, after token `from`, owns ends: the
 * token past m when the claim noun is right before it ("klaim AS",
 * "laporan Ukraina"), past the noun when it is right after ("the U.S.
 * claims", "Washington's allegations"); 0 when m owns no claim. */
static uint32_t
owned_claim_end(const alleger *a, uint32_t from, const nv_mention *m)
{
	uint32_t	after = m->end_token;

	if (m->first_token > from && word_of(a, m->first_token - 1, NV_LIST_ACT, CLASS_CLAIM_NOUN))
		return after;
	if (after + 2 < a->doc->token_count && nv_token_is_possessive(a->doc, after + 1))
		after += 2;
	return after < a->doc->token_count && word_of(a, after, NV_LIST_ACT, CLASS_CLAIM_NOUN) ? after + 1 : 0;
}

/* The accused of the last claim of the text (made by `accuser`'s side,
 * when not NULL), when not on `country`'s side: what an object named as
 * the one before points back to.  A denial or a confirmation names its
 * maker's own side, no conduct's agent, and is passed over. */
static const nv_mention *
previous_accused_by(const alleger *a, uint32_t before, const char *country, const char *accuser)
{
	for (size_t j = a->out.count; j-- > 0 && j + LOOKBACK_ROWS > a->out.count;)
	{
		const nv_allegation *al = &NV_VEC_AT(a->out, nv_allegation, j);

		if (al->act == NV_ACT_DENY || al->act == NV_ACT_CONFIRM ||
			(accuser && !(al->accuser_country && same_code(al->accuser_country, accuser))))
			continue;
		if (al->accused && al->accused_country && !(country && same_code(al->accused_country, country)))
			return mention_of_actor(a, al->accused, before);
	}
	return NULL;
}

static const nv_mention *
previous_accused(const alleger *a, uint32_t before, const char *country)
{
	return previous_accused_by(a, before, country, NULL);
}

/* Whether actor m is named as a place ("perang di Ukraina"), as the
 * mention stage found it: never a person or a body.  Every caller asks it
 * of actors alone. */
static bool
named_as_place(const alleger *a, const nv_mention *m)
{
	return m->as_place;
}

/*
 * The actor a claim with no named object is about ("condemned the
 * launches", "mengecam hubungan tersebut"): the nearest actor before
 * `before`, within CLAIM_WINDOW tokens, on none of the accusers' sides;
 * with `places`, one named as a place too ("Firms in Iran sanctioned by
 * Britain": where the subject is).
 */
static const nv_mention *
context_actor(const alleger *a, uint32_t before, const nv_mention *const *accusers, int n,
			  const char *country, bool places)
{
	uint32_t	stop = before > CLAIM_WINDOW ? before - CLAIM_WINDOW : 0;

	const nv_mention *m;

	for (uint32_t k = before; (m = mention_before(a, &k, stop)) != NULL;)
	{
		bool		excluded = !is_actor(m) || same_side(m, country);

		for (int x = 0; x < n && !excluded; x++)
			excluded = same_side(m, accusers[x]->country);
		if (!excluded && (places || !named_as_place(a, m)))
			return m;
	}
	return NULL;
}

/* The first of the determiners right before mention m, after `from`
 * ("to the Kremlin": "the"), or m's first token when none. */
static uint32_t
before_determiners(const alleger *a, const nv_mention *m, uint32_t from)
{
	uint32_t	before = m->first_token;

	while (before > from && word_of(a, before - 1, NV_LIST_ATTRIBUTION, CLASS_DETERMINER))
		before--;
	return before;
}

/* Whether mention m, after `from`, names where someone serves: after
 * "to" or "untuk" and any determiners ("envoy to the U.N.", "Duta Besar
 * China untuk PBB"); not after "di" or "at", which as often say where the
 * subject is ("perpecahan di Dewan Keamanan PBB ... sejak Dewan mulai
 * menjatuhkan sanksi"). */
static bool
serves_at(const alleger *a, const nv_mention *m, uint32_t from)
{
	uint32_t	before = before_determiners(a, m, from);

	return before > from && word_of(a, before - 1, NV_LIST_ATTRIBUTION, CLASS_DESTINATION) &&
		!word_of(a, before - 1, NV_LIST_ATTRIBUTION, CLASS_LOCATIVE);
}

/* The longest clause set off by commas between a subject and its verb
 * that set_off_subject looks across. */
#define SET_OFF_MAX 16

/*
 * "Kim Yo Jong, adik pemimpin Korea Utara Kim Jong Un, membantah", "Peskov,
 * speaking in Moscow, said": the person right before a clause set off by
 * commas just before the verb at `to` is its subject, not a person the
 * clause names; unless the clause is the name itself ("juru bicara
 * Kremlin, Dmitry Peskov, mengatakan").  NULL when the verb follows no
 * such clause.
 */
static const nv_mention *
set_off_subject(const alleger *a, uint32_t from, uint32_t to)
{
	const nv_document *doc = a->doc;
	const nv_mention *person;
	const nv_mention *inside;

	if (to < from + 3 || !nv_token_is_punct(doc, to - 1, ','))
		return NULL;
	for (uint32_t comma = to - 2; comma > from && comma + SET_OFF_MAX > to; comma--)
	{
		if (!nv_token_is_punct(doc, comma, ','))
			continue;
		person = mention_of(a, comma - 1);
		inside = mention_of(a, comma + 1);
		if (!person || person->kind != NV_KIND_PERSON || !is_actor(person) ||
			(inside && inside->kind == NV_KIND_PERSON && inside->first_token == comma + 1))
			return NULL;
		return person;
	}
	return NULL;
}

static uint32_t summons_right_before(const alleger *a, uint32_t from, uint32_t to);

/* Whether an auxiliary of the perfect stands right before the verb at c
 * ("has denied", "had sanctioned"): the verb is active. */
static bool
perfect_before(const alleger *a, uint32_t c)
{
	return c > 0 && (nv_token_is(a->doc, c - 1, "has") || nv_token_is(a->doc, c - 1, "have") ||
					 nv_token_is(a->doc, c - 1, "had"));
}

/* Whether a cue of an act (not of saying) starts among tokens [from,
 * to). */
static bool
act_in(const alleger *a, uint32_t from, uint32_t to)
{
	for (uint32_t k = from; k < to; k++)
	{
		nv_lexicon_match match;

		if (a->doc->tokens[k].word_id && nv_lexicon_match_longest(a->lex, a->doc, k, true, &match) &&
			match.act != NV_ACT_SAY)
			return true;
	}
	return false;
}

/* Whether the verb at `to` goes on a series after a comma, the clause
 * from `from` holding an act's verb before it ("They condemned Russia's
 * aggression, warned China ..."): it has the clause's subject. */
static bool
series_verb(const alleger *a, uint32_t from, uint32_t to)
{
	return to > from + 2 && nv_token_is_punct(a->doc, to - 1, ',') && act_in(a, from, to - 1);
}

/* Whether the verb at k says how the clause's subject acted: "protested
 * the sanctions imposed by the EU by summoning ...", "dengan memanggil". */
static bool
by_means(const alleger *a, uint32_t k)
{
	return k > 0 && ((nv_token_is(a->doc, k - 1, "by") && nv_token_ends_with(a->doc, k, "ing")) ||
					 nv_token_is(a->doc, k - 1, "dengan"));
}

/* The actors heading the clause [from, to), for a second verb of it: the
 * first named and those joined to it; none when a pronoun opens it ("We
 * are gravely concerned by the deepening DPRK-Russia cooperation ... and
 * condemn"), not an actor it names further on. */
static int
clause_head_actors(const alleger *a, uint32_t from, uint32_t to, const nv_mention **out)
{
	return word_of(a, from, NV_LIST_ATTRIBUTION, CLASS_PRONOUN) ? 0 : object_actors(a, from, to, NULL, out);
}

/*
 * The actors of the subject of a verb at `to`, looking back from it: the
 * nearest actor, and a list joined to it by commas, "dan", "and" ("Korsel,
 * AS, dan Jepang kecam", "AS dan sekutu Eropa serta Korea Selatan"), each
 * member within four tokens of the next; actors inside a relative clause
 * ("kelompok ... yang mencakup Korea Selatan, ...") are not the subject; a
 * comma after the subject's clause ends it.  Returns how many.
 */
static int
subject_actors(const alleger *a, uint32_t from, uint32_t to, const nv_mention **out)
{
	const nv_document *doc = a->doc;
	int			n = 0;
	bool		joined = false;	/* a conjunction or comma since the last actor */
	uint32_t	gap = 0;		/* tokens since the last actor */
	uint32_t	k = to;
	uint32_t	summons;

	/* "X memanggil duta besar Rusia dan memprotes ...": a verb joined to
	 * the one before, or its purpose ("... untuk memprotes", asked only of
	 * a summons's: summoned_for), has the clause's first subject, not the
	 * object between them */
	if (to > from + 1 && (word_of(a, to - 1, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION) ||
						  word_of(a, to - 1, NV_LIST_ATTRIBUTION, CLASS_PURPOSE) || by_means(a, to)))
		return clause_head_actors(a, from, to, out);
	/* "... memanggil Duta Besar Brasil di Jakarta memprotes keras": nor
	 * the envoy summoned right before */
	if ((summons = summons_right_before(a, from, to)) != UINT32_MAX)
		return subject_actors(a, from, summons, out);
	if ((out[0] = set_off_subject(a, from, to)) != NULL)
		return 1;
	/* "They condemned Russia's aggression, warned China ...": a verb of a
	 * series after a comma has the clause's subject, not the actor the
	 * verb before names */
	if (series_verb(a, from, to))
		return clause_head_actors(a, from, to, out);

	while (k > from)
	{
		const nv_mention *m = mention_of(a, k - 1);

		if (m && m->first_token >= from)
		{
			/* "Blinken, speaking in Paris, accused": where, not who; nor
			 * where a speaker serves ("Iran's mission to the United
			 * Nations denied") */
			if (is_actor(m) && !(m->kind == NV_KIND_COUNTRY && m->first_token > from &&
								 word_of(a, m->first_token - 1, NV_LIST_ATTRIBUTION, CLASS_LOCATIVE)) &&
				!serves_at(a, m, from))
			{
				bool		seen = false;

				for (int j = 0; j < n; j++)
					seen = seen || same_code(out[j]->country, m->country);
				/* a list member is close to the next one, and joined to it;
				 * "Korea Selatan (Korsel)" is one member */
				if (n > 0 && !(joined && gap <= 4) && !(seen && gap <= 2))
					break;
				if (!seen && n < MAX_JOINT)
					out[n++] = m;
				joined = false;
				gap = 0;
			}
			else
				gap += m->end_token - m->first_token;
			k = m->first_token;
			continue;
		}
		k--;
		gap++;
		/* what follows asks for attribution words and punctuation */
		if (doc->tokens[k].kind != NV_TOKEN_PUNCT &&
			!nv_token_may_start_any(a->lists, doc, k, 1u << NV_LIST_ATTRIBUTION))
			continue;
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_RELATIVE) && k + 1 < to)
		{
			const nv_mention *next = mention_of(a, k + 1);

			/* "..., which Moscow and Pyongyang have denied": actors right
			 * after the relative word are its clause's subject, the verb's */
			if (n > 0 && next && next->first_token == k + 1 && is_actor(next))
				break;
			/* what follows "yang" belonged to the relative clause */
			n = 0;
			joined = false;
			continue;
		}
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION))
		{
			joined = true;
			continue;
		}
		/* "... but has been criticised": a predicate joined to the main
		 * clause has no subject of its own here */
		if (n == 0 && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_SUBORDINATOR))
			break;
		/* a dash ends a dateline ("SEOUL, iNews.id - Kim ... membantah") */
		if (n > 0 && (nv_token_is_punct(doc, k, '-') || nv_token_is_punct(doc, k, 0x2013) ||
					  nv_token_is_punct(doc, k, 0x2014)))
			break;
		if (nv_token_is_punct(doc, k, ','))
		{
			const nv_mention *before = k > from ? mention_of(a, k - 1) : NULL;

			/* a list goes on past its commas ("Korsel, AS, dan Jepang"); a
			 * finished clause stops, and so does one that a subordinating
			 * word opens ("di Ukraina, meski Teheran ...") */
			if (n > 0 && (!(before && is_actor(before)) ||
						  word_of(a, k + 1, NV_LIST_ATTRIBUTION, CLASS_SUBORDINATOR)))
				break;
			joined = true;
			continue;
		}
	}
	/* out[] holds them last first: put them in text order */
	for (int x = 0, y = n - 1; x < y; x++, y--)
	{
		const nv_mention *t = out[x];

		out[x] = out[y];
		out[y] = t;
	}
	return n;
}

/*
 * The part of a sentence that a cue or a claim looks at: its tokens within
 * CLAIM_WINDOW of [first, end).  Scanning whole sentences for each cue
 * made a long sentence of many cues quadratic.  Byte bounds are left as
 * they were: only the token bounds are read.
 */
static nv_sentence
sentence_around(const nv_document *doc, uint32_t sentence, uint32_t first, uint32_t end)
{
	nv_sentence s = doc->sentences[sentence];

	if (first > s.first_token + CLAIM_WINDOW)
		s.first_token = first - CLAIM_WINDOW;
	if (s.end_token > end + CLAIM_WINDOW)
		s.end_token = end + CLAIM_WINDOW;
	return s;
}

/* Whether mention m is the object of a verb right before it, after the
 * cue at `cue` ("admits striking Kyiv", "mengakui menyerang Kyiv"): what
 * the conduct is done to, not who did it. */
static bool
conduct_object(const alleger *a, const nv_mention *m, uint32_t cue)
{
	uint32_t	k = m->first_token;
	size_t		len;
	const char *fold;

	while (k > 0 && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_DETERMINER))
		k--;
	/* the verb is the conduct's, after the cue ("membenarkan Korea Utara
	 * telah ...": the cue itself) */
	if (k <= cue + 1 || a->doc->tokens[k - 1].kind != NV_TOKEN_WORD)
		return false;
	fold = nv_token_fold(a->doc, k - 1, &len);
	return len > 4 && (((a->doc->lang & NV_LANG_EN) && memcmp(fold + len - 3, "ing", 3) == 0) ||
					   ((a->doc->lang & NV_LANG_ID) && memcmp(fold, "me", 2) == 0));
}

/* How far past its cue an actor may stand and still head what a
 * confirmation confirms: "confirmed that North Korean", "membenarkan
 * bahwa pasukan Korea Utara". */
#define CONFIRMED_HEAD 4

/* Whether the confirmation at c confirms its confirmer's own receipt of
 * what another gave ("Russia acknowledged receiving North Korean
 * shells", "mengakui menerima peluru dari Korea Utara"): a verb of
 * acquiring right after the cue, or after "that"/"bahwa". */
static bool
confirms_receipt(const alleger *a, uint32_t c, uint32_t end)
{
	for (uint32_t k = c + 1; k < end && k <= c + 3; k++)
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_ACQUIRE))
			return true;
	return false;
}

static void
emit(alleger *a, const nv_mention *accuser, const char *accuser_id, const char *accuser_country,
	 nv_act act, const nv_mention *accused, uint32_t claim_first, uint32_t claim_end,
	 uint32_t sentence, uint32_t said_from, uint32_t said_to)
{
	const nv_document *doc = a->doc;
	const nv_sentence around = sentence_around(doc, sentence, claim_first, claim_end);
	const nv_sentence *s = &around;
	nv_allegation *al = NV_VEC_PUSH(doc->arena, &a->out, nv_allegation);

	if (accuser)
	{
		accuser_id = accuser->id;
		accuser_country = accuser->country;
	}
	/* a confirmation of another side's conduct accuses that side: its
	 * actor named as the source ("mengkonfirmasi pengiriman senjata dari
	 * Korea Utara"), or heading what it confirms ("South Korea's spy
	 * agency confirmed that North Korean troops ..."), not one further on
	 * ("mengonfirmasi ... bahwa mereka telah mengerahkan pasukan ke
	 * Rusia": its own conduct) */
	if (act == NV_ACT_CONFIRM && accused && !confirms_receipt(a, claim_first, s->end_token) &&
		((accused->first_token > 0 &&
		  word_of(a, accused->first_token - 1, NV_LIST_ATTRIBUTION, CLASS_AGENT)) ||
		 (accused->first_token <= claim_first + CONFIRMED_HEAD && accuser_country && accused->country &&
		  !same_code(accused->country, accuser_country) && !conduct_object(a, accused, claim_first))))
		act = NV_ACT_ACCUSE;
	al->accuser = accuser_id;
	al->accuser_country = accuser_country;
	al->act = act;
	/* a denial or confirmation concerns the accuser's own side */
	if ((act == NV_ACT_DENY || act == NV_ACT_CONFIRM) && accuser_country)
	{
		al->accused = accuser_country;
		al->accused_country = accuser_country;
		if (accuser && accuser->kind == NV_KIND_COUNTRY)
			al->accused = accuser->id;
	}
	else if (accused)
	{
		al->accused = accused->id;
		al->accused_country = accused->country;
	}
	al->charge = charge_in(a, claim_first, claim_end);
	if (al->charge == NV_CHARGE_OTHER)
		al->charge = charge_in(a, s->first_token, s->end_token);
	al->hedged = hedged_in(a, s->first_token, s->end_token);
	al->has_said_on = timex_in(a, said_from, said_to, &al->said_on);
	al->has_about = timex_in(a, claim_first, claim_end, &al->about);
	if (al->has_about && al->has_said_on && memcmp(&al->about, &al->said_on, sizeof(nv_timex)) == 0)
		al->has_about = false;
	al->start = doc->tokens[claim_first].start;
	al->end = doc->tokens[claim_end - 1].end;
	al->sentence = sentence;
}

/* Notes the two most recent actors of [from, to): the mentions starting
 * there, read from the list, not token by token.  Spans are asked in
 * text order: *k, carried from one call to the next, steps to the first
 * mention from `from` rather than searching for it. */
static void
remember_recent(alleger *a, uint32_t *k, uint32_t from, uint32_t to)
{
	const nv_mention_result *mentions = a->mentions;

	while (*k < mentions->count && mentions->mentions[*k].first_token < from)
		(*k)++;
	for (; *k < mentions->count && mentions->mentions[*k].first_token < to; (*k)++)
	{
		const nv_mention *m = &mentions->mentions[*k];

		if (!is_actor(m))
			continue;
		/* "perang di Ukraina" names where, not who */
		if ((a->recent[1] && same_code(a->recent[1]->country, m->country)) || named_as_place(a, m))
			continue;
		a->recent[0] = a->recent[1];
		a->recent[1] = m;
	}
}

/* The last sanction allegation made so far (within LOOKBACK_ROWS, so
 * that a text of many allegations is read in linear time), or NULL. */
static const nv_allegation *
last_sanction(const alleger *a)
{
	for (size_t k = a->out.count; k-- > 0 && k + LOOKBACK_ROWS > a->out.count;)
		if (NV_VEC_AT(a->out, nv_allegation, k).act == NV_ACT_SANCTION)
			return &NV_VEC_AT(a->out, nv_allegation, k);
	return NULL;
}


/*
 * The owner of an act named as a noun at token i: "UN sanctions",
 * "Washington's accusation", "U.S. new sanctions" before it; "sanksi PBB",
 * "tuduhan AS", "bantahan Kremlin", "sanksi yang dijatuhkan Uni Eropa",
 * "accusations by the EU" after it.  *after is set to the token past the
 * owner when it follows the noun.
 */
static const nv_mention *
noun_owner(const alleger *a, uint32_t i, uint32_t from, uint32_t to, uint32_t *after)
{
	const nv_document *doc = a->doc;
	uint32_t	k = i;
	const nv_mention *m;
	bool		by_agent = false;

	*after = i + 1;
	if (doc->lang & NV_LANG_EN)
	{
		/* English puts the owner before: "U.S. sanctions", "the EU's new
		 * sanctions" */
		if (k > from && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_MODIFIER))
			k--;
		if (k > from + 1 && nv_token_is_possessive(doc, k - 1))
			k -= 2;
		m = k > from ? mention_of(a, k - 1) : NULL;
		if (m && is_actor(m))
			return m;
	}
	/* after: "sanksi PBB", "sanksi baru AS", "sanksi yang dijatuhkan (oleh)
	 * Uni Eropa", "sanctions imposed by the EU" */
	k = i + 1;
	if (k < to && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_MODIFIER))
		k++;
	if (k + 1 < to && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_RELATIVE))
		k++;
	if (k < to && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_IMPOSED))
		k++;
	if (k < to && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_AGENT))
	{
		k++;
		by_agent = true;
	}
	if (k < to && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_DETERMINER))
		k++;
	m = k < to ? mention_of(a, k) : NULL;
	if (!m || m->first_token != k || !is_actor(m))
		return NULL;
	/* English needs the agent: "sanctions on Russia" is no owner */
	if ((doc->lang & NV_LANG_EN) && !by_agent)
		return NULL;
	*after = m->end_token;
	return m;
}


/*
 * Who took the step an act is about, when the object names a step and no
 * actor: sanctions ("menentang semua sanksi sepihak", "opposes the new
 * sanctions"), their owner or the imposer of the text's last sanction;
 * another step ("the move", "langkah itu", "the designations"), the
 * accuser of the text's last act that was no denial or confirmation.
 * Looks at [from, from + 4); NULL when the step-taker is on `country`'s
 * side or unknown.
 */
static const nv_mention *
step_taker(const alleger *a, uint32_t from, uint32_t end, const char *country)
{
	for (uint32_t k = from; k < end && k < from + 4; k++)
	{
		const nv_mention *taker = NULL;

		if (word_of(a, k, NV_LIST_ACT, CLASS_SANCTION_NOUN))
		{
			uint32_t	past;
			const nv_allegation *last;

			taker = noun_owner(a, k, from, end, &past);
			if (!taker && (last = last_sanction(a)) && last->accuser)
				taker = mention_of_actor(a, last->accuser, k);
		}
		else if (word_of(a, k, NV_LIST_ACT, CLASS_STEP) &&
				 (word_of(a, k + 1, NV_LIST_ATTRIBUTION, CLASS_DEMONSTRATIVE) ||
				  word_of(a, k + 1, NV_LIST_ATTRIBUTION, CLASS_RELATIVE) || nv_token_is(a->doc, k + 1, "that") ||
				  (k > 0 && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_DEFINITE))))
		{
			/* a step already named: "langkah itu", "the move", "a move
			 * that", not "tindakan sembrono" */
			for (size_t j = a->out.count; j-- > 0 && !taker && j + LOOKBACK_ROWS > a->out.count;)
			{
				const nv_allegation *al = &NV_VEC_AT(a->out, nv_allegation, j);

				if (al->accuser && al->act != NV_ACT_DENY && al->act != NV_ACT_CONFIRM &&
					!(country && al->accuser_country && same_code(al->accuser_country, country)))
					taker = mention_of_actor(a, al->accuser, k);
			}
		}
		else
			continue;
		return taker && !same_side(taker, country) ? taker : NULL;
	}
	return NULL;
}

/* Whether the act noun at c, or its owner before it, is the object of a
 * denial or rejection just before it ("membantah tuduhan AS", "rejected
 * Washington's accusations", "rejected U.S. accusations", "groundless
 * accusations by Washington"). */
static bool
denied_at(const alleger *a, uint32_t c, uint32_t from)
{
	for (uint32_t k = c > from + 3 ? c - 3 : from; k < c; k++)
	{
		nv_lexicon_match match;

		if (word_of(a, k, NV_LIST_ACT, CLASS_REJECT) || word_of(a, k, NV_LIST_ACT, CLASS_DISMISSAL) ||
			(a->doc->tokens[k].word_id && nv_lexicon_match_longest(a->lex, a->doc, k, true, &match) &&
			 match.act == NV_ACT_DENY))
			return true;
	}
	return false;
}

/* How far from a dismissal word the claims it calls baseless may stand,
 * in tokens: "condemned as groundless U.S. allegations" ("U.S." is four
 * tokens), "denounces U.S. allegations on Russia trade as groundless". */
#define DISMISSED_CLAIM 6

/* Whether the claim noun at c is called baseless within DISMISSED_CLAIM
 * tokens after it ("denounces U.S. allegations on Russia trade as
 * groundless"). */
static bool
dismissed_after(const alleger *a, uint32_t c, uint32_t end)
{
	return act_word_in(a, c + 1, c + 1 + DISMISSED_CLAIM < end ? c + 1 + DISMISSED_CLAIM : end, CLASS_DISMISSAL);
}

/* The first token of a claim's content when it follows `k`: after
 * "bahwa", "that", or "yang menyebut", "which said"; 0 when none does. */
static uint32_t
claim_content(const alleger *a, uint32_t k, uint32_t end)
{
	nv_lexicon_match match;

	if (k < end && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_THAT))
		return k + 1;
	if (k + 1 < end && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_RELATIVE) && a->doc->tokens[k + 1].word_id &&
		nv_lexicon_match_longest(a->lex, a->doc, k + 1, true, &match) && match.act == NV_ACT_SAY)
		return match.end_token < end && word_of(a, match.end_token, NV_LIST_ATTRIBUTION, CLASS_THAT) ?
			match.end_token + 1 : match.end_token;
	return 0;
}

/* claim_content after the owners of a claim that end at k, past a
 * conjunction and a few words of owners not named ("tuduhan dari AS, Korea
 * Selatan dan negara-negara lain bahwa ...", "claims by Washington and its
 * allies that ..."). */
#define OWNERS_TAIL 5

static uint32_t
owners_claim(const alleger *a, uint32_t k, uint32_t end)
{
	uint32_t	content = claim_content(a, k, end);

	if (content != 0 || k >= end || !word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION))
		return content;
	for (uint32_t j = k + 1; j < end && j <= k + OWNERS_TAIL; j++)
	{
		if (word_of(a, j, NV_LIST_ATTRIBUTION, CLASS_THAT))
			return j + 1;
		if (a->doc->tokens[j].kind != NV_TOKEN_WORD && !nv_token_is_punct(a->doc, j, '-'))
			break;
	}
	return 0;
}

/* Whether a claim noun (tuduhan, klaim, laporan, accusations, reports)
 * stands within `distance` tokens of k, either side. */
static bool
claim_noun_near(const alleger *a, uint32_t k, uint32_t distance, uint32_t from, uint32_t to)
{
	uint32_t	first = k > from + distance ? k - distance : from;
	uint32_t	last = k + distance + 1 < to ? k + distance + 1 : to;

	return act_word_in(a, first, last, CLASS_CLAIM_NOUN);
}

/*
 * "said the reports that North Korean troops were fighting in Kursk were
 * groundless", "mengatakan tuduhan Barat bahwa Korea Utara memasok senjata
 * tidak berdasar": claims heading the words [first, end), or standing
 * between the cue and them, are what a dismissal ending the words
 * (within CLAIM_PREDICATE tokens of their end) dismisses, however long
 * the claim between.
 */
#define CLAIM_PREDICATE 6
/* how far before a quoted dismissal ending its sentence the claims may
 * stand ('said U.S. claims that Pyongyang had sent missiles to Moscow
 * were "absurd"') */
#define CLAIM_REACH 16

static bool
claims_head(const alleger *a, const nv_sentence *s, uint32_t first, uint32_t end)
{
	uint32_t	from = first > s->first_token + 3 ? first - 3 : s->first_token;
	uint32_t	to = first + 3 < end ? first + 3 : end;

	return act_word_in(a, from, to, CLASS_CLAIM_NOUN);
}

/*
 * Whether an Indonesian cue in its bare root, followed by its agent
 * ("memicu protes diplomatik dari Tokyo", "protes keras dari Beijing"),
 * stands as a noun: the agent made it.
 */
static bool
bare_root_with_agent(const alleger *a, uint32_t c, const nv_lexicon_match *match)
{
	size_t		len;
	const char *fold;

	if (!(a->doc->lang & NV_LANG_ID) || match->end_token != c + 1)
		return false;
	fold = nv_token_fold(a->doc, c, &len);
	if (len < 4 || memcmp(fold, "me", 2) == 0 || memcmp(fold, "di", 2) == 0 || memcmp(fold, "pe", 2) == 0)
		return false;
	for (uint32_t k = c + 1; k < a->doc->token_count && k <= c + 2 && a->doc->tokens[k].kind == NV_TOKEN_WORD; k++)
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_AGENT) && !nv_token_is(a->doc, k, "by"))
			return true;
	return false;
}

/* Whether the maker of claims condemned as baseless is named within ten
 * tokens from `from`: the owner or agent of the claim noun ("accusations
 * by Washington", "tuduhan AS"), or an actor before the claims' content
 * ("as groundless accusations US claims that ..."). */
static bool
claim_maker_named(const alleger *a, uint32_t from, uint32_t to)
{
	for (uint32_t k = from; k < to && k < from + 10; k++)
	{
		const nv_mention *m = mention_of(a, k);
		uint32_t	past;

		if (word_of(a, k, NV_LIST_ACT, CLASS_CLAIM_NOUN) && noun_owner(a, k, from, to, &past))
			return true;
		/* "condemned as groundless accusations US claims that ...": an
		 * actor before the claim's content */
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_THAT))
			return false;
		if (m && is_actor(m))
			return true;
	}
	return false;
}

/*
 * A denial said without a denial verb, at the verb c whose match ends at
 * `end`: a rejection of claims ("menolak tuduhan", "rejected the
 * accusations", "dismisses reports of ... as"), or claims called baseless
 * by a reporting or condemning verb ("menyebut tuduhan tersebut tidak
 * berdasar", "condemned as groundless accusations").
 */
static bool
denial_without_verb(const alleger *a, uint32_t c, uint32_t end, uint32_t sentence_end)
{
	uint32_t	last = end + 10 < sentence_end ? end + 10 : sentence_end;

	/* "menolak untuk membantah", "menolak berkomentar terkait laporan
	 * itu": a refusal, not a rejection */
	if (word_of(a, c, NV_LIST_ACT, CLASS_REJECT) && !word_of(a, end, NV_LIST_ATTRIBUTION, CLASS_PURPOSE) &&
		!word_of(a, end, NV_LIST_ATTRIBUTION, CLASS_COMMENT) &&
		claim_noun_near(a, end + 2, 2, end, sentence_end))
		return true;
	for (uint32_t k = next_act_word(a, end, last, "dismissal"); k < last;
		 k = next_act_word(a, k + 1, last, "dismissal"))
		if (word_of(a, k, NV_LIST_ACT, CLASS_DISMISSAL) && claim_noun_near(a, k, DISMISSED_CLAIM, end, sentence_end))
			return true;
	return false;
}

/*
 * Whether the word at c rejects, in the passive, a claim its subject names,
 * with the agent right after ("The claims were rejected by Moscow",
 * "Tuduhan itu ditolak oleh Beijing", "Klaim itu ditepis Moskow"): the
 * agent's denial.
 */
static bool
claim_rejected_by(const alleger *a, const nv_sentence *s, uint32_t c)
{
	const nv_document *doc = a->doc;
	size_t		len;
	const char *fold;
	bool		passive;
	const nv_mention *agent;

	if (c + 1 >= s->end_token || !word_of(a, c, NV_LIST_ACT, CLASS_REJECT))
		return false;
	fold = nv_token_fold(doc, c, &len);
	passive = (c > s->first_token && word_of(a, c - 1, NV_LIST_ATTRIBUTION, CLASS_PASSIVE_AUX)) ||
		((doc->lang & NV_LANG_ID) && (nv_form_flags(fold, len, NV_LANG_ID) & NV_FORM_PASSIVE));
	if (!passive)
		return false;
	agent = mention_of(a, word_of(a, c + 1, NV_LIST_ATTRIBUTION, CLASS_AGENT) ? c + 2 : c + 1);
	if (!is_actor(agent))
		return false;
	for (uint32_t k = c > s->first_token + 6 ? c - 6 : s->first_token; k < c; k++)
		if (word_of(a, k, NV_LIST_ACT, CLASS_CLAIM_NOUN))
			return true;
	return false;
}

/*
 * The tight list of actors that ends with mention m: actors joined only
 * by commas and conjunctions ("Park Jin, Antony Blinken dan Yoko
 * Kamikawa"), from `from` on, last first.  Returns how many (m included).
 */
static int
tight_list(const alleger *a, const nv_mention *m, uint32_t from, const nv_mention **out)
{
	int			n = 1;

	out[0] = m;
	for (uint32_t j = m->first_token; j > from && n < MAX_JOINT;)
	{
		const nv_mention *prev;
		uint32_t	gap = j;

		while (gap > from && gap + 2 > j &&
			   (nv_token_is_punct(a->doc, gap - 1, ',') ||
				word_of(a, gap - 1, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION)))
			gap--;
		prev = gap < j && gap > from ? mention_of(a, gap - 1) : NULL;
		if (!prev || !is_actor(prev))
			break;
		out[n++] = prev;
		j = prev->first_token;
	}
	return n;
}

/* "Both Washington and Seoul": a pair word right before an actor names
 * the pair itself, it points back to none. */
static bool
correlative(const alleger *a, uint32_t k, const nv_word_entry *pair)
{
	const nv_mention *m = mention_of(a, k + pair->word_count);

	return m && is_actor(m);
}

/*
 * The two actors "just named" before a pair word at token k ("kedua
 * negara", "both countries"): the last two of different countries in its
 * sentence before it, from `from` ("Washington and Seoul say Pyongyang
 * has shipped shells to Russia, which both countries deny"), else the two
 * the sentences before named last (a->recent).  False when there are not
 * two.  (An object's pair word takes a->recent alone, pair_objects: the
 * actors before it in its sentence are most often the subject.)
 */
static bool
pair_named(const alleger *a, uint32_t k, uint32_t from, const nv_mention **out)
{
	const nv_mention *last = NULL;
	const nv_mention *m;

	for (uint32_t at = k; (m = mention_before(a, &at, from)) != NULL;)
	{
		if (!is_actor(m) || named_as_place(a, m))
			continue;
		if (!last)
			last = m;
		else if (!same_code(last->country, m->country))
		{
			out[0] = m;
			out[1] = last;
			return true;
		}
	}
	out[0] = a->recent[0];
	out[1] = a->recent[1];
	return out[0] && out[1];
}

/*
 * "mengecam kerja sama militer kedua negara tersebut", "condemned the
 * cooperation between the two countries": a pair word among the first
 * tokens of the object stands for the two actors just named, but one of
 * the accuser's side (`country`).  Lone "both" more often opens "both X
 * and Y": only its phrases count.  Returns how many went to out.
 */
#define PAIR_OBJECT_WINDOW 6

static int
pair_objects(const alleger *a, uint32_t after, uint32_t end, const char *country, const nv_mention **out)
{
	uint32_t	to = end < after + PAIR_OBJECT_WINDOW ? end : after + PAIR_OBJECT_WINDOW;
	int			n = 0;

	for (uint32_t k = next_anaphor_word(a, after, to); k < to; k = next_anaphor_word(a, k + 1, to))
	{
		const nv_word_entry *pair = word_of(a, k, NV_LIST_ANAPHOR, CLASS_ANY);

		if (!pair || strcmp(pair->value, "pair") != 0 || correlative(a, k, pair) ||
			(pair->word_count == 1 && a->doc->lang == NV_LANG_EN) || !a->recent[0] || !a->recent[1])
			continue;
		for (int j = 0; j < 2; j++)
			if (!same_code(a->recent[j]->country, country))
				out[n++] = a->recent[j];
		break;
	}
	return n;
}

/* A grouping heading the sentence before sentence `sentence` ("The G7
 * foreign ministers issued a statement. They condemned ..."): what "they"
 * and "mereka" stand for when no list was named; NULL when none. */
static const nv_mention *
group_subject_before(const alleger *a, uint32_t sentence)
{
	const nv_sentence *before;
	uint32_t	k;
	const nv_mention *m;

	if (sentence == 0)
		return NULL;
	before = &a->doc->sentences[sentence - 1];
	for (k = before->first_token; k < before->end_token && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_DETERMINER); k++)
		;
	m = k < before->end_token ? mention_of(a, k) : NULL;
	return m && m->first_token == k && is_actor(m) && m->kind == NV_KIND_IGO ? m : NULL;
}

/*
 * The last group of actors named jointly before token `before`, within
 * two sentences ("Park Jin, Antony Blinken dan Yoko Kamikawa ... Mereka
 * menambahkan"): what "mereka" and "they" stand for, in text order.
 * Returns how many.
 */
static int
recent_group(const alleger *a, uint32_t before, const nv_mention **out)
{
	uint32_t	sentence = nv_token_sentence(a->doc, before);
	uint32_t	from = a->doc->sentences[sentence > 2 ? sentence - 2 : 0].first_token;

	const nv_mention *m;

	for (uint32_t k = before; (m = mention_before(a, &k, from)) != NULL;)
	{
		int			n;

		if (is_actor(m) && (n = tight_list(a, m, from, out)) > 1)
		{
			/* in text order */
			for (int x = 0, y = n - 1; x < y; x++, y--)
			{
				const nv_mention *t = out[x];

				out[x] = out[y];
				out[y] = t;
			}
			return n;
		}
	}
	return 0;
}

/*
 * Where the reason a sanction gives begins, after token `after`: its
 * first accusation cue in [after, end), else `end`.  The sanction's
 * targets stand before it ("sanctioned three firms accused of supplying
 * drones to Russia" names no target: Russia receives the drones).
 */
static uint32_t
reason_start(const alleger *a, uint32_t after, uint32_t end)
{
	const uint32_t *acts = a->act_tokens.items;
	size_t		low = 0;
	size_t		high = a->act_tokens.count;

	while (low < high)
	{
		size_t		mid = (low + high) / 2;

		if (acts[mid] < after)
			low = mid + 1;
		else
			high = mid;
	}
	for (; low < a->act_tokens.count && acts[low] < end; low++)
	{
		nv_lexicon_match cue;

		if (nv_lexicon_match_longest(a->lex, a->doc, acts[low], true, &cue) && cue.act == NV_ACT_ACCUSE)
			return acts[low];
	}
	return end;
}

/*
 * The reason a sanction gives: an accusation right after its targets
 * ("suppliers in China and Russia accused of supplying Moscow", "entitas
 * Iran yang dituduh memasok drone", "dua perusahaan China atas tuduhan
 * membantu Rusia") is the sanctioner's, against the targets.  Returns
 * whether it applied.
 */
static bool
allege_sanction_reason(alleger *a, uint32_t sentence, uint32_t c, const nv_lexicon_match *match)
{
	const nv_document *doc = a->doc;
	size_t		last = a->out.count;
	size_t		first;
	uint32_t	targets_end;
	const nv_mention *target;
	bool		named = false;
	bool		own_clause;

	if (match->act != NV_ACT_ACCUSE)
		return false;
	while (last > 0 && NV_VEC_AT(a->out, nv_allegation, last - 1).sentence == sentence &&
		   NV_VEC_AT(a->out, nv_allegation, last - 1).act != NV_ACT_SANCTION)
		last--;
	if (last == 0 || NV_VEC_AT(a->out, nv_allegation, last - 1).sentence != sentence)
		return false;
	/* the run of sanction rows by the same sanctioner */
	for (first = last - 1; first > 0; first--)
	{
		const nv_allegation *prev = &NV_VEC_AT(a->out, nv_allegation, first - 1);

		if (prev->sentence != sentence || prev->act != NV_ACT_SANCTION ||
			prev->accuser != NV_VEC_AT(a->out, nv_allegation, last - 1).accuser)
			break;
	}
	/* the nearest actor before the cue, within four tokens, is a target */
	for (targets_end = c; targets_end > doc->sentences[sentence].first_token && targets_end + 4 > c &&
		 !mention_of(a, targets_end - 1); targets_end--)
		if (nv_token_is_punct(doc, targets_end - 1, ';'))
			return false;
	target = targets_end > doc->sentences[sentence].first_token ? mention_of(a, targets_end - 1) : NULL;
	if (!target || !is_actor(target))
		return false;
	for (size_t k = first; k < last && !named; k++)
		named = same_side(target, NV_VEC_AT(a->out, nv_allegation, k).accused_country);
	if (!named)
		return false;
	/* "firms ... who officials allege": a relative clause with a subject
	 * of its own says it, on a date of its own, not the sanction's ("yang
	 * dituduh", "atas tuduhan" are the sanction's own words) */
	own_clause = attribution_before(a, c - 1, targets_end, c, CLASS_RELATIVE, NULL) != UINT32_MAX;
	for (size_t k = first; k < last; k++)
	{
		nv_allegation reason = NV_VEC_AT(a->out, nv_allegation, k);

		if (own_clause)
			reason.has_said_on = timex_in(a, targets_end, c, &reason.said_on);
		reason.act = NV_ACT_ACCUSE;
		reason.start = doc->tokens[c].start;
		reason.end = doc->tokens[doc->sentences[sentence].end_token - 1].end;
		reason.charge = charge_in(a, c, doc->sentences[sentence].end_token);
		*NV_VEC_PUSH(doc->arena, &a->out, nv_allegation) = reason;
	}
	return true;
}

/*
 * An act in an object relative clause: "entities in Russia and Turkey who
 * officials allege are connected with ...", "perusahaan yang mereka
 * yakini membantu ...", "firms which Washington accuses of ...".  The
 * antecedent (the tight list of actors before the relative word) is
 * accused; the accuser is the clause's own subject when it is an actor,
 * else the subject of the sentence.  Returns whether it applied.
 */
static bool
allege_object_relative(alleger *a, uint32_t sentence, uint32_t c, const nv_lexicon_match *match)
{
	const nv_document *doc = a->doc;
	const nv_sentence *s = &doc->sentences[sentence];
	const nv_mention *accused[MAX_JOINT];
	const nv_mention *accuser = NULL;
	const nv_mention *antecedent;
	uint32_t	rel = c;
	int			n;

	if (match->act == NV_ACT_DENY || match->act == NV_ACT_CONFIRM)
		return false;
	/* one to three words of subject between the relative word and the cue */
	for (uint32_t k = c > s->first_token + 4 ? c - 4 : s->first_token; k + 1 < c; k++)
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_RELATIVE) ||
			((doc->lang & NV_LANG_EN) && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_THAT)))
			rel = k;
	if (rel == c || rel == s->first_token)
		return false;
	for (uint32_t k = rel + 1; k < c; k++)
	{
		const nv_mention *m = mention_of(a, k);

		if (m && is_actor(m))
			accuser = m;
		else if (doc->tokens[k].kind != NV_TOKEN_WORD)
			return false;
	}
	/* the antecedent ends just before the relative word, or is the actor
	 * qualifying its head noun ("Hong Kong-based companies that ...") */
	antecedent = NULL;
	for (uint32_t k = rel, words = 0; k > s->first_token && !antecedent; k--)
	{
		antecedent = mention_of(a, k - 1);
		if (antecedent || nv_token_is_punct(doc, k - 1, ','))
			continue;
		/* one head noun at most, and what a hyphen glues to it */
		if (doc->tokens[k - 1].kind != NV_TOKEN_WORD ||
			(!(doc->tokens[k - 1].flags & NV_TOKEN_HYPHEN_BEFORE) && ++words > 1))
			break;
	}
	if (!antecedent || !is_actor(antecedent))
		return false;
	n = tight_list(a, antecedent, s->first_token, accused);
	if (!accuser)
		accuser = first_actor(a, s->first_token, accused[n - 1]->first_token, NULL);
	if (!accuser)
		return false;
	/* dated within the relative clause: a date before it dates the main
	 * verb ("imposed sanctions on Tuesday on firms who officials allege") */
	for (int k = n; k-- > 0;)
		emit(a, accuser, NULL, NULL, (nv_act) match->act, accused[k], rel, s->end_token, sentence, rel, c);
	return true;
}

/* Whether actor `id` is a media outlet (NULL: no actor, none). */
static bool
speaker_is_media(const alleger *a, const char *id)
{
	int32_t		index = id ? nv_lexicon_find_actor(a->lex, id) : -1;

	return index >= 0 && nv_lexicon_actor(a->lex, (uint32_t) index)->kind == NV_KIND_MEDIA;
}

/* Whether a report or claim noun with "of", "about", "tentang" stands at
 * k ("reports of", "berita tentang", "laporan mengenai"). */
static bool
report_of(const alleger *a, uint32_t k)
{
	return word_of(a, k, NV_LIST_ACT, CLASS_CLAIM_NOUN) && word_of(a, k + 1, NV_LIST_ATTRIBUTION, CLASS_ABOUT);
}

/*
 * The verb that puts actors on the sanction list at token i, at *verb_at,
 * with *into the "ke"/"to" before the list (i when none): within sixteen
 * tokens before the list, with "ke"/"to" (at most two words before it) or
 * nothing between them, and no "that" after it.  NULL when no such verb
 * governs the list.
 */
static const nv_word_entry *
listing_verb(const alleger *a, const nv_sentence *s, uint32_t i, uint32_t *verb_at, uint32_t *into)
{
	const nv_word_entry *verb = NULL;
	uint32_t	v;

	*into = attribution_before(a, i, s->first_token, 3, CLASS_INTO, NULL);
	if (*into == UINT32_MAX)
		*into = i;
	v = attribution_before(a, *into, s->first_token, 16, CLASS_LISTING, &verb);
	/* "Japan added that ...": the verb reports */
	if (v == UINT32_MAX || (*into == i && v + 1 != i) || word_of(a, v + 1, NV_LIST_ATTRIBUTION, CLASS_THAT))
		return NULL;
	*verb_at = v;
	return verb;
}

/*
 * The speakers of quote q: every actor of a joint subject before its cue
 * ("Korea Selatan dan Amerika Serikat mengklaim bahwa ...") when the
 * resolved speaker is one of them, else the speaker alone (NULL in out[0]:
 * the caller uses q's speaker).  Returns how many.
 */
static int
quote_speakers(const alleger *a, const nv_quote *q, const nv_mention **out)
{
	const nv_document *doc = a->doc;
	const nv_sentence *s = &doc->sentences[q->sentence];
	uint32_t	cue;
	int			n;

	out[0] = NULL;
	if (q->speaker_end > q->speaker_start)
	{
		const nv_word_entry *anaphor;
		uint32_t	first = token_at_byte(doc, s->first_token, q->speaker_start);

		anaphor = first < doc->token_count ? word_of(a, first, NV_LIST_ANAPHOR, CLASS_ANY) : NULL;
		if (anaphor && strcmp(anaphor->value, "plural") == 0 && (n = recent_group(a, first, out)) > 1)
			return n;
		out[0] = NULL;
	}
	if (q->cue_end == q->cue_start || q->speaker_end == q->speaker_start || q->speaker_start > q->cue_start)
		return 1;
	cue = token_at_byte(doc, s->first_token, q->cue_start);
	if (cue > s->end_token)
		return 1;
	/* "“... to Russia,” Kim Yo Jong said": the content before its speaker
	 * names no subject */
	n = subject_actors(a, q->end <= q->speaker_start ? token_at_byte(doc, s->first_token, q->end) : s->first_token,
					   cue, out);
	for (int k = 0; k < n; k++)
		if (same_side(out[k], q->speaker_country))
			return n;
	out[0] = NULL;
	return 1;
}

/* The reported speech (an indirect quote) of sentence `sentence` whose
 * content holds token c, or NULL. */
static const nv_quote *
report_holding(const alleger *a, uint32_t sentence, uint32_t c)
{
	int32_t		first = a->speaker_quote[sentence];
	uint32_t	byte = a->doc->tokens[c].start;

	for (uint32_t k = first < 0 ? a->quotes->count : (uint32_t) first;
		 k < a->quotes->count && a->quotes->quotes[k].sentence == sentence; k++)
	{
		const nv_quote *q = &a->quotes->quotes[k];

		if (q->kind == NV_QUOTE_INDIRECT && q->start <= byte && byte < q->end)
			return q;
	}
	return NULL;
}

/* Where an envoy stands among the four tokens after a summoning verb at
 * c ("summoned Russia's ambassador", "memanggil Dubes China"), its entry
 * in *entry if asked; UINT32_MAX when c summons no envoy. */
static uint32_t
envoy_after(const alleger *a, uint32_t c, uint32_t end, const nv_word_entry **entry)
{
	if (!word_of(a, c, NV_LIST_ACT, CLASS_SUMMON))
		return UINT32_MAX;
	for (uint32_t k = c + 1; k < end && k <= c + 4; k++)
	{
		const nv_word_entry *e = word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_ENVOY);

		if (e)
		{
			if (entry)
				*entry = e;
			return k;
		}
	}
	return UINT32_MAX;
}

/*
 * Where a summons of an envoy stands right before the verb at `to`, with
 * only the envoy's words between ("memanggil Duta Besar Brasil di
 * Jakarta memprotes keras ..."): the verb is the summoner's; UINT32_MAX
 * when none does.
 */
#define SUMMONS_REACH 10

static uint32_t
summons_right_before(const alleger *a, uint32_t from, uint32_t to)
{
	uint32_t	low = to > from + SUMMONS_REACH ? to - SUMMONS_REACH : from;

	/* most clauses hold no summoning verb: the act list's marks say so */
	if (next_act_word(a, low, to, "summon") >= to)
		return UINT32_MAX;
	for (uint32_t j = to; j > from && to - j < SUMMONS_REACH; j--)
	{
		if (a->doc->tokens[j - 1].kind == NV_TOKEN_PUNCT ||
			word_of(a, j - 1, NV_LIST_ATTRIBUTION, CLASS_RELATIVE) ||
			word_of(a, j - 1, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION))
			return UINT32_MAX;
		if (envoy_after(a, j - 1, to, NULL) != UINT32_MAX)
			return j - 1;
	}
	return UINT32_MAX;
}

/*
 * Where the date of an act may stand, up to: `to`, or past a date right
 * after the act's words (which end at `after`) behind "on", "pada"
 * ("announced new sanctions on Wednesday against ...", "menjatuhkan sanksi
 * pada Rabu terhadap ..."), or after the envoy a summons calls in
 * ("summoned Russia's ambassador on Thursday over ..."); the rest of the
 * sentence dates the conduct.
 */
static uint32_t
act_date_end(const alleger *a, const nv_sentence *s, uint32_t after, uint32_t to)
{
	const nv_document *doc = a->doc;
	uint32_t	k;
	const nv_word_entry *envoy;
	uint32_t	envoy_at;

	if (after > s->first_token && (envoy_at = envoy_after(a, after - 1, s->end_token, &envoy)) != UINT32_MAX)
	{
		const nv_mention *m;

		/* the envoy's name or country may follow ("Dubes Rusia") */
		for (after = envoy_at + envoy->word_count; (m = mention_of(a, after)) != NULL;)
			after = m->end_token;
	}
	if (after + 1 >= s->end_token || !(nv_token_is(doc, after, "on") || nv_token_is(doc, after, "pada")))
		return to;
	/* the time expression may hold the preposition, or follow it */
	k = nv_timex_first_from(a->timexes, after);
	if (k < a->timexes->count && a->timexes->spans[k].first_token <= after + 1)
		return a->timexes->spans[k].first_token + 1;
	return to;
}

/*
 * Who a hedge word at h reports about ("Korea Utara dilaporkan
 * mengirimkan …"): the first actor of its sentence, not one named as a
 * place ("… yang diduga terlibat dalam program drone di Iran"); and
 * after a relative word, only the actor it qualifies ("benda yang
 * diyakini sebagai rudal balistik": none).  NULL when none.
 */
static const nv_mention *
reported_subject(const alleger *a, const nv_sentence *s, uint32_t h)
{
	const nv_mention_result *mentions = a->mentions;

	if (h > s->first_token + 1 && word_of(a, h - 1, NV_LIST_ATTRIBUTION, CLASS_RELATIVE))
	{
		const nv_mention *m = mention_of(a, h - 2);

		return m && is_actor(m) && m->end_token == h - 1 ? m : NULL;
	}
	for (uint32_t k = nv_mention_first_from(mentions, s->first_token);
		 k < mentions->count && mentions->mentions[k].first_token < s->end_token; k++)
	{
		const nv_mention *m = &mentions->mentions[k];

		if (is_actor(m) && !names_a_norm(a, m) && !named_as_place(a, m))
			return m;
	}
	return NULL;
}

/* Whether the object after a cue ending at `after` is a party the text
 * leaves unnamed ("negara-negara lain", "semua orang", "everyone"),
 * after any determiners. */
static bool
unnamed_party_after(const alleger *a, uint32_t after, uint32_t end)
{
	while (after < end && word_of(a, after, NV_LIST_ATTRIBUTION, CLASS_DETERMINER))
		after++;
	return after < end && word_of(a, after, NV_LIST_ATTRIBUTION, CLASS_UNNAMED_PARTY);
}

/* Actor m and every actor joined to it, before `end`, into out; *past
 * set after the last.  Returns how many. */
static int
joined_actors(const alleger *a, const nv_mention *m, uint32_t end, const nv_mention **out, uint32_t *past)
{
	int			n = object_actors(a, m->first_token, end, NULL, out);

	*past = out[n - 1]->end_token;
	return n;
}

/* Whether the object after a cue ending at `after` is a grouping the
 * lexicon knows but codes as no actor ("accusing Western countries of
 * ...", "menuding negara-negara Barat"), after any determiners: what it
 * goes on to name is not the one accused. */
static bool
grouping_after(const alleger *a, uint32_t after, uint32_t end)
{
	const nv_mention *m;

	while (after < end && word_of(a, after, NV_LIST_ATTRIBUTION, CLASS_DETERMINER))
		after++;
	m = after < end ? mention_of(a, after) : NULL;
	return m && m->first_token == after && !m->country && m->kind == NV_KIND_IGO;
}

/* Whether token k starts a noun of sanctions or of another step taken. */
static inline bool
names_step(const alleger *a, uint32_t k)
{
	return word_of(a, k, NV_LIST_ACT, CLASS_SANCTION_NOUN) || word_of(a, k, NV_LIST_ACT, CLASS_STEP);
}

/* Whether the object of a cue ending at `after` is sanctions or another
 * step taken, not a claim or a party: such a noun among its first four
 * words, before any mark, claim noun or actor but one that qualifies it
 * ("Western sanctions"; not "accused Moscow of violating sanctions"). */
static bool
step_object(const alleger *a, uint32_t after, uint32_t end)
{
	for (uint32_t k = after; k < end && k < after + 4 && a->doc->tokens[k].kind != NV_TOKEN_PUNCT; k++)
	{
		const nv_mention *m = mention_of(a, k);

		if (m && is_actor(m))
			return m->end_token < end && names_step(a, m->end_token);
		if (word_of(a, k, NV_LIST_ACT, CLASS_CLAIM_NOUN))
			return false;
		if (names_step(a, k))
			return true;
	}
	return false;
}

/*
 * act_date_end for a sanction: its date may also follow its targets,
 * before its reason ("imposed new sanctions on Iran on Tuesday over its
 * supply of missiles", "… terhadap Iran pada Selasa atas …").
 */
static uint32_t
sanction_date_end(const alleger *a, const nv_sentence *s, uint32_t after, uint32_t to)
{
	for (uint32_t k = after; k < s->end_token && k < after + 12; k++)
	{
		uint32_t	end = act_date_end(a, s, k, to);

		if (end != to)
			return end;
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_REASON) ||
			(a->doc->tokens[k].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(a->doc, k, ',')))
			break;
	}
	return to;
}

/* An act cue at c in the sentence: accusers, accused, one allegation each. */
static bool
allege_from_cue(alleger *a, uint32_t sentence, uint32_t c, const nv_lexicon_match *match)
{
	const nv_document *doc = a->doc;
	const nv_sentence around = sentence_around(doc, sentence, c, match->end_token);
	const nv_sentence *s = &around;
	const nv_mention *accusers[MAX_JOINT];
	int			n = 0;
	uint32_t	after = match->end_token;
	const nv_mention *accused;
	const nv_quote *inside = quote_holding(a, c);
	bool		passive = (match->form & NV_FORM_PASSIVE) != 0;
	bool		noun = (match->form & NV_FORM_NOUN) || word_of(a, c, NV_LIST_ATTRIBUTION, CLASS_NOUN) ||
		bare_root_with_agent(a, c, match);
	uint32_t	agent_end = after;
	const char *speaker_id = NULL;
	const char *speaker_country = NULL;
	const nv_quote *quoted_subject = NULL;	/* the quote the subject stands in */

	/* (a noun with its agent is no verb of a relative clause: "yang
	 * memicu protes diplomatik dari Tokyo") */
	if (allege_sanction_reason(a, sentence, c, match) || (!noun && allege_object_relative(a, sentence, c, match)))
		return true;
	/* a list that a listing verb puts actors on: allege_listing's */
	if (word_of(a, c, NV_LIST_ACT, CLASS_SANCTION_LIST))
	{
		uint32_t	verb_at;
		uint32_t	into;

		if (listing_verb(a, s, c, &verb_at, &into))
			return true;
	}
	/* a quoted fragment that is the verb itself ("... dan Jepang,
	 * “mengutuk keras” rentetan uji coba"), or its adverb and the verb
	 * ("North Korea “firmly rejects” the claims", "“dengan tegas
	 * menolak”"): the sentence's subject acts */
	if (inside)
	{
		uint32_t	open = token_at_byte(doc, s->first_token, inside->start);

		while (open < c && c - open <= 2 && !mention_of(a, open))
			open++;
		if (open == c)
			inside = NULL;
	}
	/* English passive: "has been criticised", "was sanctioned", and a
	 * participle with its agent ("the parties sanctioned Tuesday by
	 * Treasury"; "from" names a source there, not an agent: "denied
	 * receiving weapons from Pyongyang") */
	if (c > 0 && word_of(a, c - 1, NV_LIST_ATTRIBUTION, CLASS_PASSIVE_AUX))
		passive = true;
	if ((doc->lang & NV_LANG_EN) && !noun && match->end_token == c + 1 && nv_token_ends_with(doc, c, "ed") &&
		!perfect_before(a, c))
		for (uint32_t k = after; k < s->end_token && k < after + 3 && !passive; k++)
		{
			/* "denied allegations made by ...": the agent of another
			 * participle */
			if (nv_token_ends_with(doc, k, "ed") || nv_token_ends_with(doc, k, "de"))
				break;
			passive = word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_PASSIVE_AGENT) != NULL;
		}
	/* "Chinese firms accused of helping Russia": "accused" right before
	 * "of" is a participle, whose subject is the accused when an actor
	 * qualifies it ("three firms accused of ..." names none) */
	if ((doc->lang & NV_LANG_EN) && match->act == NV_ACT_ACCUSE && !noun && match->end_token == c + 1 &&
		nv_token_ends_with(doc, c, "ed") && nv_token_is(doc, after, "of") && c > s->first_token + 1)
	{
		const nv_mention *qualifier = mention_of(a, c - 2);

		if (qualifier && is_actor(qualifier) && qualifier->end_token == c - 1)
			passive = true;
	}

	/* the agent of a passive or a noun: "dikecam oleh AS", "dikenakan
	 * sanksi dari PBB", "tuduhan serupa dari pejabat Korea Selatan" */
	if (passive || noun)
		for (uint32_t k = after; k < s->end_token && k < after + (noun ? 2 : 6); k++)
			if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_AGENT))
			{
				uint32_t	limit = s->end_token < k + 6 ? s->end_token : k + 6;
				const nv_mention *m = first_actor(a, k + 1, limit, NULL);

				/* with every actor joined to it ("tuduhan dari Amerika
				 * Serikat, Korea Selatan dan ...") */
				if (m)
					n = joined_actors(a, m, s->end_token, accusers, &agent_end);
				break;
			}
	/* Indonesian names a passive's agent right after the verb too:
	 * "dikecam AS", "yang dibantah kedua negara" */
	if (passive && !noun && n == 0 && (doc->lang & NV_LANG_ID) && after < s->end_token)
	{
		const nv_mention *m = mention_of(a, after);
		const nv_word_entry *pair = word_of(a, after, NV_LIST_ANAPHOR, CLASS_ANY);

		if (is_actor(m) && m->first_token == after)
		{
			/* and every actor joined to it ("dibantah Pyongyang dan
			 * Moskow") */
			n = object_actors(a, after, s->end_token, NULL, accusers);
			agent_end = accusers[n - 1]->end_token;
		}
		else if (pair && strcmp(pair->value, "pair") == 0 && pair_named(a, after, s->first_token, accusers))
		{
			n = 2;
			agent_end = after + pair->word_count;
		}
	}
	/* or its owner: "tuduhan AS bahwa ...", "Pyongyang's denial"; one
	 * after the noun with every actor joined to it ("tuduhan dari Amerika
	 * Serikat, Korea Selatan dan negara-negara lain bahwa ...") */
	if (noun && n == 0 && (accusers[0] = noun_owner(a, c, s->first_token, s->end_token, &agent_end)))
	{
		n = 1;
		if (accusers[0]->first_token > c)
			n = joined_actors(a, accusers[0], s->end_token, accusers, &agent_end);
	}
	/* a noun names an act only with its agent or owner */
	if (noun && n == 0)
		return false;
	if (passive && n == 0 && !noun)
	{
		/* "Beijing ... has been criticised": no accuser, the subject
		 * accused; inside reported speech ("menekankan bahwa AS adalah
		 * pihak yang harus disalahkan"), the speakers accuse */
		const nv_mention *subject[MAX_JOINT];
		const nv_mention *speakers[MAX_JOINT];
		const nv_quote *report = report_holding(a, sentence, c);
		int			m = subject_actors(a, report ? token_at_byte(doc, s->first_token, report->start) : s->first_token,
									   c, subject);
		int			k = report ? quote_speakers(a, report, speakers) : 0;

		if (m == 0)
		{
			/* a predicate joined to the main clause: its subject, no accuser */
			subject[0] = first_actor(a, s->first_token, c, NULL);
			if (!subject[0])
				return false;
			emit(a, NULL, NULL, NULL, (nv_act) match->act, subject[0], c, s->end_token, sentence,
				 s->first_token, c);
			return true;
		}
		if (k == 1 && !speakers[0] && report->speaker_actor)
		{
			emit(a, NULL, report->speaker_actor, report->speaker_country, (nv_act) match->act, subject[m - 1],
				 c, s->end_token, sentence, s->first_token, c);
			return true;
		}
		for (int j = 0; j < (k > 0 && speakers[0] ? k : 1); j++)
			emit(a, k > 0 ? speakers[j] : NULL, NULL, NULL, (nv_act) match->act, subject[m - 1],
				 c, s->end_token, sentence, s->first_token, c);
		return true;
	}
	/* "AS ... menyalahkan negara-negara lain", said by China: an act
	 * inside a quote is its own subject's when the quote names one */
	if (n == 0 && inside && (n = subject_actors(a, token_at_byte(doc, s->first_token, inside->start), c, accusers)) > 0)
		quoted_subject = inside;
	if (n == 0 && inside && inside->speaker_actor)
	{
		/* "Kami mengecam Korea Utara", said a ministry official */
		speaker_id = inside->speaker_actor;
		speaker_country = inside->speaker_country;
	}
	else if (n == 0)
	{
		const nv_word_entry *pair;

		/* "Keduanya membantah": the two actors just named; "Mereka
		 * mengecam": the group just named.  Only the tokens that may
		 * start an anaphor are asked, the list's bit read in a loop of
		 * its own: a word_of at each token before the cue cost a twentieth of
		 * allege_from_cue */
		for (uint32_t k = next_anaphor_word(a, s->first_token, c); k < c && n == 0;
			 k = next_anaphor_word(a, k + 1, c))
			if ((pair = word_of(a, k, NV_LIST_ANAPHOR, CLASS_ANY)) && strcmp(pair->value, "pair") == 0 &&
				!correlative(a, k, pair))
			{
				if (pair_named(a, k, s->first_token, accusers))
					n = 2;
			}
			else if (pair && strcmp(pair->value, "plural") == 0 &&
					 (k + 3 > c || (k == s->first_token && series_verb(a, k, c))) &&
					 (n = recent_group(a, k, accusers)) == 0 && (accusers[0] = group_subject_before(a, sentence)))
				n = 1;
		if (n == 0)
		{
			uint32_t	from = s->first_token;

			/* the clause of the verb: after a leading adverbial with a comma */
			n = subject_actors(a, from, c, accusers);
		}
		if (n == 0)
		{
			/* a subject the lexicon does not know, or an anaphor: the
			 * speaker of the sentence's quote, if any, unless an outlet
			 * (reporting on its own account, it accuses nobody) */
			if (a->speaker_quote[sentence] >= 0 &&
				!speaker_is_media(a, a->quotes->quotes[a->speaker_quote[sentence]].speaker_actor))
			{
				speaker_id = a->quotes->quotes[a->speaker_quote[sentence]].speaker_actor;
				speaker_country = a->quotes->quotes[a->speaker_quote[sentence]].speaker_country;
			}
		}
	}
	if (n == 0 && !speaker_id)
	{
		/* "pernyataan yang menuduh Rusia": the accused is known, the
		 * accuser is not named as an actor */
		accused = first_actor(a, after, s->end_token, NULL);
		if (!accused || match->act == NV_ACT_DENY || match->act == NV_ACT_CONFIRM)
			return false;
		emit(a, NULL, NULL, NULL, (nv_act) match->act, accused, c, s->end_token, sentence,
			 s->first_token, c);
		return true;
	}
	if (noun && n > 0)
	{
		/* "Ia menanggapi tuduhan serupa dari pejabat Korea Selatan": the
		 * accused is the one the sentence is about */
		const nv_allegation *last = a->out.count ? &NV_VEC_AT(a->out, nv_allegation, a->out.count - 1) : NULL;
		uint32_t	content = owners_claim(a, agent_end, s->end_token);

		/* "Moskow menolak tuduhan Washington soal ...": a denied claim is
		 * against the denier, unless its content names another ("membantah
		 * klaim AS bahwa Korea Utara ...", not "... that it shipped"); else
		 * whom what follows names */
		if ((denied_at(a, accusers[0]->first_token < c ? accusers[0]->first_token : c, s->first_token) ||
			 dismissed_after(a, c, s->end_token)) &&
			(content == 0 || word_of(a, content, NV_LIST_ATTRIBUTION, CLASS_PRONOUN)))
			accused = NULL;
		else
			accused = first_actor(a, content ? content : agent_end, s->end_token, accusers[0]->country);
		if (!accused || accused->first_token > agent_end + 8)
			accused = first_actor(a, s->first_token, c, accusers[0]->country);
		for (int k = 0; k < n; k++)
		{
			emit(a, accusers[k], NULL, NULL, (nv_act) match->act, accused, c, s->end_token, sentence,
				 c, s->end_token);
			if (!accused && last && last->accuser_country &&
				!same_code(last->accuser_country, accusers[k]->country))
			{
				nv_allegation *al = &NV_VEC_AT(a->out, nv_allegation, a->out.count - 1);

				al->accused = last->accuser_country;
				al->accused_country = last->accuser_country;
			}
		}
		return true;
	}
	if (passive && n > 0)
	{
		/* "Korea Utara dikenakan sanksi dari PBB": the subject is accused */
		const nv_mention *subject[MAX_JOINT];
		int			m = subject_actors(a, s->first_token, c, subject);

		for (int k = 0; k < n; k++)
			for (int j = 0; j < (m > 0 ? m : 1); j++)
			{
				/* "The designations were criticised by Beijing": the subject
				 * names a step, whose taker is accused */
				const nv_mention *accused_one = m > 0 ? subject[j] :
					step_taker(a, s->first_token, c, accusers[k]->country);

				/* "Firms in Iran sanctioned by Britain": where the subject is */
				if (!accused_one && (accused_one = context_actor(a, c, accusers, n, NULL, true)) &&
					accused_one->first_token < s->first_token)
					accused_one = NULL;
				if (!accused_one)
					accused_one = first_actor(a, agent_end, s->end_token, accusers[k]->country);
				emit(a, accusers[k], NULL, NULL, (nv_act) match->act, accused_one,
					 c, s->end_token, sentence, s->first_token, s->end_token);
			}
		return true;
	}
	for (int k = 0; k < (speaker_id ? 1 : n); k++)
	{
		const char *country = speaker_id ? speaker_country : accusers[k]->country;
		const nv_mention *objects[MAX_JOINT];
		uint32_t	claim_end;
		bool		claim_confirmed = false;	/* and so accuses whom it names */
		int			m = object_actors(a, after, match->act == NV_ACT_SANCTION ?
									  reason_start(a, after, s->end_token) : s->end_token, country, objects);

		/* "menuduh laporan berita Jepang soal ...", "accused Japanese
		 * media of ...": an act against a country's press is against no
		 * actor, and what the press reports is no object either (a denial
		 * of its report is the denier's own side's still) */
		if (m > 0 && match->act != NV_ACT_DENY && match->act != NV_ACT_CONFIRM &&
			next_to_word(a, objects[0], CLASS_PRESS))
			continue;
		/* "accusing Western countries of using them to justify arms
		 * supplies to Kyiv": the West is no actor, nor is Kyiv accused */
		if (m > 0 && (match->act == NV_ACT_ACCUSE || match->act == NV_ACT_CONDEMN || match->act == NV_ACT_WARN) &&
			grouping_after(a, after, s->end_token))
			continue;
		/* "menentang perang di Ukraina", "condemned the attack in Kyiv":
		 * where what is condemned happened is no party to it */
		if (m > 0 && match->act == NV_ACT_CONDEMN && named_as_place(a, objects[0]))
			continue;
		/* "firms accused of supplying drones to Russia": who receives
		 * the conduct is not accused of it, and the accused is what the
		 * participle follows, no actor here ("shift the blame to China"
		 * does blame China) */
		if (m > 0 && match->act == NV_ACT_ACCUSE && nv_token_is(doc, after, "of"))
		{
			uint32_t	before = before_determiners(a, objects[0], after);

			if (before > after && word_of(a, before - 1, NV_LIST_ATTRIBUTION, CLASS_RECIPIENT))
				continue;
		}

		/* "mengonfirmasi klaim AS tersebut", "confirmed Washington's
		 * claims": a claim confirmed is against whom it names, or else
		 * against the last claim's accused, not against its owner */
		if (m > 0 && match->act == NV_ACT_CONFIRM && (claim_end = owned_claim_end(a, after, objects[0])) != 0)
		{
			uint32_t	content = owners_claim(a, claim_end, s->end_token);
			const char *owner = objects[0]->country;

			/* the last claim its owner made, else the last claim */
			objects[0] = content ? first_actor(a, content, s->end_token, country) :
				previous_accused_by(a, after, country, owner);
			if (!content && !objects[0])
				objects[0] = previous_accused(a, after, country);
			if (!objects[0])
				continue;
			m = 1;
			claim_confirmed = true;
		}
		/* a sanction names its target, or is none ("previously sanctioned
		 * in 2008"); "kedua negara itu": the two actors just named */
		if (m == 0 && match->act != NV_ACT_DENY && match->act != NV_ACT_CONFIRM &&
			match->act != NV_ACT_SANCTION &&
			(m = pair_objects(a, after, s->end_token, country, objects)) == 0)
		{
			/* "menyalahkan negara-negara lain", "accused everyone": no one
			 * the text names, and no one the text was about */
			if (unnamed_party_after(a, after, s->end_token))
				continue;
			/* "menentang semua sanksi sepihak", "opposed the move": whoever
			 * took that step */
			objects[0] = step_taker(a, after, s->end_token, country);
			/* "mengecam hubungan tersebut": what the last claim was about */
			if (!objects[0] && demonstrative_after(a, after, s->end_token))
				objects[0] = previous_accused(a, after, country);
			/* "imposed new sanctions on Iran ..., a move that Tehran
			 * condemned": the step the clause hangs on */
			for (uint32_t rel = c; !objects[0] && rel > s->first_token + 1 && c - rel < 5; rel--)
				if (word_of(a, rel - 1, NV_LIST_ATTRIBUTION, CLASS_RELATIVE) || nv_token_is(doc, rel - 1, "that"))
					objects[0] = step_taker(a, rel - 2, rel, country);
			/* "condemned the launches": whom the text was just about; for
			 * an act whose subject stands inside a quote ("Amerika terus
			 * saja menuduh semua orang"), only within the quote */
			if (!objects[0])
				objects[0] = context_actor(a, c, accusers, speaker_id ? 0 : n, country, false);
			if (objects[0] && quoted_subject && objects[0]->start < quoted_subject->start)
				objects[0] = NULL;
			m = objects[0] ? 1 : 0;
		}
		/* a denial is of the accuser's own side, once whatever it names
		 * ("membantah tuduhan AS dan Korsel"; a confirmation may accuse
		 * each side it names: emit) */
		if (match->act == NV_ACT_DENY && m > 1)
			m = 1;
		for (int o = 0; o < (m > 0 ? m : 1); o++)
		{
			nv_act		act = claim_confirmed ? NV_ACT_ACCUSE : (nv_act) match->act;

			accused = m > 0 ? objects[o] : NULL;
			emit(a, speaker_id ? NULL : accusers[k], speaker_id, speaker_country, act,
				 accused, c, s->end_token, sentence, s->first_token,
				 match->act == NV_ACT_SANCTION ? sanction_date_end(a, s, match->end_token, c + 1) :
				 act_date_end(a, s, match->end_token, c < s->end_token ? c + 1 : c));
		}
	}
	return true;
}


/*
 * Reported speech whose content names an actor and a charge: an
 * accusation by its speaker, a warning when the content is conditional
 * ("akan melanggar ... jika"), and a denial when the content negates its
 * own side's conduct ("Pyongyang tidak pernah memasok senjata", "we have
 * never supplied") or dismisses claims.  Speech that calls something
 * provocative, illegal or hypocritical condemns whom it is about; speech
 * that promises retaliation warns them.
 */
static void
allege_from_quote(alleger *a, const nv_quote *q, uint32_t first, uint32_t end)
{
	const nv_document *doc = a->doc;
	nv_charge	charge = charge_in(a, first, end);
	const nv_mention *accused;
	const nv_mention *speakers[MAX_JOINT];
	const nv_mention *objects[MAX_JOINT];
	int			n = 0;
	int			m = 1;
	bool		conditional = false;
	bool		negated = false;
	bool		pledged = false;
	bool		dismissed = false;
	bool		pejorative = false;
	uint32_t	pejorative_at = first;
	bool		retaliation = false;
	bool		responsible = false;
	bool		unsourced = false;
	uint32_t	retaliation_at = end;
	const char *speaker_id = q->speaker_actor;
	const char *speaker_country = q->speaker_country;
	nv_act		act = NV_ACT_ACCUSE;
	const nv_sentence *s = &doc->sentences[q->sentence];

	/* what the words say of the conduct, in one pass */
	/* every word asked about below is an act or attribution word of a
	 * few classes, tests most tokens fail */
	for (uint32_t k = next_conduct_word(a, first, end); k < end; k = next_conduct_word(a, k + 1, end))
	{
		bool		negation;

		negation = negation_at(a, k);

		/* a negation that opens a pejorative or dismissive phrase ("tidak
		 * bersahabat", "tidak berdasar") negates nothing */
		if (negation && k < first + 8 && !word_of(a, k, NV_LIST_ACT, CLASS_PEJORATIVE) &&
			!word_of(a, k, NV_LIST_ACT, CLASS_DISMISSAL))
		{
			/* "tidak akan pernah menyerahkan", "would never give up": a
			 * pledge of what one will not do, no denial of what was done */
			if (word_of(a, k + 1, NV_LIST_ATTRIBUTION, CLASS_PLEDGE) ||
				(k > first && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_PLEDGE)))
				pledged = true;
			else
				negated = true;
		}
		/* "teori kesepakatan senjata ... hanya cerita fiksi": claims
		 * dismissed; a quoted word ("called the US claims “baseless”")
		 * dismisses the claims its sentence names */
		if (!dismissed && word_of(a, k, NV_LIST_ACT, CLASS_DISMISSAL))
			dismissed = q->kind == NV_QUOTE_PARTIAL ?
				claim_noun_near(a, k, k + CLAIM_PREDICATE >= s->end_token ? CLAIM_REACH : 8, s->first_token, s->end_token) :
				claim_noun_near(a, k, 8, first, end) || (k + CLAIM_PREDICATE >= end && claims_head(a, s, first, end));
		/* "menyebut tudingan tersebut sebagai “provokasi”": a quoted
		 * word of abuse for the claims dismisses them too */
		if (!dismissed && q->kind == NV_QUOTE_PARTIAL && k == first &&
			word_of(a, k, NV_LIST_ACT, CLASS_PEJORATIVE))
			dismissed = claim_noun_near(a, k, 8, s->first_token, s->end_token);
		/* "not illegal" is no condemnation; "we will never accept these
		 * illegal sanctions" is */
		if (!pejorative && word_of(a, k, NV_LIST_ACT, CLASS_PEJORATIVE) &&
			!(k > first && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_NEGATION)) &&
			!(k > first + 1 && word_of(a, k - 2, NV_LIST_ATTRIBUTION, CLASS_NEGATION)))
		{
			pejorative = true;
			pejorative_at = k;
		}
		/* "Russia is responsible for the war": an accusation, whatever
		 * the charge */
		if (!responsible && word_of(a, k, NV_LIST_ACT, CLASS_RESPONSIBLE) &&
			!(k > first && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_NEGATION)))
			responsible = true;
		if (!retaliation && word_of(a, k, NV_LIST_ACT, CLASS_RETALIATION))
		{
			retaliation = true;
			retaliation_at = k + 1;
		}
		/* "akan melanggar resolusi ... jika": conditional; "jika ini
		 * benar" only hedges */
		if (!conditional && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_CONDITION))
		{
			const nv_word_entry *hedge = word_of(a, k, NV_LIST_HEDGE, CLASS_ANY);

			conditional = !(hedge && hedge->word_count > 1);
		}
	}
	/* speech that charges nothing, dismisses nothing and calls nothing
	 * by a name says nothing of conduct (the rules below let it through
	 * to no row): most quotes end here, before their speakers and actors
	 * are looked up */
	if (charge == NV_CHARGE_OTHER && !dismissed && !pejorative && !retaliation && !responsible)
		return;
	/* the speakers (a joint subject, a group): a quote with a speaker of
	 * its own needs them only for the rows, and most quotes give none,
	 * so they are read back from the sentence then */
	if (!q->speaker_actor)
	{
		n = quote_speakers(a, q, speakers);
		if (!speakers[0])
			return;
		/* "Mereka menambahkan ...": the group speaks; judge sides by its first */
		speaker_id = speakers[0]->id;
		speaker_country = speakers[0]->country;
	}
	/* an outlet reporting on its own account accuses nobody: it reports */
	else if (speaker_is_media(a, q->speaker_actor))
	{
		speaker_id = NULL;
		speaker_country = NULL;
	}
	/* a pledge charges nobody, and denies nothing */
	if (pledged && !negated && !dismissed && !pejorative && !retaliation)
		return;
	accused = first_actor(a, first, end, NULL);
	/* "menyebut transfer senjata itu sebagai pelanggaran terang-terangan
	 * terhadap resolusi DK PBB": conduct named as the one just reported,
	 * with no agent of its own, is the last claim's accused's */
	if (charge != NV_CHARGE_OTHER && !negated && !dismissed && speaker_country &&
		(!accused || accused->kind == NV_KIND_IGO || accused->first_token > first + 6) &&
		demonstrative_after(a, first, end))
	{
		const nv_mention *before = previous_accused(a, first, speaker_country);

		if (before)
			accused = before;
	}
	/* "it had never supplied weapons to Russia": the speaker's own side
	 * is the content's subject, whoever else it names */
	if (dismissed || (charge != NV_CHARGE_OTHER && negated &&
					  (!accused || same_side(accused, speaker_country) ||
					   word_of(a, first, NV_LIST_ATTRIBUTION, CLASS_PRONOUN))))
	{
		/* the speaker's own side did not do it */
		act = NV_ACT_DENY;
		accused = NULL;
	}
	else if ((pejorative || (retaliation && !negated)) &&
			 (charge == NV_CHARGE_OTHER || !accused || accused->first_token > first + 6))
	{
		/* "tindakan putus asa", "extremely hypocritical", "sanksi ilegal":
		 * the speaker condemns whom the words are about; "illegal
		 * transfers of petroleum by ...": conduct charged; "berhak atas
		 * tindakan balasan", "will pay a price": a warning */
		act = retaliation ? NV_ACT_WARN : charge == NV_CHARGE_OTHER ? NV_ACT_CONDEMN : NV_ACT_ACCUSE;
		/* retaliation is against what follows it ("tindakan timbal balik
		 * terhadap sanksi UE") */
		accused = retaliation && retaliation_at < end ?
			step_taker(a, retaliation_at, end, speaker_country) : NULL;
		if (!accused && retaliation && retaliation_at < end)
			accused = first_actor(a, retaliation_at, retaliation_at + 8 < end ? retaliation_at + 8 : end,
								  speaker_country);
		/* "mengatasi provokasi DPRK", "Pyongyang's provocations": whom
		 * the word of abuse names, before any actor heading the words
		 * ("Komitmen kami terhadap keamanan ROK ...") */
		if (!accused && pejorative)
		{
			uint32_t	past;

			accused = noun_owner(a, pejorative_at, first, end, &past);
			/* 'called it "extremely hypocritical" of the US to ...': a
			 * quoted word's target right after its closing mark */
			if (!accused && q->kind == NV_QUOTE_PARTIAL && end + 2 < s->end_token &&
				(doc->tokens[end].flags & NV_TOKEN_QUOTE) && nv_token_is(doc, end + 1, "of"))
				accused = first_actor(a, end + 2, end + 4 < s->end_token ? end + 4 : s->end_token, NULL);
			if (accused && same_side(accused, speaker_country))
				accused = NULL;
		}
		if (!accused)
			accused = first_actor(a, first, end, speaker_country);
		/* the step the words describe: "these illegal sanctions",
		 * "sanksi itu ilegal" */
		if (!accused && pejorative)
			accused = step_taker(a, pejorative_at > first + 2 ? pejorative_at - 2 : first, end, speaker_country);
		if (!accused)
			accused = step_taker(a, first, end, speaker_country);
		if (!accused)
			accused = context_actor(a, first, NULL, 0, speaker_country, false);
		if (!accused)
			return;
	}
	/* the conduct's agent stands at the head of the content ("Korea Utara
	 * memberikan amunisi", "North Korea has sent"), and is a state or body;
	 * another side's conduct negated ("Pyongyang tidak pernah memasok")
	 * accuses nobody; nor does conduct whose first actor named receives
	 * it ("AS mengatakan akan terus mengirim senjata ke Ukraina": no agent
	 * named, the speaker's own) */
	else if ((charge == NV_CHARGE_OTHER && !responsible) || !accused || accused->first_token > first + 6 ||
			 accused->kind == NV_KIND_IGO || negated ||
			 (accused->first_token > first &&
			  word_of(a, accused->first_token - 1, NV_LIST_ATTRIBUTION, CLASS_RECIPIENT)))
		return;
	/* "Moskow akan melanggar resolusi ... jika": a warning */
	if (conditional && act == NV_ACT_ACCUSE)
		act = NV_ACT_WARN;
	/* "... amid reports of North Korean troops being deployed": what the
	 * speaker mentions as reports is nobody's accusation */
	for (uint32_t k = accused && accused->first_token > first + 3 ? accused->first_token - 3 : first;
		 accused && act == NV_ACT_ACCUSE && k < accused->first_token; k++)
		unsourced = unsourced || report_of(a, k);
	if (unsourced)
	{
		emit(a, NULL, NULL, NULL, act, accused, first, end, q->sentence, s->first_token, first);
		NV_VEC_AT(a->out, nv_allegation, a->out.count - 1).hedged = true;
		return;
	}
	if (q->speaker_actor)
		n = quote_speakers(a, q, speakers);
	if (!speaker_id && !speakers[0] && act == NV_ACT_ACCUSE)
	{
		emit(a, NULL, NULL, NULL, act, accused, first, end, q->sentence, s->first_token, first);
		NV_VEC_AT(a->out, nv_allegation, a->out.count - 1).hedged = true;
		return;
	}
	if (!speaker_id && !speakers[0])
		return;
	/* "menyebut latihan militer gabungan AS-Korsel sebagai provokasi": a
	 * condemnation is of every actor joined to the first */
	objects[0] = accused;
	if (accused && act == NV_ACT_CONDEMN &&
		(m = object_actors(a, accused->first_token, end, speaker_country, objects)) == 0)
	{
		objects[0] = accused;
		m = 1;
	}
	for (int k = 0; k < n; k++)
		for (int o = 0; o < m; o++)
		{
			/* the quote's date is the claim's, set below: none when the
			 * quote has none ("firms who officials allege ...": not the
			 * sanctions' Tuesday), so no span is searched for one */
			emit(a, speakers[k], speaker_id, speaker_country, act, objects[o], first, end,
				 q->sentence, first, first);
			if (q->has_said_on)
			{
				nv_allegation *al = &NV_VEC_AT(a->out, nv_allegation, a->out.count - 1);

				al->has_said_on = true;
				al->said_on = q->said_on;
			}
		}
}

/*
 * Who adopts sanctions named as a noun with no owner: the subject of a
 * verb of adopting just before it ("EU ministers adopted a 14th package
 * of sanctions against", "Jepang menyetujui paket sanksi baru terhadap"),
 * unless that verb and the noun are one sanction cue, which the cue pass
 * read.  Returns how many.
 */
static int
sanction_adopters(const alleger *a, uint32_t i, const nv_sentence *s, const nv_mention **out)
{
	uint32_t	v = attribution_before(a, i, s->first_token, 6, CLASS_ADOPT, NULL);
	nv_lexicon_match match;

	if (v == UINT32_MAX ||
		(a->doc->tokens[v].word_id && nv_lexicon_match_longest(a->lex, a->doc, v, true, &match) &&
		 match.act == NV_ACT_SANCTION && match.end_token > i))
		return 0;
	return subject_actors(a, s->first_token, v, out);
}

/*
 * Targets a sanction's list goes on to name: "sanctions against Russia,
 * which for the first time include companies in China and Turkey",
 * "sanksi terhadap Rusia, termasuk perusahaan di China": the actors after
 * an including word within sixteen tokens of the last target, added to
 * targets[0..n).  Returns the new count.
 */
static int
more_targets(const alleger *a, const nv_mention **targets, int n, uint32_t end, const char *country)
{
	uint32_t	from = targets[n - 1]->end_token;

	for (uint32_t k = from; k < end && k < from + 16; k++)
		if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_INCLUDE))
		{
			const nv_mention *more[MAX_JOINT];
			int			m = object_actors(a, k + 1, k + 14 < end ? k + 14 : end, country, more);

			for (int j = 0; j < m && n < MAX_JOINT; j++)
			{
				bool		seen = false;

				for (int x = 0; x < n; x++)
					seen = seen || same_code(targets[x]->country, more[j]->country);
				if (!seen)
					targets[n++] = more[j];
			}
			break;
		}
	return n;
}

/*
 * A listing: a verb that puts actors on a sanction list at token i (a
 * phrase ending at `end`): "AS memasukkan tiga perusahaan China ke daftar
 * hitam", "The EU added 20 Russian entities to its sanctions list", and
 * passive, the listed as subject, "Tiga perusahaan China dimasukkan ke
 * daftar hitam AS", "were added to the Entity List by the Commerce
 * Department", "masuk daftar hitam".  One sanction by whoever lists (the
 * active verb's subject, else the list's owner or agent) of each actor
 * listed.
 */
static void
allege_listing(alleger *a, uint32_t sentence, uint32_t i, uint32_t end)
{
	const nv_sentence *s = &a->doc->sentences[sentence];
	uint32_t	into;			/* the "ke"/"to" before the list, or i */
	uint32_t	v;
	const nv_word_entry *verb = listing_verb(a, s, i, &v, &into);
	const nv_mention *listers[MAX_JOINT];
	const nv_mention *listed[MAX_JOINT];
	const nv_mention *owner;
	uint32_t	after;
	int			m = 0;
	int			n;

	if (!verb)
		return;
	owner = noun_owner(a, i, s->first_token, s->end_token, &after);
	if (!owner && end > i + 1)
		owner = noun_owner(a, end - 1, s->first_token, s->end_token, &after);
	if (strcmp(verb->value, "passive") == 0 ||
		(v > s->first_token && word_of(a, v - 1, NV_LIST_ATTRIBUTION, CLASS_PASSIVE_AUX)))
	{
		n = subject_actors(a, s->first_token, v, listed);
		if (owner)
			listers[m++] = owner;
	}
	else
	{
		m = subject_actors(a, s->first_token, v, listers);
		if (m == 0 && owner)
			listers[m++] = owner;
		n = m > 0 ? object_actors(a, v + 1, into, listers[0]->country, listed) : 0;
	}
	for (int o = 0; o < m; o++)
		for (int k = 0; k < n; k++)
			emit(a, listers[o], NULL, NULL, NV_ACT_SANCTION, listed[k], v, end, sentence, s->first_token, v);
}

/*
 * Actors held responsible: "Kyiv held Moscow responsible for the attack",
 * "Ukraina menganggap Rusia bertanggung jawab atas serangan itu": the
 * holding verb's subject accuses each actor between the verb (within
 * eight tokens before the word at i) and the word.  Not "tidak
 * bertanggung jawab" (irresponsible: a pejorative).
 */
static void
allege_held_responsible(alleger *a, uint32_t sentence, uint32_t i)
{
	const nv_sentence *s = &a->doc->sentences[sentence];
	const nv_mention *holders[MAX_JOINT];
	const nv_mention *held[MAX_JOINT];
	uint32_t	v;
	int			m;
	int			n;

	if (i > s->first_token && word_of(a, i - 1, NV_LIST_ATTRIBUTION, CLASS_NEGATION))
		return;
	v = attribution_before(a, i, s->first_token, 9, CLASS_HOLD, NULL);
	if (v == UINT32_MAX || (m = subject_actors(a, s->first_token, v, holders)) == 0 ||
		(n = object_actors(a, v + 1, i, holders[0]->country, held)) == 0)
		return;
	for (int o = 0; o < m; o++)
		for (int k = 0; k < n; k++)
			emit(a, holders[o], NULL, NULL, NV_ACT_ACCUSE, held[k], v, s->end_token, sentence,
				 s->first_token, v);
}

/*
 * Sanctions named as a noun, with who imposes them and on whom: "sanksi
 * PBB terhadap Korea Utara", "UN sanctions on North Korea", "sanctions on
 * entities in Russia and Cyprus": one allegation per target country,
 * whether new or mentioned as background.  A noun with no named owner but
 * a demonstrative ("Sanksi tersebut menargetkan ...") continues the last
 * sanction of the text, and its date.  A date inside the claim is the
 * conduct's (about), as for background sanctions ("in the last sanctions
 * resolution adopted in December 2017"), not when it was said.  The act
 * tokens read start at index first_act, the sentence's first.
 */
static void
allege_sanction_nouns(alleger *a, uint32_t sentence, size_t first_act)
{
	const nv_document *doc = a->doc;
	const nv_sentence *s = &doc->sentences[sentence];
	const uint32_t *acts = a->act_tokens.items;

	for (size_t j = first_act; j < a->act_tokens.count && acts[j] < s->end_token; j++)
	{
		uint32_t	i = acts[j];
		const nv_mention *owner;
		const nv_mention *targets[MAX_JOINT];
		uint32_t	after;
		uint32_t	limit;
		int			n = 0;
		bool		step;
		const nv_word_entry *list;

		/* steps and sanction nouns are act words: most tokens are none */
		if (!nv_token_may_start_any(a->lists, doc, i, 1u << NV_LIST_ACT))
			continue;
		if ((list = word_of(a, i, NV_LIST_ACT, CLASS_SANCTION_LIST)) != NULL)
		{
			allege_listing(a, sentence, i, i + list->word_count);
			continue;
		}
		if (word_of(a, i, NV_LIST_ACT, CLASS_RESPONSIBLE))
		{
			allege_held_responsible(a, sentence, i);
			continue;
		}
		/* "Tindakan tersebut juga ditujukan kepada ...": a step already
		 * named, after a sanction, continues it */
		step = word_of(a, i, NV_LIST_ACT, CLASS_STEP) &&
			(word_of(a, i + 1, NV_LIST_ATTRIBUTION, CLASS_DEMONSTRATIVE) ||
			 (i > s->first_token && word_of(a, i - 1, NV_LIST_ATTRIBUTION, CLASS_DEFINITE)));
		if (!(step || word_of(a, i, NV_LIST_ACT, CLASS_SANCTION_NOUN)) ||
			(doc->tokens[i].flags & NV_TOKEN_HYPHEN_BEFORE))
			continue;
		owner = step ? NULL : noun_owner(a, i, s->first_token, s->end_token, &after);
		after = step ? i + 2 : after;
		/* the target follows a marker close after the noun or its owner */
		limit = after + 4 < s->end_token ? after + 4 : s->end_token;
		for (uint32_t k = i + 1; k < limit; k++)
			if (word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_TARGET) ||
				(step && word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_INCLUDE)))
			{
				uint32_t	to = k + 14 < s->end_token ? k + 14 : s->end_token;

				n = object_actors(a, k + 1, to, owner ? owner->country : NULL, targets);
				break;
			}
		if (n == 0)
			continue;
		n = more_targets(a, targets, n, s->end_token, owner ? owner->country : NULL);
		if (!owner)
		{
			const nv_mention *adopters[MAX_JOINT];
			int			m = step ? 0 : sanction_adopters(a, i, s, adopters);
			const nv_allegation *last = last_sanction(a);

			for (int o = 0; o < m; o++)
				for (int k = 0; k < n; k++)
					emit(a, adopters[o], NULL, NULL, NV_ACT_SANCTION, targets[k], i, targets[n - 1]->end_token,
						 sentence, s->first_token, act_date_end(a, s, i + 1, i));
			if (m > 0)
				continue;
			if (!last || !last->accuser ||
				!(step || word_of(a, i + 1, NV_LIST_ATTRIBUTION, CLASS_DEMONSTRATIVE) ||
				  (i > s->first_token && word_of(a, i - 1, NV_LIST_ATTRIBUTION, CLASS_DEMONSTRATIVE))))
				continue;
			{
				/* the same sanction, said when it was (copied first: the
				 * rows move as they grow) */
				nv_allegation same = *last;

				for (int k = 0; k < n; k++)
					if (!same_side(targets[k], same.accuser_country))
					{
						nv_allegation *al;

						emit(a, NULL, same.accuser, same.accuser_country, NV_ACT_SANCTION, targets[k],
							 i, targets[n - 1]->end_token, sentence, i, i);
						al = &NV_VEC_AT(a->out, nv_allegation, a->out.count - 1);
						al->has_said_on = same.has_said_on;
						al->said_on = same.said_on;
					}
			}
			continue;
		}
		for (int k = 0; k < n; k++)
			emit(a, owner, NULL, NULL, NV_ACT_SANCTION, targets[k], i, targets[n - 1]->end_token,
				 sentence, s->first_token, act_date_end(a, s, i + 1, i));
	}
}

/*
 * Whether the purpose word at p ("to", "untuk") is a diplomatic summons's
 * ("summoned the Russian ambassador to protest"): a summoning verb within
 * eight tokens before it, in the sentence from `from`.
 */
static bool
summoned_for(const alleger *a, uint32_t p, uint32_t from)
{
	return word_before(a, p, from, 9, NV_LIST_ACT, CLASS_SUMMON, NULL) != UINT32_MAX;
}

/*
 * Whether the word at c summons an envoy ("summoned Russia's ambassador",
 * "memanggil Dubes China", "summoned the Japanese envoy"): a summoning
 * verb with an envoy among the four tokens after it.  A summons is a
 * protest, to the envoy's country; "memanggil tiga saksi" is none.  When
 * its purpose, or a verb joined to it, is an act cue ("... untuk
 * menyampaikan protes", "... dan memprotes"), that cue is the act.
 */
static bool
summons_envoy(const alleger *a, uint32_t c, uint32_t end)
{
	if (envoy_after(a, c, end, NULL) == UINT32_MAX)
		return false;
	for (uint32_t k = c + 2; k + 1 < end && k < c + 10; k++)
	{
		nv_lexicon_match then;

		if ((word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_PURPOSE) ||
			 word_of(a, k, NV_LIST_ATTRIBUTION, CLASS_CONJUNCTION)) &&
			nv_lexicon_match_longest(a->lex, a->doc, k + 1, true, &then) && then.act != NV_ACT_SAY)
			return false;
		/* "... memanggil Duta Besar Brasil di Jakarta memprotes keras" */
		if (a->doc->tokens[k].word_id && nv_lexicon_match_longest(a->lex, a->doc, k, true, &then) &&
			then.act != NV_ACT_SAY && summons_right_before(a, c, k) == c)
			return false;
	}
	return true;
}

/*
 * Whether a purpose word ("to", "untuk", "gagal", "menolak") governs the
 * act cue at c: right before it, or before the verb it is an alternative
 * to ("declined to confirm or deny", "enggan mengonfirmasi maupun
 * membantah"), and no summons's (summoned_for).
 */
static bool
purpose_before(const alleger *a, uint32_t c, uint32_t from)
{
	uint32_t	k = c;

	if (k > from + 2 && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_ALTERNATIVE))
		k -= 2;
	return k > from && word_of(a, k - 1, NV_LIST_ATTRIBUTION, CLASS_PURPOSE) && !summoned_for(a, k - 1, from);
}

/*
 * Whether the act cue at c is what a warning threatens: "mengancam akan
 * menjatuhkan sanksi", "warned it would impose sanctions": "akan", "will"
 * or "would" right before it, and a warning cue ending at most three
 * tokens before that.  The warning is the act; the sanction is not yet.
 */
static bool
threatened(const alleger *a, uint32_t c, uint32_t from)
{
	const nv_document *doc = a->doc;

	if (c <= from + 1 || !word_of(a, c - 1, NV_LIST_ATTRIBUTION, CLASS_PLEDGE))
		return false;
	for (uint32_t k = c - 1; k > from && k + 4 > c - 1; k--)
	{
		nv_lexicon_match warning;

		if (doc->tokens[k - 1].word_id && nv_lexicon_match_longest(a->lex, doc, k - 1, true, &warning) &&
			warning.act == NV_ACT_WARN && warning.end_token <= c - 1)
			return true;
	}
	return false;
}

/*
 * Whether the act cue at c answers conduct reported in [first, end) from
 * a relative clause: a relative word ("which", "yang") at most seven
 * tokens before it ("which Moscow and Pyongyang have denied"), or a
 * claim noun set off by a comma ("…, a claim Tehran denies"), and a
 * charge phrase between the content's start and the clause.
 */
static bool
answered_in_relative(const alleger *a, uint32_t c, uint32_t first, uint32_t end)
{
	uint32_t	relative;

	if (c <= first || c >= end)
		return false;
	relative = attribution_before(a, c, first, 8, CLASS_RELATIVE, NULL);
	for (uint32_t k = c; relative == UINT32_MAX && k > first + 1 && c - k < 4; k--)
		if (word_of(a, k - 1, NV_LIST_ACT, CLASS_CLAIM_NOUN) &&
			(nv_token_is_punct(a->doc, k - 2, ',') ||
			 (k - 2 > first && nv_token_is_punct(a->doc, k - 3, ','))))
			relative = k - 1;
	return relative != UINT32_MAX && charge_in(a, first, relative) != NV_CHARGE_OTHER;
}

/*
 * Only a denial or a confirmation concerns the speaker's own side: an
 * accusation, condemnation, warning or sanction of one's own side ("USA
 * accuses USA") is a misreading, most often of a subject taken for an
 * object.  Drops those, sanctions, warnings, denials and confirmations
 * with no accuser, and acts against no one named, in place; returns how
 * many remain.
 */
static uint32_t
keep_other_sides(nv_allegation *rows, uint32_t count)
{
	uint32_t	kept = 0;

	for (uint32_t k = 0; k < count; k++)
	{
		const nv_allegation *al = &rows[k];

		if (al->act != NV_ACT_DENY && al->act != NV_ACT_CONFIRM && al->accuser_country &&
			al->accused_country && same_code(al->accuser_country, al->accused_country))
			continue;
		/* an accusation can be reported with no source ("dilaporkan"), a
		 * condemnation in the passive ("has been criticised"); a sanction,
		 * warning or denial by nobody is a participle ("previously
		 * sanctioned firms"), not an act */
		if (al->act != NV_ACT_ACCUSE && al->act != NV_ACT_CONDEMN && !al->accuser)
			continue;
		/* an act against nobody named ("Jepang mengecam peluncuran itu"
		 * with no launcher before it, "opposed to it") says who acted,
		 * not against whom: no allegation.  A denial or confirmation by
		 * an accuser has its own side as the accused. */
		if (!al->accused)
			continue;
		rows[kept++] = *al;
	}
	return kept;
}


/* The tokens [*first, *end) of quote q's span: both ends by binary
 * search, as a quote may run over paragraphs. */
static void
quote_tokens(const nv_document *doc, const nv_quote *q, uint32_t *first, uint32_t *end)
{
	*first = token_at_byte(doc, doc->sentences[q->sentence].first_token, q->start);
	/* the first token ending past the span: the first starting at or
	 * after its end, or the one before that if it straddles the end */
	*end = token_at_byte(doc, *first, q->end);
	if (*end > *first && doc->tokens[*end - 1].end > q->end)
		(*end)--;
}

/*
 * A partial quote inside reported speech, its cue before it in its
 * sentence ("said Russia had “flagrantly violated” resolutions it voted
 * for"): what is reported is the clause from the content's first word,
 * past "that", to the sentence's end, not the quoted words alone; one
 * whose fragment is the whole report ("menyebut tudingan itu sebagai
 * “provokasi”", "called it “a hostile act”") keeps its words, the
 * sentence read for what they call.
 */
static void
partial_report(const alleger *a, const nv_quote *q, uint32_t *first, uint32_t *end)
{
	const nv_document *doc = a->doc;
	const nv_sentence *s = &doc->sentences[q->sentence];
	uint32_t	content;

	if (q->cue_end <= q->cue_start || q->cue_end > q->start)
		return;
	content = token_at_byte(doc, s->first_token, q->cue_end);
	if (content < s->end_token && word_of(a, content, NV_LIST_ATTRIBUTION, CLASS_THAT))
		content++;
	/* the content's subject, then the quote: an actor heads it */
	if (content >= *first || *first > content + 6 || !is_actor(mention_of(a, content)))
		return;
	*first = content;
	*end = s->end_token;
}

/*
 * The tokens [*first, *end) of quote k, asked of the quotes in order: a
 * direct or partial quote's were found for its run (*run, an index
 * carried from one call to the next, as the runs were made in the same
 * order), an indirect one's are found here.  False when it holds no token.
 */
static bool
tokens_of_quote(const alleger *a, uint32_t k, size_t *run, uint32_t *first, uint32_t *end)
{
	const nv_quote *q = &a->quotes->quotes[k];
	const quoted_run *runs = a->quoted.items;

	if (q->kind == NV_QUOTE_INDIRECT)
	{
		quote_tokens(a->doc, q, first, end);
		return *end > *first;
	}
	while (*run < a->quoted.count && runs[*run].quote < k)
		(*run)++;
	/* no run: the quote holds no token */
	if (*run == a->quoted.count || runs[*run].quote != k)
		return false;
	*first = runs[*run].first_token;
	*end = runs[*run].end_token;
	return true;
}

typedef struct ordered_row
{
	uint32_t	start;
	uint32_t	index;
} ordered_row;

static int
compare_rows(const void *x, const void *y)
{
	const ordered_row *a = x;
	const ordered_row *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/*
 * The rows in text order, ties in the order they were found: the passes
 * (cues, sanction nouns, reported speech, unsourced reports) each walk
 * the text, and a caller that counts characters up to each row's start
 * reads the text once only if the rows come in order.
 */
static nv_allegation *
in_text_order(const nv_document *doc, nv_allegation *rows, uint32_t count)
{
	ordered_row *order;
	nv_allegation *sorted;
	bool		ordered = true;

	for (uint32_t k = 1; k < count && ordered; k++)
		ordered = rows[k - 1].start <= rows[k].start;
	if (ordered)
		return rows;
	order = nv_arena_alloc(doc->arena, count * sizeof(ordered_row));
	sorted = nv_arena_alloc(doc->arena, count * sizeof(nv_allegation));
	for (uint32_t k = 0; k < count; k++)
	{
		order[k].start = rows[k].start;
		order[k].index = k;
	}
	qsort(order, count, sizeof(ordered_row), compare_rows);
	for (uint32_t k = 0; k < count; k++)
		sorted[k] = rows[order[k].index];
	return sorted;
}

void
nv_find_allegations(const nv_document *doc, const nv_lexicon *lex, const nv_wordlists *lists,
					const nv_mention_result *mentions, const nv_timex_result *timexes,
					const nv_quote_result *quotes, nv_allegation_result *out)
{
	alleger		a = {.doc = doc, .lex = lex, .lists = lists, .mentions = mentions, .timexes = timexes, .quotes = quotes};
	bool	   *sentence_alleged = nv_arena_zalloc(doc->arena, doc->sentence_count + 1);
	/* per sentence, the first token of the first act cue that alleged,
	 * or its first token when another rule did */
	uint32_t   *alleged_from = nv_arena_alloc(doc->arena, (doc->sentence_count + 1) * sizeof(uint32_t));
	size_t		charge_at = 0;	/* charge_in_order's, for the unsourced reports */
	uint32_t	recent_at = 0;	/* remember_recent's */

	a.speaker_quote = nv_arena_alloc(doc->arena, (doc->sentence_count + 1) * sizeof(int32_t));
	a.dated_quote = nv_arena_alloc(doc->arena, (doc->sentence_count + 1) * sizeof(int32_t));
	for (uint32_t s = 0; s <= doc->sentence_count; s++)
		a.speaker_quote[s] = a.dated_quote[s] = -1;
	find_class_ids();
	a.conduct_set = conduct_classes_known && doc->word_lists == lists;
	find_charges_and_hedges(&a);
	nv_token_index_build(&a.charge_index, doc->arena, doc->token_count, a.charge_tokens.items,
						 a.charge_tokens.count, sizeof(uint32_t));
	nv_token_index_build(&a.hedge_index, doc->arena, doc->token_count, a.hedges.items,
						 a.hedges.count, sizeof(uint32_t));
	for (uint32_t k = quotes->count; k-- > 0;)
	{
		/* backwards, so each sentence keeps its first such quote */
		if (quotes->quotes[k].speaker_actor)
			a.speaker_quote[quotes->quotes[k].sentence] = (int32_t) k;
		if (quotes->quotes[k].has_said_on)
			a.dated_quote[quotes->quotes[k].sentence] = (int32_t) k;
	}
	for (uint32_t k = 0; k < quotes->count; k++)
	{
		const nv_quote *q = &quotes->quotes[k];
		quoted_run *run;
		uint32_t	i;
		uint32_t	end;

		if (q->kind == NV_QUOTE_INDIRECT)
			continue;
		quote_tokens(doc, q, &i, &end);
		if (end == i)
			continue;
		run = NV_VEC_PUSH(doc->arena, &a.quoted, quoted_run);
		run->first_token = i;
		run->end_token = end;
		run->quote = k;
	}

	for (uint32_t si = 0, first_act = 0; si < doc->sentence_count; si++)
	{
		const nv_sentence *s = &doc->sentences[si];
		const uint32_t *acts = a.act_tokens.items;
		uint32_t	next = s->first_token;	/* past the words of a cue read */

		if ((si & 0xFF) == 0)
			nv_check_interrupts();
		/* the sentence's first act token: a step or two from the last
		 * sentence's, not a search, as sentences come in order */
		while (first_act < a.act_tokens.count && acts[first_act] < s->first_token)
			first_act++;
		alleged_from[si] = s->first_token;
		if (nv_is_boilerplate(doc, s->first_token))
			continue;
		/* sanctions named as nouns first: an act cue after their targets
		 * may give the sanction's reason */
		{
			size_t		before = a.out.count;

			allege_sanction_nouns(&a, si, first_act);
			sentence_alleged[si] = sentence_alleged[si] || a.out.count > before;
		}
		/* only where a cue or an act word may start */
		for (size_t j = first_act; j < a.act_tokens.count && acts[j] < s->end_token; j++)
		{
			uint32_t	c = acts[j];
			nv_lexicon_match match;
			bool		cue;

			if (c < next)
				continue;
			cue = doc->tokens[c].word_id != 0 && nv_lexicon_match_longest(lex, doc, c, true, &match);
			/* a word that is no cue matters only as a verb of rejection,
			 * an act word: most words are neither */
			if (!cue && !nv_token_may_start_any(lists, doc, c, 1u << NV_LIST_ACT))
				continue;
			if (!cue)
			{
				match.end_token = c + 1;
				match.actor = -1;
				match.act = NV_ACT_SAY;
				match.form = 0;
				/* "summoned Russia's ambassador over …": a protest */
				if (summons_envoy(&a, c, s->end_token))
				{
					match.act = NV_ACT_CONDEMN;
					cue = true;
				}
				/* "The claims were rejected by Moscow": a denial */
				else if (claim_rejected_by(&a, s, c))
				{
					match.act = NV_ACT_DENY;
					match.form = NV_FORM_PASSIVE;
					cue = true;
				}
			}
			/* "rejected the claims", "menyebut tuduhan itu tidak berdasar":
			 * a denial without a denial verb */
			if ((cue || word_of(&a, c, NV_LIST_ACT, CLASS_REJECT)) &&
				(match.act == NV_ACT_SAY || match.act == NV_ACT_CONDEMN) &&
				denial_without_verb(&a, c, match.end_token, s->end_token) &&
				!negated_before(&a, c, s->first_token))
			{
				/* condemning claims as groundless condemns their makers too,
				 * when they are named */
				if (match.act == NV_ACT_CONDEMN && claim_maker_named(&a, match.end_token, s->end_token) &&
					allege_from_cue(&a, si, c, &match))
					sentence_alleged[si] = true;
				match.act = NV_ACT_DENY;
				cue = true;
			}
			/* "dismissed Western sanctions as illegal", "menuduh sanksi
			 * terbaru Uni Eropa bermotif politik": what is rejected or
			 * charged is a step taken, not a claim or a party, and that
			 * condemns its taker */
			if (cue && (match.act == NV_ACT_DENY || match.act == NV_ACT_ACCUSE) &&
				step_object(&a, match.end_token, s->end_token))
				match.act = NV_ACT_CONDEMN;
			/* "companies that it says supplied parts for drones": reported
			 * conduct in an object relative clause accuses the antecedent */
			if (cue && match.act == NV_ACT_SAY && charge_in(&a, match.end_token, s->end_token) != NV_CHARGE_OTHER)
			{
				nv_lexicon_match accuse = match;

				accuse.act = NV_ACT_ACCUSE;
				if (allege_object_relative(&a, si, c, &accuse))
				{
					sentence_alleged[si] = true;
					next = match.end_token;
					continue;
				}
			}
			if (!cue || match.act == NV_ACT_SAY || negated_before(&a, c, s->first_token) ||
				(match.act == NV_ACT_WARN && nv_threat_endangers(lists, doc, match.end_token)))
				continue;
			/* "If confirmed, …", "Jika dikonfirmasi, …": a condition */
			if (c > s->first_token && word_of(&a, c - 1, NV_LIST_ATTRIBUTION, CLASS_CONDITION))
			{
				next = match.end_token;
				continue;
			}
			/* "upaya untuk menjatuhkan sanksi", "refusing to condemn",
			 * "declined to confirm or deny": an attempt or a purpose, not
			 * an act; but a summons's purpose is carried out at it, and a
			 * claim refused ("menolak tuduhan AS") was made by its owner */
			if ((purpose_before(&a, c, s->first_token) && !word_of(&a, c, NV_LIST_ACT, CLASS_CLAIM_NOUN)) ||
				threatened(&a, c, s->first_token))
			{
				next = match.end_token;
				continue;
			}
			if (allege_from_cue(&a, si, c, &match))
			{
				if (!sentence_alleged[si])
					alleged_from[si] = c;
				sentence_alleged[si] = true;
			}
			next = match.end_token;
			/* "menolak tuduhan AS bahwa ...": a cue phrase ending in a claim
			 * noun; the noun's owner made that claim, read at the noun */
			if (match.end_token > c + 1 && word_of(&a, match.end_token - 1, NV_LIST_ACT, CLASS_CLAIM_NOUN))
				next = match.end_token - 1;
		}
		remember_recent(&a, &recent_at, s->first_token, s->end_token);
	}

	/*
	 * reported speech that carries a charge, where no act cue spoke; or
	 * where the first that did stands in a relative clause inside what
	 * it reports, after the conduct the clause answers ("Washington and
	 * Seoul say Pyongyang has shipped shells to Russia, which both
	 * countries deny"), not heading it ("mengatakan Rusia telah membantah
	 * menerima senjata")
	 */
	for (size_t k = 0, run = 0; k < quotes->count; k++)
	{
		const nv_quote *q = &quotes->quotes[k];
		uint32_t	first;
		uint32_t	end;

		if (q->act >= 0 && q->act != NV_ACT_SAY)
			continue;
		if (tokens_of_quote(&a, (uint32_t) k, &run, &first, &end) &&
			(!sentence_alleged[q->sentence] ||
			 answered_in_relative(&a, alleged_from[q->sentence], first, end)))
		{
			uint32_t	before = (uint32_t) a.out.count;

			if (q->kind == NV_QUOTE_PARTIAL)
				partial_report(&a, q, &first, &end);
			allege_from_quote(&a, q, first, end);
			if (a.out.count > before)
				sentence_alleged[q->sentence] = true;
		}
	}

	/* unsourced reports: "Korea Utara dilaporkan mengirimkan ..." */
	for (uint32_t si = 0; si < doc->sentence_count; si++)
	{
		const nv_sentence *s = &doc->sentences[si];
		const nv_mention *subject;
		bool		reported = false;
		uint32_t	from = s->first_token;
		uint32_t	hedge = UINT32_MAX;	/* the hedge word, when it tells */

		/* a report needs a charge: most sentences name none, and this
		 * costs less than reading their words */
		if (sentence_alleged[si] || nv_is_boilerplate(doc, s->first_token) ||
			charge_in_order(&a, &charge_at, s->first_token, s->end_token) == NV_CHARGE_OTHER ||
			quote_holding(&a, s->first_token))
			continue;

		for (uint32_t k = s->first_token; k < s->end_token && !reported; k++)
		{
			const nv_word_entry *h;

			/* a hedge, or a claim noun: most tokens are neither */
			if (!nv_token_may_start_any(lists, doc, k, (1u << NV_LIST_HEDGE) | (1u << NV_LIST_ACT)))
				continue;
			h = word_of(&a, k, NV_LIST_HEDGE, CLASS_ANY);

			reported = h && word_of(&a, k, NV_LIST_ATTRIBUTION, CLASS_REPORT);
			if (reported)
				hedge = k;
			/* "amid reports of North Korean troops", "berita tentang
			 * pengerahan pasukan Korut": the report is of what follows */
			if (!reported && report_of(&a, k))
			{
				reported = true;
				from = k + 1;
			}
		}
		if (!reported)
			continue;
		subject = hedge == UINT32_MAX ? first_actor(&a, from, s->end_token, NULL) :
			reported_subject(&a, s, hedge);
		if (subject)
		{
			emit(&a, NULL, NULL, NULL, NV_ACT_ACCUSE, subject, s->first_token, s->end_token, si,
				 s->first_token, s->first_token);
			NV_VEC_AT(a.out, nv_allegation, a.out.count - 1).hedged = true;
		}
	}
	/* "Rusia membantah, kata Zakharova, Rabu (21/2/2024)": the date of the
	 * sentence's attribution dates the claim */
	for (size_t k = 0; k < a.out.count; k++)
	{
		nv_allegation *al = &NV_VEC_AT(a.out, nv_allegation, k);

		if (!al->has_said_on && a.dated_quote[al->sentence] >= 0)
		{
			al->has_said_on = true;
			al->said_on = quotes->quotes[a.dated_quote[al->sentence]].said_on;
		}
		if (al->has_about && al->has_said_on && memcmp(&al->about, &al->said_on, sizeof(nv_timex)) == 0)
			al->has_about = false;
	}
	/* "… mengecam pengiriman …. Hal itu disampaikan … pada Kamis
	 * (26/10/2023).": a claim with no date takes one from the next
	 * sentence of its paragraph, when that sentence makes no claim; or
	 * from the next paragraph, when it opens by pointing back and names
	 * the accuser's side ("Hal itu disampaikan Departemen Keuangan AS …
	 * pada Rabu (30/10).") */
	for (size_t k = 0; k < a.out.count; k++)
	{
		nv_allegation *al = &NV_VEC_AT(a.out, nv_allegation, k);
		uint32_t	next = al->sentence + 1;
		uint32_t	first;

		if (al->has_said_on || next >= doc->sentence_count || sentence_alleged[next])
			continue;
		first = doc->sentences[next].first_token;
		if ((doc->tokens[first].flags & NV_TOKEN_NEWLINE_BEFORE) &&
			!(word_of(&a, first, NV_LIST_ATTRIBUTION, CLASS_REFERENCE) &&
			  names_side(&a, first, doc->sentences[next].end_token, al->accuser_country)))
			continue;
		al->has_said_on = timex_in(&a, doc->sentences[next].first_token, doc->sentences[next].end_token,
								   &al->said_on);
	}
	out->count = keep_other_sides(a.out.items, (uint32_t) a.out.count);
	out->allegations = in_text_order(doc, a.out.items, out->count);
}
