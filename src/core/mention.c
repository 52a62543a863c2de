/*
 * mention.c — actor mentions: lexicon hits, people introduced by a role
 * phrase, and short names of people already named.
 *
 * Three passes over the tokens, each linear:
 *  1. the longest lexicon alias at each token (lexicon.c);
 *  2. titled names: a role phrase from data/builtin/role.tsv ("Menteri Luar
 *     Negeri", "juru bicara", "ambassador"), the bodies and countries that
 *     qualify it ("Departemen Luar Negeri AS", "Russia's UN"), an optional
 *     comma, then a run of capitalised words: a person, known to the
 *     lexicon or not.  An unknown one gets an id derived from the name and
 *     the country of the role phrase;
 *  3. after "Matthew Miller" or "Kim Jong Un", a later lone "Miller" or
 *     "Kim" is the same person (the most recent one that fits).
 * A dateline ("Jakarta, IDN Times -", "SEOUL, South Korea (AFP) --") names
 * where the story was filed, not who acts: only its outlet is kept.
 */
#include <stdlib.h>
#include <string.h>

#include "narrative.h"

#define ROLE_QUALIFIER_WINDOW 8 /* tokens between a role and its name */
#define NAME_MAX_TOKENS 4
#define RELATIVE_CLAUSE_MAX_TOKENS 10	/* "yang bertanggung jawab atas ..." */

typedef struct mention_builder
{
	const nv_document *doc;
	const nv_lexicon *lex;
	const nv_wordlists *lists;
	int32_t    *owner;			/* per token: mention index or -1 */
	nv_vec		mentions;		/* nv_mention */
} mention_builder;

static const nv_actor *
actor_of(const mention_builder *b, int32_t index)
{
	return index >= 0 ? nv_lexicon_actor(b->lex, (uint32_t) index) : NULL;
}

static nv_mention *
add_mention(mention_builder *b, uint32_t first, uint32_t end, int32_t actor)
{
	nv_mention *m = NV_VEC_PUSH(b->doc->arena, &b->mentions, nv_mention);
	const nv_actor *a = actor_of(b, actor);

	m->first_token = first;
	m->end_token = end;
	m->start = b->doc->tokens[first].start;
	m->end = b->doc->tokens[end - 1].end;
	m->actor = actor;
	if (a)
	{
		m->id = a->id;
		m->name = a->name;
		m->country = a->country;
		m->kind = a->kind;
	}
	for (uint32_t k = first; k < end; k++)
		b->owner[k] = (int32_t) (b->mentions.count - 1);
	return m;
}

static nv_mention *
mention_at(mention_builder *b, uint32_t i)
{
	if (i >= b->doc->token_count || b->owner[i] < 0)
		return NULL;
	return &NV_VEC_AT(b->mentions, nv_mention, b->owner[i]);
}

/* ---- pass 1: the lexicon --------------------------------------------------- */

/* The first token from `from` on whose word starts some alias (on a
 * document mapped to this lexicon: else `from`, and the lexicon says): by
 * the token marks, eight tokens a load, or a loop of its own over the
 * start bits, as most words start none. */
static uint32_t
next_alias_start(const nv_document *doc, const nv_lexicon *lex, uint32_t from)
{
	const nv_token *tokens = doc->tokens;
	const uint8_t *starts = doc->lexicon_starts;

	if (doc->lexicon != lex)
		return from;
	if (doc->token_marks)
		return nv_next_marked(doc, from, NV_MARK_ALIAS);
	while (from < doc->token_count && !(starts[tokens[from].word_id] & NV_STARTS_ALIAS))
		from++;
	return from;
}

/*
 * Whether token k may be a misspelt word of an alias: a capitalised word
 * the lexicon's vocabulary lacks (nv_lexicon_match_edited asks the rest:
 * its length, its line).
 */
static inline bool
misspelt_word(const nv_document *doc, uint32_t k)
{
	return k < doc->token_count && doc->tokens[k].word_id == 0 && doc->tokens[k].kind == NV_TOKEN_WORD &&
		(doc->tokens[k].flags & (NV_TOKEN_CAPITALIZED | NV_TOKEN_ALL_CAPS)) == NV_TOKEN_CAPITALIZED;
}

/* Whether a mention of `actor` may start at token i: anywhere but in
 * boilerplate, where a credit line ("Sumber: KCNA") lets an outlet in. */
static inline bool
mention_may_start(const mention_builder *b, uint32_t i, int32_t actor)
{
	return __builtin_expect(!nv_is_boilerplate(b->doc, i), 1) ||
		(b->doc->boilerplate[i] == NV_BOILERPLATE_CREDIT &&
		 nv_lexicon_actor(b->lex, (uint32_t) actor)->kind == NV_KIND_MEDIA);
}

/*
 * The alias at token i: the longest, or where none is, one that the next
 * word completes, misspelt ("Menteri Luar Negeri Korea Selatam", "Denis
 * Mantrurov").  In a credit line ("Sumber: KCNA"), an outlet's alone.
 */
