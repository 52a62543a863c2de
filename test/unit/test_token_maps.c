/*
 * test_token_maps.c — unit tests of what every later stage reads off a
 * token: the tokenizer's spans, kinds and flags, the word hash the two
 * vocabularies share, and the ids nv_map_tokens gives in one lookup, which
 * must be exactly those of the word-list and lexicon passes run apart.
 */
#include <stdint.h>
#include <stdlib.h>

#include "builtin_data.h"
#include "narrative.h"
#include "unit.h"

static void
tokenize(nv_document *doc, nv_arena *arena, const char *text)
{
	memset(doc, 0, sizeof(*doc));
	nv_arena_init(arena, &nv_malloc_allocator);
	nv_tokenize(doc, arena, text, strlen(text));
}

/* Token i's text, folded form, kind and flags, as one string. */
static const char *
describe(const nv_document *doc, uint32_t i, char *out, size_t size)
{
	const nv_token *t = &doc->tokens[i];
	size_t		len;
	const char *fold = nv_token_fold(doc, i, &len);

	snprintf(out, size, "%.*s|%.*s|%d|%s%s%s%s%s%s%s", (int) (t->end - t->start), doc->text + t->start,
			 (int) len, fold, (int) t->kind,
			 t->flags & NV_TOKEN_SPACE_BEFORE ? "s" : "",
			 t->flags & NV_TOKEN_NEWLINE_BEFORE ? "n" : "",
			 t->flags & NV_TOKEN_HYPHEN_BEFORE ? "h" : "",
			 t->flags & NV_TOKEN_CAPITALIZED ? "C" : "",
			 t->flags & NV_TOKEN_ALL_CAPS ? "A" : "",
			 t->flags & NV_TOKEN_QUOTE ? "q" : "",
			 t->flags & NV_TOKEN_STOP ? "t" : "");
	return out;
}

UNIT_TEST(tokens_keep_spans_kinds_and_flags)
{
	static const char *const expected[] = {
		"NATO|nato|0|CA",
		"mengirim|mengirim|0|s",
		"1.000|1.000|1|s",
		"rudal|rudal|0|s",
		"ke|ke|0|s",
		"Korut|korut|0|sC",
		"pada|pada|0|sn",
		"Jum'at|jum'at|0|sC",
		",|,|2|",
		"Russia|russia|0|sC",
		"'|'|2|qt",
		"s|s|0|",
		"Élysée|elysee|0|sC",
		"“|“|2|sqt",
		"U|u|0|C",
		".|.|2|t",
		"S|s|0|C",
		"Tanggal|tanggal|0|sC",
		"21/2|21/2|1|s",
	};
	const char *text = "NATO mengirim 1.000 rudal ke Korut\npada Jum'at, Russia's \xc3\x89lys\xc3\xa9" "e"
		" \xe2\x80\x9cU.S Tanggal 21/2";
	nv_arena	arena;
	nv_document doc;
	char		out[128];

	tokenize(&doc, &arena, text);
	/* "21/2" is three tokens: the number, the slash, the number */
	CHECK_INT(doc.token_count, 21);
	for (uint32_t i = 0; i < 18 && i < doc.token_count; i++)
		CHECK_STR(describe(&doc, i, out, sizeof(out)), expected[i]);
	CHECK_STR(describe(&doc, 18, out, sizeof(out)), "21|21|1|s");
	CHECK_STR(describe(&doc, 19, out, sizeof(out)), "/|/|2|");
	CHECK_STR(describe(&doc, 20, out, sizeof(out)), "2|2|1|");
	/* lower-case ASCII is its own folded form; the rest is copied */
	CHECK(doc.tokens[1].fold == NV_FOLD_IN_TEXT);
	CHECK(doc.tokens[0].fold != NV_FOLD_IN_TEXT);
	CHECK(doc.tokens[12].fold != NV_FOLD_IN_TEXT);
	nv_arena_free_all(&arena);
}

/* The marks that may end a sentence or be quote marks are flagged, ASCII
 * or not; the rest (',', ':', '(') are not. */
UNIT_TEST(stop_flags_the_marks_a_sentence_may_end_at)
{
	/* every other token: the marks */
	static const char *const expected[] = {
		",|,|2|", ":|:|2|", "!|!|2|t", "?|?|2|t", "(|(|2|", ")|)|2|",
		"\xe2\x80\xa6|...|2|t", "\"|\"|2|sqt", "\"|\"|2|qt",
	};
	const uint32_t count = (uint32_t) (sizeof(expected) / sizeof(expected[0]));
	nv_arena	arena;
	nv_document doc;
	char		out[128];

	tokenize(&doc, &arena, "a, b: c! d? e( f) g\xe2\x80\xa6 h \"i\"");
	CHECK_INT(doc.token_count, 2 * count);
	for (uint32_t k = 0; k < count && 2 * k + 1 < doc.token_count; k++)
		CHECK_STR(describe(&doc, 2 * k + 1, out, sizeof(out)), expected[k]);
	nv_arena_free_all(&arena);
	/* a quote mark past ASCII */
	tokenize(&doc, &arena, "\xc2\xbbg\xc2\xab, x");
	CHECK_STR(describe(&doc, 0, out, sizeof(out)), "\xc2\xbb|\xc2\xbb|2|qt");
	CHECK_STR(describe(&doc, 2, out, sizeof(out)), "\xc2\xab|\xc2\xab|2|qt");
	nv_arena_free_all(&arena);
}

