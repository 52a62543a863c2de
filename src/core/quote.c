/*
 * quote.c — quotes: spans, kinds, cue words, speakers, outlets and dates.
 *
 * Spans come from quote marks paired by context (nv_find_quote_spans).
 * A quote whose opening mark starts its sentence, or follows a colon or a
 * comma, is direct; one inside running text is partial, and the quoted
 * fragments of one reported sentence are one partial quote.  A scare
 * quote (one word in single marks) and a fragment in a headline are no
 * quotes.  Sentences with no quote but a reporting or allegation cue
 * ("mengatakan", "menurut", "said", "according to", "membantah") give
 * indirect quotes; so does an outlet reporting on its own account
 * ("Reuters melaporkan", "Dilansir AFP, …"), and a first-person sentence
 * that lost its marks is a direct quote.
 *
 * Speakers are resolved as a reader does: a named actor next to the cue
 * (after it in "kata X", before it in "X said" / "X mengatakan", the
 * person before a clause set off by commas); an anaphor ("ia", "he", the
 * -nya of "tambahnya") resolved to the most recent person who spoke,
 * "it", "mereka", "keduanya" to the most recent speakers; a body named by
 * its noun ("kata departemen", "the agency said") to the actor named with
 * that noun before; a generic "seorang pejabat kementerian" to the most
 * recent body, and one tied to nothing ("a Western diplomat") kept as
 * written; a quote with no cue continues the reported speech just before
 * it, and the open paragraphs of a long quote take the speaker its
 * closing cue names.  Every search is bounded by the sentence or a small
 * window, so the stage is linear.
 */
#include <string.h>

#include "narrative.h"

#define POST_CUE_WINDOW 6		/* tokens after a closing mark */
#define SPEAKER_BACK_WINDOW 15	/* tokens before a cue */
#define SET_OFF_WINDOW 40		/* tokens a clause set off before a cue may span */
#define MAX_QUOTE_DEPTH 4
#define ATTRIBUTION_WINDOW 100	/* tokens either side of a quote */

const char *
nv_quote_kind_name(nv_quote_kind kind)
{
	static const char *const names[] = {"direct", "partial", "indirect"};

	return names[kind];
}

/* ---- spans --------------------------------------------------------------- */

typedef enum mark_role
{
	MARK_NONE = 0,
	MARK_OPEN,
	MARK_CLOSE,
	MARK_EITHER					/* glued between two sentences: ".\"Sanksi" */
} mark_role;

static mark_role
mark_role_at(const nv_document *doc, uint32_t i)
{
	const nv_token *tok = &doc->tokens[i];
	bool		space_before;
	bool		space_after;

	space_before = i == 0 || (tok->flags & (NV_TOKEN_SPACE_BEFORE | NV_TOKEN_NEWLINE_BEFORE)) ||
		nv_token_is_punct(doc, i - 1, '(') || nv_token_is_punct(doc, i - 1, '[') ||
		nv_token_is_punct(doc, i - 1, 0x2014) || nv_token_is_punct(doc, i - 1, 0x2013);
	if (i + 1 >= doc->token_count)
		space_after = true;
	else
	{
		const nv_token *next = &doc->tokens[i + 1];
		int32_t		cp = nv_token_codepoint(doc, next);

		space_after = (next->flags & (NV_TOKEN_SPACE_BEFORE | NV_TOKEN_NEWLINE_BEFORE)) ||
			(next->kind == NV_TOKEN_PUNCT && !(next->flags & NV_TOKEN_QUOTE) && cp != '(' && cp != '[');
	}
	if (space_before && !space_after)
		return MARK_OPEN;
	if (!space_before && space_after)
		return MARK_CLOSE;
	/* a full stop, a quote mark and a capitalised word glued together
	 * (paragraphs run together): it closes a quote that is open, else it
	 * opens the next sentence's */
	if (!space_before && !space_after && i > 0 && i + 1 < doc->token_count &&
		(nv_token_is_punct(doc, i - 1, '.') || nv_token_is_punct(doc, i - 1, '!') ||
		 nv_token_is_punct(doc, i - 1, '?')) &&
		doc->tokens[i + 1].kind == NV_TOKEN_WORD && (doc->tokens[i + 1].flags & NV_TOKEN_CAPITALIZED))
		return MARK_EITHER;
	/* "," then a quote glued on both sides: a closer after punctuation */
	if (!space_before && !space_after && i > 0 && doc->tokens[i - 1].kind == NV_TOKEN_PUNCT)
		return MARK_CLOSE;
	return MARK_NONE;
}

void
nv_find_quote_spans(const nv_document *doc, nv_quote_span_result *out)
{
	nv_vec		spans = {0};
	uint32_t	stack[MAX_QUOTE_DEPTH];
	int			depth = 0;

	for (uint32_t i = 0;; i++)
	{
		/* only quote marks matter, and line starts while a quote is open:
		 * the other tokens, most of them, are passed in a tight loop */
		mark_role	role;

		i = depth > 0 ? nv_next_flagged(doc, i, NV_TOKEN_QUOTE | NV_TOKEN_NEWLINE_BEFORE) :
			nv_next_flagged(doc, i, NV_TOKEN_QUOTE);
		nv_check_interrupts();
		/* an unclosed quote ends with its line */
		if (depth > 0 && (i == doc->token_count || (doc->tokens[i].flags & NV_TOKEN_NEWLINE_BEFORE)))
		{
			nv_quote_span *span = NV_VEC_PUSH(doc->arena, &spans, nv_quote_span);

			span->open_token = stack[0];
			span->close_token = UINT32_MAX;
			span->first_token = stack[0] + 1;
			span->end_token = i;
			depth = 0;
		}
		if (i == doc->token_count)
			break;
		if (!(doc->tokens[i].flags & NV_TOKEN_QUOTE) || doc->tokens[i].kind != NV_TOKEN_PUNCT)
			continue;
		role = mark_role_at(doc, i);
		if (role == MARK_EITHER)
			role = depth > 0 ? MARK_CLOSE : MARK_OPEN;
		switch (role)
		{
			case MARK_OPEN:
				if (depth < MAX_QUOTE_DEPTH)
					stack[depth++] = i;
				break;
			case MARK_CLOSE:
				if (depth == 1)
				{
					nv_quote_span *span = NV_VEC_PUSH(doc->arena, &spans, nv_quote_span);

					span->open_token = stack[0];
					span->close_token = i;
					span->first_token = stack[0] + 1;
					span->end_token = i;
				}
				if (depth > 0)
					depth--;
				break;
			default:
				break;
		}
	}
	/* drop empty quotes ("" or “ ”) */
	{
		nv_quote_span *all = spans.items;
		uint32_t	kept = 0;

		for (size_t k = 0; k < spans.count; k++)
			if (all[k].end_token > all[k].first_token)
				all[kept++] = all[k];
		out->spans = all;
		out->count = kept;
	}
}

/* ---- attribution ----------------------------------------------------------- */

/*
 * The classes of attribution and role word the stage asks about, by name
 * in word_class_names: words are asked about at nearly every token of an
 * attribution, and each class's id is found once (quoter.class_ids), not
 * hashed at each ask.
 */
typedef enum word_class
{
	CLASS_ADDRESSEE, CLASS_ADJUNCT, CLASS_BODY, CLASS_CONDITION, CLASS_CONJUNCTION,
	CLASS_DEFINITE, CLASS_DEMONSTRATIVE, CLASS_DESTINATION, CLASS_DETERMINER,
	CLASS_FOLLOWS, CLASS_GENERIC_SPEAKER, CLASS_IDIOM, CLASS_LOCATIVE, CLASS_NEGATION,
	CLASS_NOUN, CLASS_OPENER, CLASS_OPINION, CLASS_OUTLET_VERB, CLASS_PASSIVE_AGENT, CLASS_PASSIVE_AUX,
	CLASS_PERSON_ROLE, CLASS_POSSESSIVE, CLASS_PURPOSE, CLASS_REASON, CLASS_REFUSAL,
	CLASS_REFERENCE, CLASS_RELATIVE, CLASS_STANCE, CLASS_SUBJECT_ADVERB, CLASS_THAT, CLASS_TITLE,
	CLASS_UNALIGNED, CLASS_VIA, CLASS_WEAK, CLASS_ANY
} word_class;

static const char *const word_class_names[CLASS_ANY] = {
	[CLASS_ADDRESSEE] = "addressee", [CLASS_ADJUNCT] = "adjunct",
	[CLASS_BODY] = "body", [CLASS_CONDITION] = "condition", [CLASS_CONJUNCTION] = "conjunction",
	[CLASS_DEFINITE] = "definite", [CLASS_DEMONSTRATIVE] = "demonstrative",
	[CLASS_DESTINATION] = "destination", [CLASS_DETERMINER] = "determiner",
	[CLASS_FOLLOWS] = "follows", [CLASS_GENERIC_SPEAKER] = "generic_speaker",
	[CLASS_IDIOM] = "idiom", [CLASS_LOCATIVE] = "locative",
	[CLASS_NEGATION] = "negation", [CLASS_NOUN] = "noun", [CLASS_OPENER] = "opener",
	[CLASS_OPINION] = "opinion", [CLASS_OUTLET_VERB] = "outlet_verb",
	[CLASS_PASSIVE_AGENT] = "passive_agent", [CLASS_PASSIVE_AUX] = "passive_aux",
	[CLASS_PERSON_ROLE] = "person_role",
	[CLASS_POSSESSIVE] = "possessive", [CLASS_PURPOSE] = "purpose",
	[CLASS_REASON] = "reason", [CLASS_REFUSAL] = "refusal", [CLASS_REFERENCE] = "reference",
	[CLASS_RELATIVE] = "relative", [CLASS_STANCE] = "stance",
	[CLASS_SUBJECT_ADVERB] = "subject_adverb", [CLASS_THAT] = "that", [CLASS_TITLE] = "title",
	[CLASS_UNALIGNED] = "unaligned", [CLASS_VIA] = "via", [CLASS_WEAK] = "weak",
};

typedef struct speaker
{
	const nv_mention *mention;	/* the actor, when one is known */
	const char *actor;
	const char *country;
	uint32_t	start;			/* as written */
	uint32_t	end;
} speaker;

typedef struct quoter
{
	const nv_document *doc;
	const nv_lexicon *lex;
	const nv_wordlists *lists;
	const nv_mention_result *mentions;
	const nv_timex_result *timexes;
	uint8_t    *in_quote;		/* per token: inside a quote span */
	speaker		last;			/* the most recent speaker */
	speaker		last_person;	/* the most recent speaker who is a person */
	uint32_t	last_quote_sentence;	/* where the most recent quote is */
	speaker		intro;			/* "Lavrov mengatakan:" on a line before its quote */
	uint32_t	intro_sentence;	/* the introducing sentence, UINT32_MAX when none */
	uint32_t	intro_cue_start;
	uint32_t	intro_cue_end;
	int32_t		intro_act;
	speaker		last_group[2];	/* the two most recent distinct actors */
	nv_vec		quotes;
	uint32_t	line_from;		/* where the last line-end scan started */
	uint32_t	line_end;		/* and what it found: see line_end_from */
	const int  *class_ids;		/* by word_class (class_ids_of_words) */
} quoter;

/*
 * The ids of word_class_names, found at the stage's first run: a name has
 * the same id for the life of the process (nv_class_id), and hashing the
 * names again for each document was a tenth of the stage's cost on a
 * document of one word.
 */
static const int *
class_ids_of_words(void)
{
	static int	class_ids[CLASS_ANY];
	static bool found;

	if (!found)
	{
		for (int c = 0; c < CLASS_ANY; c++)
			class_ids[c] = nv_class_id(word_class_names[c]);
		found = true;
	}
	return class_ids;
}

static const nv_mention *
mention_of(const quoter *q, uint32_t i)
{
	return nv_mention_at(q->mentions, i);
}

static bool
can_speak(const nv_mention *m)
{
	return m && m->kind != NV_KIND_MEDIA && m->kind != NV_KIND_PLACE && m->country;
}

static inline const nv_word_entry *
attribution_word(const quoter *q, uint32_t i, word_class word)
{
	return nv_phrase_at_id(q->lists, q->doc, i, NV_LIST_ATTRIBUTION, q->class_ids[word]);
}

static inline const nv_word_entry *
role_word(const quoter *q, uint32_t i, word_class word)
{
	return nv_phrase_at_id(q->lists, q->doc, i, NV_LIST_ROLE, q->class_ids[word]);
}

/* The first token in [from, to) that may start an attribution word of
 * class `class_name`, or `to`. */
static uint32_t
next_attribution(const quoter *q, uint32_t from, uint32_t to, const char *class_name)
{
	return nv_next_may_start_class(q->lists, q->doc, from, to, NV_LIST_ATTRIBUTION, class_name);
}

/*
 * A cue at token i: a lexicon cue word, in any of its forms.  *anaphoric is
 * set for a form with the clitic -nya ("tambahnya", "katanya",
 * "menyebutnya"), whose speaker is the previous one.
 */
static bool
cue_at(const quoter *q, uint32_t i, nv_lexicon_match *match, bool *anaphoric)
{
	const nv_document *doc = q->doc;

	*anaphoric = false;
	if (i >= doc->token_count || doc->tokens[i].kind != NV_TOKEN_WORD ||
		!nv_lexicon_match_longest(q->lex, doc, i, true, match))
		return false;
	*anaphoric = (match->form & NV_FORM_NYA) != 0;
	return true;
}

/* Whether a cue may start at token i (i < token_count): the lexicon's
 * bits of the word, as nv_lexicon_match_longest reads them, say no for
 * most words. */
static bool
may_start_cue(const quoter *q, uint32_t i)
{
	const nv_document *doc = q->doc;

	return doc->lexicon != q->lex || (doc->lexicon_starts[doc->tokens[i].word_id] & NV_STARTS_CUE);
}

static void
remember_speaker(quoter *q, const speaker *s)
{
	if (!s->actor)
		return;
	q->last = *s;
	if (s->mention && s->mention->kind == NV_KIND_PERSON)
		q->last_person = *s;
}

/* Whether two countries are the same: often the one string, so the
 * pointers are compared first, then the first letters (most codes that
 * differ, differ there) before a call to strcmp. */
static bool
same_country(const char *x, const char *y)
{
	return x == y || (x[0] == y[0] && strcmp(x, y) == 0);
}

/* Notes the actors mentioned in [from, to), for "keduanya" and "mereka":
 * the mentions starting there, read from the list, not token by token. */
static void
remember_actors(quoter *q, uint32_t from, uint32_t to)
{
	const nv_mention_result *mentions = q->mentions;

	for (uint32_t k = nv_mention_first_from(mentions, from);
		 k < mentions->count && mentions->mentions[k].first_token < to; k++)
	{
		const nv_mention *m = &mentions->mentions[k];

		if (!can_speak(m))
			continue;
		/* "perang di Ukraina" names where, not who */
		if ((q->last_group[1].country && same_country(q->last_group[1].country, m->country)) ||
			m->as_place)
			continue;
		q->last_group[0] = q->last_group[1];
		q->last_group[1].mention = m;
		q->last_group[1].actor = m->id;
		q->last_group[1].country = m->country;
		q->last_group[1].start = m->start;
		q->last_group[1].end = m->end;
	}
}

static void
speaker_from_mention(speaker *s, const nv_mention *m)
{
	s->mention = m;
	s->actor = m->id;
	s->country = m->country;
	s->start = m->start;
	s->end = m->end;
}

/*
 * An anaphor or a generic speaker at token i ("ia", "pejabat itu",
 * "keduanya", "the official", "seorang pejabat kementerian"): resolved from
 * what came before.  Returns the tokens it covers, 0 when none.
 */
static uint32_t resolve_anaphor_mode(quoter *q, uint32_t i, speaker *s, bool head_only);