static bool
alias_at(const mention_builder *b, uint32_t i, nv_lexicon_match *match)
{
	const nv_document *doc = b->doc;
	bool		found;

	if (nv_is_boilerplate(doc, i) && doc->boilerplate[i] != NV_BOILERPLATE_CREDIT)
		return false;
	found = nv_lexicon_match_longest(b->lex, doc, i, false, match);
	/* (where a shorter alias matched, as "Kim" may, the text is read as
	 * written: most aliases match, and they pay one test) */
	if (!found && misspelt_word(doc, i + 1) && nv_lexicon_match_edited(b->lex, doc, i, i + 1, match))
		found = true;
	return found && mention_may_start(b, i, match->actor);
}

static int	compare_mentions(const void *a, const void *b);

/*
 * "TribunNews", "SindoNews": two tokens the tokenizer split at a glue
 * (doc->glued, few) that together are an alias's word ("Tribunnews"),
 * where neither is a mention already.  Added after the lexicon pass;
 * the pass's mentions are then put back in text order, as the passes
 * after it read them, and the token map with them.
 */
static void
match_joined(mention_builder *b)
{
	const nv_document *doc = b->doc;
	size_t		before = b->mentions.count;
	nv_mention *m;

	for (uint32_t g = 0; g < doc->glued_count; g++)
	{
		uint32_t	i = doc->glued[g] - 1;
		nv_lexicon_match match;
		bool		free = true;

		if (!nv_lexicon_match_joined(b->lex, doc, i, &match) || !mention_may_start(b, i, match.actor))
			continue;
		for (uint32_t k = i; k < match.end_token && free; k++)
			free = mention_at(b, k) == NULL;
		if (free)
			add_mention(b, i, match.end_token, match.actor);
	}
	if (b->mentions.count == before)
		return;
	m = b->mentions.items;
	qsort(m, b->mentions.count, sizeof(nv_mention), compare_mentions);
	for (size_t k = 0; k < b->mentions.count; k++)
		for (uint32_t t = m[k].first_token; t < m[k].end_token; t++)
			b->owner[t] = (int32_t) k;
}

static void
match_lexicon(mention_builder *b)
{
	const nv_document *doc = b->doc;
	uint32_t	checked = 0;	/* the token at the last interrupt check */

	for (uint32_t i = next_alias_start(doc, b->lex, 0); i < doc->token_count;
		 i = next_alias_start(doc, b->lex, i))
	{
		nv_lexicon_match match;

		if (i - checked >= 0x1000)
		{
			nv_check_interrupts();
			checked = i;
		}
		if (doc->tokens[i].word_id != 0 && alias_at(b, i, &match))
		{
			add_mention(b, i, match.end_token, match.actor);
			i = match.end_token;
		}
		else
			i++;
	}
}

/* ---- datelines ------------------------------------------------------------- */

/*
 * A line that opens with a place and a dash within its first tokens:
 * everything before the dash is the dateline.  Mentions there other than
 * outlets are dropped (their owner entry cleared, kind kept for output
 * filtering by marking them media-only).
 */
static void
drop_datelines(mention_builder *b)
{
	const nv_document *doc = b->doc;

	for (uint32_t s = 0; s < doc->sentence_count; s++)
	{
		uint32_t	first = doc->sentences[s].first_token;
		uint32_t	dash = nv_dateline_dash(doc, s);
		bool		has_place = false;

		if (dash == UINT32_MAX)
			continue;
		for (uint32_t k = first; k < dash; k++)
		{
			nv_mention *m = mention_at(b, k);

			if (m && m->kind != NV_KIND_MEDIA)
				has_place = true;
		}
		if (!has_place && !mention_at(b, first))
			continue;
		for (uint32_t k = first; k < dash; k++)
		{
			nv_mention *m = mention_at(b, k);

			if (m && m->kind != NV_KIND_MEDIA)
				m->id = NULL;	/* dropped when the result is gathered */
		}
	}
}

/* How many mentions ahead nv_find_mentions asks for the token before one. */
#define PLACE_PREFETCH 8

/* Whether mention m is one named_as_place judges: a country or body. */
static inline bool
may_be_place(const nv_mention *m)
{
	return m->country && (m->kind == NV_KIND_COUNTRY || m->kind == NV_KIND_IGO);
}

static bool named_as_place(const nv_document *doc, const nv_wordlists *lists,
						   const nv_mention_result *mentions, const nv_mention *m, const int *class_ids);

/* ---- pass 2: titled names ---------------------------------------------------- */
/* Whether a body of the role list is a ministry or a department (its
 * label says so), whose staff a name after it may be. */
static bool
names_ministry(const nv_word_entry *body)
{
	return body->value && (strstr(body->value, "ministry") != NULL || strstr(body->value, "department") != NULL);
}

/* Whether token k ranks a role before it ("South Korea's first Deputy
 * Foreign Minister", "Russia's top diplomat"). */
static bool
rank_word(const nv_document *doc, uint32_t k)
{
	static const char *const ranks[] = {"first", "second", "top", "senior", "former", "acting", "new"};

	for (size_t r = 0; r < sizeof(ranks) / sizeof(ranks[0]); r++)
		if (nv_token_is(doc, k, ranks[r]))
			return true;
	return false;
}


