/*
 * sentence.c — sentence boundaries over the token stream.
 *
 * A line break always ends a sentence (news paragraphs, headlines and
 * bylines are lines of their own).  Inside a line, '.', '!', '?' or '…'
 * ends one when the next token starts after white space with a capital, a
 * digit, a quote mark or a bracket, and the dot does not close an
 * abbreviation (data/builtin/abbrev.tsv) or a single capital letter (the
 * "A." of initials and of U.S.).  Closing quote marks and brackets right
 * after the full stop belong to the sentence that ends.  Text scraped with
 * its paragraph breaks lost glues the next sentence on with no space
 * ("Korut.Dikutip", "dunia.\"Sanksi"): a full stop after a word of two or
 * more letters (or a bracket or number) that is followed at once by a
 * capitalised word still ends a sentence (unless it is the end of a web
 * address: "TRIBUNNEWS.COM"); a straight quote mark glued
 * between them opens the next sentence when no quote is open on the line,
 * and closes the ending one when one is.  A run of NV_SENTENCE_MAX_TOKENS
 * tokens with no end is cut there.
 */
#include "narrative.h"

/*
 * No sentence runs past this many tokens: later stages search within a
 * sentence for each quote or cue in it, so this bound keeps them linear on
 * text with no sentence ends (a megabyte of quote marks).  News sentences
 * stay far below it.
 */
#define NV_SENTENCE_MAX_TOKENS 256

