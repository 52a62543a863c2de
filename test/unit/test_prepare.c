/*
 * test_prepare.c — nv_prepare_document, window by window, makes exactly
 * the document that the steps make one after the other over the whole
 * text: the same tokens (spans, flags, both ids), folded forms, marks,
 * language, sentences, dateline dashes and boilerplate, however small the
 * windows.  The texts hold what crosses a line: quotes open over a line
 * break, a "Baca juga:" block and its link titles, CRLF and blank lines,
 * abbreviations and glued sentences at a line's end, a line with no break
 * at the end, and enough words that the language is told mid-way.
 */
#include <stdlib.h>

#include "pipeline.h"
#include "unit.h"

static const char ARTICLE_ID[] =
	"JAKARTA, KOMPAS.com - Menteri Luar Negeri Rusia Sergei Lavrov membantah tuduhan itu.\n"
	"\"Kami tidak pernah menerima senjata dari Korea Utara,\" kata Lavrov kepada wartawan di\n"
	"Moskwa pada Senin (12/2/2024). \"Itu bohong.\n"
	"Semua itu propaganda Barat,\" ujarnya.\r\n"
	"\r\n"
	"Baca juga: Korut Kirim Rudal ke Rusia\n"
	"Baca juga: AS Jatuhkan Sanksi Baru\n"
	"Amerika Serikat menuduh Pyongyang memasok rudal balistik.Dikutip dari Reuters, Jl. Sudirman\n"
	"tetap ramai. Dr. Kim dan Prof. Lee hadir.\n"
	"\n"
	"Penulis : Ahmad\n"
	"Editor : Budi\n"
	"Sumber: KCNA-OANA\n";

static const char ARTICLE_EN[] =
	"WASHINGTON (Reuters) - The United States on Tuesday accused North Korea of supplying\n"
	"ballistic missiles to Russia, a charge Moscow denied. \"This is a lie,\" Kremlin spokesman\n"
	"Dmitry Peskov told reporters. The U.S. envoy said: \"We have\n"
	"evidence.\"\n"
	"Related: Sanctions on Pyongyang\n"
	"Reporting by Jane Doe; Editing by John Smith";

static const pipeline_actor ACTORS[] = {
	{"RUS", "Rusia", "country", "RUS", {"Rusia", "Russia", "Moskwa", "Moscow", NULL}},
	{"PRK", "Korea Utara", "country", "PRK", {"Korea Utara", "North Korea", "Pyongyang", "Korut", NULL}},
	{"LAVROV", "Sergei Lavrov", "person", "RUS", {"Sergei Lavrov", "Lavrov", NULL}},
};

static const pipeline_cue CUES[] = {
	{"membantah", NV_LANG_ID, NV_ACT_DENY},
	{"menuduh", NV_LANG_ID, NV_ACT_ACCUSE},
	{"accused", NV_LANG_EN, NV_ACT_ACCUSE},
	{"denied", NV_LANG_EN, NV_ACT_DENY},
};

/* The steps one after the other, as the glue ran them before windows. */
static void
prepare_in_steps(nv_document *doc, nv_arena *arena, const nv_preparation *p)
{
	memset(doc, 0, sizeof(*doc));
	nv_tokenize(doc, arena, p->text, p->len);
	if (p->lex)
		nv_map_tokens(p->lex, p->lists, doc);
	else if (p->map_words)
		nv_wordlists_map_tokens(p->lists, doc);
	doc->lang = p->lang != NV_LANG_NONE ? p->lang : nv_detect_lang_tokens(doc, p->lists);
	if (doc->lang == NV_LANG_NONE)
		doc->lang = NV_LANG_ANY;
	nv_split_sentences(doc, p->lists);
	nv_mark_boilerplate(doc, p->lists);
}

static bool
same_bytes(const void *a, const void *b, size_t len)
{
	return len == 0 || (a != NULL && b != NULL && memcmp(a, b, len) == 0);
}