static uint32_t
resolve_anaphor(quoter *q, uint32_t i, speaker *s)
{
	return resolve_anaphor_mode(q, i, s, false);
}

/* Only a generic speaker whose head noun names an earlier actor. */
static uint32_t
resolve_by_head_noun(quoter *q, uint32_t i, speaker *s)
{
	return resolve_anaphor_mode(q, i, s, true);
}

/*
 * A walk back through the 400 tokens before token i for a word named
 * earlier (the noun of "the ministry", "the experts"): to each place the
 * word stands, the last first, with the mention holding it, if any.  A
 * mention is visited once, at the word's last place in it, and only when
 * it starts in the window (the one starting before i may reach past it);
 * a place in no mention lies before i.
 *
 * Most tokens are not the word: on a document mapped to the stage's
 * lists, a word of the lists (the noun of a role phrase always is) is
 * told by its vocabulary id, which two tokens share only when they share
 * their folded form, in a tight loop over the tokens, and the mention
 * list is read only where the word is.  Against a walk a stretch between
 * two mentions at a time comparing folded forms, this took
 * resolve_anaphor_mode from 662,230 instructions to 419,000 on five
 * passes over the corpus.
 */
typedef struct word_walk
{
	const quoter *q;
	uint32_t	list_word;		/* the word's vocabulary id, 0: its folded form */
	const char *fold;
	size_t		len;
	uint32_t	low;
	uint32_t	k;				/* tokens [low, k) are left */
} word_walk;

/* Starts a walk back from token i for the word of token `word_token`. */
static void
word_walk_start(word_walk *w, const quoter *q, uint32_t i, uint32_t word_token)
{
	const nv_document *doc = q->doc;
	const nv_mention_result *mentions = q->mentions;
	uint32_t	n = nv_mention_first_from(mentions, i);

	w->q = q;
	w->fold = nv_token_fold(doc, word_token, &w->len);
	w->list_word = doc->word_lists == q->lists ? doc->tokens[word_token].list_word : 0;
	w->low = i > 400 ? i - 400 : 0;
	w->k = n > 0 && mentions->mentions[n - 1].end_token > i ? mentions->mentions[n - 1].end_token : i;
}

/* Moves the walk to the last token of [w->low, w->k) that is the word;
 * false when none is. */
static bool
word_walk_previous(word_walk *w)
{
	const nv_token *tokens = w->q->doc->tokens;

	if (w->list_word != 0)
	{
		while (w->k-- > w->low)
			if (tokens[w->k].list_word == w->list_word)
				return true;
	}
	else
	{
		while (w->k-- > w->low)
		{
			size_t		k_len;

			if (tokens[w->k].fold_len == w->len &&
				memcmp(nv_token_fold(w->q->doc, w->k, &k_len), w->fold, w->len) == 0)
				return true;
		}
	}
	w->k = w->low;
	return false;
}

/* The next place back: token *k, in mention *m (NULL when in none); false
 * when the window is done. */
static bool
word_walk_back(word_walk *w, uint32_t *k, const nv_mention **m)
{
	while (word_walk_previous(w))
	{
		*k = w->k;
		*m = mention_of(w->q, w->k);
		if (*m == NULL)
			return true;
		w->k = (*m)->first_token;	/* the rest of the mention is visited */
		if ((*m)->first_token >= w->low)
			return true;
	}
	return false;
}

/* The actor (no person) that qualifies the word at token k: right before
 * it ("Seoul's spy agency", "U.N. experts") or right after it ("badan
 * intelijen Korea Selatan"); NULL when none. */
static const nv_mention *
owner_next_to(const quoter *q, uint32_t k)
{
	for (uint32_t j = k > 4 ? k - 4 : 0; j < k; j++)
	{
		const nv_mention *m = mention_of(q, j);
		bool		attached = can_speak(m) && m->end_token + 3 >= k && m->kind != NV_KIND_PERSON;

		/* only words between, and the 's of "Seoul's"; no function word
		 * ("Turkey who officials allege") */
		for (uint32_t t = attached ? m->end_token : k; t < k && attached; t++)
			attached = (q->doc->tokens[t].kind == NV_TOKEN_WORD && !attribution_word(q, t, CLASS_RELATIVE) &&
						!attribution_word(q, t, CLASS_CONJUNCTION) && !attribution_word(q, t, CLASS_DETERMINER) &&
						!attribution_word(q, t, CLASS_DESTINATION)) ||
				(t + 1 < k && nv_token_is_possessive(q->doc, t + 1));
		if (attached)
			return m;
	}
	for (uint32_t j = k + 1; j < q->doc->token_count && j <= k + 2; j++)
	{
		const nv_mention *m = mention_of(q, j);

		if (can_speak(m) && m->kind != NV_KIND_PERSON)
			return m;
	}
	return NULL;
}

/*
 * A state body named by its noun alone ("kata departemen", "the ministry
 * said", "kementerian itu"): the most recent actor whose name holds that
 * noun ("Departemen Keuangan AS", "Russia's foreign ministry").  Only a
 * bare or definite noun points back: "a ministry" or "kementerian
 * pertahanan Rusia" introduce a body of their own.  Returns the tokens it
 * covers, 0 when none.
 */
static uint32_t
resolve_body_noun(quoter *q, uint32_t i, speaker *s)
{
	const nv_document *doc = q->doc;
	const nv_word_entry *body;
	uint32_t	head = i;
	uint32_t	head_end;
	uint32_t	end;
	word_walk	walk;			/* for the noun's last word */
	uint32_t	k;
	const nv_mention *m;

	bool		possessive = false;

	if (head < doc->token_count && attribution_word(q, head, CLASS_DEFINITE))
		head++;
	else if (head < doc->token_count && attribution_word(q, head, CLASS_POSSESSIVE))
	{
		possessive = true;
		head++;
	}
	if (head >= doc->token_count || mention_of(q, head))
		return 0;
	body = role_word(q, head, CLASS_BODY);
	if (!body)
		return 0;
	head_end = head + body->word_count;
	end = head_end;
	if (end < doc->token_count && attribution_word(q, end, CLASS_DEMONSTRATIVE))
		end++;
	/* "a ministry official": the noun qualifies a person */
	else if (end < doc->token_count && (role_word(q, end, CLASS_PERSON_ROLE) ||
										role_word(q, end, CLASS_GENERIC_SPEAKER)))
		return 0;
	/* "departemen Keuangan": the noun begins a longer name */
	else if (end < doc->token_count && (mention_of(q, end) ||
										(doc->tokens[end].kind == NV_TOKEN_WORD &&
										 (doc->tokens[end].flags & NV_TOKEN_CAPITALIZED))))
		return 0;
	/* "its state media said": the body of the state that spoke last */
	if (possessive)
	{
		if (!q->last.actor || (q->last.mention && q->last.mention->kind == NV_KIND_PERSON))
			return 0;
		*s = q->last;
		s->start = doc->tokens[i].start;
		s->end = doc->tokens[end - 1].end;
		return end - i;
	}
	word_walk_start(&walk, q, i, head_end - 1);
	while (word_walk_back(&walk, &k, &m))
	{
		/* the noun named before with its country outside any mention:
		 * "Seoul's spy agency", "badan intelijen Korea Selatan" */
		if (m == NULL)
		{
			const nv_mention *owner = owner_next_to(q, k);

			if (owner)
			{
				speaker_from_mention(s, owner);
				s->start = doc->tokens[i].start;
				s->end = doc->tokens[end - 1].end;
				return end - i;
			}
			continue;
		}
		if (!can_speak(m) || m->kind == NV_KIND_PERSON)
			continue;
		for (uint32_t t = m->first_token; t + (head_end - head) <= m->end_token; t++)
		{
			uint32_t	w = 0;

			while (head + w < head_end && nv_tokens_same_fold(doc, t + w, head + w))
				w++;
			if (head + w == head_end)
			{
				speaker_from_mention(s, m);
				s->start = doc->tokens[i].start;
				s->end = doc->tokens[end - 1].end;
				return end - i;
			}
		}
	}
	return 0;
}

/*
 * The person who is the subject of the sentence before `sentence`, named in
 * its first clause outside quote marks ("Pekan lalu, Kim menegaskan
 * kembali …"); sets *s.
 */
static bool
subject_before_sentence(const quoter *q, uint32_t sentence, speaker *s)
{
	const nv_document *doc = q->doc;
	const nv_sentence *before;

	if (sentence == 0)
		return false;
	before = &doc->sentences[sentence - 1];
	for (uint32_t k = before->first_token; k < before->end_token && k < before->first_token + 10; k++)
	{
		const nv_mention *m = mention_of(q, k);

		if (q->in_quote[k])
			return false;
		if (can_speak(m) && m->kind == NV_KIND_PERSON)
		{
			speaker_from_mention(s, m);
			return true;
		}
		/* the body a person's role names ("Juru bicara Kremlin Dmitry
		 * Peskov") is no subject of its own */
		if (can_speak(m) && m->end_token < before->end_token && mention_of(q, m->end_token) &&
			mention_of(q, m->end_token)->kind == NV_KIND_PERSON)
		{
			k = m->end_token - 1;
			continue;
		}
		if (can_speak(m) || (doc->tokens[k].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(doc, k, ',')))
			return false;
	}
	return false;
}

/* For a personal anaphor opening its sentence (token i): the subject of
 * the sentence before (subject_before_sentence). */
static bool
previous_subject(const quoter *q, uint32_t i, speaker *s)
{
	uint32_t	sentence = nv_token_sentence(q->doc, i);

	return i <= q->doc->sentences[sentence].first_token + 2 && subject_before_sentence(q, sentence, s);
}

/*
 * The first actor that can speak and is no person in token i's sentence
 * before it, outside quote marks; sets *s.
 */
static bool
body_heading_sentence(const quoter *q, uint32_t i, speaker *s)
{
	const nv_document *doc = q->doc;

	for (uint32_t k = doc->sentences[nv_token_sentence(doc, i)].first_token; k < i; k++)
	{
		const nv_mention *m = mention_of(q, k);

		if (!q->in_quote[k] && can_speak(m) && m->kind != NV_KIND_PERSON)
		{
			speaker_from_mention(s, m);
			return true;
		}
	}
	return false;
}

/*
 * The one an anaphor `e` at token i points back to ("ia", "he", "they",
 * "keduanya"): for a person, the subject of the sentence before when the
 * anaphor opens its sentence, else the last person who spoke; for others
 * the last speaker (the first of the last two actors for a pair); with no
 * one spoken yet, the most recent person named.  Sets *s; false when none.
 */
static bool
resolve_pronoun(quoter *q, uint32_t i, const nv_word_entry *e, speaker *s)
{
	bool		person = strcmp(e->value, "person") == 0;

	if (strcmp(e->value, "pair") == 0 && q->last_group[0].actor)
		*s = q->last_group[0];	/* the first of the two; the pair is kept */
	else if (strcmp(e->value, "self") == 0)
		return false;
	/* "Pekan lalu, Kim menegaskan … . Ia mengatakan …": a person opening
	 * the sentence is the person the sentence before is about */
	else if (person && previous_subject(q, i, s))
		;
	/* "he", "pejabat itu": a person, not the body that spoke last */
	else if (person && q->last_person.actor)
		*s = q->last_person;
	/* "Britain sanctioned two Chinese firms it said supplied …": "it",
	 * "negara itu" name the body heading their sentence, before one that
	 * spoke earlier (a person, as often as not) */
	else if (strcmp(e->value, "singular") == 0 && body_heading_sentence(q, i, s))
		;
	else if (!person && q->last.actor)
		*s = q->last;
	else
	{
		/* no one has spoken yet: the most recent person named */
		for (uint32_t k = i; k-- > 0 && i - k < 400;)
		{
			const nv_mention *m = mention_of(q, k);

			if (!q->in_quote[k] && can_speak(m) && m->kind == NV_KIND_PERSON)
			{
				speaker_from_mention(s, m);
				return true;
			}
		}
		if (!person || !q->last.actor)
			return false;
		*s = q->last;
	}
	return true;
}

/*
 * The one a generic speaker `g` at token i stands for ("kelompok
 * tersebut", "the experts", "seorang pejabat kementerian", "the
 * statement"): an earlier actor whose name holds its head noun, or that
 * qualified the same noun before ("U.N. experts"); with head_only, nothing
 * else.  Then: a statement is whoever spoke last, a group is no person,
 * and a person is a body named in or before the phrase ("a ministry
 * official"), a body mentioned before; "officials" with nothing to go on,
 * or "seorang diplomat Barat", no one.  Sets *s; false when none.
 */
static bool
resolve_generic(quoter *q, uint32_t i, const nv_word_entry *g, bool head_only, speaker *s)
{
	const nv_document *doc = q->doc;
	const nv_mention_result *mentions = q->mentions;
	uint32_t	len = g->word_count;
	uint32_t	head = i;
	uint32_t	low = i > 400 ? i - 400 : 0;	/* the window looked back through */
	bool		organization;

	if (i + len < doc->token_count && attribution_word(q, i + len, CLASS_UNALIGNED))
		return false;
	while (head < i + len && attribution_word(q, head, CLASS_DETERMINER))
		head++;
	if (head < i + len)
	{
		word_walk	walk;
		uint32_t	k;
		const nv_mention *m;

		word_walk_start(&walk, q, i, head);
		while (word_walk_back(&walk, &k, &m))
		{
			/* "the experts said" after "U.N. experts said" */
			if (m == NULL && k + 1 < i && owner_next_to(q, k))
			{
				speaker_from_mention(s, owner_next_to(q, k));
				return true;
			}
			/* an actor whose name holds the noun */
			if (can_speak(m))
			{
				speaker_from_mention(s, m);
				return true;
			}
		}
	}
	if (head_only)
		return false;
	if (strcmp(g->value, "person") == 0)
	{
		bool		names_body = false;

		for (uint32_t t = i > 2 ? i - 2 : 0; t < i + len && !names_body; t++)
		{
			const nv_word_entry *body = role_word(q, t, CLASS_BODY);

			names_body = body && (t >= i || t + body->word_count == i);
		}
		if (!names_body)
			return false;
	}
	/* "organisasi tersebut", "the agency": an organization named before,
	 * never the last speaker by default */
	organization = strcmp(g->value, "organization") == 0;
	if (q->last.actor && strcmp(g->value, "person") != 0 && !organization &&
		!(strcmp(g->value, "group") == 0 && q->last.mention && q->last.mention->kind == NV_KIND_PERSON))
	{
		*s = q->last;
		return true;
	}
	/* a state body first ("pejabat kementerian"), else a body of states:
	 * the nearest mention reaching into the window, from the list; an
	 * organization is named in this sentence or the one before */
	if (organization)
	{
		uint32_t	sentence = nv_token_sentence(doc, i);

		low = doc->sentences[sentence > 0 ? sentence - 1 : 0].first_token;
	}
	for (int pass = 0; pass < 2; pass++)
		for (uint32_t n = nv_mention_first_from(mentions, i); n-- > 0 && mentions->mentions[n].end_token > low;)
		{
			const nv_mention *m = &mentions->mentions[n];

			if (can_speak(m) && m->kind == (pass == 0 ? NV_KIND_ORGANIZATION : NV_KIND_IGO))
			{
				speaker_from_mention(s, m);
				return true;
			}
		}
	if (!q->last.actor || organization)
		return false;
	*s = q->last;
	return true;
}