UNIT_TEST(hyphens_glue_words_but_not_spaced_dashes)
{
	nv_arena	arena;
	nv_document doc;
	char		out[128];

	tokenize(&doc, &arena, "Korea-Utara anti - rudal");
	CHECK_INT(doc.token_count, 5);
	CHECK_STR(describe(&doc, 0, out, sizeof(out)), "Korea|korea|0|C");
	CHECK_STR(describe(&doc, 1, out, sizeof(out)), "Utara|utara|0|hC");
	CHECK_STR(describe(&doc, 2, out, sizeof(out)), "anti|anti|0|s");
	CHECK_STR(describe(&doc, 3, out, sizeof(out)), "-|-|2|s");
	CHECK_STR(describe(&doc, 4, out, sizeof(out)), "rudal|rudal|0|s");
	nv_arena_free_all(&arena);
}

/*
 * Two words a web copy ran together are two tokens, the second with no
 * space before it: a small letter, a capital and a small letter, two
 * letters into the word.  By the fast path (a word on its own, before a
 * comma, longer than sixteen bytes, in the text's last bytes) and by the
 * utf8proc reference alike.
 */
UNIT_TEST(glued_words_split_where_a_capital_follows_small_letters)
{
	static const char *const expected[] = {
		"in|in|0|", "China|china|0|sC", "Russia|russia|0|C",
		"KimJ|kimj|0|sC",		/* no small letter after the capital */
		"Xi|xi|0|sC", "Gedung|gedung|0|C", ",|,|2|",
		"iPhone|iphone|0|s", "SpaceX|spacex|0|sC", "OpenAI|openai|0|sC",
		"Mc|mc|0|sC", "Cain|cain|0|C",
		"Kementerian|kementerian|0|sC", "Luar|luar|0|C", "Negeri|negeri|0|C",
		"KCNA|kcna|0|sCA", "Amerika|amerika|0|sC", "Serikat|serikat|0|C",
	};
	const uint32_t count = (uint32_t) (sizeof(expected) / sizeof(expected[0]));
	const char *text = "in ChinaRussia KimJ XiGedung, iPhone SpaceX OpenAI McCain "
		"KementerianLuarNegeri KCNA AmerikaSerikat";
	nv_arena	arena;
	nv_document doc;
	nv_document reference = {0};
	char		out[128];
	char		ref[128];

	tokenize(&doc, &arena, text);
	CHECK_INT(doc.token_count, count);
	for (uint32_t i = 0; i < count && i < doc.token_count; i++)
		CHECK_STR(describe(&doc, i, out, sizeof(out)), expected[i]);
	nv_tokenize_utf8proc(&reference, &arena, text, strlen(text));
	CHECK_INT(reference.token_count, doc.token_count);
	for (uint32_t i = 0; i < doc.token_count && i < reference.token_count; i++)
		CHECK_STR(describe(&reference, i, ref, sizeof(ref)), describe(&doc, i, out, sizeof(out)));
	nv_arena_free_all(&arena);
}

UNIT_TEST(word_hash_head_is_the_first_eight_bytes)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t	head;
	uint64_t	expected = 0;
	uint64_t	long_head;
	uint64_t	other_head;
	uint32_t	h;

	memcpy(&expected, "kata", 4);
	h = nv_word_hash("kata", 4, &head);
	CHECK(head == expected);
	CHECK(nv_word_hash("kata", 4, &head) == h);
	/* zero padding does not make "ab" equal to "ab\0" */
	nv_word_hash("ab", 2, &head);
	nv_word_hash("ab\0", 3, &other_head);
	CHECK(head == other_head);
	CHECK(!nv_word_equal(head, "ab", 2, other_head, "ab\0", 3));
	/* words that differ after their first eight bytes */
	nv_word_hash("mengatakan", 10, &long_head);
	nv_word_hash("mengatakam", 10, &other_head);
	memcpy(&expected, "mengatak", 8);
	CHECK(long_head == expected);
	CHECK(long_head == other_head);
	CHECK(nv_word_equal(long_head, "mengatakan", 10, other_head, "mengatakan", 10));
	CHECK(!nv_word_equal(long_head, "mengatakan", 10, other_head, "mengatakam", 10));
	CHECK(nv_word_hash("mengatakan", 10, &head) != nv_word_hash("mengatakam", 10, &head));
	/* exactly eight bytes: all of it in the head */
	nv_word_hash("kemarin!", 8, &head);
	memcpy(&expected, "kemarin!", 8);
	CHECK(head == expected);
	nv_word_hash("", 0, &head);
	CHECK(head == 0);
	/* every tail length (0 .. 7 bytes after the full words) */
	{
		const char *word = "abcdefghijklmno";

		for (size_t len = 1; len <= 15; len++)
		{
			expected = 0;
			memcpy(&expected, word, len < 8 ? len : 8);
			nv_word_hash(word, len, &head);
			CHECK(head == expected);
			CHECK(nv_word_hash(word, len, &head) != nv_word_hash(word, len - 1, &other_head));
		}
	}