/* Counts the fields that differ (a failure names the field and window). */
static int
compare_documents(const nv_document *a, const nv_document *b, size_t window)
{
	int			failures = unit_failures_in_test;

	CHECK_INT(b->token_count, a->token_count);
	CHECK_INT(b->tokens != NULL, a->tokens != NULL);
	CHECK_INT(b->folded != NULL, a->folded != NULL);
	if (a->token_count != b->token_count)
		return 1;
	CHECK(same_bytes(a->tokens, b->tokens, a->token_count * sizeof(nv_token)));
	CHECK_INT(b->folded_len, a->folded_len);
	CHECK(b->folded_len != a->folded_len || same_bytes(a->folded, b->folded, a->folded_len));
	CHECK_INT(b->ascii_only, a->ascii_only);
	CHECK_INT(b->glued_count, a->glued_count);
	CHECK(b->glued_count != a->glued_count ||
		  same_bytes(a->glued, b->glued, a->glued_count * sizeof(uint32_t)));
	CHECK_INT(b->token_marks != NULL, a->token_marks != NULL);
	CHECK(a->token_marks == NULL || b->token_marks == NULL ||
		  same_bytes(a->token_marks, b->token_marks, a->token_count + 8));
	CHECK(b->word_lists == a->word_lists);
	CHECK(b->lexicon == a->lexicon);
	CHECK_INT(b->lang, a->lang);
	CHECK_INT(b->sentence_count, a->sentence_count);
	CHECK(b->sentence_count != a->sentence_count ||
		  (same_bytes(a->sentences, b->sentences, a->sentence_count * sizeof(nv_sentence)) &&
		   same_bytes(a->dateline_dashes, b->dateline_dashes, a->sentence_count)));
	for (uint32_t i = 0; i < a->token_count && a->sentence_count == b->sentence_count; i++)
		CHECK_INT(nv_token_sentence(b, i), nv_token_sentence(a, i));
	CHECK(same_bytes(a->boilerplate, b->boilerplate, a->token_count + 1));
	if (unit_failures_in_test != failures)
		fprintf(stderr, "  (window of %zu bytes)\n", window);
	return unit_failures_in_test - failures;
}

/*
 * Prepares `text` with windows of 1, 2, 7, 60 and 4096 bytes and the
 * default, each against the steps over the whole text.
 */
static void
check_windows(const char *text, size_t len, const nv_lexicon *lex, bool map_words, nv_lang lang)
{
	static const size_t windows[] = {1, 2, 7, 60, 4096, 0};
	nv_arena	arena;
	nv_document whole;
	nv_preparation p = {&arena, &arena, text, len, lex, nv_wordlists_builtin(), map_words, lang, 0};

	nv_arena_init(&arena, &nv_malloc_allocator);
	prepare_in_steps(&whole, &arena, &p);
	for (size_t k = 0; k < lengthof(windows); k++)
	{
		nv_document doc = {0};

		p.window = windows[k];
		nv_prepare_document(&doc, &p);
		if (compare_documents(&whole, &doc, windows[k]) > 0)
			break;
	}
	nv_arena_free_all(&arena);
}

/* `text` repeated to at least `len` bytes (malloc'd) */
static char *
repeated(const char *text, size_t min_len, size_t *len)
{
	size_t		unit = strlen(text);
	size_t		copies = min_len / unit + 1;
	char	   *out = malloc(unit * copies + 1);

	for (size_t k = 0; k < copies; k++)
		memcpy(out + k * unit, text, unit);
	out[unit * copies] = '\0';
	*len = unit * copies;
	return out;
}

static nv_lexicon *
lexicon_with_lists(void)
{
	nv_lexicon *lex = pipeline_lexicon(ACTORS, lengthof(ACTORS), CUES, lengthof(CUES));

	nv_lexicon_add_wordlists(lex, nv_wordlists_builtin());
	return lex;
}

/* As extract() and the fact functions run it: the lexicon, a language given. */
UNIT_TEST(prepare_windows_with_lexicon)
{
	nv_lexicon *lex = lexicon_with_lists();

	check_windows(ARTICLE_ID, strlen(ARTICLE_ID), lex, false, NV_LANG_ID);
	check_windows(ARTICLE_EN, strlen(ARTICLE_EN), lex, false, NV_LANG_EN);
	/* a lexicon built without the lists: two lookups a token, no marks */
	{
		nv_lexicon *apart = pipeline_lexicon(ACTORS, lengthof(ACTORS), CUES, lengthof(CUES));

		check_windows(ARTICLE_ID, strlen(ARTICLE_ID), apart, false, NV_LANG_ID);
		nv_lexicon_free(apart);
	}
	nv_lexicon_free(lex);
}

/* sentences() with a language (no ids at all) and timexes() (list ids). */
UNIT_TEST(prepare_windows_without_lexicon)
{
	check_windows(ARTICLE_ID, strlen(ARTICLE_ID), NULL, false, NV_LANG_ID);
	check_windows(ARTICLE_EN, strlen(ARTICLE_EN), NULL, true, NV_LANG_EN);
}

/*
 * No language given: told from the first NV_LANG_SAMPLE_WORDS words, which
 * a long text has in its first windows and a short one only at its end;
 * and a text too mixed to tell.
 */
