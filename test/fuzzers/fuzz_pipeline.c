/*
 * fuzz_pipeline.c — libFuzzer target: the whole core on one document, the
 * way src/pg/extract.c runs it (extraction_begin, extraction_run) and then
 * reads every row: tokens, language, sentences, boilerplate, timexes,
 * lexicon word ids, mentions, quotes, allegations, and a character
 * position for the start of every span through one cursor, as the glue's
 * rows ask for them.
 *
 * The input is a 4-byte header and then the document (any bytes: the core
 * accepts invalid UTF-8).  Header byte 0: bits 0-1 the language (0 and 3
 * detect, 1 id, 2 en), bits 2-3 the publication date: 0 none, 1 within
 * 2000-2039 (bytes 1-2, days from 2000-01-01), 2 any day of the calendar
 * (bytes 1-3), 3 near an end of the calendar (byte 1: the first 128 days
 * from 0001-01-01 or, with bit 7, the last 128 up to 9999-12-31).  A fixed
 * header keeps a mutation of the options from shifting the text.
 *
 * Besides the sanitizers, it checks what the glue relies on: spans inside
 * the document with start <= end, token and sentence indexes in range,
 * timex values valid (the SQL type holds nothing else), names non-NULL;
 * and that the document prepared a few bytes' window at a time, as a long
 * one is, is the document prepared whole (nv_prepare_document).
 * The lexicon comes from the data files once per process (NARRATIVE_DATA,
 * or the data/ directory the build compiled in); the arena goes after
 * every input so LeakSanitizer sees only real leaks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "fuzz_check.h"
#include "lexicon_tsv.h"
#include "narrative.h"

#define HEADER_LEN 4

static const nv_lexicon *
lexicon(void)
{
	static nv_lexicon *lex;

	if (!lex)
	{
		const char *dir = getenv("NARRATIVE_DATA");

		lex = lexicon_tsv_load(dir ? dir : NARRATIVE_DATA_DIR);
		if (!lex)
			abort();
		/* as the glue's lexicon cache does */
		nv_lexicon_add_wordlists(lex, nv_wordlists_builtin());
	}
	return lex;
}

/* The options of the header, as the glue's lang and published arguments. */
static void
read_header(const uint8_t *h, nv_lang *lang, bool *has_published, int32_t *published)
{
	static const nv_lang langs[4] = {NV_LANG_NONE, NV_LANG_ID, NV_LANG_EN, NV_LANG_NONE};
	int32_t		first = nv_day_from_civil(NV_YEAR_MIN, 1, 1);
	int32_t		last = nv_day_from_civil(NV_YEAR_MAX, 12, 31);

	*lang = langs[h[0] & 3];
	*has_published = true;
	switch ((h[0] >> 2) & 3)
	{
		case 0:
			*has_published = false;
			*published = 0;
			break;
		case 1:
			*published = (int32_t) (((uint32_t) h[1] << 8 | h[2]) % (40 * 365));
			break;
		case 2:
			*published = first + (int32_t) (((uint32_t) h[1] << 16 | (uint32_t) h[2] << 8 | h[3]) %
											(uint32_t) (last - first + 1));
			break;
		default:
			*published = h[1] & 0x80 ? last - (h[1] & 0x7F) : first + (h[1] & 0x7F);
			break;
	}
}

/* Set per input: a document of valid UTF-8, as a UTF8 database holds. */
static bool valid_utf8;

static bool
is_valid_utf8(const char *text, size_t len)
{
	size_t		at = 0;

	while (at < len)
	{
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *) text + at,
											  (utf8proc_ssize_t) (len - at), &cp);

		if (n <= 0)
			return false;
		at += (size_t) n;
	}
	return true;
}

/* A byte offset where a character starts (or the end): the glue copies
 * spans into text values, which must not split a character. */
static bool
at_character(const nv_document *doc, uint32_t offset)
{
	return offset == doc->len || ((unsigned char) doc->text[offset] & 0xC0) != 0x80;
}