static bool
name_token(const mention_builder *b, uint32_t k)
{
	const nv_token *tok;

	if (k >= b->doc->token_count)
		return false;
	tok = &b->doc->tokens[k];
	if (tok->kind != NV_TOKEN_WORD || !(tok->flags & NV_TOKEN_CAPITALIZED) ||
		(tok->flags & NV_TOKEN_ALL_CAPS))
		return false;
	/* month and weekday names are capitalised too */
	if (nv_word_at(b->lists, b->doc, k, NV_LIST_TIMEX, "month") ||
		nv_word_at(b->lists, b->doc, k, NV_LIST_TIMEX, "weekday"))
		return false;
	if (nv_phrase_at(b->lists, b->doc, k, NV_LIST_ROLE, NULL))
		return false;
	return true;
}

/* Whether token k is a middle initial: one capital letter, a dot glued
 * to it, and a name word after. */
static bool
middle_initial(const mention_builder *b, uint32_t k)
{
	const nv_document *doc = b->doc;

	return k + 2 < doc->token_count && doc->tokens[k].kind == NV_TOKEN_WORD &&
		doc->tokens[k].end - doc->tokens[k].start == 1 &&
		doc->text[doc->tokens[k].start] >= 'A' && doc->text[doc->tokens[k].start] <= 'Z' &&
		nv_token_is_punct(doc, k + 1, '.') && !(doc->tokens[k + 1].flags & NV_TOKEN_SPACE_BEFORE) &&
		name_token(b, k + 2);
}

/* Whether token k goes on a name that starts at `first`: a name word, or
 * the lower-case half of a hyphened given name ("Lee Sung-jun"). */
static bool
name_goes_on(const mention_builder *b, uint32_t first, uint32_t k)
{
	const nv_token *tok = k < b->doc->token_count ? &b->doc->tokens[k] : NULL;

	if (tok && k > first && tok->kind == NV_TOKEN_WORD && (tok->flags & NV_TOKEN_HYPHEN_BEFORE) &&
		!(tok->flags & NV_TOKEN_SPACE_BEFORE))
		return true;
	/* a middle initial and its dot, a name word after them ("Steven T.
	 * Mnuchin") */
	if (tok && k > first && middle_initial(b, tok->kind == NV_TOKEN_WORD ? k : k - 1))
		return true;
	return name_token(b, k);
}

/* The first country (else any) among the mentions of tokens [from, to). */
static const char *
country_between(mention_builder *b, uint32_t from, uint32_t to)
{
	const char *fallback = NULL;

	for (uint32_t k = from; k < to; k++)
	{
		nv_mention *m = mention_at(b, k);

		if (!m || !m->id)
			continue;
		if (m->kind == NV_KIND_COUNTRY && m->country)
			return m->country;
		if (!fallback && m->country && m->kind != NV_KIND_MEDIA)
			fallback = m->country;
	}
	return fallback;
}

static const char *
derived_person_id(nv_arena *arena, const char *name, size_t len)
{
	size_t		folded_len;
	const char *folded = nv_fold(arena, name, len, &folded_len);
	char	   *id = nv_arena_alloc(arena, folded_len + 3);
	size_t		n = 0;
	bool		dash = false;

	id[n++] = 'P';
	id[n++] = '.';
	for (size_t k = 0; k < folded_len; k++)
	{
		char		c = folded[k];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		{
			if (dash && n > 2)
				id[n++] = '-';
			id[n++] = c;
			dash = false;
		}
		else if (c != '\'')
			dash = true;
	}
	id[n] = '\0';
	return id;
}

/* The end of the run of name words from `first`: at most NAME_MAX_TOKENS,
 * none a mention, none after a line break but the first. */
static uint32_t
name_run_end(mention_builder *b, uint32_t first)
{
	const nv_document *doc = b->doc;
	uint32_t	end = first;

	while (end < doc->token_count && end - first < NAME_MAX_TOKENS && name_goes_on(b, first, end) &&
		   !mention_at(b, end) && (end == first || !(doc->tokens[end].flags & NV_TOKEN_NEWLINE_BEFORE)))
		end++;
	return end;
}

/* A person the lexicon does not know, named as written over [first, end),
 * with an id derived from the name. */
static nv_mention *
add_person_as_written(mention_builder *b, uint32_t first, uint32_t end)
{
	const nv_document *doc = b->doc;
	nv_mention *m = add_mention(b, first, end, -1);
	size_t		len = m->end - m->start;

	m->kind = NV_KIND_PERSON;
	m->name = nv_arena_strndup(doc->arena, doc->text + m->start, len);
	m->id = derived_person_id(doc->arena, doc->text + m->start, len);
	return m;
}

/* The first token from i on that may start a person's role phrase, or the
 * token count: by the token marks, eight tokens a load, the few marked
 * ones tested for the class; else by each token's bits. */