#endif
}

static nv_lexicon *
small_lexicon(void)
{
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);

	nv_lexicon_add_actor(lex, "P.dmitry-peskov", "Dmitry Peskov", "person", "RUS");
	nv_lexicon_add_actor(lex, "PRK", "North Korea", "country", "PRK");
	nv_lexicon_add_alias(lex, "Peskov", 6, NV_LANG_ANY, "P.dmitry-peskov");
	nv_lexicon_add_alias(lex, "Korea Utara", 11, NV_LANG_ANY, "PRK");
	nv_lexicon_add_alias(lex, "Pemerintah Korea Utara", 22, NV_LANG_ID, "PRK");
	nv_lexicon_add_cue(lex, "kata", 4, NV_LANG_ID, NV_ACT_SAY);
	nv_lexicon_add_cue(lex, "mengatakan", 10, NV_LANG_ID, NV_ACT_SAY);
	return lex;
}

UNIT_TEST(one_lookup_gives_both_ids_as_two_passes_do)
{
	/* list-only (kemarin, Rabu), lexicon-only (Peskov), both (kata,
	 * mengatakan), neither (zzz, xylofon-panjang), non-ASCII, 8 bytes */
	const char *text = "Peskov mengatakan kemarin, kata Pemerintah Korea Utara pada Rabu (21/2): "
		"zzz xylofonpanjangsekali Jum\xe2\x80\x99" "at \xc3\x89lys\xc3\xa9" "e kemarin! berkata";
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_lexicon *joined = small_lexicon();
	nv_lexicon *apart = small_lexicon();
	nv_arena	arena;
	nv_document one;
	nv_document two;
	int			list_words = 0;
	int			lex_words = 0;

	nv_lexicon_add_wordlists(joined, lists);
	tokenize(&one, &arena, text);
	nv_map_tokens(joined, lists, &one);
	two = one;
	two.tokens = malloc(one.token_count * sizeof(nv_token));
	memcpy(two.tokens, one.tokens, one.token_count * sizeof(nv_token));
	for (uint32_t i = 0; i < two.token_count; i++)
	{
		two.tokens[i].list_word = 0;
		two.tokens[i].word_id = 0;
	}
	nv_wordlists_map_tokens(lists, &two);
	nv_lexicon_map_tokens(apart, &two);
	CHECK(one.word_lists == lists);
	CHECK(one.list_starts == two.list_starts);
	for (uint32_t i = 0; i < one.token_count; i++)
	{
		CHECK_INT(one.tokens[i].list_word, two.tokens[i].list_word);
		CHECK_INT(one.tokens[i].word_id, two.tokens[i].word_id);
		list_words += one.tokens[i].list_word != 0;
		lex_words += one.tokens[i].word_id != 0;
	}
	/* Peskov mengatakan kata Pemerintah Korea Utara */
	CHECK_INT(lex_words, 6);
	CHECK(one.tokens[0].list_word == 0 && one.tokens[0].word_id != 0);
	CHECK(one.tokens[2].list_word != 0 && one.tokens[2].word_id == 0);
	CHECK(one.tokens[4].list_word != 0 && one.tokens[4].word_id != 0);
	CHECK(list_words > 6);
	/* the capital mark is the token's: its capitalised words, not numbers
	 * or marks, whatever their word's slot says */
	{
		uint32_t	capitals = 0;

		for (uint32_t i = 0; i < one.token_count; i++)
		{
			bool		capital = one.tokens[i].kind == NV_TOKEN_WORD &&
				(one.tokens[i].flags & NV_TOKEN_CAPITALIZED);

			CHECK(((one.token_marks[i] & NV_MARK_CAPITALIZED) != 0) == capital);
			capitals += capital;
		}
		/* Peskov Pemerintah Korea Utara Rabu Jum'at Élysée */
		CHECK_INT(capitals, 7);
		CHECK(nv_next_marked(&one, 1, NV_MARK_CAPITALIZED) == 5);
		/* within a span: its end when the mark comes after it */
		CHECK(nv_next_marked_before(&one, 1, 6, NV_MARK_CAPITALIZED) == 5);
		CHECK(nv_next_marked_before(&one, 1, 5, NV_MARK_CAPITALIZED) == 5);
		CHECK(nv_next_marked_before(&one, 1, 3, NV_MARK_CAPITALIZED) == 3);
		CHECK(nv_next_marked_before(&one, 3, 3, NV_MARK_CAPITALIZED) == 3);
	}

	/* a lexicon without the lists' words falls back to the two passes */
	for (uint32_t i = 0; i < two.token_count; i++)
	{
		two.tokens[i].list_word = 0;
		two.tokens[i].word_id = 0;
	}
	nv_map_tokens(apart, lists, &two);
	for (uint32_t i = 0; i < one.token_count; i++)
	{
		CHECK_INT(two.tokens[i].list_word, one.tokens[i].list_word);
		CHECK_INT(two.tokens[i].word_id, one.tokens[i].word_id);
	}
	free(two.tokens);
	nv_arena_free_all(&arena);
	nv_lexicon_free(joined);
	nv_lexicon_free(apart);
}