static void
check_span(const nv_document *doc, uint32_t start, uint32_t end)
{
	FUZZ_CHECK(start <= end);
	FUZZ_CHECK(end <= doc->len);
	FUZZ_CHECK(!valid_utf8 || (at_character(doc, start) && at_character(doc, end)));
}

/*
 * The glue asks for the position of each row's start through one cursor,
 * which restarts from the first byte whenever a row starts before the one
 * before it.  Each stage may go back once to begin, and the allegation
 * stage once more for each of its later passes (quotes, unsourced
 * reports); more than that means restarts that grow with the document,
 * which makes the glue quadratic.
 */
#define MAX_RESTARTS_PER_STAGE 3

typedef struct positions
{
	nv_char_cursor cursor;
	int			restarts;		/* in the current stage */
} positions;

static void
next_stage(positions *p)
{
	p->restarts = 0;
}

/* A span's position, as the glue's extraction_position asks for it. */
static void
position(const nv_document *doc, positions *p, uint32_t start, uint32_t end)
{
	size_t		pos;

	check_span(doc, start, end);
	if (start < p->cursor.byte)
		FUZZ_CHECK(++p->restarts <= MAX_RESTARTS_PER_STAGE);
	pos = nv_char_position(doc, &p->cursor, start);
	FUZZ_CHECK(pos >= 1 && pos <= (size_t) start + 1);
	/* exactly the characters before it (counted afresh only on short
	 * documents, to keep the check linear) */
	if (doc->len <= 4096)
		FUZZ_CHECK(pos == nv_char_count(doc->text, 0, start) + 1);
}

static void
check_timex_value(const nv_timex *value)
{
	char		text[NV_TIMEX_TEXT_MAX];

	FUZZ_CHECK(nv_timex_is_valid(value));
	FUZZ_CHECK(nv_timex_format(value, text) < NV_TIMEX_TEXT_MAX);
}

static void
check_tokens(const nv_document *doc)
{
	uint32_t	previous_end = 0;

	for (uint32_t i = 0; i < doc->token_count; i++)
	{
		const nv_token *tok = &doc->tokens[i];

		FUZZ_CHECK(tok->start >= previous_end);
		FUZZ_CHECK(tok->start < tok->end && tok->end <= doc->len);
		check_span(doc, tok->start, tok->end);
		if (tok->fold == NV_FOLD_IN_TEXT)
		{
			/* its own folded form: lower-case ASCII */
			FUZZ_CHECK(tok->fold_len == tok->end - tok->start ||
					   (tok->fold_len == 0xFFFF && tok->end - tok->start > 0xFFFF));
			for (uint32_t k = tok->start; k < tok->end; k++)
				FUZZ_CHECK((unsigned char) doc->text[k] < 0x80 &&
						   !(doc->text[k] >= 'A' && doc->text[k] <= 'Z'));
		}
		else
			FUZZ_CHECK((size_t) tok->fold + tok->fold_len <= doc->folded_len);
		FUZZ_CHECK(tok->kind <= NV_TOKEN_PUNCT);
		previous_end = tok->end;
	}
}

/*
 * The word-list ids that nv_map_tokens took from the lexicon's vocabulary
 * are those the word lists' own vocabulary gives.
 */
static void
check_list_words(const nv_document *doc, const nv_wordlists *lists)
{
	nv_document copy = *doc;

	copy.tokens = malloc((doc->token_count ? doc->token_count : 1) * sizeof(nv_token));
	FUZZ_CHECK(copy.tokens != NULL);
	memcpy(copy.tokens, doc->tokens, doc->token_count * sizeof(nv_token));
	nv_wordlists_map_tokens(lists, &copy);
	for (uint32_t i = 0; i < doc->token_count; i++)
		FUZZ_CHECK(copy.tokens[i].list_word == doc->tokens[i].list_word);
	free(copy.tokens);
}

/*
 * The document prepared again in windows of a few bytes (cut at the first
 * line break past them, as long documents are) is the one prepared whole.
 */