static uint32_t
resolve_anaphor_mode(quoter *q, uint32_t i, speaker *s, bool head_only)
{
	const nv_document *doc = q->doc;
	const nv_word_entry *e;
	const nv_word_entry *g;
	uint32_t	len;

	/* an anaphor, a generic speaker or a body's noun ("the ministry",
	 * "its state media") starts here, or nothing does: speakers are
	 * looked for at every token of a clause, and most start none */
	if (!nv_token_may_start_any(q->lists, doc, i, (1u << NV_LIST_ANAPHOR) | (1u << NV_LIST_ROLE)) &&
		!(nv_token_may_start_any(q->lists, doc, i, 1u << NV_LIST_ATTRIBUTION) &&
		  nv_token_may_start_any(q->lists, doc, i + 1, 1u << NV_LIST_ROLE)))
		return 0;
	e = nv_phrase_at(q->lists, doc, i, NV_LIST_ANAPHOR, NULL);
	g = role_word(q, i, CLASS_GENERIC_SPEAKER);

	if ((!e || strcmp(e->value, "singular") == 0) && (len = resolve_body_noun(q, i, s)) > 0)
		return len;
	/* "the official Korean Central News Agency", "the president Vladimir
	 * Putin": a word that qualifies a name, no anaphor */
	if (e && i + e->word_count < doc->token_count && strcmp(e->value, "self") != 0 &&
		(mention_of(q, i + e->word_count) ||
		 (doc->tokens[i + e->word_count].kind == NV_TOKEN_WORD &&
		  (doc->tokens[i + e->word_count].flags & NV_TOKEN_CAPITALIZED) &&
		  !(doc->tokens[i + e->word_count].flags & NV_TOKEN_NEWLINE_BEFORE))))
		e = NULL;
	if (e && (!g || e->word_count >= g->word_count) && !head_only)
	{
		if (!resolve_pronoun(q, i, e, s))
			return 0;
		len = e->word_count;
	}
	else if (g)
	{
		if (!resolve_generic(q, i, g, head_only, s))
			return 0;
		len = g->word_count;
	}
	else
		return 0;
	s->start = doc->tokens[i].start;
	s->end = doc->tokens[i + len - 1].end;
	return len;
}

/* A speaker kept as written, tokens [first, end), with no actor. */
static void
speaker_as_written(const quoter *q, uint32_t first, uint32_t end, speaker *s)
{
	memset(s, 0, sizeof(*s));
	s->start = q->doc->tokens[first].start;
	s->end = q->doc->tokens[end - 1].end;
}

static bool unknown_name_after(const quoter *q, uint32_t i, uint32_t limit, speaker *s);

/* A speaker starting at token i (after a cue: "kata Matthew Miller"). */
static bool
speaker_after(quoter *q, uint32_t i, uint32_t limit, speaker *s)
{
	/* an anaphor right at the start ("kata pejabat itu"), or a generic
	 * speaker that names an earlier actor ("menurut kelompok tersebut") */
	if (mention_of(q, i) == NULL &&
		(resolve_by_head_noun(q, i, s) ||
		 (!role_word(q, i, CLASS_GENERIC_SPEAKER) && resolve_anaphor(q, i, s))))
		return true;
	if (i < limit && unknown_name_after(q, i, limit, s))
		return true;
	for (uint32_t k = i, commas = 0; k < limit && k < i + 8; k++)
	{
		const nv_mention *m = mention_of(q, k);

		/* past a comma only a person set off by commas is the speaker:
		 * "menurut pejabat itu, Lars Holm, …", not the subject of the
		 * report in "according to a diplomatic source, Moscow had …" */
		if (can_speak(m) && commas > 0 &&
			(m->kind != NV_KIND_PERSON || m->first_token != k ||
			 !(m->end_token >= limit || q->doc->tokens[m->end_token].kind == NV_TOKEN_PUNCT)))
			break;
		/* "kata Wakil Menteri Keuangan Wally Adeyemo": a person the text
		 * ties to no country is the speaker all the same, as written */
		if (m && m->kind == NV_KIND_PERSON && !m->country && commas == 0 && m->first_token == k)
		{
			speaker_as_written(q, m->first_token, m->end_token, s);
			return true;
		}
		if (can_speak(m))
		{
			/* after a country or body, a person further in the same
			 * phrase is the speaker ("penasihat ... Rusia, Yuri
			 * Ushakov"; not after "kata Retno seusai mendampingi Menlu
			 * Australia Julie Bishop"); past a comma, only
			 * one the phrase ends with, not the subject of what is
			 * reported ("According to the Kremlin, Putin and Kim
			 * discussed ...") */
			for (uint32_t j = m->end_token, comma = 0; m->kind != NV_KIND_PERSON && j < limit && j < m->end_token + 6;
				 j++)
			{
				const nv_mention *p = mention_of(q, j);

				if (p && p->kind == NV_KIND_PERSON)
				{
					if (!comma || p->end_token >= limit || q->doc->tokens[p->end_token].kind == NV_TOKEN_PUNCT)
						m = p;
					break;
				}
				if (q->doc->tokens[j].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(q->doc, j, ','))
					break;
				comma += nv_token_is_punct(q->doc, j, ',');
			}
			speaker_from_mention(s, m);
			return true;
		}
		if (q->doc->tokens[k].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(q->doc, k, ','))
			break;
		commas += nv_token_is_punct(q->doc, k, ',');
	}
	return resolve_anaphor(q, i, s) > 0;
}

/* Whether token k lies in a time expression ("Kamis", "pekan lalu"). */
static bool
in_timex(const quoter *q, uint32_t k)
{
	uint32_t	t = nv_timex_first_from(q->timexes, k);

	if (t < q->timexes->count && q->timexes->spans[t].first_token == k)
		return true;
	return t > 0 && t - 1 < q->timexes->count && q->timexes->spans[t - 1].first_token <= k &&
		k < q->timexes->spans[t - 1].end_token;
}

/*
 * The first token of the clause of the cue at c: back to the nearest
 * comma (not before `low`); right after a comma, the clause before it
 * ("negara-negara besar termasuk AS dan Jepang, “mengutuk keras” …"),
 * *set_off telling whether that clause is itself set off by commas.
 */
static uint32_t
clause_of_cue(const quoter *q, uint32_t from, uint32_t low, uint32_t c, bool *set_off)
{
	const nv_document *doc = q->doc;
	uint32_t	clause = c;

	*set_off = false;
	/* a glued word starts a clause: "… 'Sahabatnya' XiGedung Putih
	 * mengatakan", where a paragraph break was lost */
	while (clause > low && !nv_token_is_punct(doc, clause - 1, ',') && !q->in_quote[clause - 1] &&
		   !nv_token_glued(doc, clause))
		clause--;
	if (clause == c && clause > low + 1 && !q->in_quote[clause - 1])
	{
		uint32_t	wide = c > from + SET_OFF_WINDOW ? c - SET_OFF_WINDOW : from;
		uint32_t	k;

		clause--;
		while (clause > low && !nv_token_is_punct(doc, clause - 1, ',') && !q->in_quote[clause - 1])
			clause--;
		/* a long clause set off ("Lavrov, speaking at a news conference
		 * in Moscow alongside his North Korean counterpart Choe Son Hui,
		 * said"): its opening comma may stand before `low` */
		for (k = clause; clause == low && k > wide && !nv_token_is_punct(doc, k - 1, ',') && !q->in_quote[k - 1];)
			k--;
		if (clause == low && k > from + 1 && nv_token_is_punct(doc, k - 1, ','))
			clause = k;
		*set_off = clause > from + 1 && nv_token_is_punct(doc, clause - 1, ',');
	}
	return clause;
}

/* The actor nearest the cue in [clause, c) that can speak: a person
 * first, else the nearest other actor; NULL when none. */
static const nv_mention *
nearest_actor(const quoter *q, uint32_t clause, uint32_t c)
{
	const nv_document *doc = q->doc;
	const nv_mention *best = NULL;
	const nv_mention *located = NULL;	/* a country named as a place */

	for (uint32_t k = c; k-- > clause;)
	{
		const nv_mention *m = mention_of(q, k);

		if (!can_speak(m))
			continue;
		if (m->kind == NV_KIND_PERSON)
			return m;
		/* "Pyongyang's envoy to the U.N.", "Kedutaan Besar Rusia di
		 * Seoul": where a speaker serves, not who speaks */
		{
			uint32_t	before = m->first_token;

			while (before > clause && attribution_word(q, before - 1, CLASS_DETERMINER))
				before--;
			if (before > clause && attribution_word(q, before - 1, CLASS_DESTINATION))
				continue;
			/* "China's embassy in Washington": where, not who, unless
			 * no one else is named ("officials in Washington said") */
			if (m->kind == NV_KIND_COUNTRY && before > clause && attribution_word(q, before - 1, CLASS_LOCATIVE))
			{
				if (!located)
					located = m;
				continue;
			}
		}
		/* "Departemen Luar Negeri Amerika Serikat (AS)": a gloss in
		 * brackets stands for the name before it */
		if (m->first_token > 1 && nv_token_is_punct(doc, m->first_token - 1, '(') &&
			nv_token_is_punct(doc, m->end_token, ')') && can_speak(mention_of(q, m->first_token - 2)))
		{
			m = mention_of(q, m->first_token - 2);
			k = m->first_token;
		}
		if (!best)
			best = m;
	}
	return best ? best : located;
}

/*
 * "… in Turkey who officials allege": an unnamed speaker right before the
 * cue at c is its subject, resolved or kept as written, not an actor
 * named further back (best) unless that actor qualifies it ("US
 * officials say").
 */
static bool
unnamed_subject_next_to(quoter *q, uint32_t clause, uint32_t c, const nv_mention *best, speaker *s)
{
	for (uint32_t k = c > clause + 4 ? c - 4 : clause; k < c; k++)
	{
		speaker		adjacent = {0};
		const nv_word_entry *g;
		const nv_word_entry *pair;

		if (best && best->end_token >= k)
			continue;
		/* "Russia and North Korea have both denied": "both" floats after
		 * the subject it counts, and points back to no earlier pair */
		if (best && best->end_token + 1 >= k && (pair = nv_phrase_at(q->lists, q->doc, k, NV_LIST_ANAPHOR, NULL)) &&
			strcmp(pair->value, "pair") == 0)
			continue;
		if (resolve_anaphor(q, k, &adjacent) == c - k)
		{
			*s = adjacent;
			return true;
		}
		g = role_word(q, k, CLASS_GENERIC_SPEAKER);
		if (g && k + g->word_count == c)
		{
			speaker_as_written(q, k, c, s);
			return true;
		}
	}
	return false;
}

/*
 * Whether token k may be a word of a name the lexicon does not know: a
 * capitalised word that no mention, role word, anaphor, 'unaligned' word
 * or date covers.
 */
static bool
unknown_name_word(const quoter *q, uint32_t k)
{
	const nv_document *doc = q->doc;

	return doc->tokens[k].kind == NV_TOKEN_WORD && (doc->tokens[k].flags & NV_TOKEN_CAPITALIZED) &&
		!mention_of(q, k) && !nv_phrase_at(q->lists, doc, k, NV_LIST_ROLE, NULL) &&
		!nv_phrase_at(q->lists, doc, k, NV_LIST_ANAPHOR, NULL) &&
		!attribution_word(q, k, CLASS_UNALIGNED) && !in_timex(q, k);
}

/*
 * "tutur Nasser Kanani kepada wartawan di Teheran", "said Zhang Xiaogang,
 * a spokesman for China's defense ministry": a name the lexicon does not
 * know right after a cue, at i, is the speaker, kept as written, rather
 * than an actor further on (the place where it spoke).  Set off by a
 * comma, the role after it ("a spokesman for China's defense ministry",
 * "juru bicara Kementerian Pertahanan China") gives the speaker's actor.
 * Not a title the name that follows it is a mention of ("Wakil Presiden
 * Kamala Harris"), nor an abbreviated one ("Sen. Lindsey Graham").
 */
static bool
unknown_name_after(const quoter *q, uint32_t i, uint32_t limit, speaker *s)
{
	const nv_document *doc = q->doc;
	uint32_t	end = i;

	while (end < limit && end < i + 5 && unknown_name_word(q, end) &&
		   (end == i || !(doc->tokens[end].flags & NV_TOKEN_NEWLINE_BEFORE)))
		end++;
	if (end == i || (end < limit && mention_of(q, end)) ||
		(end + 1 < limit && nv_token_is_punct(doc, end, '.') &&
		 (doc->tokens[end + 1].flags & NV_TOKEN_CAPITALIZED) &&
		 !(doc->tokens[end + 1].flags & NV_TOKEN_NEWLINE_BEFORE)))
		return false;
	memset(s, 0, sizeof(*s));
	if (end + 1 < limit && nv_token_is_punct(doc, end, ',') &&
		(attribution_word(q, end + 1, CLASS_DETERMINER) || nv_phrase_at(q->lists, doc, end + 1, NV_LIST_ROLE, NULL)))
		for (uint32_t k = end + 1; k < limit && k < end + 9; k++)
		{
			const nv_mention *m = mention_of(q, k);

			if (can_speak(m))
			{
				speaker_from_mention(s, m);
				break;
			}
			if (doc->tokens[k].kind == NV_TOKEN_PUNCT)
				break;
		}
	s->start = doc->tokens[i].start;
	s->end = doc->tokens[end - 1].end;
	return true;
}

/*
 * "… XiGedung Putih mengatakan": a name the lexicon does not know right
 * before the cue at c (capitalised words no mention, role word, anaphor,
 * 'unaligned' word or date covers; two at least, or one not opening the
 * sentence) is its subject, kept as written, rather than an actor named
 * further back.
 */
static bool
unknown_name_before(const quoter *q, uint32_t clause, uint32_t c, const nv_mention *best, speaker *s)
{
	const nv_document *doc = q->doc;
	uint32_t	name = c;

	while (name > clause && unknown_name_word(q, name - 1))
		name--;
	if (name == c || (best && best->end_token >= name) ||
		(c - name < 2 && name <= doc->sentences[nv_token_sentence(doc, c)].first_token) ||
		attribution_word(q, name, CLASS_DETERMINER))
		return false;
	speaker_as_written(q, name, c, s);
	return true;
}

/*
 * A speaker named as the subject of the clause [clause, c) with no actor
 * of its own: an anaphor ("China, he said, is …"), else an unnamed speaker
 * the text does not tie to any actor, kept as written ("…, a Western
 * diplomat said"); only before any lower-case word but a determiner (not
 * "dalam pernyataan yang dirilis KCNA mengatakan").
 */
static bool
clause_subject(quoter *q, uint32_t clause, uint32_t c, speaker *s)
{
	const nv_document *doc = q->doc;

	for (uint32_t k = clause; k < c; k++)
	{
		if (resolve_anaphor(q, k, s))
			return true;
		if (!attribution_word(q, k, CLASS_DETERMINER) && !(doc->tokens[k].flags & NV_TOKEN_CAPITALIZED))
			break;
	}
	for (uint32_t k = clause; k < c && c - clause <= 5; k++)
	{
		if (role_word(q, k, CLASS_GENERIC_SPEAKER) ||
			role_word(q, k, CLASS_PERSON_ROLE) ||
			role_word(q, k, CLASS_BODY))
		{
			speaker_as_written(q, clause, c, s);
			return true;
		}
		if (!attribution_word(q, k, CLASS_DETERMINER) && !(doc->tokens[k].flags & NV_TOKEN_CAPITALIZED))
			break;
	}
	return false;
}

/* "Pemerintah Korea Utara membela …, dengan mengatakan": the sentence's
 * subject before c, a person first; NULL when none. */
static const nv_mention *
sentence_subject(const quoter *q, uint32_t from, uint32_t c)
{
	for (int pass = 0; pass < 2; pass++)
		for (uint32_t k = from; k < c; k++)
		{
			const nv_mention *m = mention_of(q, k);

			if (q->in_quote[k])
				break;
			if (can_speak(m) && (pass == 1 || m->kind == NV_KIND_PERSON))
				return m;
		}
	return NULL;
}

static bool reporting_cue(const quoter *q, uint32_t c, const nv_lexicon_match *match);