/* The outlet-verb mark, which the quote stage jumps by, is set exactly
 * where a token's word starts an attribution entry of class outlet_verb,
 * as the lists' own start bits say. */
UNIT_TEST(outlet_verb_mark_is_where_the_lists_say)
{
	const char *text = "Reuters melaporkan bahwa KCNA reported, kata Peskov; memberitakan laporan reports.";
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_lexicon *lex = small_lexicon();
	int			outlet_verb;
	nv_arena	arena;
	nv_document doc;
	uint32_t	marked = 0;

	nv_lexicon_add_wordlists(lex, lists);
	outlet_verb = nv_class_id("outlet_verb");
	CHECK(outlet_verb >= 0);
	tokenize(&doc, &arena, text);
	nv_map_tokens(lex, lists, &doc);
	CHECK(doc.token_marks != NULL);
	for (uint32_t i = 0; i < doc.token_count; i++)
	{
		uint32_t	w = doc.tokens[i].list_word;
		bool		starts = (doc.list_starts[w] & (1u << NV_LIST_ATTRIBUTION)) &&
			nv_class_bit_test(&doc.class_starts[w * NV_CLASS_WORDS], outlet_verb);

		CHECK(((doc.token_marks[i] & NV_MARK_OUTLET_VERB) != 0) == starts);
		marked += starts;
	}
	/* melaporkan, reported, memberitakan, reports */
	CHECK_INT(marked, 4);
	CHECK_INT(nv_next_marked(&doc, 0, NV_MARK_OUTLET_VERB), 1);
	CHECK_INT(nv_next_marked(&doc, 2, NV_MARK_OUTLET_VERB), 4);
	nv_arena_free_all(&arena);
	nv_lexicon_free(lex);
}

/* An Indonesian document mapped to the word lists, and *unmapped: the
 * same tokens, which the lookups answer for by hashing each. */
static void
mapped_and_unmapped(nv_document *doc, nv_document *unmapped, nv_arena *arena, const char *text)
{
	tokenize(doc, arena, text);
	doc->lang = NV_LANG_ID;
	*unmapped = *doc;
	nv_wordlists_map_tokens(nv_wordlists_builtin(), doc);
}

/* The entry's word, or "(none)". */
static const char *
entry_word(const nv_word_entry *e)
{
	return e ? e->word : "(none)";
}

UNIT_TEST(list_starts_answer_as_the_lookups_do)
{
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_arena	arena;
	nv_document doc;
	nv_document unmapped;

	mapped_and_unmapped(&doc, &unmapped, &arena, "kemarin hari ini menurut zzz");
	CHECK(nv_token_starts_list(lists, &doc, 0, NV_LIST_TIMEX));
	CHECK(!nv_token_starts_list(lists, &doc, 0, NV_LIST_ROLE));
	CHECK(!nv_token_starts_list(lists, &doc, 4, NV_LIST_TIMEX));
	CHECK(!nv_token_starts_list(lists, &doc, 5, NV_LIST_TIMEX));
	/* the same answers without the mapping, by lookup */
	CHECK(nv_token_starts_list(lists, &unmapped, 0, NV_LIST_TIMEX));
	CHECK(!nv_token_starts_list(lists, &unmapped, 0, NV_LIST_ROLE));
	CHECK(!nv_token_starts_list(lists, &unmapped, 4, NV_LIST_TIMEX));
	/* "hari ini" is a phrase of the timex list, found mapped or not */
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 1, NV_LIST_TIMEX, NULL)), "hari ini");
	CHECK_STR(entry_word(nv_phrase_at(lists, &unmapped, 1, NV_LIST_TIMEX, NULL)), "hari ini");
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 1, NV_LIST_ROLE, NULL)), "(none)");
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 3, NV_LIST_ATTRIBUTION, NULL)), "menurut");
	CHECK_STR(entry_word(nv_word_at(lists, &unmapped, 3, NV_LIST_ATTRIBUTION, NULL)), "menurut");
	nv_arena_free_all(&arena);

	/* "yang" starts timex phrases ("yang lalu") but is no entry alone */
	mapped_and_unmapped(&doc, &unmapped, &arena, "yang lalu");
	CHECK(nv_token_starts_list(lists, &doc, 0, NV_LIST_TIMEX));
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 0, NV_LIST_TIMEX, NULL)), "(none)");
	CHECK_STR(entry_word(nv_word_at(lists, &unmapped, 0, NV_LIST_TIMEX, NULL)), "(none)");
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 0, NV_LIST_TIMEX, NULL)), "yang lalu");
	CHECK_STR(entry_word(nv_phrase_at(lists, &unmapped, 0, NV_LIST_TIMEX, NULL)), "yang lalu");
	nv_arena_free_all(&arena);
}

/*
 * The language is told by function words, read off the mapped tokens' bits
 * or looked up word by word in a document not mapped: the same answer.
 */