static void
check_windows(const nv_document *doc, const nv_preparation *whole)
{
	nv_preparation p = *whole;
	nv_document windowed = {0};
	uint32_t	count = doc->token_count;

	p.window = 1 + doc->len % 37;
	nv_prepare_document(&windowed, &p);
	FUZZ_CHECK(windowed.token_count == count);
	FUZZ_CHECK(count == 0 || memcmp(windowed.tokens, doc->tokens, count * sizeof(nv_token)) == 0);
	FUZZ_CHECK(windowed.folded_len == doc->folded_len);
	FUZZ_CHECK(doc->folded_len == 0 || memcmp(windowed.folded, doc->folded, doc->folded_len) == 0);
	FUZZ_CHECK(memcmp(windowed.token_marks, doc->token_marks, count + 8) == 0);
	FUZZ_CHECK(windowed.ascii_only == doc->ascii_only && windowed.glued_count == doc->glued_count);
	FUZZ_CHECK(windowed.lang == doc->lang);
	FUZZ_CHECK(windowed.sentence_count == doc->sentence_count);
	FUZZ_CHECK(doc->sentence_count == 0 ||
			   (memcmp(windowed.sentences, doc->sentences, doc->sentence_count * sizeof(nv_sentence)) == 0 &&
				memcmp(windowed.dateline_dashes, doc->dateline_dashes, doc->sentence_count) == 0));
	FUZZ_CHECK(memcmp(windowed.boilerplate, doc->boilerplate, count + 1) == 0);
}

static void
check_sentences(const nv_document *doc, positions *cursor)
{
	uint32_t	previous_end_token = 0;

	for (uint32_t s = 0; s < doc->sentence_count; s++)
	{
		const nv_sentence *sentence = &doc->sentences[s];

		/* the sentences tile the tokens */
		FUZZ_CHECK(sentence->first_token == previous_end_token);
		FUZZ_CHECK(sentence->first_token < sentence->end_token);
		FUZZ_CHECK(sentence->end_token <= doc->token_count);
		position(doc, cursor, sentence->start, sentence->end);
		previous_end_token = sentence->end_token;
	}
	FUZZ_CHECK(previous_end_token == doc->token_count);
	for (uint32_t i = 0; i < doc->token_count; i++)
	{
		uint32_t	s = nv_token_sentence(doc, i);

		FUZZ_CHECK(s < doc->sentence_count && doc->sentences[s].first_token <= i &&
				   i < doc->sentences[s].end_token);
	}
}

static void
check_timexes(const nv_document *doc, const nv_timex_result *timexes, positions *cursor)
{
	for (uint32_t k = 0; k < timexes->count; k++)
	{
		const nv_timex_span *span = &timexes->spans[k];

		FUZZ_CHECK(span->first_token < span->end_token && span->end_token <= doc->token_count);
		/* in text order, as nv_timex_first_from's binary search needs */
		FUZZ_CHECK(k == 0 || span->first_token >= timexes->spans[k - 1].end_token);
		if (span->resolved)
			check_timex_value(&span->value);
		position(doc, cursor, span->start, span->end);
	}
}

static void
check_mentions(const nv_document *doc, const nv_lexicon *lex, const nv_mention_result *mentions,
			   positions *cursor)
{
	for (uint32_t k = 0; k < mentions->count; k++)
	{
		const nv_mention *m = &mentions->mentions[k];

		FUZZ_CHECK(m->first_token < m->end_token && m->end_token <= doc->token_count);
		/* in text order and apart, as nv_mention_at relies on */
		FUZZ_CHECK(k == 0 || m->first_token >= mentions->mentions[k - 1].end_token);
		for (uint32_t i = m->first_token; i < m->end_token; i++)
			FUZZ_CHECK(nv_mention_at(mentions, i) == m);
		FUZZ_CHECK(m->id != NULL && m->name != NULL);
		FUZZ_CHECK(nv_actor_kind_name(m->kind) != NULL);
		FUZZ_CHECK(m->actor < (int32_t) nv_lexicon_actor_count(lex));
		position(doc, cursor, m->start, m->end);
	}
}