static uint32_t
next_role_start(const mention_builder *b, uint32_t i)
{
	const nv_document *doc = b->doc;

	if (!doc->token_marks || doc->word_lists != b->lists)
		return nv_next_may_start_class(b->lists, doc, i, doc->token_count, NV_LIST_ROLE, "person_role");
	for (; (i = nv_next_marked(doc, i, NV_MARK_ROLE)) < doc->token_count; i++)
		if (nv_token_may_start_class(b->lists, doc, i, NV_LIST_ROLE, "person_role"))
			break;
	return i;
}

static void
find_titled_names(mention_builder *b)
{
	const nv_document *doc = b->doc;

	for (uint32_t i = 0; i < doc->token_count; i++)
	{
		const nv_word_entry *role;
		uint32_t	role_end;
		uint32_t	k;
		uint32_t	name_first;
		uint32_t	name_end;
		uint32_t	qualifier_from;
		nv_mention *known;

		/* a titled name opens with a role phrase, which few tokens may start */
		i = next_role_start(b, i);
		if (i >= doc->token_count)
			break;
		if (mention_at(b, i) || (role = nv_phrase_at(b->lists, doc, i, NV_LIST_ROLE, "person_role")) == NULL)
			continue;
		nv_check_interrupts();
		role_end = i + role->word_count;
		/* qualifiers: countries and bodies, "untuk", "of", "'s", commas */
		k = role_end;
		while (k < doc->token_count && k < role_end + ROLE_QUALIFIER_WINDOW &&
			   !(doc->tokens[k].flags & NV_TOKEN_NEWLINE_BEFORE))
		{
			nv_mention *m = mention_at(b, k);
			const nv_word_entry *body;

			if (m && m->kind != NV_KIND_PERSON)
				k = m->end_token;
			else if (nv_phrase_at(b->lists, doc, k, NV_LIST_ATTRIBUTION, "role_link"))
				k++;
			/* a ministry no country owns ("Juru Bicara Kementerian Luar
			 * Negeri Arrmanatha Nasir"); not a government, which the name
			 * after it heads ("pejabat senior pemerintahan Biden") */
			else if ((body = nv_phrase_at(b->lists, doc, k, NV_LIST_ROLE, "body")) != NULL &&
					 names_ministry(body))
				k += body->word_count;
			else
				break;
		}
		/* a relative clause, then the name after its comma: "Wakil Menteri
		 * Luar Negeri Korea Utara yang bertanggung jawab atas urusan Rusia,
		 * Kim Jong Gyu" (the country is the first one, before the clause) */
		if (k > role_end && k < doc->token_count &&
			nv_phrase_at(b->lists, doc, k, NV_LIST_ATTRIBUTION, "relative"))
		{
			uint32_t	comma = k + 1;

			while (comma < doc->token_count && comma < k + RELATIVE_CLAUSE_MAX_TOKENS &&
				   doc->tokens[comma].kind == NV_TOKEN_WORD && !(doc->tokens[comma].flags & NV_TOKEN_NEWLINE_BEFORE))
				comma++;
			if (nv_token_is_punct(doc, comma, ','))
				k = comma;
		}
		if (nv_token_is_punct(doc, k, ','))
			k++;
		name_first = k;
		/* a known person right here takes the role */
		known = mention_at(b, name_first);
		if (known && known->kind == NV_KIND_PERSON && known->first_token == name_first)
		{
			if (!known->role)
				known->role = nv_arena_strndup(doc->arena, doc->text + doc->tokens[i].start,
											   doc->tokens[role_end - 1].end - doc->tokens[i].start);
			continue;
		}
		/* a name the lexicon lacks is read on the role's line: the
		 * capitalised words that open the next ("Menurut Kim, ...",
		 * according to Kim) are no name of a role ending a line */
		if (name_first < doc->token_count && (doc->tokens[name_first].flags & NV_TOKEN_NEWLINE_BEFORE))
			continue;
		name_end = name_run_end(b, name_first);
		/* a person's name has two words at least: "Presiden Rusia" alone
		 * names no one */
		if (name_end - name_first < 2)
			continue;
		{
			nv_mention *m = add_person_as_written(b, name_first, name_end);

			/* the qualifiers before the role count too: Russia's UN ambassador */
			qualifier_from = i;
			while (qualifier_from > 0 && i - qualifier_from < 5 &&
				   (mention_at(b, qualifier_from - 1) ||
					nv_token_is(doc, qualifier_from - 1, "s") ||
					nv_token_is(doc, qualifier_from - 1, "'") ||
					rank_word(doc, qualifier_from - 1)))
				qualifier_from--;
			m->country = country_between(b, role_end, name_first);
			/* before the role, or inside it ("Deputy Treasury Secretary") */
			if (!m->country)
				m->country = country_between(b, qualifier_from, role_end);
			m->role = nv_arena_strndup(doc->arena, doc->text + doc->tokens[i].start,
									   doc->tokens[role_end - 1].end - doc->tokens[i].start);
			i = name_end - 1;
			/* "two Turkish money exchangers, Mehmet Tokdemir and Alaaddin
			 * Aykut": a second name joined to the first shares its role */
			if (nv_phrase_at(b->lists, doc, name_end, NV_LIST_ATTRIBUTION, "conjunction"))
			{
				uint32_t	second = name_end + 1;
				uint32_t	second_end = name_run_end(b, second);

				if (second_end - second >= 2)
				{
					nv_mention *other = add_person_as_written(b, second, second_end);

					m = &NV_VEC_AT(b->mentions, nv_mention, b->mentions.count - 2);
					other->country = m->country;
					other->role = m->role;
					i = second_end - 1;
				}
			}
		}
	}
}