static inline bool
is_terminal(const nv_document *doc, uint32_t i)
{
	int32_t		cp = nv_token_codepoint(doc, &doc->tokens[i]);

	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static bool
is_closer(const nv_document *doc, uint32_t i)
{
	const nv_token *tok = &doc->tokens[i];
	int32_t		cp = nv_token_codepoint(doc, tok);

	return tok->kind == NV_TOKEN_PUNCT && ((tok->flags & NV_TOKEN_QUOTE) || cp == ')' || cp == ']');
}

static bool
starts_sentence(const nv_document *doc, uint32_t i)
{
	const nv_token *tok = &doc->tokens[i];
	int32_t		cp = nv_token_codepoint(doc, tok);

	if (!(tok->flags & NV_TOKEN_SPACE_BEFORE))
		return false;
	if (tok->kind == NV_TOKEN_NUMBER || (tok->flags & NV_TOKEN_CAPITALIZED))
		return true;
	return tok->kind == NV_TOKEN_PUNCT &&
		((tok->flags & NV_TOKEN_QUOTE) || cp == '(' || cp == '[' || cp == '-' || cp == 0x2013 ||
		 cp == 0x2014);
}

/* A double quote mark: the marks that pair into quotes (not ' or ’).
 * Inline, as is_terminal: both are asked of every token, and most tokens
 * are words, told apart by their kind alone. */
static inline bool
is_double_mark(const nv_document *doc, uint32_t i)
{
	const nv_token *tok = &doc->tokens[i];
	int32_t		cp;

	if (tok->kind != NV_TOKEN_PUNCT || !(tok->flags & NV_TOKEN_QUOTE))
		return false;
	cp = nv_token_codepoint(doc, tok);
	return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB || cp == 0x00BB;
}

/*
 * Whether a token inside a line can neither end a sentence nor be a quote
 * mark: a word, a number, or a mark such as ',' or ':' (no quote mark, no
 * '.', '!' or '?', and nothing past ASCII, as '…' is).  The tokenizer
 * flags the others (NV_TOKEN_STOP): a test here of the kind and the code
 * point of every token missed often.
 */
static inline bool
is_inert(const nv_token *tok)
{
	return !(tok->flags & NV_TOKEN_STOP);
}

/* Token i is a capitalised word glued to what precedes it ("Dikutip" of
 * "Korut.Dikutip"), and no domain name ("Kompas.Com.", "Detik.Com/"). */
static bool
is_glued_capital_word(const nv_document *doc, uint32_t i)
{
	const nv_token *tok = &doc->tokens[i];

	if (i >= doc->token_count || tok->kind != NV_TOKEN_WORD ||
		(tok->flags & (NV_TOKEN_SPACE_BEFORE | NV_TOKEN_NEWLINE_BEFORE)) ||
		!(tok->flags & NV_TOKEN_CAPITALIZED))
		return false;
	if (i + 2 < doc->token_count && !(doc->tokens[i + 1].flags & NV_TOKEN_SPACE_BEFORE) &&
		(nv_token_is_punct(doc, i + 1, '.') || nv_token_is_punct(doc, i + 1, '/')) &&
		doc->tokens[i + 2].kind == NV_TOKEN_WORD && !(doc->tokens[i + 2].flags & NV_TOKEN_SPACE_BEFORE))
		return false;
	return true;
}

/*
 * Where a sentence glued to the '.' at token i ends ("dunia.\"Sanksi" ends
 * before the mark, "risiko.\"Kata" after it when a quote is open), or 0 when
 * the full stop ends no sentence: the word before it is a single letter or
 * an abbreviation (checked by the caller), or what follows is no
 * capitalised word.  `open` tells whether a quote is open on the line.
 */
static uint32_t
glued_sentence_end(const nv_document *doc, const nv_wordlists *lists, uint32_t i, bool open)
{
	const nv_token *prev;
	uint32_t	next = i + 1;

	if (i == 0 || !nv_token_is_punct(doc, i, '.') || next >= doc->token_count)
		return 0;
	prev = &doc->tokens[i - 1];
	if (prev->end != doc->tokens[i].start)
		return 0;
	if (!(prev->kind == NV_TOKEN_NUMBER || (prev->kind == NV_TOKEN_WORD && prev->fold_len >= 2) ||
		  nv_token_is_punct(doc, i - 1, ')')))
		return 0;
	if (is_double_mark(doc, next) && !(doc->tokens[next].flags & NV_TOKEN_SPACE_BEFORE))
	{
		int32_t		cp = nv_token_codepoint(doc, &doc->tokens[next]);
		bool		closes = cp == 0x201D || (cp == '"' && open);

		if (!is_glued_capital_word(doc, next + 1))
			return 0;
		return closes ? next + 1 : next;
	}
	/* "TRIBUNNEWS.COM", "Kompas.Com": a web address */
	if (nv_word_in(lists, doc, next, NV_LIST_ABBREV, "domain", NV_LANG_ANY))
		return 0;
	return is_glued_capital_word(doc, next) ? next : 0;
}

/* Whether the '.' at token i closes an abbreviation rather than a sentence. */
static bool
is_abbreviation_dot(const nv_document *doc, const nv_wordlists *lists, uint32_t i)
{
	const nv_token *prev;

	if (!nv_token_is_punct(doc, i, '.') || i == 0)
		return false;
	prev = &doc->tokens[i - 1];
	if (prev->end != doc->tokens[i].start || prev->kind != NV_TOKEN_WORD)
		return false;
	/* a single letter: initials, U.S., A. */
	if (doc->tokens[i - 1].fold_len == 1)
		return true;
	/* an acronym in capitals (AS., PBB.) is a real end; Dr. and Jl. are not */
	if (prev->flags & NV_TOKEN_ALL_CAPS)
		return false;
	return nv_word_in(lists, doc, i - 1, NV_LIST_ABBREV, "abbrev", doc->lang ? doc->lang : NV_LANG_ANY) != NULL;
}

/* Whether the full stop at token k joins two words with no space, as in
 * a domain name. */
static bool
in_domain(const nv_document *doc, uint32_t k, uint32_t end)
{
	return k + 1 < end && !(doc->tokens[k].flags & NV_TOKEN_SPACE_BEFORE) &&
		!(doc->tokens[k + 1].flags & NV_TOKEN_SPACE_BEFORE) && doc->tokens[k + 1].kind == NV_TOKEN_WORD;
}

/*
 * nv_dateline_dash of the sentence [first, end), as doc->dateline_dashes
 * holds it: the dash that ends a dateline, as tokens after the first (at
 * most NV_DATELINE_MAX_TOKENS - 1), or 0 for none.
 */
static uint8_t
dateline_dash(const nv_document *doc, uint32_t first, uint32_t end)
{
	if (first >= end || (first > 0 && !(doc->tokens[first].flags & NV_TOKEN_NEWLINE_BEFORE)) ||
		doc->tokens[first].kind != NV_TOKEN_WORD ||
		!(doc->tokens[first].flags & (NV_TOKEN_CAPITALIZED | NV_TOKEN_ALL_CAPS)))
		return 0;
	for (uint32_t k = first + 1; k < end && k < first + NV_DATELINE_MAX_TOKENS; k++)
	{
		/* the mark read once (0 for a word), not once a mark asked */
		int32_t		codepoint = nv_token_codepoint(doc, &doc->tokens[k]);

		if ((codepoint == '-' || codepoint == 0x2013 || codepoint == 0x2014) &&
			(doc->tokens[k].flags & NV_TOKEN_SPACE_BEFORE))
			return (uint8_t) (k - first);
		/* a full stop ends the sentence, not one inside an outlet's
		 * domain ("JAKARTA, KOMPAS.com -", "Bisnis.com, JAKARTA -") */
		if ((codepoint == '.' && !in_domain(doc, k, end)) || codepoint == '"' ||
			(doc->tokens[k].flags & NV_TOKEN_QUOTE))
			return 0;
	}
	return 0;
}

void
nv_split_sentences_until(nv_document *doc, const nv_wordlists *lists, nv_splitter *sp)
{
	nv_vec		sentences = sp->sentences;
	nv_vec		dashes = sp->dashes;
	uint32_t	first = sp->first;
	uint32_t	marks = sp->marks;
	uint32_t	next_check = sp->next_check;
	uint32_t	i;

	/*
	 * The tokens so far end a line (or the text), so they end a sentence
	 * too, as the last token does here: the tokens after them change no
	 * sentence before them.
	 */
	for (i = sp->next; i < doc->token_count; i++)
	{
		const nv_token *tokens = doc->tokens;
		uint32_t	end = 0;		/* one past the sentence's last token */

		if (i >= next_check)
		{
			nv_check_interrupts();
			next_check = i + 0x10000;
		}

		/*
		 * A word, number or comma inside a line, most tokens, is no quote
		 * mark and ends no sentence before the cut or the last token
		 * (`stop`): the run of them is passed over in a loop of its own,
		 * each token's line break read once, as the one after the token
		 * before.
		 */
		if (!(tokens[i].flags & NV_TOKEN_NEWLINE_BEFORE) && is_inert(&tokens[i]))
		{
			uint32_t	last = doc->token_count - 1;
			const nv_token *tok = &tokens[i];
			const nv_token *stop = &tokens[last - first < NV_SENTENCE_MAX_TOKENS - 1 ? last :
										  first + NV_SENTENCE_MAX_TOKENS - 1];

			while (tok < stop && !(tok[1].flags & NV_TOKEN_NEWLINE_BEFORE))
				if (!is_inert(++tok))
					break;
			i = (uint32_t) (tok - tokens);
		}
		if (doc->tokens[i].flags & NV_TOKEN_NEWLINE_BEFORE)
			marks = 0;
		if (is_double_mark(doc, i))
			marks++;

		if (i + 1 == doc->token_count)
			end = i + 1;
		else if (doc->tokens[i + 1].flags & NV_TOKEN_NEWLINE_BEFORE)
			end = i + 1;
		else if (i + 1 - first >= NV_SENTENCE_MAX_TOKENS)
			end = i + 1;
		else if (is_terminal(doc, i) && !is_abbreviation_dot(doc, lists, i))
		{
			uint32_t	j = i + 1;

			/* take closing quotes and brackets glued to the full stop */
			while (j < doc->token_count && is_closer(doc, j) &&
				   !(doc->tokens[j].flags & NV_TOKEN_SPACE_BEFORE))
				j++;
			if (j == doc->token_count || (doc->tokens[j].flags & NV_TOKEN_NEWLINE_BEFORE) ||
				starts_sentence(doc, j))
				end = j;
			else
				end = glued_sentence_end(doc, lists, i, marks % 2 == 1);
			if (end)
			{
				for (uint32_t k = i + 1; k < end; k++)
					marks += is_double_mark(doc, k);
				i = end - 1;
			}
		}

		if (end)
		{
			nv_sentence *s = NV_VEC_PUSH(doc->arena, &sentences, nv_sentence);

			s->first_token = first;
			s->end_token = end;
			s->start = doc->tokens[first].start;
			s->end = doc->tokens[end - 1].end;
			*NV_VEC_PUSH(doc->arena, &dashes, uint8_t) = dateline_dash(doc, first, end);
			first = end;
		}
	}
	sp->sentences = sentences;
	sp->dashes = dashes;
	sp->first = first;
	sp->marks = marks;
	sp->next_check = next_check;
	sp->next = i;
	doc->sentences = sentences.items;
	doc->sentence_count = (uint32_t) sentences.count;
	doc->dateline_dashes = dashes.items;
}

void
nv_split_sentences_end(nv_document *doc)
{
	/* nv_token_sentence's index: a binary search over the sentences of
	 * a long document missed the cache at nearly every step, and it is
	 * asked once per mention, quote and time expression */
	nv_token_index_build(&doc->sentence_index, doc->arena, doc->token_count,
						 doc->sentence_count ? &doc->sentences[0].first_token : NULL,
						 doc->sentence_count, sizeof(nv_sentence));
}

void
nv_split_sentences(nv_document *doc, const nv_wordlists *lists)
{
	nv_splitter sp = {0};

	nv_split_sentences_until(doc, lists, &sp);
	nv_split_sentences_end(doc);
}

uint32_t
nv_token_sentence(const nv_document *doc, uint32_t i)
{
	const nv_sentence *low = doc->sentences;
	uint32_t	count = doc->sentence_count;

	/* the sentence before the first one starting after token i */
	if (doc->sentence_index.first != NULL)
	{
		size_t		after = nv_token_index_find(&doc->sentence_index, count ? &low[0].first_token : NULL,
												count, sizeof(nv_sentence), i + 1);

		return after > 0 ? (uint32_t) after - 1 : 0;
	}

	/*
	 * the last sentence whose first token is at or before i: the range
	 * [low, low + count) holds it and halves each round, whichever way
	 * the compare goes, so the compare picks a value (a cmov) and no
	 * branch is mispredicted
	 */
	while (count > 1)
	{
		uint32_t	half = count / 2;

		if (low[half].first_token <= i)
			low += half;
		count -= half;
	}
	return (uint32_t) (low - doc->sentences);
}