UNIT_TEST(prepare_windows_tell_the_language)
{
	nv_lexicon *lex = lexicon_with_lists();
	size_t		len;
	char	   *long_id = repeated(ARTICLE_ID, 60000, &len);
	char	   *mixed;
	size_t		mixed_len;

	check_windows(long_id, len, lex, true, NV_LANG_NONE);
	check_windows(long_id, len, NULL, true, NV_LANG_NONE);
	check_windows(ARTICLE_EN, strlen(ARTICLE_EN), lex, true, NV_LANG_NONE);
	mixed = malloc(strlen(ARTICLE_ID) + strlen(ARTICLE_EN) + 1);
	strcpy(mixed, ARTICLE_EN);
	strcat(mixed, ARTICLE_ID);
	mixed_len = strlen(mixed);
	check_windows(mixed, mixed_len, lex, true, NV_LANG_NONE);
	free(mixed);
	/* English for its first thousand words or so, then Indonesian: the
	 * first NV_LANG_SAMPLE_WORDS words tell Indonesian, the first
	 * windows alone would tell English */
	{
		size_t		en_len;
		char	   *en = repeated(ARTICLE_EN, 7000, &en_len);
		char	   *both = malloc(en_len + len + 1);
		nv_arena	arena;
		nv_document doc = {0};

		memcpy(both, en, en_len);
		memcpy(both + en_len, long_id, len + 1);
		check_windows(both, en_len + len, lex, true, NV_LANG_NONE);
		nv_arena_init(&arena, &nv_malloc_allocator);
		nv_prepare_document(&doc, &(nv_preparation) {&arena, &arena, both, en_len + len, lex,
													  nv_wordlists_builtin(), true, NV_LANG_NONE, 1});
		CHECK_INT(doc.lang, NV_LANG_ID);
		nv_arena_free_all(&arena);
		free(both);
		free(en);
	}
	free(long_id);
	nv_lexicon_free(lex);
}

/*
 * Texts whose windows end oddly: no line break at all, only line breaks,
 * a line far longer than a window, breaks of every kind but '\n', bytes
 * that are no UTF-8, and nothing.
 */
UNIT_TEST(prepare_windows_odd_texts)
{
	nv_lexicon *lex = lexicon_with_lists();
	static const char *const texts[] = {
		"Rusia membantah. Korea Utara menuduh AS.",
		"\n\n\n\r\n\n",
		"Kata Lavrov:\n\"Kami menolak\xe2\x80\x94semua\xe2\x80\xa6\n\xc2\xa0tuduhan\"\xe2\x80\x8b\n\xff\xfe itu.\n",
		"Baris pertama\rbaris kedua\xe2\x80\xa8 baris ketiga\xc2\x85 keempat\n- Baca juga:\nJudul tanpa titik\nKalimat biasa.\n",
		"",
	};
	size_t		len;
	char	   *long_line = repeated("Rusia membantah tuduhan itu, kata Lavrov, ", 20000, &len);

	for (size_t k = 0; k < lengthof(texts); k++)
	{
		check_windows(texts[k], strlen(texts[k]), lex, false, NV_LANG_ID);
		check_windows(texts[k], strlen(texts[k]), lex, true, NV_LANG_NONE);
	}
	check_windows(long_line, len, lex, false, NV_LANG_ID);
	free(long_line);
	/* a token every two bytes, past the len / 4 tokens the arrays are
	 * sized for: the tokens and the marks grow between windows */
	{
		char	   *dense = repeated("a, b; Rusia. \"C\": d!\n", 5000, &len);
		nv_arena	arena;
		nv_document doc = {0};

		check_windows(dense, len, lex, false, NV_LANG_ID);
		nv_arena_init(&arena, &nv_malloc_allocator);
		nv_prepare_document(&doc, &(nv_preparation) {&arena, &arena, dense, len, lex,
													  nv_wordlists_builtin(), false, NV_LANG_ID, 64});
		CHECK(doc.token_count > len / 4 + 16);
		nv_arena_free_all(&arena);
		free(dense);
	}
	nv_lexicon_free(lex);
}

/* The pieces under the windows: the tokenizer cut at any byte, even inside
 * a word, gives the tokens of one pass. */
UNIT_TEST(tokenize_until_any_byte)
{
	const char *text = ARTICLE_ID;
	size_t		len = strlen(text);
	nv_arena	arena;
	nv_document whole = {0};

	nv_arena_init(&arena, &nv_malloc_allocator);
	nv_tokenize(&whole, &arena, text, len);
	for (size_t step = 1; step <= 13; step += 3)
	{
		nv_document doc = {0};
		nv_tokenizer *t = nv_tokenizer_begin(&doc, &arena, text, len);

		for (size_t to = step; to < len + step; to += step)
			nv_tokenize_until(t, &doc, to);
		nv_tokenizer_end(t, &doc);
		CHECK_INT(doc.token_count, whole.token_count);
		CHECK(doc.token_count == whole.token_count &&
			  same_bytes(doc.tokens, whole.tokens, whole.token_count * sizeof(nv_token)));
		CHECK(doc.folded_len == whole.folded_len && same_bytes(doc.folded, whole.folded, whole.folded_len));
		CHECK_INT(doc.glued_count, whole.glued_count);
	}
	nv_arena_free_all(&arena);
}