/* ---- pass 3: short names ----------------------------------------------------- */

/* Distinct full names kept for the short-name rule: a name seen again
 * moves to the most recent end, and past this many the oldest is
 * forgotten, so the rule costs a bounded step per token whatever the text
 * repeats. */
#define SHORT_NAME_PEOPLE 256

/* A remembered person, with the folds of the first and last name read
 * once here rather than once per capitalised word compared with it. */
typedef struct known_person
{
	uint32_t	mention;
	uint16_t	first_len;
	uint16_t	last_len;
	const char *first;
	const char *last;
} known_person;

/*
 * The folds of the names remembered, hashed to NAME_BUCKETS buckets: a
 * capitalised word whose bucket holds no first name and no last name (of
 * more than two bytes, as a last name must be) is nobody's short name,
 * and is passed without a compare with each person.  Most capitalised
 * words outside mentions are such (a sentence's first word, a place),
 * and on a long document, its list of people full, each was compared with
 * the 256 of them.  A full list holds at most 512 names: 1024 buckets
 * leave most empty, where 256 left few; 4096 saved 0.9% more on a 10 MB
 * document but cost the sample articles 0.4% in clearing them.
 */
#define NAME_BUCKETS 1024
#define NAME_BUCKET_BITS 10

typedef struct known_people
{
	size_t		count;
	known_person person[SHORT_NAME_PEOPLE];
	uint16_t	holding[NAME_BUCKETS];	/* names remembered in each bucket */
} known_people;

static uint32_t
name_bucket(const char *fold, size_t len)
{
	uint64_t	head = 0;

	memcpy(&head, fold, len < sizeof(head) ? len : sizeof(head));
	return (uint32_t) (((head ^ len) * 0x9E3779B97F4A7C15ULL) >> (64 - NAME_BUCKET_BITS));
}

/* Counts a person's names in their buckets (by +1) or takes them out (-1). */
static void
count_names(known_people *people, const known_person *person, int by)
{
	people->holding[name_bucket(person->first, person->first_len)] += by;
	if (person->last_len > 2)
		people->holding[name_bucket(person->last, person->last_len)] += by;
}

static bool
same_fold(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && memcmp(a, b, alen) == 0;
}

/* How many tokens from i repeat the full name of mention m, word for
 * word; 1 when they do not. */
static uint32_t
repeats_name(const nv_document *doc, const nv_mention *m, uint32_t i)
{
	uint32_t	n = m->end_token - m->first_token;

	if (n < 2 || i + n > doc->token_count)
		return 1;
	for (uint32_t k = 0; k < n; k++)
	{
		size_t		alen;
		size_t		blen;
		const char *a = nv_token_fold(doc, m->first_token + k, &alen);
		const char *b = nv_token_fold(doc, i + k, &blen);

		if (!same_fold(a, alen, b, blen) || (k > 0 && (doc->tokens[i + k].flags & NV_TOKEN_NEWLINE_BEFORE)))
			return 1;
	}
	return n;
}

static void
remember_person(mention_builder *b, known_people *people, uint32_t index)
{
	const nv_mention *m = &NV_VEC_AT(b->mentions, nv_mention, index);
	known_person add = {index, 0, 0, NULL, NULL};
	size_t		len;

	add.first = nv_token_fold(b->doc, m->first_token, &len);
	add.first_len = (uint16_t) len;
	add.last = nv_token_fold(b->doc, m->end_token - 1, &len);
	add.last_len = (uint16_t) len;
	/* the person seen before, if so: none when no name shares the first
	 * name's bucket; else the names, compared by length first, before
	 * the id */
	for (size_t p = people->holding[name_bucket(add.first, add.first_len)] ? 0 : people->count;
		 p < people->count; p++)
	{
		const known_person *o = &people->person[p];

		if (same_fold(o->first, o->first_len, add.first, add.first_len) &&
			same_fold(o->last, o->last_len, add.last, add.last_len) &&
			strcmp(NV_VEC_AT(b->mentions, nv_mention, o->mention).id, m->id) == 0)
		{
			count_names(people, o, -1);
			memmove(people->person + p, people->person + p + 1, (people->count - p - 1) * sizeof(known_person));
			people->count--;
			break;
		}
	}
	if (people->count == SHORT_NAME_PEOPLE)
	{
		count_names(people, &people->person[0], -1);
		memmove(people->person, people->person + 1, (people->count - 1) * sizeof(known_person));
		people->count--;
	}
	people->person[people->count++] = add;
	count_names(people, &add, 1);
}