/*
 * The subject heading the clause [clause, c): its first actor that can
 * speak, or a person it names right after ("Russia's ambassador Vassily
 * Nebenzia"); NULL when none.
 */
static const nv_mention *
clause_head(const quoter *q, uint32_t clause, uint32_t c)
{
	for (uint32_t k = clause; k < c && !q->in_quote[k]; k++)
	{
		const nv_mention *m = mention_of(q, k);

		if (!can_speak(m))
			continue;
		/* a person heads the clause himself, not one his verb's object
		 * names ("Kim Hong-Kyun summoned Russian Ambassador Georgy
		 * Zinoviev and urged") */
		for (uint32_t j = m->end_token; m->kind != NV_KIND_PERSON && j < c && j <= m->end_token + 3; j++)
		{
			const nv_mention *next = mention_of(q, j);

			if (next && next != m && can_speak(next) && next->kind == NV_KIND_PERSON)
				return next;
		}
		return m;
	}
	return NULL;
}

static bool speaker_before(quoter *q, uint32_t from, uint32_t c, speaker *s);

/* Whether the cue at c is the purpose of a summons in the clause
 * [clause, c) ("memanggil Duta Besar China Huang Xilian untuk menyampaikan
 * protes", "summoned the ambassador to protest"): the summoner speaks,
 * not the envoy. */
static bool
summons_purpose(const quoter *q, uint32_t clause, uint32_t c)
{
	if (!attribution_word(q, c - 1, CLASS_PURPOSE))
		return false;
	for (uint32_t k = clause; k + 1 < c; k++)
		if (nv_phrase_at(q->lists, q->doc, k, NV_LIST_ACT, "summon"))
			return true;
	return false;
}

/*
 * The speaker of a cue at c right after a comma that closes the clause
 * [clause, c), or after "dan", "and" in it ("menyesalkan keputusan Rusia
 * dan menyebutnya …"), a second verb of that clause's subject: "Russia
 * slammed the U.N. resolution, saying", "Rusia mengecam sanksi itu,
 * menyebut …"
 * speak for the subject of the clause's own cue, and with no cue there
 * ("Iran summoned the EU envoy, saying", "Iran memanggil duta besar Uni
 * Eropa, menyebut"), a participle or an active verb speaks for the actor
 * heading the clause, unless the clause is set off by commas ("Kim Yo
 * Jong, adik pemimpin Korea Utara Kim Jong Un, membantah"): not for the
 * object nearest the cue.  Returns whether the speaker was found, or -1
 * when c is no such verb.
 */
static int
second_verb_speaker(quoter *q, uint32_t from, uint32_t clause, bool set_off, uint32_t c, speaker *s)
{
	const nv_document *doc = q->doc;
	size_t		len;
	const char *fold;
	const nv_mention *head;
	bool		joined;		/* by "dan", "and": not after a comma */

	if (clause >= c)
		return -1;
	joined = !nv_token_is_punct(doc, c - 1, ',') && c > clause + 1 &&
		(attribution_word(q, c - 1, CLASS_CONJUNCTION) || summons_purpose(q, clause, c));
	if (!joined && !nv_token_is_punct(doc, c - 1, ','))
		return -1;
	for (uint32_t v = c - 1; v-- > clause;)
	{
		nv_lexicon_match match;
		bool		anaphoric;

		if (!q->in_quote[v] && cue_at(q, v, &match, &anaphoric) && reporting_cue(q, v, &match))
			return v > from && speaker_before(q, from, v, s);
	}
	/* "saying", "adding"; "menyebut", "mengatakan"; any verb joined by
	 * "and" to a verb of the clause's head ("summoned the U.S. ambassador
	 * on Monday and accused Washington of …") */
	fold = nv_token_fold(doc, c, &len);
	if (set_off || !(joined || (len > 4 && (((doc->lang & NV_LANG_EN) && memcmp(fold + len - 3, "ing", 3) == 0) ||
											((doc->lang & NV_LANG_ID) && memcmp(fold, "me", 2) == 0)))) ||
		(head = clause_head(q, clause, c)) == NULL)
		return -1;
	speaker_from_mention(s, head);
	return true;
}

/*
 * The speaker before a cue at token c, within the sentence from `from`:
 * the person before a clause set off by commas, the nearest person in the
 * cue's clause, an unnamed speaker or a name the lexicon does not know
 * right before the cue, the nearest other actor, a speaker as the
 * clause's subject, the sentence's subject, an anaphor anywhere before.
 */
static bool
speaker_before(quoter *q, uint32_t from, uint32_t c, speaker *s)
{
	uint32_t	low = c > from + SPEAKER_BACK_WINDOW ? c - SPEAKER_BACK_WINDOW : from;
	bool		set_off;
	uint32_t	clause = clause_of_cue(q, from, low, c, &set_off);
	const nv_mention *best;
	int			second = second_verb_speaker(q, from, clause, set_off, c, s);

	if (second >= 0)
		return second;
	best = nearest_actor(q, clause, c);

	/* "Dmitry Peskov, who spoke to reporters in Moscow, said", "Kim Yo
	 * Jong, the sister of leader Kim Jong Un, said": a person right before
	 * the clause set off by commas is the subject, unless the clause is
	 * the name itself ("juru bicara Kremlin, Dmitry Peskov, mengatakan") */
	if (set_off && (!best || best->kind != NV_KIND_PERSON || best->first_token != clause))
	{
		const nv_mention *subject = mention_of(q, clause - 2);

		if (can_speak(subject) && subject->kind == NV_KIND_PERSON)
		{
			speaker_from_mention(s, subject);
			return true;
		}
	}
	/* (before a quote mark, as in "calling it “…”", "it" is no subject) */
	if ((!best || best->kind != NV_KIND_PERSON) && !q->in_quote[c] &&
		unnamed_subject_next_to(q, clause, c, best, s))
		return true;
	if (unknown_name_before(q, clause, c, best, s))
		return true;
	if (!best)
	{
		if (clause_subject(q, clause, c, s))
			return true;
		best = sentence_subject(q, from, c);
	}
	if (best)
	{
		speaker_from_mention(s, best);
		return true;
	}
	for (uint32_t k = from; k < c; k++)
		if (resolve_anaphor(q, k, s))
			return true;
	return false;
}

/*
 * Whether a mention of an outlet covers a token of [from, to).  Most
 * attributions name none, and then need no search for a relay's marker:
 * the few mentions there tell it, not every token (in the corpus 20 of
 * 173 quotes' windows name an outlet; 564 mentions are read, not 4,899
 * tokens).
 */
static bool
outlet_named_in(const quoter *q, uint32_t from, uint32_t to)
{
	const nv_mention_result *mentions = q->mentions;
	const nv_mention *covering = mention_of(q, from);

	if (covering && covering->kind == NV_KIND_MEDIA)
		return true;
	for (uint32_t k = nv_mention_first_from(mentions, from);
		 k < mentions->count && mentions->mentions[k].first_token < to; k++)
		if (mentions->mentions[k].kind == NV_KIND_MEDIA)
			return true;
	return false;
}

/* The first token in [from, to) where a relay's marker starts ("dikutip
 * dari", "according to"), its entry in *marker; `to` when none.  Markers
 * are rare: the tokens that cannot start one are passed by their bits. */
static uint32_t
next_via_marker(const quoter *q, uint32_t from, uint32_t to, const nv_word_entry **marker)
{
	for (uint32_t k = next_attribution(q, from, to, "via"); k < to; k = next_attribution(q, k + 1, to, "via"))
		if ((*marker = attribution_word(q, k, CLASS_VIA)) != NULL)
			return k;
	return to;
}

/* The outlet a quote was relayed through: "dikutip dari Al Jazeera". */
static const char *
via_in(const quoter *q, uint32_t from, uint32_t to)
{
	const nv_word_entry *marker;

	if (!outlet_named_in(q, from, to))
		return NULL;
	for (uint32_t k = next_via_marker(q, from, to, &marker); k < to; k = next_via_marker(q, k + 1, to, &marker))
	{
		/* "dikutip dari laporan kantor berita resmi Korea Utara KCNA": the
		 * outlet may follow a description of it, within its clause */
		for (uint32_t j = k + marker->word_count; j < to && j <= k + marker->word_count + 7; j++)
		{
			const nv_mention *m = mention_of(q, j);

			if (m && m->kind == NV_KIND_MEDIA)
				return m->id;
			if (q->doc->tokens[j].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(q->doc, j, '('))
				break;
		}
	}
	return NULL;
}

/* When it was said: the first time expression in the attribution, the
 * tokens [from, to) around the cue (never the quoted content). */
static void
said_on_in(const quoter *q, uint32_t from, uint32_t to, nv_quote *quote)
{
	const nv_timex_result *t = q->timexes;

	for (uint32_t k = nv_timex_first_from(t, from); k < t->count; k++)
	{
		const nv_timex_span *span = &t->spans[k];

		if (span->first_token >= to)
			break;
		if (span->resolved && !q->in_quote[span->first_token])
		{
			quote->has_said_on = true;
			quote->said_on = span->value;
			quote->said_on_timex = k;
			return;
		}
	}
}

/*
 * The first token at or after i that starts a new line (or token_count).
 * Spans come in text order, so the last answer holds for every i up to
 * it: a line holding a million quotes is scanned once, not once a quote.
 */
static uint32_t
line_end_from(quoter *q, uint32_t i)
{
	if (i < q->line_from || i > q->line_end)
	{
		q->line_from = i;
		q->line_end = nv_next_flagged(q->doc, i, NV_TOKEN_NEWLINE_BEFORE);
	}
	return q->line_end;
}

/* A new quote of tokens [first, end), which start in sentence `near` or
 * one after it (nv_sentence_from). */
static nv_quote *
new_quote(quoter *q, nv_quote_kind kind, uint32_t first, uint32_t end, uint32_t near)
{
	nv_quote   *quote = NV_VEC_PUSH(q->doc->arena, &q->quotes, nv_quote);

	quote->kind = kind;
	quote->start = q->doc->tokens[first].start;
	quote->end = q->doc->tokens[end - 1].end;
	quote->sentence = nv_sentence_from(q->doc, near, first);
	quote->act = -1;
	q->last_quote_sentence = quote->sentence;
	return quote;
}

static void
set_speaker(quoter *q, nv_quote *quote, const speaker *s)
{
	quote->speaker_start = s->start;
	quote->speaker_end = s->end;
	quote->speaker_actor = s->actor;
	quote->speaker_country = s->country;
	quote->speaker_role = s->mention ? s->mention->role : NULL;
	remember_speaker(q, s);
}

static void
set_cue(nv_quote *quote, const nv_document *doc, uint32_t first, const nv_lexicon_match *match)
{
	quote->cue_start = doc->tokens[first].start;
	quote->cue_end = doc->tokens[match->end_token - 1].end;
	quote->act = match->act;
}

/* Whether the cue word at token c is part of a fixed phrase that reports
 * nothing: "Lebih lanjut, …", "Dengan kata lain, …", "secara jelas". */
static bool
in_idiom(const quoter *q, uint32_t c)
{
	for (uint32_t k = c > 2 ? c - 2 : 0; k <= c; k++)
	{
		const nv_word_entry *e = attribution_word(q, k, CLASS_IDIOM);

		if (e && k + e->word_count > c)
			return true;
	}
	return false;
}

/* Whether the cue at token c reports speech: not "yang menuduh", not
 * "tidak mengakui", not "untuk menjatuhkan sanksi". */
static bool
reporting_cue(const quoter *q, uint32_t c, const nv_lexicon_match *match)
{
	/* "yang menuduh", "If confirmed, …", "jika dikonfirmasi" */
	if ((c > 0 && (attribution_word(q, c - 1, CLASS_RELATIVE) || attribution_word(q, c - 1, CLASS_CONDITION))) ||
		in_idiom(q, c))
		return false;
	/* "three firms accused of supplying drones", "Russia has been accused
	 * of": a participle, passive, says who is accused, not who speaks */
	if (match->act == NV_ACT_ACCUSE && (q->doc->lang & NV_LANG_EN) && nv_token_is(q->doc, match->end_token, "of"))
		return false;
	/* "memicu gelombang kecaman dan kutukan": a noun of an act, no verb,
	 * reports no one's words */
	if (match->act != NV_ACT_SAY && (match->form & NV_FORM_NOUN) && match->end_token == c + 1)
		return false;
	/* "Pyongyang dituding memasok ...", "Iran dikecam karena ...": the
	 * subject of a passive accusation or condemnation is its target */
	if ((match->act == NV_ACT_ACCUSE || match->act == NV_ACT_CONDEMN) && (match->form & NV_FORM_PASSIVE))
		return false;
	/* "The claims were denied by Moscow", "dibantah oleh Moskow": an act
	 * in the passive, its agent after it, reports no words */
	if (match->act != NV_ACT_SAY && match->end_token < q->doc->token_count &&
		attribution_word(q, match->end_token, CLASS_PASSIVE_AGENT))
		return false;
	/* a negation in the cue's own clause and of the cue itself: not in
	 * "tidak sah. Berg menambahkan", nor in "yang tidak ingin disebutkan
	 * namanya mengatakan", where it negates another verb */
	for (uint32_t k = c; k-- > 0 && c - k <= 4 && q->doc->tokens[k].kind != NV_TOKEN_PUNCT;)
	{
		nv_lexicon_match other;
		bool		anaphoric;

		if (attribution_word(q, k, CLASS_NEGATION))
			return false;
		if (cue_at((quoter *) q, k, &other, &anaphoric))
			break;
	}
	/* "mengancam keamanan kawasan": a danger described, no warning given */
	if (match->act == NV_ACT_WARN && nv_threat_endangers(q->lists, q->doc, match->end_token))
		return false;
	return match->act != NV_ACT_SANCTION;
}

/*
 * An attribution clause at token k, up to `end`: ", kata X", ", X said",
 * ", said X", "tambahnya".  Sets the quote's cue and *s, *found; returns
 * whether a cue was there.
 */
static bool
cue_clause_at(quoter *q, uint32_t k, uint32_t end, nv_quote *quote, speaker *s, bool *found)
{
	const nv_document *doc = q->doc;
	nv_lexicon_match match;
	bool		anaphoric;

	while (k < end && nv_token_is_punct(doc, k, ','))
		k++;
	/* "“open talks” and Berg demanded …": a clause of its own */
	if (k < end && attribution_word(q, k, CLASS_CONJUNCTION))
		return false;
	/* a name or a role phrase counts as one word of the window: "U.S. Deputy
	 * Ambassador Robert Wood told" */
	for (uint32_t c = k, words = 0; c < end && words < POST_CUE_WINDOW && c < k + 3 * POST_CUE_WINDOW; c++, words++)
	{
		const nv_mention *m = mention_of(q, c);
		const nv_word_entry *role;

		/* the 's of "Sweden's" */
		if (c + 1 < end && nv_token_is_possessive(doc, c + 1))
		{
			c++;
			continue;
		}
		/* the clause ends at punctuation, but not at the dots of "U.N." */
		if (doc->tokens[c].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(doc, c, ',') &&
			!(nv_token_is_punct(doc, c, '.') && c > 0 && doc->tokens[c - 1].kind == NV_TOKEN_WORD &&
			  doc->tokens[c - 1].fold_len == 1 && doc->tokens[c - 1].end == doc->tokens[c].start))
			break;
		if (m && m->first_token == c)
		{
			c = m->end_token - 1;
			continue;
		}
		if ((role = role_word(q, c, CLASS_PERSON_ROLE)) != NULL)
		{
			c += role->word_count - 1;
			continue;
		}
		/* a noun names an act, it reports none: "“categorically rejects”
		 * the accusations" */
		if (!cue_at(q, c, &match, &anaphoric) || match.act == NV_ACT_SANCTION ||
			attribution_word(q, c, CLASS_NOUN))
			continue;
		/* '“…,” accusing Moscow of …': a participle opening the clause
		 * has its subject before the quote, and names no speaker after */
		if (c == k && (doc->lang & NV_LANG_EN) && doc->tokens[c].fold_len > 4 && nv_token_ends_with(doc, c, "ing"))
			return false;
		/* "…, calling it “a hostile act,” according to KCNA": an outlet
		 * relaying the quote, whose speaker is named before it */
		if (c == k && attribution_word(q, c, CLASS_VIA))
		{
			for (uint32_t j = match.end_token; j < end && j <= match.end_token + 3; j++)
				if (mention_of(q, j) && mention_of(q, j)->kind == NV_KIND_MEDIA)
					return false;
		}
		set_cue(quote, doc, c, &match);
		/* "katanya" with no one spoken yet: the person heading the
		 * sentence before ("Peskov berbicara kepada wartawan. “…,”
		 * katanya") */
		if (anaphoric && (q->last.actor || subject_before_sentence(q, quote->sentence, s)))
		{
			if (q->last.actor)
				*s = q->last;
			s->start = doc->tokens[c].start;
			s->end = doc->tokens[c].end;
			*found = true;
		}
		else if (c > k && speaker_before(q, k, c, s))
			*found = true;
		else
			*found = speaker_after(q, match.end_token, end, s);
		return true;
	}
	return false;
}