UNIT_TEST(language_by_bits_answers_as_the_lookups_do)
{
	static const struct
	{
		const char *text;
		nv_lang		lang;
	}			cases[] = {
		/* yang, di, dan: three Indonesian */
		{"Rusia yang membantah tuduhan di Moskow dan Seoul", NV_LANG_ID},
		/* the, of, and, in, said: English */
		{"The minister of defence and the envoy in Seoul said so", NV_LANG_EN},
		/* three of each language: no clear majority */
		{"di yang dan the of and", NV_LANG_NONE},
		/* too few function words to tell */
		{"Moskow Seoul the", NV_LANG_NONE},
	};
	const nv_wordlists *lists = nv_wordlists_builtin();

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		nv_arena	arena;
		nv_document doc;
		nv_document unmapped;

		mapped_and_unmapped(&doc, &unmapped, &arena, cases[k].text);
		CHECK_INT(nv_detect_lang_tokens(&doc, lists), cases[k].lang);
		CHECK_INT(nv_detect_lang_tokens(&unmapped, lists), cases[k].lang);
		nv_arena_free_all(&arena);
	}
	/* "the" is an English stop word, "yang" an Indonesian one, "Seoul" none */
	{
		nv_arena	arena;
		nv_document doc;
		nv_document unmapped;

		mapped_and_unmapped(&doc, &unmapped, &arena, "the yang Seoul");
		CHECK_INT(nv_token_stop_bits(&doc, 0), 2);
		CHECK_INT(nv_token_stop_bits(&doc, 1), 1);
		CHECK_INT(nv_token_stop_bits(&doc, 2), 0);
		nv_arena_free_all(&arena);
	}
}

/* A class asked for: the token's class bits answer as the entries do. */
UNIT_TEST(class_starts_answer_as_the_lookups_do)
{
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_arena	arena;
	nv_document doc;
	nv_document unmapped;

	mapped_and_unmapped(&doc, &unmapped, &arena, "yang jelas menurut laporan");
	/* "yang" is a relative on its own and starts the idiom "yang jelas" */
	CHECK(nv_class_bit_test(&doc.class_starts[doc.tokens[0].list_word * NV_CLASS_WORDS],
							nv_class_id("relative")));
	CHECK(nv_class_bit_test(&doc.class_starts[doc.tokens[0].list_word * NV_CLASS_WORDS],
							nv_class_id("idiom")));
	CHECK(!nv_class_bit_test(&doc.class_starts[doc.tokens[0].list_word * NV_CLASS_WORDS],
							 nv_class_id("follows")));
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 0, NV_LIST_ATTRIBUTION, "idiom")), "yang jelas");
	CHECK_STR(entry_word(nv_phrase_at(lists, &unmapped, 0, NV_LIST_ATTRIBUTION, "idiom")), "yang jelas");
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 0, NV_LIST_ATTRIBUTION, "relative")), "yang");
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 0, NV_LIST_ATTRIBUTION, "follows")), "(none)");
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 2, NV_LIST_ATTRIBUTION, "follows")), "menurut");
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 2, NV_LIST_ATTRIBUTION, "relative")), "(none)");
	CHECK_STR(entry_word(nv_phrase_at(lists, &unmapped, 2, NV_LIST_ATTRIBUTION, "relative")), "(none)");
	/* a class of another list does not answer for this one */
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 2, NV_LIST_HEDGE, "hedge")), "menurut laporan");
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 2, NV_LIST_TIMEX, "hedge")), "(none)");
	/* a class no entry has */
	CHECK_INT(nv_class_id("no such class"), -1);
	CHECK_STR(entry_word(nv_phrase_at(lists, &doc, 2, NV_LIST_ATTRIBUTION, "no such class")), "(none)");
	nv_arena_free_all(&arena);
}

UNIT_TEST(every_builtin_file_is_a_list)
{
	int			files = 0;

	for (const nv_builtin_file *f = nv_builtin_files; f->name; f++)
	{
		int			list = 0;

		while (list < NV_LIST_COUNT && strcmp(nv_list_name((nv_list) list), f->name) != 0)
			list++;
		CHECK(list < NV_LIST_COUNT);
		files++;
	}
	CHECK_INT(files, NV_LIST_COUNT);
	CHECK_STR(nv_list_name(NV_LIST_TIMEX), "timex");
	CHECK_STR(nv_list_name(NV_LIST_ABBREV), "abbrev");
}