/* Token i, a capitalised word outside any mention: the most recent person
 * whose first or last name it is, unless it opens another full name. */
static void
resolve_short_name_at(mention_builder *b, const known_people *people, uint32_t i)
{
	const nv_document *doc = b->doc;
	size_t		len;
	const char *fold = nv_token_fold(doc, i, &len);

	if (people->holding[name_bucket(fold, len)] == 0)
		return;
	for (size_t p = people->count; p > 0; p--)
	{
		const known_person *known = &people->person[p - 1];

		if (same_fold(fold, len, known->first, known->first_len) ||
			(len > 2 && same_fold(fold, len, known->last, known->last_len)))
		{
			nv_mention *m2;
			nv_mention	copy = NV_VEC_AT(b->mentions, nv_mention, known->mention);
			uint32_t	words = repeats_name(doc, &copy, i);

			/* the full name said again must end before the next mention:
			 * "Menurut Kim Yo Jong", where a line's "Menurut Kim" was
			 * taken for a name, is no "Menurut Kim" over "Kim Yo Jong" */
			for (uint32_t k = i + 1; k < i + words; k++)
				if (mention_at(b, k))
					return;
			/* "Kim" must not be the first word of another full name; the
			 * full name said again ("kata Arrmanatha Nasir") is this one */
			if (words == 1 && i + 1 < doc->token_count && name_token(b, i + 1) && !mention_at(b, i + 1) &&
				!(doc->tokens[i + 1].flags & NV_TOKEN_NEWLINE_BEFORE))
				return;
			m2 = add_mention(b, i, i + words, copy.actor);
			m2->id = copy.id;
			m2->name = copy.name;
			m2->country = copy.country;
			m2->kind = NV_KIND_PERSON;
			m2->role = NULL;
			return;
		}
	}
}

/*
 * "the North" and "the South": English news of the two Koreas names each
 * by its compass word alone, once it has named them in full.  The country
 * mentioned last whose name starts with that word ("North Korea", "South
 * Koreans") is what such a word refers to, capitalised and after "the",
 * unless it opens a longer name ("the South China Sea", "the North
 * Atlantic").  Without such a country before it, the word is no mention.
 * English text alone is walked for it.
 */
typedef struct known_compass
{
	int64_t		mention[2];		/* the last "North ..." and "South ..."
								 * country, or -1 */
} known_compass;

/* 0 for "north", 1 for "south", -1 for any other token: by its length
 * first, as the walk asks it of every capitalised word. */
static inline int
compass_word(const nv_document *doc, uint32_t i)
{
	size_t		len;
	const char *fold;

	if (doc->tokens[i].fold_len != 5)
		return -1;
	fold = nv_token_fold(doc, i, &len);
	return memcmp(fold, "north", 5) == 0 ? 0 : memcmp(fold, "south", 5) == 0 ? 1 : -1;
}

/* Remembers mention `index` if it is a country named from a compass word. */
static void
remember_compass(const mention_builder *b, known_compass *compass, size_t index)
{
	const nv_mention *m = &NV_VEC_AT(b->mentions, nv_mention, index);
	int			word;

	if (m->kind == NV_KIND_COUNTRY && m->end_token - m->first_token >= 2 &&
		(word = compass_word(b->doc, m->first_token)) >= 0)
		compass->mention[word] = (int64_t) index;
}

/* Token i, a capitalised word outside any mention: "the North" or "the
 * South" of a country remembered. */
static void
resolve_compass_at(mention_builder *b, const known_compass *compass, uint32_t i)
{
	const nv_document *doc = b->doc;
	int			word = compass_word(doc, i);
	const nv_token *after = i + 1 < doc->token_count ? &doc->tokens[i + 1] : NULL;

	if (word < 0 || compass->mention[word] < 0 || i == 0 || !nv_token_is(doc, i - 1, "the"))
		return;
	if (after && after->kind == NV_TOKEN_WORD && (after->flags & NV_TOKEN_CAPITALIZED) &&
		!(after->flags & NV_TOKEN_NEWLINE_BEFORE))
		return;
	add_mention(b, i, i + 1, NV_VEC_AT(b->mentions, nv_mention, compass->mention[word]).actor);
}

/*
 * The first capitalised word among tokens [from, to), else to: by the
 * token marks where the document has them (a capital falls at random, and
 * a loop over the tokens missed its end at nearly every word found), else
 * a loop of its own, so that the token array is not read again after
 * every store into the mentions.
 */
static uint32_t
next_capitalized_word(const nv_document *doc, uint32_t from, uint32_t to)
{
	const nv_token *tokens = doc->tokens;

	if (doc->token_marks)
		return nv_next_marked_before(doc, from, to, NV_MARK_CAPITALIZED);
	while (from < to && !(tokens[from].kind == NV_TOKEN_WORD && (tokens[from].flags & NV_TOKEN_CAPITALIZED)))
		from++;
	return from;
}

/* The next mention in token order of the two sorted runs [next[r], end[r]),
 * its run advanced past it; -1 when both are done. */