/* Gives quote `to` the date `from` was said on. */
static void
said_on_from(nv_quote *to, const nv_quote *from)
{
	to->has_said_on = true;
	to->said_on = from->said_on;
	to->said_on_timex = from->said_on_timex;
}

/*
 * The quote just made and the one before it by the same speaker are one
 * statement when they stand in the same or the next sentence, the date
 * coming with the later one ("Lin Jian menyebut … . “…,” kata Lin Jian …
 * pada Kamis (13/6)."), or when the later one has no cue and continues
 * the speaker's words: the date one has is the other's.
 */
static void
share_said_on(quoter *q, bool continuation)
{
	nv_quote   *all = q->quotes.items;
	nv_quote   *now;
	nv_quote   *before;

	if (q->quotes.count < 2)
		return;
	now = &all[q->quotes.count - 1];
	before = &all[q->quotes.count - 2];
	if (now->has_said_on == before->has_said_on || !now->speaker_actor || !before->speaker_actor ||
		strcmp(now->speaker_actor, before->speaker_actor) != 0)
		return;
	if (now->has_said_on && now->sentence <= before->sentence + 1)
		said_on_from(before, now);
	else if (before->has_said_on && continuation)
		said_on_from(now, before);
}

/* direct: the quote opens its sentence (`sentence`, the one its opening
 * mark stands in), or follows ':' or ',' */
static nv_quote_kind
span_kind(const nv_document *doc, const nv_quote_span *span, uint32_t sentence)
{
	uint32_t	sentence_first = doc->sentences[sentence].first_token;

	if (span->open_token == sentence_first || nv_token_is_punct(doc, span->open_token - 1, ':') ||
		nv_token_is_punct(doc, span->open_token - 1, ','))
		return NV_QUOTE_DIRECT;
	return NV_QUOTE_PARTIAL;
}

/* An outlet standing right before the cue as its subject ("Tokyo Shimbun
 * menuduh …", "CNN reported …"): it reports on its own account, so it is
 * the speaker.  speaker_before passes outlets, which elsewhere relay. */
static const nv_mention *
outlet_subject(const quoter *q, uint32_t from, uint32_t c)
{
	const nv_mention *m = c > from && !q->in_quote[c - 1] ? mention_of(q, c - 1) : NULL;

	return m && m->kind == NV_KIND_MEDIA && m->country && m->end_token == c ? m : NULL;
}

/* The quote of `span`, whose opening mark stands in sentence `sentence`. */
static void
attribute_span(quoter *q, const nv_quote_span *span, const nv_quote_span *previous, uint32_t sentence)
{
	const nv_document *doc = q->doc;
	uint32_t	s_first = doc->sentences[sentence].first_token; /* where its attribution may start */
	uint32_t	close = span->close_token != UINT32_MAX ? span->close_token : span->end_token - 1;
	uint32_t	after_sentence = nv_sentence_from(doc, sentence, close);
	uint32_t	line_end = line_end_from(q, close + 1);
	nv_quote   *quote;
	nv_lexicon_match match;
	bool		anaphoric;
	speaker		s = {0};
	bool		found = false;
	uint32_t	attribution_end;
	bool		after_speech;
	bool		continues = false;	/* it continues the last speaker's words */
	const nv_mention *outlet;

	attribution_end = doc->sentences[after_sentence].end_token;
	if (attribution_end < close + 1)
		attribution_end = close + 1;
	/* the attribution lies near the quote: scanning the whole sentence for
	 * each of its quotes made a long sentence of many quotes quadratic */
	if (span->open_token > s_first + ATTRIBUTION_WINDOW)
		s_first = span->open_token - ATTRIBUTION_WINDOW;
	if (attribution_end > close + 1 + ATTRIBUTION_WINDOW)
		attribution_end = close + 1 + ATTRIBUTION_WINDOW;

	/* reported speech just before: a cue-less quote continues it */
	after_speech = q->quotes.count > 0 && q->last_quote_sentence + 3 >= sentence;
	quote = new_quote(q, span_kind(doc, span, sentence), span->first_token, span->end_token, sentence);

	/* 1. after the closing mark: ", kata X" / ", X said" / ", said X" */
	if (span->close_token != UINT32_MAX)
	{
		uint32_t	k = span->close_token + 1;

		/* within the sentence the quote closes: after '“absurd.”' a new
		 * sentence begins ("She said ..."), with a cue of its own */
		if (cue_clause_at(q, k, line_end < attribution_end ? line_end : attribution_end, quote, &s, &found))
			attribution_end = line_end < attribution_end ? line_end : attribution_end;
		else
		{
			/* 1b. the sentence's closing clause: "“remain intact” and ...
			 * “decapitation” strikes, U.N. experts said in a report" */
			for (uint32_t c = attribution_end; c-- > k + POST_CUE_WINDOW;)
				if (nv_token_is_punct(doc, c, ','))
				{
					if (!q->in_quote[c])
						cue_clause_at(q, c + 1, attribution_end, quote, &s, &found);
					break;
				}
		}
	}
	/* 2. before the opening mark: "X mengatakan bahwa, “…”", "X said: “…”" */
	if (quote->cue_start == quote->cue_end)
	{
		for (uint32_t c = span->open_token; c-- > s_first;)
		{
			if (q->in_quote[c])
				break;
			if (!cue_at(q, c, &match, &anaphoric) || !reporting_cue(q, c, &match) ||
				attribution_word(q, c, CLASS_NOUN))
				continue;
			set_cue(quote, doc, c, &match);
			/* "The North's official Korean Central News Agency said Kim
			 * had “…”": an outlet right before the cue is its speaker */
			if ((outlet = outlet_subject(q, s_first, c)) != NULL)
			{
				speaker_from_mention(&s, outlet);
				found = true;
			}
			else
				found = attribution_word(q, c, CLASS_FOLLOWS) ? false : speaker_before(q, s_first, c, &s);
			if (!found && anaphoric && q->last.actor)
			{
				s = q->last;
				found = true;
			}
			if (!found)
				found = speaker_after(q, match.end_token, span->open_token, &s);
			break;
		}
	}
	/* 3. no cue: the speaker a colon introduced on the line before, the
	 * subject of the sentence, else the previous quote's speaker */
	if (!found && quote->cue_start == quote->cue_end)
	{
		if (q->intro_sentence != UINT32_MAX && q->intro_sentence + 1 == sentence &&
			span->open_token == s_first)
		{
			s = q->intro;
			quote->cue_start = q->intro_cue_start;
			quote->cue_end = q->intro_cue_end;
			quote->act = q->intro_act;
			found = true;
		}
		else if (span->open_token > s_first && speaker_before(q, s_first, span->open_token, &s))
			found = true;
		else if ((previous || after_speech) && q->last.actor)
		{
			s = q->last;
			s.start = s.end = 0;
			found = continues = true;
		}
	}
	if (found)
		set_speaker(q, quote, &s);
	quote->via = via_in(q, s_first, attribution_end);
	said_on_in(q, s_first, span->open_token, quote);
	if (!quote->has_said_on && span->close_token != UINT32_MAX)
		said_on_in(q, span->close_token + 1, attribution_end, quote);
	share_said_on(q, continues);
	remember_actors(q, s_first, attribution_end);
}

/* A sentence ends with . ! ? or a closing mark: headlines and subheads do not. */
static bool
is_running_text(const quoter *q, const nv_sentence *sentence)
{
	const nv_token *last = &q->doc->tokens[sentence->end_token - 1];
	int32_t		cp = nv_token_codepoint(q->doc, last);

	return last->kind == NV_TOKEN_PUNCT &&
		(cp == '.' || cp == '!' || cp == '?' || (last->flags & NV_TOKEN_QUOTE));
}

/*
 * Whether token `after`, right after a speaker named after its cue, ends
 * the attribution: punctuation or the sentence's end, a prepositional
 * phrase or a date ("kata Lin Jian dalam konferensi pers", "said Peskov on
 * Monday").  Anything else makes the "speaker" the subject of the report:
 * "The Kremlin's spokesman, Dmitry Peskov, said Moscow was not involved".
 */
static bool
closes_attribution(const quoter *q, uint32_t after, uint32_t end)
{
	uint32_t	t;

	if (after >= end || q->doc->tokens[after].kind == NV_TOKEN_PUNCT ||
		attribution_word(q, after, CLASS_ADJUNCT))
		return true;
	/* "kata media pemerintah Rusia dan dikutip Irish Examiner" */
	if (after + 1 < end && attribution_word(q, after, CLASS_CONJUNCTION) &&
		(attribution_word(q, after + 1, CLASS_ADJUNCT) || attribution_word(q, after + 1, CLASS_VIA)))
		return true;
	t = nv_timex_first_from(q->timexes, after);
	return t < q->timexes->count && q->timexes->spans[t].first_token == after;
}

/*
 * The first token of what a sentence can report: after its dateline
 * ("SEOUL (Reuters) - North Korea has sent …, South Korea's military
 * said"), which names where the story was filed: a place in capitals or
 * an outlet before the dash.
 */
static uint32_t
content_start(const quoter *q, const nv_sentence *sentence)
{
	const nv_document *doc = q->doc;
	uint32_t	s = (uint32_t) (sentence - doc->sentences);
	uint32_t	dash = nv_dateline_dash(doc, s);

	if (dash == UINT32_MAX)
		return sentence->first_token;
	/* "(AFP) --" */
	while (dash + 1 < sentence->end_token && doc->tokens[dash + 1].kind == NV_TOKEN_PUNCT &&
		   nv_token_is_punct(doc, dash + 1, '-'))
		dash++;
	if (dash + 1 >= sentence->end_token)
		return sentence->first_token;
	if (doc->tokens[sentence->first_token].flags & NV_TOKEN_ALL_CAPS)
		return dash + 1;
	for (uint32_t k = sentence->first_token; k < dash; k++)
	{
		const nv_mention *m = mention_of(q, k);

		if (m && m->kind == NV_KIND_MEDIA)
			return dash + 1;
	}
	return sentence->first_token;
}

/*
 * Whether the speaker *s found after a cue starts at token i, or after a
 * phrase of role words and names that describes it ("ujar juru bicara
 * Kremlin Dmitry Peskov"), which it then takes in as written.
 */
static bool
role_phrase_before(const quoter *q, uint32_t i, speaker *s)
{
	const nv_document *doc = q->doc;
	uint32_t	k = i;

	while (k < doc->token_count && doc->tokens[k].start < s->start && k < i + 6)
	{
		const nv_word_entry *role = nv_phrase_at(q->lists, doc, k, NV_LIST_ROLE, NULL);
		const nv_mention *m = mention_of(q, k);

		if (role)
			k += role->word_count;
		else if (m)
			k = m->end_token;
		else if (doc->tokens[k].kind == NV_TOKEN_WORD && (doc->tokens[k].flags & NV_TOKEN_CAPITALIZED))
			k++;
		else
			return false;
	}
	if (k >= doc->token_count || doc->tokens[k].start != s->start)
		return false;
	s->start = doc->tokens[i].start;
	return true;
}

/*
 * "…, kata para pejabat.": an unnamed speaker at token i, right after a
 * cue, that context did not resolve (speaker_after failed on it) is kept
 * as written, with no actor, rather than the report given to an actor
 * the words before name.  Returns the token after it, 0 when no unnamed
 * speaker stands there.
 */
static uint32_t
unnamed_speaker_end(const quoter *q, uint32_t i, uint32_t end, speaker *s)
{
	const nv_word_entry *g = role_word(q, i, CLASS_GENERIC_SPEAKER);

	if (!g || i + g->word_count > end)
		return 0;
	speaker_as_written(q, i, i + g->word_count, s);
	return i + g->word_count;
}

/*
 * A cue right after a comma with its speaker right after it: set off by
 * commas inside a report ("Korut, lanjut Kim Yo Jong, mengembangkan
 * senjata …", "Rusia, tambahnya, tidak …"), the whole sentence being the
 * report; or closing it ("Sanksi baru menargetkan …, kata Departemen
 * Keuangan AS."), the report being what comes before the comma.  Sets *s
 * and the report's tokens [*first, *end); false when the cue is neither.
 */
static bool
post_comma_attribution(quoter *q, const nv_sentence *sentence, uint32_t c, const nv_lexicon_match *match,
					   bool anaphoric, speaker *s, uint32_t *first, uint32_t *end)
{
	const nv_document *doc = q->doc;
	uint32_t	after;			/* the token after the speaker */

	if (c < sentence->first_token + 2 || !nv_token_is_punct(doc, c - 1, ',') ||
		attribution_word(q, c, CLASS_FOLLOWS))
		return false;
	if (anaphoric)
	{
		if (!q->last.actor)
			return false;
		*s = q->last;
		s->start = doc->tokens[c].start;
		s->end = doc->tokens[c].end;
		after = match->end_token;
	}
	else if (match->end_token >= sentence->end_token)
		return false;
	else if (speaker_after(q, match->end_token, sentence->end_token, s))
	{
		if (!role_phrase_before(q, match->end_token, s))
			return false;
		for (after = match->end_token; after < sentence->end_token && doc->tokens[after].end <= s->end;)
			after++;
	}
	else if ((after = unnamed_speaker_end(q, match->end_token, sentence->end_token, s)) == 0)
		return false;
	*first = content_start(q, sentence);
	if (after + 1 < sentence->end_token && nv_token_is_punct(doc, after, ','))
		*end = sentence->end_token;
	else if (c >= sentence->first_token + 4 && closes_attribution(q, after, sentence->end_token))
		*end = c - 1;
	else
		return false;
	/* what was said comes before the comma: not when the sentence's
	 * content starts only after a dateline's dash past the cue */
	return *first < *end;
}

/* Whether the cue matched is followed, within its clause, by what was
 * said or why: "bahwa"/"that", a comma or colon right after it, or a
 * reason ("karena", "because", "over"). */
static bool
reason_follows(const quoter *q, const nv_sentence *sentence, const nv_lexicon_match *match)
{
	const nv_document *doc = q->doc;

	if (nv_token_is_punct(doc, match->end_token, ',') || nv_token_is_punct(doc, match->end_token, ':'))
		return true;
	for (uint32_t k = match->end_token; k < sentence->end_token && k <= match->end_token + 8; k++)
	{
		if (attribution_word(q, k, CLASS_THAT) || attribution_word(q, k, CLASS_REASON))
			return true;
		if (doc->tokens[k].kind == NV_TOKEN_PUNCT && !nv_token_is_punct(doc, k, '(') &&
			!nv_token_is_punct(doc, k, ')'))
			return false;
	}
	return false;
}