UNIT_TEST(lexicon_starts_tell_which_words_can_begin_a_match)
{
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_lexicon *lex = small_lexicon();
	nv_lexicon *empty = nv_lexicon_create(&nv_malloc_allocator);
	nv_lexicon_match match;
	nv_arena	arena;
	nv_document doc;
	nv_document again;

	nv_lexicon_add_wordlists(lex, lists);
	tokenize(&doc, &arena, "Utara Korea Utara kata Peskov");
	doc.lang = NV_LANG_ID;
	again = doc;				/* the same tokens, mapped again below */
	nv_map_tokens(lex, lists, &doc);
	CHECK(doc.lexicon == lex);
	/* "Utara" is in the vocabulary, but only as a second word */
	CHECK(doc.tokens[0].word_id != 0);
	CHECK_INT(doc.lexicon_starts[doc.tokens[0].word_id], 0);
	CHECK(!nv_lexicon_match_longest(lex, &doc, 0, false, &match));
	CHECK(nv_lexicon_match_longest(lex, &doc, 1, false, &match));
	CHECK_INT(match.end_token, 3);
	CHECK_INT(doc.lexicon_starts[doc.tokens[3].word_id], NV_STARTS_CUE);
	CHECK(!nv_lexicon_match_longest(lex, &doc, 3, false, &match));
	CHECK(nv_lexicon_match_longest(lex, &doc, 3, true, &match));
	CHECK_INT(match.act, NV_ACT_SAY);
	CHECK_INT(doc.lexicon_starts[doc.tokens[4].word_id], NV_STARTS_ALIAS);
	CHECK(!nv_lexicon_match_longest(lex, &doc, 5, false, &match));

	/* a lexicon with no entries: every word id is 0, nothing matches */
	nv_map_tokens(empty, lists, &again);
	for (uint32_t i = 0; i < again.token_count; i++)
	{
		CHECK_INT(again.tokens[i].word_id, 0);
		CHECK(!nv_lexicon_match_longest(empty, &again, i, false, &match));
		CHECK(!nv_lexicon_match_longest(empty, &again, i, true, &match));
	}
	nv_arena_free_all(&arena);
	nv_lexicon_free(lex);
	nv_lexicon_free(empty);
}

/* Every position of the text, asked in the order of `order`, against a
 * fresh count. */
static void
check_positions(const char *text, int order)
{
	nv_arena	arena;
	nv_document doc;
	nv_char_cursor cursor;
	size_t		len = strlen(text);

	tokenize(&doc, &arena, text);
	memset(&cursor, 0, sizeof(cursor));
	for (size_t n = 0; n <= len; n++)
	{
		/* forward, backward, or jumping between the two ends */
		size_t		byte = order == 0 ? n : order == 1 ? len - n : (n % 2 ? len - n / 2 : n / 2);

		CHECK_INT(nv_char_position(&doc, &cursor, byte), nv_char_count(text, 0, byte) + 1);
	}
	nv_arena_free_all(&arena);
}

UNIT_TEST(char_positions_in_both_cursor_modes)
{
	/* few continuation bytes: the list; many: counting */
	const char *sparse = "Kata Peskov, \xe2\x80\x9cRusia tidak pernah\xe2\x80\x9d, Rabu (21/2/2024) di Moskwa, "
		"menurut kantor berita TASS yang dikutip Al Jazeera. Juru bicara Kremlin itu menambahkan "
		"bahwa Moskwa tetap menghormati semua resolusi Dewan Keamanan PBB, namun menolak tuduhan "
		"Amerika Serikat, Korea Selatan dan Jepang soal pengiriman senjata.";
	/* 12 continuation bytes in 28: more than one per 64 bytes, but under
	 * the 256 a text of any length may list */
	const char *unit = "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xc3\xa9t\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d ";
	char		dense[30 * 28 + 1] = "";
	nv_arena	arena;
	nv_document doc;
	nv_char_cursor cursor;

	for (int k = 0; k < 30; k++)
		strcat(dense, unit);
	for (int order = 0; order < 3; order++)
	{
		check_positions(sparse, order);
		check_positions(unit, order);
		check_positions(dense, order);
		check_positions("plain ASCII only", order);
	}
	tokenize(&doc, &arena, sparse);
	memset(&cursor, 0, sizeof(cursor));
	CHECK_INT(nv_char_position(&doc, &cursor, 13), 14);
	CHECK_INT(cursor.mode, 1);
	CHECK_INT(cursor.continuation_count, 4);
	/* after the opening quote (3 bytes, 1 character) */
	CHECK_INT(nv_char_position(&doc, &cursor, 16), 15);
	nv_arena_free_all(&arena);
	tokenize(&doc, &arena, unit);
	memset(&cursor, 0, sizeof(cursor));
	CHECK_INT(nv_char_position(&doc, &cursor, 12), 7);
	CHECK_INT(cursor.mode, 1);
	CHECK_INT(cursor.continuation_count, 12);
	nv_arena_free_all(&arena);
	/* 360 of them: counted */
	tokenize(&doc, &arena, dense);
	memset(&cursor, 0, sizeof(cursor));
	CHECK_INT(nv_char_position(&doc, &cursor, 28 + 12), 16 + 6 + 1);
	CHECK_INT(cursor.mode, 2);
	nv_arena_free_all(&arena);
}

/* A "~root" line of a built-in list stands for every inflection of the
 * root: charge.tsv's "~langgar" and "~violate" (with -nya, without the
 * particles), while "senjata", listed as written, stays one word. */