static int64_t
next_mention(const mention_builder *b, size_t next[2], const size_t end[2])
{
	const nv_mention *m = b->mentions.items;
	int			run;

	if (next[0] == end[0] && next[1] == end[1])
		return -1;
	if (next[0] == end[0])
		run = 1;
	else if (next[1] == end[1])
		run = 0;
	else
		run = m[next[1]].first_token < m[next[0]].first_token;
	return (int64_t) next[run]++;
}

/*
 * Walks the mentions of passes 1 and 2 (two runs, each in token order,
 * none overlapping) and only the tokens between them: a mention's first
 * token may remember a person or a compass country, a token between
 * mentions may be a short name or "the North".  The tokens inside
 * mentions are never looked at.
 */
static void
resolve_short_names(mention_builder *b, size_t pass_1_end, size_t pass_2_end)
{
	const nv_document *doc = b->doc;
	size_t		next[2] = {0, pass_1_end};
	const size_t end[2] = {pass_1_end, pass_2_end};
	uint32_t	i = 0;
	known_people people;
	known_compass compass = {{-1, -1}};

	people.count = 0;
	memset(people.holding, 0, sizeof(people.holding));
	for (;;)
	{
		int64_t		index = next_mention(b, next, end);
		uint32_t	stop = index < 0 ? doc->token_count : NV_VEC_AT(b->mentions, nv_mention, index).first_token;
		const nv_mention *m;

		/* until a full name is seen, only mentions' first tokens matter */
		if (people.count > 0 || compass.mention[0] >= 0 || compass.mention[1] >= 0)
			for (i = next_capitalized_word(doc, i, stop); i < stop;
				 i = next_capitalized_word(doc, i + 1, stop))
			{
				size_t		before = b->mentions.count;

				if (people.count > 0)
					resolve_short_name_at(b, &people, i);
				if (b->mentions.count == before)
					resolve_compass_at(b, &compass, i);
				else
					i = NV_VEC_AT(b->mentions, nv_mention, b->mentions.count - 1).end_token - 1;
			}
		if (index < 0)
			break;
		m = &NV_VEC_AT(b->mentions, nv_mention, index);
		if (m->kind == NV_KIND_PERSON && m->id && m->end_token - m->first_token >= 2)
			remember_person(b, &people, (uint32_t) index);
		if (doc->lang & NV_LANG_EN)
			remember_compass(b, &compass, (size_t) index);
		i = m->end_token;
	}
}

/* ---- the stage --------------------------------------------------------------- */