/* A verb of an outlet's own report ("melaporkan", "reported"): no cue,
 * since an outlet relaying a speaker's words is `via`, but an outlet that
 * reports on its own account is a speaker.  Fills *match as a cue's. */
static bool
outlet_verb_at(const quoter *q, uint32_t c, nv_lexicon_match *match)
{
	const nv_word_entry *e = attribution_word(q, c, CLASS_OUTLET_VERB);

	if (!e)
		return false;
	match->end_token = c + e->word_count;
	match->actor = -1;
	match->act = NV_ACT_SAY;
	return true;
}

/*
 * The first token in [from, to) where a cue or an outlet's verb may start,
 * or `to`: most words start neither, and an attribution word of another
 * class ("yang", "the") is no outlet's verb either.  The sentences with
 * no quote are read through: on a document mapped to the stage's lexicon
 * and lists, by jumping between the tokens whose marks say either may
 * start there (eight marks a load), each tested with the tables in locals
 * and the class's bit found once (the scan, a token at a time, was 1% of
 * extract()); else token by token through the general tests.
 */
static uint32_t
next_cue_or_outlet_verb(const quoter *q, uint32_t from, uint32_t to)
{
	const nv_document *doc = q->doc;
	const nv_token *tokens = doc->tokens;
	const uint8_t *lexicon_starts = doc->lexicon_starts;
	const uint32_t *list_starts = doc->list_starts;
	const uint64_t *class_starts;
	uint64_t	class_bit;
	uint32_t	c = from;

	if (doc->lexicon != q->lex || doc->word_lists != q->lists || q->class_ids[CLASS_OUTLET_VERB] < 0)
	{
		for (; c < to; c++)
			if (may_start_cue(q, c) ||
				nv_token_may_start_class(q->lists, doc, c, NV_LIST_ATTRIBUTION, "outlet_verb"))
				return c;
		return to;
	}
	class_starts = doc->class_starts + (q->class_ids[CLASS_OUTLET_VERB] / 64) % NV_CLASS_WORDS;
	class_bit = 1ULL << (q->class_ids[CLASS_OUTLET_VERB] % 64);
	for (; c < to; c++)
	{
		uint32_t	word;

		if (doc->token_marks != NULL &&
			(c = nv_next_marked_before(doc, c, to, NV_MARK_CUE | NV_MARK_OUTLET_VERB)) == to)
			break;
		word = tokens[c].list_word;
		if ((lexicon_starts[tokens[c].word_id] & NV_STARTS_CUE) ||
			((list_starts[word] & (1u << NV_LIST_ATTRIBUTION)) &&
			 (class_starts[word * NV_CLASS_WORDS] & class_bit)))
			return c;
	}
	return to;
}

/* The outlet named just before token c ("Reuters adalah yang pertama kali
 * melaporkan", "stasiun pemberitaan resmi Korea Utara, Korean Central News
 * Agency (KCNA), melaporkan"), or NULL. */
static const nv_mention *
outlet_before(const quoter *q, uint32_t from, uint32_t c)
{
	for (uint32_t k = c; k-- > from && c - k <= 16 && !q->in_quote[k];)
	{
		const nv_mention *m = mention_of(q, k);

		if (m && m->kind == NV_KIND_MEDIA && m->country)
			return m;
		if (m && can_speak(m))
			return NULL;
	}
	return NULL;
}

/* Whether the cue at token c follows a refusal or a failure to speak,
 * with or without its "untuk"/"to" between. */
static bool
refused(const quoter *q, const nv_sentence *sentence, uint32_t c)
{
	uint32_t	first = sentence->first_token;

	return c > first && (attribution_word(q, c - 1, CLASS_REFUSAL) ||
						 (c > first + 1 && attribution_word(q, c - 1, CLASS_PURPOSE) &&
						  attribution_word(q, c - 2, CLASS_REFUSAL)));
}

/*
 * Whether a weak cue (one with other senses) reports speech here: before
 * "bahwa"/"that" or a comma ("Ia menambahkan, …"); with the value
 * `subject`, also right after its speaker ("X menyebut …"), and with
 * `continues` after the one who spoke just before ("Departemen menambahkan
 * …"), which *adjacent_subject and *continues then demand.
 */
static bool
weak_cue_reports(const quoter *q, const nv_sentence *sentence, uint32_t c, const nv_lexicon_match *match,
				 bool *adjacent_subject, bool *continues)
{
	const nv_document *doc = q->doc;
	const nv_word_entry *weak = attribution_word(q, c, CLASS_WEAK);
	bool		that = false;

	if (!weak)
		return true;
	for (uint32_t k = match->end_token; k < sentence->end_token && k <= match->end_token + 3; k++)
		that = that || attribution_word(q, k, CLASS_THAT) != NULL;
	if (that || nv_token_is_punct(doc, match->end_token, ',') || nv_token_is_punct(doc, match->end_token, ':'))
		return true;
	if (weak->value && strcmp(weak->value, "subject") == 0)
		*adjacent_subject = true;
	else if (weak->value && strcmp(weak->value, "continues") == 0)
		*adjacent_subject = *continues = true;
	else
		return false;
	return true;
}

/*
 * Where an adverbial that may stand between a speaker and its cue starts,
 * when one ends right before token `end` (not before `from`): an adverb
 * or phrase ("juga", "dalam pernyataannya", "in a statement") or a time
 * expression ("pada Kamis"); `end` when none does.
 */
static uint32_t
adverbial_before(const quoter *q, uint32_t from, uint32_t end)
{
	uint32_t	t = nv_timex_first_from(q->timexes, end);

	for (uint32_t j = end; j-- > from && end - j <= 4;)
	{
		const nv_word_entry *e = attribution_word(q, j, CLASS_SUBJECT_ADVERB);

		if (e && j + e->word_count == end)
			return j;
	}
	/* the last time expression before `end` ends right there */
	if (t > 0 && q->timexes->spans[t - 1].end_token == end && q->timexes->spans[t - 1].first_token >= from)
	{
		uint32_t	first = q->timexes->spans[t - 1].first_token;

		/* with its preposition: "pada Kamis", "on Monday" */
		return first > from && attribution_word(q, first - 1, CLASS_ADJUNCT) ? first - 1 : first;
	}
	return end;
}

/*
 * The speaker right before the cue at c, for a weak cue that demands it:
 * "Jepang juga menyebut" (an adverb may come between), "Maria Zakharova,
 * juru bicara kementerian itu, menyebut" (a clause set off by commas);
 * with `continues`, the one who spoke within the two sentences before.
 */
static bool
subject_right_before(quoter *q, const nv_sentence *sentence, uint32_t sentence_index, uint32_t c,
					 bool continues, speaker *s)
{
	const nv_document *doc = q->doc;
	uint32_t	subject_end = c;

	/* "Rusia mengecam sanksi itu, menyebut langkah itu ilegal": a second
	 * verb of the subject of the clause before */
	if (c > sentence->first_token &&
		(nv_token_is_punct(doc, c - 1, ',') || attribution_word(q, c - 1, CLASS_CONJUNCTION)))
	{
		uint32_t	low = c > sentence->first_token + SPEAKER_BACK_WINDOW ? c - SPEAKER_BACK_WINDOW : sentence->first_token;
		bool		set_off;
		uint32_t	clause = clause_of_cue(q, sentence->first_token, low, c, &set_off);
		int			second = second_verb_speaker(q, sentence->first_token, clause, set_off, c, s);

		if (second >= 0)
			return !continues && second && s->actor;
	}
	for (uint32_t back; subject_end > sentence->first_token + 1 &&
		 (back = adverbial_before(q, sentence->first_token + 1, subject_end)) < subject_end;)
		subject_end = back;
	if (nv_token_is_punct(doc, subject_end - 1, ','))
		for (uint32_t k = subject_end - 1; k-- > sentence->first_token && subject_end - k < 14;)
			if (nv_token_is_punct(doc, k, ','))
			{
				subject_end = k;
				break;
			}
	if (c == sentence->first_token || !speaker_before(q, sentence->first_token, c, s) ||
		!s->actor || s->end != doc->tokens[subject_end - 1].end)
		return false;
	return !continues || (q->last.actor && strcmp(q->last.actor, s->actor) == 0 &&
						  q->last_quote_sentence + 2 >= sentence_index);
}

/*
 * The speaker after "menurut" / "according to" at c: an outlet a few words
 * on ("menurut (laporan kantor berita) Yonhap"), a speaker after the cue,
 * or, opening the sentence, a source tied to no actor kept as written
 * ("According to a diplomatic source, …").
 */
static bool
speaker_after_follows_cue(quoter *q, const nv_sentence *sentence, uint32_t c, const nv_lexicon_match *match,
						  speaker *s)
{
	const nv_document *doc = q->doc;
	uint32_t	k;

	for (k = match->end_token; k < sentence->end_token && k <= match->end_token + 3 &&
		 doc->tokens[k].kind == NV_TOKEN_WORD && !s->actor; k++)
	{
		const nv_mention *m = mention_of(q, k);

		if (m && m->kind == NV_KIND_MEDIA && m->country)
			speaker_from_mention(s, m);
		else if (m)
			break;
	}
	if (s->actor || speaker_after(q, match->end_token, sentence->end_token, s))
		return true;
	if (c != sentence->first_token)
		return false;
	for (k = match->end_token; k < sentence->end_token && k < match->end_token + 8 &&
		 doc->tokens[k].kind == NV_TOKEN_WORD;)
		k++;
	if (k == match->end_token || !nv_token_is_punct(doc, k, ','))
		return false;
	s->start = doc->tokens[match->end_token].start;
	s->end = doc->tokens[k - 1].end;
	return true;
}

/*
 * Whether the speaker of a cue with none before it may be looked for after
 * it ("Demikian dikatakan Peskov"): not past "bahwa"/"that", which opens
 * what was said ("Tim penyelidik menyimpulkan bahwa Rusia …"), and not
 * when a pronoun opening the sentence is the subject of an active cue
 * ("Ia mengatakan kedua negara …"), though no antecedent is found for it.
 */
static bool
speaker_may_follow(const quoter *q, const nv_sentence *sentence, const nv_lexicon_match *match)
{
	if (attribution_word(q, match->end_token, CLASS_THAT) || attribution_word(q, match->end_token - 1, CLASS_THAT))
		return false;
	return (match->form & NV_FORM_PASSIVE) ||
		nv_phrase_at(q->lists, q->doc, sentence->first_token, NV_LIST_ANAPHOR, NULL) == NULL;
}

/*
 * Where a date set off by commas that starts at token i ends, at its
 * closing comma ("…, Rabu (23/10/2024), bahwa"); i when none starts there.
 */
static uint32_t
set_off_date_end(const quoter *q, uint32_t i)
{
	uint32_t	k = nv_timex_first_from(q->timexes, i);
	const nv_timex_span *span;

	if (k >= q->timexes->count || (span = &q->timexes->spans[k])->first_token != i ||
		!nv_token_is_punct(q->doc, span->end_token, ','))
		return i;
	return span->end_token;
}

/* Where a time expression starting at token k ends, or k when none
 * starts there. */
static uint32_t
date_at(const quoter *q, uint32_t k)
{
	const nv_timex_result *t = q->timexes;
	uint32_t	n = nv_timex_first_from(t, k);

	return n < t->count && t->spans[n].first_token == k ? t->spans[n].end_token : k;
}

/* The words a date may carry after it and still be attribution: "waktu
 * setempat", "local time". */
#define DATE_TAIL 2

/* Whether tokens [k, end) hold only a time expression, with any
 * preposition before it and marks after it. */
static bool
only_date(const quoter *q, uint32_t k, uint32_t end)
{
	const nv_timex_result *t = q->timexes;
	uint32_t	n;

	n = nv_timex_first_from(t, k);
	/* the time expression may hold the preposition, or follow it */
	if (n < t->count && t->spans[n].first_token > k && attribution_word(q, k, CLASS_ADJUNCT))
		k++;
	if (n >= t->count || t->spans[n].first_token > k)
		return false;
	for (k = t->spans[n].end_token; k < end; k++)
		if (q->doc->tokens[k].kind != NV_TOKEN_PUNCT)
			return false;
	return true;
}

/*
 * What the cue at c reports, as tokens [*first, *end): after "bahwa" /
 * "that" or the addressee of "told"; after the speaker's comma in
 * "Menurut X, …"; before the speaker's clause in "…, Seoul's spy agency
 * told AFP"; before an outlet clause ", mengutip AFP"; before the cue in
 * "…, menurut X".  False when there is nothing to report.
 */
static bool
report_tokens(const quoter *q, const nv_sentence *sentence, uint32_t c, const nv_lexicon_match *match,
			  bool speaker_follows, uint32_t *first, uint32_t *end)
{
	const nv_document *doc = q->doc;
	uint32_t	content = match->end_token;
	bool		after_that = false;
	uint32_t	words = 0;

	/* "told Reuters on Thursday that …", "said in a statement carried by
	 * KCNA that …", "mengatakan kepada wartawan di Moskwa, Rabu
	 * (23/10/2024), bahwa …": the content starts after "that" */
	for (uint32_t k = content, limit = content + 8; k < sentence->end_token && k < limit; k++)
	{
		uint32_t	date_end;

		if (attribution_word(q, k, CLASS_THAT))
		{
			content = k;
			break;
		}
		/* a date set off by commas is passed over, and not counted */
		if (nv_token_is_punct(doc, k, ',') && (date_end = set_off_date_end(q, k + 1)) > k + 1)
		{
			limit += date_end - k;
			k = date_end;
			continue;
		}
		/* and so is a date after the cue, with the words of a place's
		 * time after it ("mengatakan pada hari Senin (24/02) waktu
		 * setempat, bahwa") */
		if ((k == match->end_token || attribution_word(q, k - 1, CLASS_ADJUNCT)) && (date_end = date_at(q, k)) > k)
		{
			uint32_t	j = date_end;

			while (j < sentence->end_token && j < date_end + DATE_TAIL && doc->tokens[j].kind == NV_TOKEN_WORD &&
				   !attribution_word(q, j, CLASS_THAT))
				j++;
			if (j + 1 < sentence->end_token && nv_token_is_punct(doc, j, ',') && attribution_word(q, j + 1, CLASS_THAT))
				j++;
			if (j < sentence->end_token && attribution_word(q, j, CLASS_THAT))
			{
				content = j;
				break;
			}
			limit += date_end - k;
			k = date_end - 1;
			continue;
		}
		/* "reported, citing government sources, that …", "mengatakan,
		 * dalam pernyataannya, bahwa …": a phrase set off by commas right
		 * after the cue, then the complementiser */
		if (k == match->end_token && nv_token_is_punct(doc, k, ','))
		{
			uint32_t	j = k + 1;

			while (j < sentence->end_token && j < k + 10 && doc->tokens[j].kind != NV_TOKEN_PUNCT)
				j++;
			if (j > k + 1 && j + 1 < sentence->end_token && nv_token_is_punct(doc, j, ',') &&
				attribution_word(q, j + 1, CLASS_THAT))
			{
				content = j + 1;
				break;
			}
		}
		/* not past the clause: ", he said, adding that …" (but
		 * "mengatakan, bahwa …") */
		if (doc->tokens[k].kind == NV_TOKEN_PUNCT &&
			!(k == content && nv_token_is_punct(doc, k, ',') && k + 1 < sentence->end_token &&
			  attribution_word(q, k + 1, CLASS_THAT)))
			break;
	}
	if (content < sentence->end_token && attribution_word(q, content, CLASS_THAT))
	{
		content++;
		after_that = true;
	}
	/* "told reporters the launch was illegal": whom it was told */
	else if (attribution_word(q, c, CLASS_VIA) && attribution_word(q, content, CLASS_ADDRESSEE))
		content += attribution_word(q, content, CLASS_ADDRESSEE)->word_count;
	while (content < sentence->end_token && nv_token_is_punct(doc, content, ','))
		content++;
	if (content >= sentence->end_token)
		return false;
	/* "Menurut X, …": the content starts after the speaker's comma */
	if (speaker_follows && c == sentence->first_token)
	{
		uint32_t	k = content;

		while (k < sentence->end_token && !nv_token_is_punct(doc, k, ','))
			k++;
		if (k + 1 < sentence->end_token)
			content = k + 1;
	}
	/* "North Korea has sent …, Seoul's spy agency told AFP", "…, Hayashi
	 * told a news conference": the content is before the speaker's clause
	 * (not in "Peskov said Moscow was not involved", whose report follows
	 * the cue) */
	if (!speaker_follows && c > sentence->first_token + 4 && !after_that &&
		(closes_attribution(q, match->end_token, sentence->end_token) ||
		 (mention_of(q, match->end_token) && mention_of(q, match->end_token)->kind == NV_KIND_MEDIA) ||
		 attribution_word(q, c, CLASS_VIA)))
	{
		uint32_t	k = c;

		while (k > sentence->first_token && !nv_token_is_punct(doc, k - 1, ','))
			k--;
		/* not when what comes before relays ("Dilansir kantor berita AFP,
		 * Kamis (17/11/2022), Kepala Staf Gabungan Korsel mengatakan,
		 * Korut menembakkan …") */
		if (k > sentence->first_token + 3 && !attribution_word(q, content_start(q, sentence), CLASS_VIA) &&
			!attribution_word(q, content_start(q, sentence), CLASS_OPENER))
		{
			*first = content_start(q, sentence);
			*end = k - 1;
			return *first < *end;
		}
	}
	/* ", mengutip AFP." / ", seperti dilaporkan Reuters": the outlet clause
	 * is attribution, not content */
	*end = sentence->end_token;
	for (uint32_t k = next_attribution(q, content + 1, *end, "via"); k < *end;
		 k = next_attribution(q, k + 1, *end, "via"))
		if (nv_token_is_punct(doc, k - 1, ',') && attribution_word(q, k, CLASS_VIA))
		{
			*end = k - 1;
			break;
		}
	/* two words are content enough, but not a date alone ("Iravani said
	 * on Wednesday.") */
	for (uint32_t k = content; k < *end && words < 2; k++)
		words += doc->tokens[k].kind != NV_TOKEN_PUNCT;
	if (only_date(q, content, *end))
		return false;
	/* "Lavrov menolak tuduhan itu.": a cue that holds its object reports it */
	if (words < 2 && content == match->end_token && match->end_token - c >= 2)
	{
		content = c + 1;
		words = 2;
	}
	if (words < 2)
		return false;
	*first = content;
	/* "…, menurut X": the content is what comes before the cue */
	if (speaker_follows && c > sentence->first_token + 3 && nv_token_is_punct(doc, c - 1, ','))
	{
		*first = content_start(q, sentence);
		*end = c - 1;
	}
	/* nothing before the comma when the content starts past a
	 * dateline's dash after the cue */
	return *first < *end;
}