static void
check_quotes(const nv_document *doc, const nv_timex_result *timexes, const nv_quote_result *quotes,
			 positions *cursor)
{
	for (uint32_t k = 0; k < quotes->count; k++)
	{
		const nv_quote *q = &quotes->quotes[k];

		FUZZ_CHECK(q->kind <= NV_QUOTE_INDIRECT && nv_quote_kind_name(q->kind) != NULL);
		FUZZ_CHECK(q->sentence < doc->sentence_count);
		check_span(doc, q->cue_start, q->cue_end);
		check_span(doc, q->speaker_start, q->speaker_end);
		FUZZ_CHECK(q->act >= -1 && q->act <= NV_ACT_SANCTION);
		if (q->has_said_on)
		{
			check_timex_value(&q->said_on);
			FUZZ_CHECK(q->said_on_timex < timexes->count);
		}
		position(doc, cursor, q->start, q->end);
	}
}

static void
check_allegations(const nv_document *doc, const nv_allegation_result *allegations,
				  positions *cursor)
{
	for (uint32_t k = 0; k < allegations->count; k++)
	{
		const nv_allegation *al = &allegations->allegations[k];

		FUZZ_CHECK(al->act <= NV_ACT_SANCTION && nv_act_name(al->act) != NULL);
		FUZZ_CHECK(al->charge <= NV_CHARGE_OTHER && nv_charge_name(al->charge) != NULL);
		FUZZ_CHECK(al->sentence < doc->sentence_count);
		if (al->has_said_on)
			check_timex_value(&al->said_on);
		if (al->has_about)
			check_timex_value(&al->about);
		position(doc, cursor, al->start, al->end);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const nv_wordlists *lists = nv_wordlists_builtin();
	const nv_lexicon *lex = lexicon();
	nv_arena	arena;
	nv_document doc = {0};
	positions cursor = {{0, 0}, 0};
	nv_lang		lang;
	nv_preparation prepare;
	nv_timex_result timexes;
	nv_mention_result mentions;
	nv_quote_result quotes;
	nv_allegation_result allegations;

	if (size < HEADER_LEN)
		return 0;
	nv_arena_init(&arena, &nv_malloc_allocator);
	/* a copy of exactly the document's bytes, so a read past them is caught */
	{
		size_t		len = size - HEADER_LEN;
		char	   *text = nv_arena_alloc(&arena, len ? len : 1);

		memcpy(text, data + HEADER_LEN, len);
		valid_utf8 = is_valid_utf8(text, len);
		read_header(data, &lang, &doc.has_published, &doc.published);
		/* one lookup per token for both ids, as extraction_begin does */
		prepare = (nv_preparation) {&arena, &arena, text, len, lex, lists, true, lang, 0};
		nv_prepare_document(&doc, &prepare);
	}
	check_tokens(&doc);
	check_list_words(&doc, lists);
	check_windows(&doc, &prepare);
	check_sentences(&doc, &cursor);

	memset(&timexes, 0, sizeof(timexes));
	memset(&mentions, 0, sizeof(mentions));
	memset(&quotes, 0, sizeof(quotes));
	memset(&allegations, 0, sizeof(allegations));
	nv_find_timexes(&doc, lists, &timexes);
	nv_find_mentions(&doc, lex, lists, &mentions);
	nv_find_quotes(&doc, lex, lists, &mentions, &timexes, &quotes);
	nv_find_allegations(&doc, lex, lists, &mentions, &timexes, &quotes, &allegations);

	next_stage(&cursor);
	check_timexes(&doc, &timexes, &cursor);
	next_stage(&cursor);
	check_mentions(&doc, lex, &mentions, &cursor);
	next_stage(&cursor);
	check_quotes(&doc, &timexes, &quotes, &cursor);
	next_stage(&cursor);
	check_allegations(&doc, &allegations, &cursor);
	nv_arena_free_all(&arena);
	return 0;
}