static int
compare_mentions(const void *a, const void *b)
{
	const nv_mention *x = a;
	const nv_mention *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

/*
 * Merges the sorted runs m[0, run_end[0]), m[run_end[0], run_end[1]), ...
 * into one sorted by start, each later run copied aside into `spare` (of
 * spare_size bytes; a block is taken when a run does not fit) and merged
 * from the back.  Ties keep the earlier run's mention first, as the
 * stable qsort did.
 */
static void
merge_mention_runs(nv_arena *arena, nv_mention *m, const uint32_t *run_end, int runs,
				   void *spare, size_t spare_size)
{
	for (int r = 1; r < runs; r++)
	{
		uint32_t	i = run_end[r - 1];
		uint32_t	j = run_end[r] - i;
		uint32_t	out = run_end[r];
		nv_mention *aside;

		if (i == 0 || j == 0 || m[i - 1].start <= m[i].start)
			continue;			/* already in order */
		aside = j * sizeof(nv_mention) <= spare_size ? spare : nv_arena_alloc_block(arena, j * sizeof(nv_mention));
		memcpy(aside, m + i, j * sizeof(nv_mention));
		while (j > 0)
			m[--out] = i > 0 && m[i - 1].start > aside[j - 1].start ? m[--i] : aside[--j];
		if (aside != spare)
			nv_arena_release_block(arena, aside);
	}
}

/* Whether every run of mentions (as merge_mention_runs takes them) is in
 * order of start. */
static bool
mention_runs_sorted(const nv_mention *m, const uint32_t *run_end, int runs)
{
	uint32_t	run_start = 0;

	for (int r = 0; r < runs; r++)
	{
		for (uint32_t k = run_start + 1; k < run_end[r]; k++)
			if (m[k - 1].start > m[k].start)
				return false;
		run_start = run_end[r];
	}
	return true;
}

void
nv_find_mentions(const nv_document *doc, const nv_lexicon *lex, const nv_wordlists *lists,
				 nv_mention_result *out)
{
	mention_builder b = {doc, lex, lists, NULL, {0}};
	nv_mention *kept;
	uint32_t	count = 0;
	size_t		pass_end[3];	/* b.mentions.count after each pass */
	uint32_t	run_end[3];		/* kept mentions at the same points */
	int			place_classes[3];	/* named_as_place's */
	const bool	far = nv_prefetches(doc);

	/* news text has a mention every eight tokens or so */
	nv_vec_reserve(doc->arena, &b.mentions, sizeof(nv_mention), doc->token_count / 4 + 16);
	/* the builder's map goes back when the stage is done */
	b.owner = nv_arena_alloc_block(doc->arena, (doc->token_count + 1) * sizeof(int32_t));
	/* every entry -1: all bits set, so one memset */
	memset(b.owner, 0xFF, doc->token_count * sizeof(int32_t));

	/* each pass adds its mentions in token order: three sorted runs */
	match_lexicon(&b);
	if (doc->glued_count > 0)
		match_joined(&b);
	drop_datelines(&b);
	pass_end[0] = b.mentions.count;
	find_titled_names(&b);
	pass_end[1] = b.mentions.count;
	resolve_short_names(&b, pass_end[0], pass_end[1]);
	pass_end[2] = b.mentions.count;

	/* the dropped ones go: compacted in place, no second array */
	kept = b.mentions.items;
	for (size_t pass = 0, k = 0; pass < 3; pass++)
	{
		for (; k < pass_end[pass]; k++)
			if (kept[k].id)
				kept[count++] = kept[k];
		run_end[pass] = count;
	}
	/* merged, with the token map (no longer needed) as the spare buffer;
	 * sorted from scratch only if a pass ever broke its order */
	if (mention_runs_sorted(kept, run_end, 3))
		merge_mention_runs(doc->arena, kept, run_end, 3, b.owner, (doc->token_count + 1) * sizeof(int32_t));
	else
		qsort(kept, count, sizeof(nv_mention), compare_mentions);
	nv_arena_release_block(doc->arena, b.owner);
	out->mentions = kept;
	out->count = count;
	out->token_count = doc->token_count;
	out->covered = nv_arena_zalloc(doc->arena, (doc->token_count / 64 + 1) * sizeof(uint64_t));
	out->starts = nv_arena_zalloc(doc->arena, (doc->token_count / 64 + 1) * sizeof(uint64_t));
	out->block_first = nv_arena_alloc(doc->arena, (doc->token_count / 64 + 1) * sizeof(uint32_t));
	/* a mention's tokens set as one mask per 64 (a loop per token missed
	 * its end at random, as mentions are one to a few tokens long) */
	for (uint32_t k = 0; k < count; k++)
	{
		out->starts[kept[k].first_token / 64] |= (uint64_t) 1 << (kept[k].first_token % 64);
		for (uint32_t i = kept[k].first_token; i < kept[k].end_token;)
		{
			uint32_t	word_end = (i / 64 + 1) * 64;
			uint32_t	upto = kept[k].end_token < word_end ? kept[k].end_token : word_end;

			out->covered[i / 64] |= (~0ULL >> (64 - (upto - i))) << (i % 64);
			i = upto;
		}
	}
	for (uint32_t b = 0, k = 0; b <= doc->token_count / 64; b++)
	{
		while (k < count && kept[k].end_token <= b * 64)
			k++;
		out->block_first[b] = k;
	}
	/* once, for the stages that ask it of actors again and again */
	place_classes[0] = nv_class_id("determiner");
	place_classes[1] = nv_class_id("conjunction");
	place_classes[2] = nv_class_id("locative");
	for (uint32_t k = 0; k < count; k++)
	{
		/* the token before a place some way on, asked for now: on a long
		 * document each is a miss of the cache, waited for in turn */
		if (far && k + PLACE_PREFETCH < count && may_be_place(&kept[k + PLACE_PREFETCH]) &&
			kept[k + PLACE_PREFETCH].first_token > 0)
			__builtin_prefetch(&doc->tokens[kept[k + PLACE_PREFETCH].first_token - 1]);
		if (may_be_place(&kept[k]))
			kept[k].as_place = named_as_place(doc, lists, out, &kept[k], place_classes);
	}
}

/*
 * Whether mention m is named as a place, not as an actor: after a
 * locative and any determiners ("perang di Ukraina", "in the Kursk
 * region"), or joined by a conjunction to a mention that is ("yang
 * beroperasi di Cina dan Rusia").  class_ids holds the ids of the
 * attribution classes determiner, conjunction and locative.
 */
static bool
named_as_place(const nv_document *doc, const nv_wordlists *lists,
			   const nv_mention_result *mentions, const nv_mention *m, const int *class_ids)
{
	for (;;)
	{
		uint32_t	before = m->first_token;

		/* most mentions follow no word of these classes: a mark, a name */
		if (before == 0 || doc->tokens[before - 1].kind != NV_TOKEN_WORD)
			return false;
		while (before > 0 && nv_phrase_at_id(lists, doc, before - 1, NV_LIST_ATTRIBUTION, class_ids[0]))
			before--;
		if (before > 1 && nv_phrase_at_id(lists, doc, before - 1, NV_LIST_ATTRIBUTION, class_ids[1]))
		{
			const nv_mention *first = nv_mention_at(mentions, before - 2);

			if (!first || first->end_token != before - 1)
				return false;
			m = first;
			continue;
		}
		return before > 0 && nv_phrase_at_id(lists, doc, before - 1, NV_LIST_ATTRIBUTION, class_ids[2]);
	}
}