/*
 * Where a date set off by a comma closes the sentence ("AS menuding China
 * memasok komponen drone kepada Rusia, Senin (12/8/2024)."), its first
 * token, or the sentence's end: a newsroom dates the saying so, after
 * what was said.  Only marks may follow it.
 */
static uint32_t
closing_date(const quoter *q, const nv_sentence *sentence)
{
	const nv_document *doc = q->doc;
	const nv_timex_result *t = q->timexes;
	uint32_t	k = nv_timex_first_from(t, sentence->end_token);
	const nv_timex_span *span;

	if (k == 0)
		return sentence->end_token;
	span = &t->spans[k - 1];
	if (span->first_token <= sentence->first_token || span->end_token > sentence->end_token ||
		!nv_token_is_punct(doc, span->first_token - 1, ','))
		return sentence->end_token;
	for (uint32_t i = span->end_token; i < sentence->end_token; i++)
		if (doc->tokens[i].kind != NV_TOKEN_PUNCT)
			return sentence->end_token;
	return span->first_token;
}

/*
 * Where the attribution of the cue at c begins, for its date: at the
 * sentence's first token, or at a relative word right before the speaker
 * ("… imposed sanctions on Tuesday on firms who officials
 * allege …": Tuesday dates the sanctions, not what officials allege).
 */
static uint32_t
attribution_first(const quoter *q, uint32_t first, uint32_t c, const speaker *s)
{
	const nv_document *doc = q->doc;
	uint32_t	k = c;

	if (s->end <= s->start || s->start >= doc->tokens[c].start)
		return first;			/* no speaker, or one after the cue */
	/* the speaker's first token, and the word before it */
	while (k > first && doc->tokens[k - 1].start >= s->start)
		k--;
	return k > first && attribution_word(q, k - 1, CLASS_RELATIVE) ? k - 1 : first;
}

/* Whether sentence s, pointing back, names as its speaker one of another
 * country than the quote's: the first actor that can speak among its
 * first eight tokens ("Pernyataan itu disampaikan Kim Yo Jong" after
 * Ukraine's words points elsewhere; "Komentar itu disampaikannya, Jumat
 * (17/5/2024), setelah AS ..." names none there). */
static bool
names_another_speaker(const quoter *q, const nv_sentence *s, const nv_quote *quote)
{
	const nv_mention_result *mentions = q->mentions;

	for (uint32_t k = nv_mention_first_from(mentions, s->first_token);
		 k < mentions->count && mentions->mentions[k].first_token < s->end_token &&
		 mentions->mentions[k].first_token < s->first_token + 8; k++)
	{
		const nv_mention *m = &mentions->mentions[k];

		if (can_speak(m))
			return quote->speaker_country && !same_country(m->country, quote->speaker_country);
	}
	return false;
}

/*
 * "Kim Yo Jong ... membantah .... Komentar itu disampaikannya, Jumat
 * (17/5/2024), setelah ...": a sentence that opens by referring to what
 * was said ("Hal itu", "Komentar itu", "Demikian disampaikan") dates the
 * quotes of the sentence before it that have no date, and the undated
 * quotes of the same speaker in the sentences right before those (one
 * statement, quoted over several paragraphs).
 */
static void
date_from_reference(quoter *q)
{
	const nv_document *doc = q->doc;
	nv_quote   *all = q->quotes.items;

	for (size_t k = q->quotes.count; k-- > 0;)
	{
		nv_quote   *quote = &all[k];
		const nv_sentence *next;

		if (quote->has_said_on || quote->sentence + 1 >= doc->sentence_count)
			continue;
		next = &doc->sentences[quote->sentence + 1];
		if (attribution_word(q, next->first_token, CLASS_REFERENCE) && !names_another_speaker(q, next, quote))
			said_on_in(q, next->first_token, next->end_token, quote);
		/* the same speaker's quotes before, sentence by sentence */
		for (size_t j = k; quote->has_said_on && quote->speaker_actor && j-- > 0;)
		{
			nv_quote   *before = &all[j];

			if (before->sentence + 1 < all[j + 1].sentence || before->has_said_on ||
				!before->speaker_actor || strcmp(before->speaker_actor, quote->speaker_actor) != 0)
				break;
			said_on_from(before, quote);
		}
	}
}

/* An indirect quote of tokens [first, end) with its cue at c and speaker
 * s: the speaker, the relay and the date. */
static void
add_indirect(quoter *q, const nv_sentence *sentence, uint32_t first, uint32_t end, uint32_t c,
			 const nv_lexicon_match *match, const speaker *s)
{
	const nv_document *doc = q->doc;
	nv_quote   *quote = new_quote(q, NV_QUOTE_INDIRECT, first, end, (uint32_t) (sentence - doc->sentences));
	uint32_t	attribution;

	set_cue(quote, doc, c, match);
	if (s->actor || s->end > s->start)
		set_speaker(q, quote, s);
	quote->via = via_in(q, sentence->first_token, sentence->end_token);
	/* before the cue, or right after it ("told AFP on Thursday"); in "Hal
	 * itu diungkapkan X ... pada Jumat (21/7)" the whole sentence attributes
	 * what came before */
	/* never in what it reports, when that comes first ("The delivery took
	 * place between Sept. 7 and Oct. 1, the U.S. says") */
	attribution = attribution_first(q, sentence->first_token, c, s);
	said_on_in(q, end <= c && end > attribution ? end : attribution, c, quote);
	if (!quote->has_said_on)
	{
		const nv_word_entry *reference = attribution_word(q, sentence->first_token, CLASS_REFERENCE);
		bool		attribution_only = reference && sentence->first_token + reference->word_count == c;

		uint32_t	to = attribution_only ? sentence->end_token : match->end_token + 5;

		/* what stands between the cue and what it reports is attribution
		 * ("mengatakan kepada wartawan di Moskwa, Rabu (23/10/2024),
		 * bahwa") */
		if (first > to && first <= sentence->end_token)
			to = first;
		said_on_in(q, match->end_token, to, quote);
	}
	/* "... mengecam AS karena ..., dikutip dari laporan KCNA, Jumat
	 * (23/12/2022) via US News": a relay's attribution after the content
	 * dates it */
	if (!quote->has_said_on && quote->via)
	{
		const nv_word_entry *marker;

		/* from the first marker on: the rest of the sentence holds any later one */
		said_on_in(q, next_via_marker(q, c, sentence->end_token, &marker), sentence->end_token, quote);
	}
	if (!quote->has_said_on)
		said_on_in(q, closing_date(q, sentence), sentence->end_token, quote);
	share_said_on(q, false);
}

/* Whether the cue word at c stands as a noun or an adjective, right
 * after a determiner, a possessive or another cue ("declined to deny
 * reports that …", "the reports", "their alleged support"): it reports
 * nothing. */
static bool
object_of_verb(const quoter *q, uint32_t c)
{
	nv_lexicon_match before;
	bool		anaphoric;

	if (c == 0 || q->doc->tokens[c - 1].kind != NV_TOKEN_WORD)
		return false;
	return attribution_word(q, c - 1, CLASS_DETERMINER) || attribution_word(q, c - 1, CLASS_POSSESSIVE) ||
		(cue_at(q, c - 1, &before, &anaphoric) && before.end_token == c && reporting_cue(q, c - 1, &before));
}

/* Whether a comma stands among tokens [from, to): what it spans is a
 * clause, no subject kept as written ("They condemned Russia's
 * aggression, warned China ..."). */
static bool
comma_in(const quoter *q, uint32_t from, uint32_t to)
{
	for (uint32_t k = from; k < to; k++)
		if (nv_token_is_punct(q->doc, k, ','))
			return true;
	return false;
}

/* Reported speech in a sentence with no quote marks; whether it gave a quote. */
static bool
attribute_sentence(quoter *q, uint32_t sentence_index)
{
	const nv_document *doc = q->doc;
	const nv_sentence *sentence = &doc->sentences[sentence_index];
	nv_lexicon_match match;
	bool		anaphoric;
	uint32_t	phrase_end = 0;

	for (uint32_t c = next_cue_or_outlet_verb(q, sentence->first_token, sentence->end_token);
		 c < sentence->end_token; c = next_cue_or_outlet_verb(q, c + 1, sentence->end_token))
	{
		speaker		s = {0};
		bool		found;
		bool		speaker_follows = false;
		bool		adjacent_subject = false;	/* the speaker must stand right before the cue */
		bool		continues = false;	/* and be the one who spoke just before */
		uint32_t	first;
		uint32_t	end;
		const nv_mention *outlet = NULL;

		/* a word inside a cue phrase read at its first word is no cue of
		 * its own ("protes" of "menyampaikan protes") */
		if (c < phrase_end)
			continue;
		if (!may_start_cue(q, c) || !cue_at(q, c, &match, &anaphoric))
		{
			if (!outlet_verb_at(q, c, &match))
				continue;
			anaphoric = false;
			outlet = outlet_before(q, sentence->first_token, c);
		}
		else
			phrase_end = match.end_token;
		if (!reporting_cue(q, c, &match) || attribution_word(q, c, CLASS_NOUN) || object_of_verb(q, c) ||
			(outlet_verb_at(q, c, &match) && c > 0 && attribution_word(q, c - 1, CLASS_PASSIVE_AUX)))
			continue;
		if (outlet)
		{
			speaker_from_mention(&s, outlet);
			/* "…, Korean Central News Agency (KCNA), melaporkan.": the report
			 * is the sentence up to the outlet's clause */
			if (match.end_token + 1 >= sentence->end_token)
			{
				for (end = c > 16 ? c - 16 : 0; end < c; end++)
					if (end > sentence->first_token + 3 && nv_token_is_punct(doc, end, ','))
						break;
				if (end >= c || (first = content_start(q, sentence)) >= end)
					continue;
				add_indirect(q, sentence, first, end, c, &match, &s);
				return true;
			}
		}
		/* "Korut, lanjut Kim Yo Jong, mengembangkan …", "…, kata X.": a cue
		 * after a comma, its speaker after it */
		if (post_comma_attribution(q, sentence, c, &match, anaphoric, &s, &first, &end))
		{
			add_indirect(q, sentence, first, end, c, &match, &s);
			return true;
		}
		if (!outlet && !weak_cue_reports(q, sentence, c, &match, &adjacent_subject, &continues))
			continue;
		/* an act refused, failed or only meant is no speech ("China
		 * menolak mengecam Rusia atas invasi", "refused to condemn") */
		if (!outlet && match.act != NV_ACT_SAY && c > sentence->first_token &&
			attribution_word(q, c - 1, CLASS_PURPOSE))
			continue;
		/* nor is speech refused ("menolak mengungkapkan waktu kunjungan",
		 * "enggan untuk menjelaskan", "declined to say when") */
		if (!outlet && refused(q, sentence, c))
			continue;
		/* a condemnation of a thing is an act, not reported speech
		 * ("mengecam pengiriman peralatan militer …"); one with its
		 * reason or its words is ("mengecam AS karena mengirim …"), and
		 * so is a position taken ("menentang semua sanksi sepihak") */
		if (!outlet && match.act == NV_ACT_CONDEMN && !attribution_word(q, c, CLASS_STANCE) &&
			!reason_follows(q, sentence, &match))
			continue;
		if (outlet)
			found = true;
		else if (adjacent_subject)
		{
			if (!subject_right_before(q, sentence, sentence_index, c, continues, &s))
				continue;
			found = true;
		}
		/* "menurut X, …" / "according to X": the speaker follows */
		else if (attribution_word(q, c, CLASS_FOLLOWS))
			found = speaker_follows = speaker_after_follows_cue(q, sentence, c, &match, &s);
		else
		{
			const nv_mention *subject;

			found = speaker_before(q, sentence->first_token, c, &s);
			if (!found && (subject = outlet_subject(q, sentence->first_token, c)) != NULL)
			{
				speaker_from_mention(&s, subject);
				found = true;
			}
			if (!found && speaker_may_follow(q, sentence, &match))
				found = speaker_follows = speaker_after(q, match.end_token, sentence->end_token, &s);
		}
		/* "Disebutkan, …", "Dikatakan, …": a passive cue opening the
		 * sentence carries on the report of the one who spoke just before */
		if (!found && c == sentence->first_token && nv_token_is_punct(doc, match.end_token, ',') &&
			q->last.actor && q->quotes.count > 0 && q->last_quote_sentence + 3 >= sentence_index)
		{
			s = q->last;
			s.start = s.end = 0;
			found = true;
		}
		if (!found)
		{
			/* a subject the lexicon does not know ("Media pemerintah"):
			 * kept as written when it opens the sentence */
			if (c == sentence->first_token || attribution_word(q, c, CLASS_FOLLOWS) ||
				!(doc->tokens[sentence->first_token].flags & NV_TOKEN_CAPITALIZED) ||
				comma_in(q, sentence->first_token, c))
				return false;
			/* as written alone: no actor a failed search may have left */
			speaker_as_written(q, sentence->first_token, c, &s);
		}
		if (!report_tokens(q, sentence, c, &match, speaker_follows, &first, &end))
			return false;
		add_indirect(q, sentence, first, end, c, &match, &s);
		return true;
	}
	return false;
}