UNIT_TEST(root_entries_of_word_lists_take_every_inflection)
{
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_arena	arena;
	nv_document doc;
	const nv_word_entry *e;

	tokenize(&doc, &arena, "pelanggarannya dilanggar melanggarlah menyenjatai");
	doc.lang = NV_LANG_ID;
	nv_wordlists_map_tokens(lists, &doc);
	e = nv_word_at(lists, &doc, 0, NV_LIST_CHARGE, NULL);
	CHECK_STR(entry_word(e), "pelanggarannya");
	CHECK_STR(e ? e->value : "(none)", "sanctions_violation");
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 1, NV_LIST_CHARGE, NULL)), "dilanggar");
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 2, NV_LIST_CHARGE, NULL)), "(none)");
	CHECK_STR(entry_word(nv_word_at(lists, &doc, 3, NV_LIST_CHARGE, NULL)), "(none)");
	nv_arena_free_all(&arena);

	tokenize(&doc, &arena, "flouting contravened violates");
	doc.lang = NV_LANG_EN;
	nv_wordlists_map_tokens(lists, &doc);
	for (uint32_t i = 0; i < 3; i++)
	{
		e = nv_word_at(lists, &doc, i, NV_LIST_CHARGE, NULL);
		CHECK_STR(e ? e->value : "(none)", "sanctions_violation");
	}
	nv_arena_free_all(&arena);
}

/* The ASCII fast path and utf8proc for every code point: the same tokens. */
UNIT_TEST(tokenize_fast_path_equals_utf8proc)
{
	const char *text = "Jum\xe2\x80\x99" "at \xe2\x80\x9cKorut\xe2\x80\x9d mid-January\xc2\xa0Seoul's "
		"1.000 \xff caf\xc3\xa9 \xc3\x89TAT A\xe2\x80\xa8" "B\tC";
	nv_arena	arena;
	nv_document fast = {0};
	nv_document reference = {0};

	nv_arena_init(&arena, &nv_malloc_allocator);
	nv_tokenize(&fast, &arena, text, strlen(text));
	nv_tokenize_utf8proc(&reference, &arena, text, strlen(text));
	CHECK_INT(fast.token_count, 16);
	CHECK_INT(reference.token_count, fast.token_count);
	{
		char		out[256];

		CHECK_STR(describe(&fast, 0, out, sizeof(out)), "Jum\xe2\x80\x99" "at|jum'at|0|C");
		CHECK_STR(describe(&reference, 11, out, sizeof(out)), "caf\xc3\xa9|cafe|0|s");
		CHECK_STR(describe(&reference, 14, out, sizeof(out)), "B|b|0|snC");
	}
	for (uint32_t i = 0; i < fast.token_count && i < reference.token_count; i++)
	{
		char		a[256];
		char		b[256];

		CHECK_STR(describe(&fast, i, a, sizeof(a)), describe(&reference, i, b, sizeof(b)));
	}
	nv_arena_free_all(&arena);
}

/*
 * Words of every length from 1 to 40 bytes, of small letters, capitals,
 * digits and all three, each ended by one of the bytes that end or may
 * carry on a run of letters and digits (space, '.', ',', an apostrophe, a
 * hyphen, a curly quote's first byte, the text's end): the run is read
 * sixteen bytes at a time where sixteen are left, by the table near the
 * end; both must give the tokens of utf8proc.
 */
UNIT_TEST(tokenize_words_of_every_length_equal_utf8proc)
{
	static const char *const alphabets[] = {"abcdefghij", "ABCDEFGHIJ", "0123456789", "aB3cD4eF5g"};
	static const char *const enders[] = {" ", ". ", ", ", "'s ", "'t ", "-x ", "\xe2\x80\x9d ", ".5 ", ""};
	char		text[40 * 4 * 9 * 48];
	size_t		len = 0;
	nv_arena	arena;
	nv_document fast = {0};
	nv_document reference = {0};
	uint32_t	same = 0;

	for (int n = 1; n <= 40; n++)
		for (size_t a = 0; a < sizeof(alphabets) / sizeof(alphabets[0]); a++)
			for (size_t e = 0; e < sizeof(enders) / sizeof(enders[0]); e++)
			{
				for (int k = 0; k < n; k++)
					text[len++] = alphabets[a][k % 10];
				memcpy(text + len, enders[e], strlen(enders[e]));
				len += strlen(enders[e]);
			}
	nv_arena_init(&arena, &nv_malloc_allocator);
	nv_tokenize(&fast, &arena, text, len);
	nv_tokenize_utf8proc(&reference, &arena, text, len);
	CHECK_INT(fast.token_count, reference.token_count);
	for (uint32_t i = 0; i < fast.token_count && i < reference.token_count; i++)
	{
		char		a[256];
		char		b[256];

		same += strcmp(describe(&fast, i, a, sizeof(a)), describe(&reference, i, b, sizeof(b))) == 0;
	}
	CHECK_INT(same, reference.token_count);
	/* the last word: 40 mixed bytes run on by nothing, to the text's end */
	{
		char		out[256];

		CHECK_STR(describe(&fast, fast.token_count - 1, out, sizeof(out)),
				  "aB3cD4eF5gaB3cD4eF5gaB3cD4eF5gaB3cD4eF5g|ab3cd4ef5gab3cd4ef5gab3cd4ef5gab3cd4ef5g|0|s");
	}
	nv_arena_free_all(&arena);
}

/* ---- a word as long as the document ------------------------------------ */

static int	interrupt_looks;