/* How many quote spans ahead nv_find_quotes asks for an opening mark's text. */
#define SPAN_PREFETCH 8

/*
 * A quote span that reports no speech: a single word in single marks
 * ("the so-called 'allies'", "menyebutnya 'boneka'") is a scare quote, and
 * a quoted fragment in a headline or subhead (a line that does not end
 * like a sentence) is no quote by the corpus conventions, unless the text
 * was cut off there.
 */
static bool
is_unspoken_span(const quoter *q, const nv_quote_span *span, uint32_t sentence)
{
	const nv_document *doc = q->doc;
	const nv_token *open = &doc->tokens[span->open_token];
	int32_t		cp = nv_token_codepoint(doc, open);
	uint32_t	words = 0;

	uint32_t	before = span->open_token;

	/* 'berjudul: "…"', 'a report titled "…"': a title */
	if (before > 0 && nv_token_is_punct(doc, before - 1, ':'))
		before--;
	if (before > 0 && attribution_word(q, before - 1, CLASS_TITLE))
		return true;
	if (cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B)
	{
		for (uint32_t k = span->first_token; k < span->end_token && words < 2; k++)
			words += doc->tokens[k].kind != NV_TOKEN_PUNCT && !(doc->tokens[k].flags & NV_TOKEN_HYPHEN_BEFORE);
		if (words == 1 && span->close_token != UINT32_MAX)
			return true;
	}
	if (sentence + 1 < doc->sentence_count && span_kind(doc, span, sentence) == NV_QUOTE_PARTIAL)
	{
		const nv_sentence *line = &doc->sentences[sentence];
		uint32_t	last = line->end_token - 1;

		/* a headline is a line of its own ... */
		if (!(doc->tokens[line->end_token].flags & NV_TOKEN_NEWLINE_BEFORE))
			return false;
		/* ... that ends with no full stop, or with a closing mark right
		 * after a word ("calls the plan “reckless”") */
		if (last > line->first_token && (doc->tokens[last].flags & NV_TOKEN_QUOTE) &&
			doc->tokens[last - 1].kind != NV_TOKEN_PUNCT)
			return true;
		return !is_running_text(q, line);
	}
	return false;
}

/*
 * Whether tokens [from, to), between two quoted fragments of a sentence,
 * bring a speaker of their own: a cue word, or a speaker joined on as a
 * new clause ("promised “security guarantees” and Kim recommitted to the
 * “complete denuclearization”").
 */
static bool
new_attribution_between(const quoter *q, uint32_t from, uint32_t to)
{
	nv_lexicon_match match;
	bool		anaphoric;

	for (uint32_t k = from; k < to; k++)
	{
		const nv_mention *m = mention_of(q, k);

		if (cue_at(q, k, &match, &anaphoric))
			return true;
		if (can_speak(m) && m->first_token == k && k > from &&
			attribution_word(q, k - 1, CLASS_CONJUNCTION))
			return true;
	}
	return false;
}

/*
 * A sentence in the first person outside quote marks ("We have repeatedly
 * expressed China's position …", "Kami menolak …") is a quote whose marks
 * were lost (a pull-quote, or careless editing): a direct quote of the
 * speaker its closing clause names (", he said"), else of the one who
 * spoke last.  Whether it gave a quote.
 */
static bool
attribute_unmarked_quote(quoter *q, uint32_t sentence_index)
{
	const nv_document *doc = q->doc;
	const nv_sentence *sentence = &doc->sentences[sentence_index];
	const nv_word_entry *self = nv_phrase_at(q->lists, doc, sentence->first_token, NV_LIST_ANAPHOR, NULL);
	nv_quote	cue = {0};		/* the closing clause's cue, when there is one */
	nv_quote   *quote;
	speaker		s = {0};
	bool		found = false;
	uint32_t	end = sentence->end_token;

	if (!self || strcmp(self->value, "self") != 0 || !(doc->tokens[sentence->first_token].flags & NV_TOKEN_CAPITALIZED) ||
		sentence->end_token - sentence->first_token < 6)
		return false;
	for (uint32_t c = sentence->end_token; c-- > sentence->first_token + 3 && sentence->end_token - c < 12;)
		if (nv_token_is_punct(doc, c, ','))
		{
			if (cue_clause_at(q, c + 1, sentence->end_token, &cue, &s, &found))
				end = c;
			break;
		}
	if (!found && q->last.actor)
	{
		s = q->last;
		s.start = s.end = 0;
		found = true;
	}
	if (!found)
		return false;
	quote = new_quote(q, NV_QUOTE_DIRECT, sentence->first_token, end, sentence_index);
	quote->cue_start = cue.cue_start;
	quote->cue_end = cue.cue_end;
	quote->act = end < sentence->end_token ? cue.act : -1;
	set_speaker(q, quote, &s);
	return true;
}

/*
 * "Seperti dilansir dari Wion News, drone-drone tersebut …", "Dilansir
 * AFP, …": a sentence opened by an outlet's name and a comma, with no other
 * speaker, is that outlet's report on its own account.  The outlet is
 * taken as written when the lexicon does not know it.
 */
static void
attribute_outlet_lead(quoter *q, uint32_t sentence_index)
{
	const nv_document *doc = q->doc;
	const nv_sentence *sentence = &doc->sentences[sentence_index];
	const nv_word_entry *marker = attribution_word(q, sentence->first_token, CLASS_VIA);
	uint32_t	name = sentence->first_token + (marker ? marker->word_count : 0);
	uint32_t	comma = name;
	speaker		s = {0};
	nv_quote   *quote;

	if (!marker || name >= sentence->end_token)
		return;
	/* "As reported by the Wall Street Journal, …" */
	while (name + 1 < sentence->end_token && attribution_word(q, name, CLASS_DETERMINER))
		name++;
	comma = name;
	while (comma < sentence->end_token && comma < name + 6 && !nv_token_is_punct(doc, comma, ','))
		comma++;
	if (comma == name || comma + 3 >= sentence->end_token || !nv_token_is_punct(doc, comma, ','))
		return;
	for (uint32_t k = name; k < comma; k++)
		if (doc->tokens[k].kind != NV_TOKEN_WORD ||
			(!mention_of(q, k) && !(doc->tokens[k].flags & NV_TOKEN_CAPITALIZED)))
			return;
	if (mention_of(q, name) && mention_of(q, name)->kind == NV_KIND_MEDIA)
		speaker_from_mention(&s, mention_of(q, name));
	s.start = doc->tokens[name].start;
	s.end = doc->tokens[comma - 1].end;
	quote = new_quote(q, NV_QUOTE_INDIRECT, comma + 1, sentence->end_token, sentence_index);
	quote->speaker_start = s.start;
	quote->speaker_end = s.end;
	quote->speaker_actor = s.actor;
	quote->speaker_country = s.country;
	quote->via = s.actor;
	said_on_in(q, sentence->first_token, comma, quote);
}

/*
 * "In his opinion, …", "In her view, …": a sentence opened by the view of
 * one named before, with no cue of its own, is that person's report
 * ("menurutnya" says the same with a cue).  Whether it gave a quote.
 */
static bool
attribute_opinion_lead(quoter *q, uint32_t sentence_index)
{
	const nv_document *doc = q->doc;
	const nv_sentence *sentence = &doc->sentences[sentence_index];
	const nv_word_entry *lead = attribution_word(q, sentence->first_token, CLASS_OPINION);
	uint32_t	comma = sentence->first_token + (lead ? lead->word_count : 0);
	const speaker *owner;
	nv_quote   *quote;

	if (!lead || comma + 3 >= sentence->end_token || !nv_token_is_punct(doc, comma, ','))
		return false;
	owner = strcmp(lead->value, "person") == 0 ? &q->last_person : &q->last;
	if (!owner->actor || q->quotes.count == 0 || q->last_quote_sentence + 3 < sentence_index)
		return false;
	quote = new_quote(q, NV_QUOTE_INDIRECT, comma + 1, sentence->end_token, sentence_index);
	quote->cue_start = doc->tokens[sentence->first_token].start;
	quote->cue_end = doc->tokens[comma - 1].end;
	quote->act = NV_ACT_SAY;
	quote->speaker_start = quote->cue_start;
	quote->speaker_end = quote->cue_end;
	quote->speaker_actor = owner->actor;
	quote->speaker_country = owner->country;
	quote->speaker_role = owner->mention ? owner->mention->role : NULL;
	said_on_in(q, comma + 1, comma + 6, quote);
	return true;
}

/*
 * A quote running over paragraphs opens each with a mark and closes only
 * the last, where its cue stands: "“We will not tolerate it.\n“The world
 * must stand together,” Kishida said."  The run of open-ended quotes with
 * no cue, each line followed by one that opens with a mark; the cue at
 * its end names the speaker of them all.
 */
typedef struct open_quote_run
{
	uint32_t	first;			/* index of its first quote */
	uint32_t	count;
	uint32_t	next_line;		/* the token its next paragraph must open at */
} open_quote_run;

/* After the quote just made from `span`: extends the run, or gives the run
 * its speaker, or ends it. */
static void
continue_open_quotes(quoter *q, const nv_quote_span *span, open_quote_run *run)
{
	nv_quote   *all = q->quotes.items;
	nv_quote   *quote = &all[q->quotes.count - 1];
	bool		continues = run->count > 0 && span->open_token == run->next_line;

	if (continues && quote->speaker_actor && quote->cue_start != quote->cue_end)
	{
		for (uint32_t k = run->first; k < run->first + run->count; k++)
		{
			all[k].speaker_start = quote->speaker_start;
			all[k].speaker_end = quote->speaker_end;
			all[k].speaker_actor = quote->speaker_actor;
			all[k].speaker_country = quote->speaker_country;
			all[k].speaker_role = quote->speaker_role;
		}
		run->count = 0;
		return;
	}
	if (span->close_token == UINT32_MAX && quote->cue_start == quote->cue_end)
	{
		if (!continues)
		{
			run->first = (uint32_t) q->quotes.count - 1;
			run->count = 0;
		}
		run->count++;
		run->next_line = span->end_token;
		return;
	}
	run->count = 0;
}

/*
 * "Lavrov mengatakan:" / "Lavrov said:" ending its line: the cue and the
 * speaker of the quote that opens the next line.
 */
static void
note_introduction(quoter *q, uint32_t sentence_index)
{
	const nv_document *doc = q->doc;
	const nv_sentence *sentence = &doc->sentences[sentence_index];
	nv_lexicon_match match;
	bool		anaphoric;

	if (!nv_token_is_punct(doc, sentence->end_token - 1, ':'))
		return;
	for (uint32_t c = sentence->first_token; c + 1 < sentence->end_token; c++)
	{
		speaker		s = {0};

		if (!cue_at(q, c, &match, &anaphoric) || !reporting_cue(q, c, &match) ||
			match.end_token + 2 < sentence->end_token)
			continue;
		if (!(anaphoric && q->last.actor && (s = q->last, true)) &&
			!speaker_before(q, sentence->first_token, c, &s))
			return;
		q->intro = s;
		q->intro_sentence = sentence_index;
		q->intro_cue_start = doc->tokens[c].start;
		q->intro_cue_end = doc->tokens[match.end_token - 1].end;
		q->intro_act = match.act;
		return;
	}
}

void
nv_find_quotes(const nv_document *doc, const nv_lexicon *lex, const nv_wordlists *lists,
			   const nv_mention_result *mentions, const nv_timex_result *timexes,
			   nv_quote_result *out)
{
	quoter		q = {doc, lex, lists, mentions, timexes, NULL, {0}, {0}, 0, {0}, UINT32_MAX, 0, 0, -1,
	{{0}}, {0}, 0, 0, NULL};
	nv_quote_span_result spans;
	uint32_t	next_span = 0;

	uint32_t	partial_sentence = UINT32_MAX;	/* the last sentence given a partial quote */
	uint32_t	partial_end = 0;	/* and where that quote's span ended */
	open_quote_run open_quotes = {0, 0, UINT32_MAX};
	uint32_t	kept = 0;
	uint32_t	open_sentence = 0;	/* of the span read last */
	const bool	far = nv_prefetches(doc);

	q.class_ids = class_ids_of_words();
	q.in_quote = nv_arena_zalloc(doc->arena, doc->token_count + 1);
	nv_find_quote_spans(doc, &spans);
	for (uint32_t k = 0; k < spans.count; k++)
	{
		/*
		 * On a long document, the tokens about an opening mark sixteen
		 * spans on are asked for, then the mark's text eight on, its token
		 * read by then: is_unspoken_span reads both, and each read was a
		 * miss of the cache.
		 */
		if (far && k + 2 * SPAN_PREFETCH < spans.count)
			__builtin_prefetch(&doc->tokens[spans.spans[k + 2 * SPAN_PREFETCH].open_token -
											(spans.spans[k + 2 * SPAN_PREFETCH].open_token > 0)]);
		if (far && k + SPAN_PREFETCH < spans.count)
			__builtin_prefetch(doc->text + doc->tokens[spans.spans[k + SPAN_PREFETCH].open_token].start);
		open_sentence = nv_sentence_from(doc, open_sentence, spans.spans[k].open_token);
		if (!is_unspoken_span(&q, &spans.spans[k], open_sentence))
			spans.spans[kept++] = spans.spans[k];
	}
	spans.count = kept;
	for (uint32_t k = 0; k < spans.count; k++)
		for (uint32_t i = spans.spans[k].open_token; i < spans.spans[k].end_token; i++)
			q.in_quote[i] = 1;

	/* sentences in order; a sentence's quote spans first */
	for (uint32_t s = 0; s < doc->sentence_count; s++)
	{
		const nv_sentence *sentence = &doc->sentences[s];
		bool		has_quote = false;

		if ((s & 0xFF) == 0)
			nv_check_interrupts();
		while (next_span < spans.count && spans.spans[next_span].open_token < sentence->end_token)
		{
			const nv_quote_span *span = &spans.spans[next_span];

			open_sentence = nv_sentence_from(doc, s, span->open_token);
			if (nv_is_boilerplate(doc, span->open_token))
			{
				next_span++;
				continue;
			}
			has_quote = true;
			/* fragments quoted inside one reported sentence ("called it a
			 * \"reckless act\" and a \"clear violation\"") are one partial quote */
			if (span_kind(doc, span, open_sentence) == NV_QUOTE_PARTIAL)
			{
				bool		same = partial_sentence == s &&
					!new_attribution_between(&q, partial_end, span->open_token);

				partial_sentence = s;
				partial_end = span->end_token;
				if (same)
				{
					next_span++;
					continue;
				}
			}
			attribute_span(&q, span, next_span > 0 ? &spans.spans[next_span - 1] : NULL, open_sentence);
			continue_open_quotes(&q, span, &open_quotes);
			next_span++;
		}
		if (!has_quote)
			note_introduction(&q, s);
		/* the text's last sentence may be cut off mid-word ("AS menuduh
		 * Korea Utara mengirim s"): its cue and speaker still count */
		if (!has_quote && !q.in_quote[sentence->first_token] &&
			(is_running_text(&q, sentence) || s + 1 == doc->sentence_count) &&
			!nv_is_boilerplate(doc, sentence->first_token) && !attribute_unmarked_quote(&q, s) &&
			!attribute_sentence(&q, s) && !attribute_opinion_lead(&q, s))
			attribute_outlet_lead(&q, s);
		remember_actors(&q, sentence->first_token, sentence->end_token);
	}
	date_from_reference(&q);
	out->quotes = q.quotes.items;
	out->count = (uint32_t) q.quotes.count;
}