static void
count_interrupt_look(void)
{
	interrupt_looks++;
}

/*
 * Tokenizes `copies` copies of `unit` (no space between: one word) with the
 * interrupt hook counting, and returns the looks for a cancel.
 */
static int
looks_in_one_word(const char *unit, size_t copies, bool utf8proc, nv_document *doc, nv_arena *arena)
{
	size_t		unit_len = strlen(unit);
	char	   *text = malloc(unit_len * copies + 1);

	for (size_t k = 0; k < copies; k++)
		memcpy(text + k * unit_len, unit, unit_len);
	text[unit_len * copies] = '\0';
	memset(doc, 0, sizeof(*doc));
	nv_arena_init(arena, &nv_malloc_allocator);
	interrupt_looks = 0;
	nv_interrupt_hook = count_interrupt_look;
	if (utf8proc)
		nv_tokenize_utf8proc(doc, arena, text, unit_len * copies);
	else
		nv_tokenize(doc, arena, text, unit_len * copies);
	nv_interrupt_hook = NULL;
	/* the text goes; the token's span is all that is checked after */
	free(text);
	doc->text = NULL;
	return interrupt_looks;
}

/*
 * A document of one word of a megabyte is one token, and the tokenizer
 * looks for a cancel every 65536 tokens: once here, at the first.  A word
 * of ASCII letters is read by the table in one pass (a fraction of a
 * second even at narrative.max_document_size); code points read through
 * utf8proc are looked for a cancel between every 64 kB (16 times in 1 MB),
 * and so are they in folding (15 times: not at the end), both on the path
 * for ASCII and the one for every code point.
 */
UNIT_TEST(a_word_of_a_megabyte_can_be_cancelled)
{
	static const struct
	{
		const char *unit;
		bool		utf8proc;
		int			looks;
	}			cases[] = {
		{"a", false, 1},		/* by the table, already folded */
		{"A", false, 1},		/* by the table, lowered */
		{"a", true, 1 + 16 + 15},	/* every code point through utf8proc */
		{"\xc3\xa9", false, 1 + 16 + 15},	/* é through utf8proc on the ASCII path */
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		nv_document doc;
		nv_arena	arena;
		size_t		copies = (1 << 20) / strlen(cases[k].unit);
		int			looks = looks_in_one_word(cases[k].unit, copies, cases[k].utf8proc, &doc, &arena);

		CHECK_INT(doc.token_count, 1);
		CHECK_INT(doc.tokens[0].start, 0);
		CHECK_INT(doc.tokens[0].end, 1 << 20);
		CHECK_INT(doc.tokens[0].kind, NV_TOKEN_WORD);
		CHECK_INT(looks, cases[k].looks);
		nv_arena_free_all(&arena);
	}
}

/*
 * On a document of more than NV_PREFETCH_TOKENS tokens the mark scan also
 * asks for the marked tokens ahead; what it answers is unchanged: every
 * marked token in turn, as reading the marks one by one finds them, to the
 * last token and within a bound.
 */
UNIT_TEST(mark_scan_of_a_long_document_finds_every_mark)
{
	const char *line = "Rusia membantah tuduhan AS pada 21 Februari 2024, kata juru bicara Kremlin Dmitry Peskov.\n";
	const unsigned scans[] = {NV_MARK_TIMEX, NV_MARK_CAPITALIZED, NV_MARK_CUE | NV_MARK_ALLEGATION, NV_MARK_ROLE};
	/* pada 21 Februari 2024; Rusia AS Februari Kremlin Dmitry Peskov;
	 * membantah kata; juru (bicara) */
	const uint32_t per_line[] = {4, 6, 2, 1};
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_lexicon *lex = small_lexicon();
	size_t		line_len = strlen(line);
	/* 16 tokens a line: a few more than NV_PREFETCH_TOKENS */
	size_t		copies = NV_PREFETCH_TOKENS / 16 + 1000;
	char	   *text = malloc(line_len * copies + 1);
	nv_arena	arena;
	nv_document doc;

	for (size_t k = 0; k < copies; k++)
		memcpy(text + k * line_len, line, line_len);
	text[line_len * copies] = '\0';
	nv_lexicon_add_wordlists(lex, lists);
	tokenize(&doc, &arena, text);
	nv_map_tokens(lex, lists, &doc);
	CHECK(nv_prefetches(&doc));
	for (size_t s = 0; s < sizeof(scans) / sizeof(scans[0]); s++)
	{
		uint32_t	expected = 0;
		uint32_t	found = 0;
		uint32_t	count = 0;
		uint32_t	bound = doc.token_count - 5;

		for (;; expected++, found++, count++)
		{
			while (expected < doc.token_count && !(doc.token_marks[expected] & scans[s]))
				expected++;
			found = nv_next_marked(&doc, found, scans[s]);
			CHECK_INT(found, expected);
			if (found == doc.token_count)
				break;
			CHECK_INT(nv_next_marked_before(&doc, found, bound, scans[s]), found < bound ? found : bound);
		}
		CHECK_INT(count, per_line[s] * copies);
	}
	nv_arena_free_all(&arena);
	nv_lexicon_free(lex);
	free(text);
}
