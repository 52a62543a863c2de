/*
 * test_quote_spans.c — unit tests of nv_find_quote_spans (src/core/quote.c):
 * every mark style of real news, the mismatched pairs careless editing
 * leaves, apostrophes and inch marks that are not quotes, nesting, quotes
 * cut at their line end, and adversarial inputs (only marks, thousands of
 * unbalanced openers, a mark as the last byte, empty input).  Each test
 * compares the spans' content as text, written out.
 */
#include <stdint.h>
#include <stdlib.h>

#include "narrative.h"
#include "unit.h"

/* One run of the span finder: the document, its spans and their text. */
typedef struct quoted
{
	nv_arena	arena;
	nv_document doc;
	nv_quote_span_result spans;
	const char **content;		/* each span's content, NUL-terminated */
	const char *joined;			/* all contents, "|" between */
} quoted;

/* Tokenises `len` bytes of `text` and finds its top-level quote spans. */
static void
quote_spans_n(quoted *q, const char *text, size_t len)
{
	size_t		joined_len = 0;
	char	   *joined;

	memset(q, 0, sizeof(*q));
	nv_arena_init(&q->arena, &nv_malloc_allocator);
	nv_tokenize(&q->doc, &q->arena, text, len);
	nv_find_quote_spans(&q->doc, &q->spans);
	q->content = nv_arena_zalloc(&q->arena, (q->spans.count + 1) * sizeof(char *));
	for (uint32_t k = 0; k < q->spans.count; k++)
	{
		const nv_quote_span *span = &q->spans.spans[k];
		uint32_t	start = q->doc.tokens[span->first_token].start;
		uint32_t	end = q->doc.tokens[span->end_token - 1].end;

		q->content[k] = nv_arena_strndup(&q->arena, text + start, end - start);
		joined_len += end - start + 1;
	}
	joined = nv_arena_zalloc(&q->arena, joined_len + 1);
	for (uint32_t k = 0; k < q->spans.count; k++)
	{
		if (k > 0)
			strcat(joined, "|");
		strcat(joined, q->content[k]);
	}
	q->joined = joined;
}

static void
quote_spans(quoted *q, const char *text)
{
	quote_spans_n(q, text, strlen(text));
}

static void
quoted_free(quoted *q)
{
	nv_arena_free_all(&q->arena);
}

/* How many spans a text gives (for inputs whose spans are not the point). */
static long
span_count(const char *text, size_t len)
{
	quoted		q;
	long		count;

	quote_spans_n(&q, text, len);
	count = q.spans.count;
	quoted_free(&q);
	return count;
}

/* A malloc'd string of `count` copies of `unit`. */
static char *
repeated(const char *unit, size_t count)
{
	size_t		unit_len = strlen(unit);
	char	   *s = malloc(unit_len * count + 1);

	if (!s)
		abort();
	for (size_t k = 0; k < count; k++)
		memcpy(s + k * unit_len, unit, unit_len);
	s[unit_len * count] = '\0';
	return s;
}

/* ---- mark styles ---------------------------------------------------------- */

UNIT_TEST(test_quote_curly_double)
{
	quoted		q;

	quote_spans(&q, "“Kami tidak akan menyerah,” kata Peskov.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "Kami tidak akan menyerah,");
	quoted_free(&q);
}

UNIT_TEST(test_quote_straight_double)
{
	quoted		q;

	quote_spans(&q, "Dia berkata \"cukup sudah\" lalu pergi.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "cukup sudah");
	quoted_free(&q);
}

UNIT_TEST(test_quote_curly_single)
{
	quoted		q;

	quote_spans(&q, "Ia menyebutnya ‘tidak masuk akal’ kemarin.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "tidak masuk akal");
	quoted_free(&q);
}

UNIT_TEST(test_quote_straight_single)
{
	quoted		q;

	quote_spans(&q, "Ia menyebutnya 'provokasi' saja.");
	CHECK_STR(q.joined, "provokasi");
	quoted_free(&q);
}

UNIT_TEST(test_quote_guillemets)
{
	quoted		q;

	quote_spans(&q, "Zakharova: «Ini provokasi».");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "Ini provokasi");
	quoted_free(&q);
}

UNIT_TEST(test_quote_low_high)
{
	quoted		q;

	quote_spans(&q, "Ia menjawab „tidak pernah“ kepada wartawan.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "tidak pernah");
	quoted_free(&q);
}

/* The token indices of a span: marks outside, content inside. */
UNIT_TEST(test_quote_span_tokens)
{
	quoted		q;

	quote_spans(&q, "“a b” c");
	CHECK_INT(q.spans.count, 1);
	CHECK_INT(q.spans.spans[0].open_token, 0);
	CHECK_INT(q.spans.spans[0].close_token, 3);
	CHECK_INT(q.spans.spans[0].first_token, 1);
	CHECK_INT(q.spans.spans[0].end_token, 3);
	quoted_free(&q);
}

/* ”…" and "…” at line starts, as in corpus article 000. */
UNIT_TEST(test_quote_mismatched_pairs)
{
	quoted		q;

	quote_spans(&q,
				"”Resolusi Dewan Keamanan PBB melarang pasokan mobil mewah ke DPRK,\" kata Miller.\n"
				"\"Jika ini benar, Rusia melanggar resolusi,” tambahnya.");
	CHECK_INT(q.spans.count, 2);
	CHECK_STR(q.content[0], "Resolusi Dewan Keamanan PBB melarang pasokan mobil mewah ke DPRK,");
	CHECK_STR(q.content[1], "Jika ini benar, Rusia melanggar resolusi,");
	CHECK(q.spans.spans[0].close_token != UINT32_MAX);
	CHECK(q.spans.spans[1].close_token != UINT32_MAX);
	quoted_free(&q);
}

/* A mark glued on both sides after punctuation closes: "…,"katanya. */
UNIT_TEST(test_quote_close_glued_after_punct)
{
	quoted		q;

	quote_spans(&q, "\"Ini benar,\"katanya.");
	CHECK_STR(q.joined, "Ini benar,");
	quoted_free(&q);
}

/* A mark after '(' or a dash opens; one before ')' or a dash closes. */
UNIT_TEST(test_quote_after_paren_and_dash)
{
	quoted		q;

	quote_spans(&q, "Ia bilang (“cukup”) kemarin. Jawabannya—“tidak”—jelas.");
	CHECK_INT(q.spans.count, 2);
	CHECK_STR(q.joined, "cukup|tidak");
	quoted_free(&q);
}

/* ---- marks that are not quotes ------------------------------------------- */

UNIT_TEST(test_quote_apostrophes_are_not_quotes)
{
	quoted		q;

	quote_spans(&q, "Salat Jum'at di masjid.");
	CHECK_INT(q.spans.count, 0);
	quoted_free(&q);
	quote_spans(&q, "Seoul’s spy agency said so.");
	CHECK_INT(q.spans.count, 0);
	quoted_free(&q);
	quote_spans(&q, "The foreign ministers’ meeting ended.");
	CHECK_INT(q.spans.count, 0);
	quoted_free(&q);
	quote_spans(&q, "Pada Jum'at, Seoul’s envoy joined the ministers’ meeting and Russia's too.");
	CHECK_INT(q.spans.count, 0);
	quoted_free(&q);
}

UNIT_TEST(test_quote_inch_marks_are_not_quotes)
{
	quoted		q;

	quote_spans(&q, "He is 5'11\" tall.");
	CHECK_INT(q.spans.count, 0);
	quoted_free(&q);
	quote_spans(&q, "He is 5'11\"");
	CHECK_INT(q.spans.count, 0);
	quoted_free(&q);
}

/* Apostrophes inside a quote do not close it. */
UNIT_TEST(test_quote_apostrophe_inside_quote)
{
	quoted		q;

	quote_spans(&q, "“Seoul’s claim on Jum'at is false,” he said.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "Seoul’s claim on Jum'at is false,");
	quoted_free(&q);
}

/* ---- nesting, sentences, lines --------------------------------------------- */

/* Paragraphs run together with no space: a straight mark glued between a
 * full stop and a capital opens the next quote when none is open, and
 * closes the open one otherwise. */
UNIT_TEST(test_quote_glued_between_sentences)
{
	quoted		q;

	quote_spans(&q, "Rapat itu selesai malam.\"Kami puas,\" ujar Ola.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "Kami puas,");
	quoted_free(&q);
	quote_spans(&q, "Ola berkata, \"Kami puas.\"Rapat lalu ditutup.\"Besok lagi,\" katanya.");
	CHECK_INT(q.spans.count, 2);
	CHECK_STR(q.joined, "Kami puas.|Besok lagi,");
	quoted_free(&q);
}

UNIT_TEST(test_quote_nested_gives_top_level)
{
	quoted		q;

	quote_spans(&q, "“He said ‘no’ twice,” she recalled.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "He said ‘no’ twice,");
	quoted_free(&q);
}

/* Four levels, the most the finder tracks: still one outer span. */
UNIT_TEST(test_quote_nested_four_deep)
{
	quoted		q;

	quote_spans(&q, "“a ‘b \"c 'd' e\" f’ g” h");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "a ‘b \"c 'd' e\" f’ g");
	quoted_free(&q);
}

/* Deeper than four: no crash, one span that opens at the outer mark. */
UNIT_TEST(test_quote_nested_too_deep)
{
	quoted		q;

	quote_spans(&q, "“a ‘b “c ‘d “e ‘f’ g” h’ i” j’ k” l");
	CHECK_INT(q.spans.count, 1);
	CHECK_INT(q.spans.spans[0].open_token, 0);
	CHECK(strncmp(q.joined, "a ‘b “c ‘d “e ‘f’", strlen("a ‘b “c ‘d “e ‘f’")) == 0);
	quoted_free(&q);
}

/* An unclosed quote ends with its line; the closer on the next line is
 * alone there and pairs with nothing. */
UNIT_TEST(test_quote_unclosed_stops_at_line_end)
{
	quoted		q;

	quote_spans(&q, "“Kami tidak akan mundur, kata dia\nBaris kedua tanpa kutipan,” katanya.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "Kami tidak akan mundur, kata dia");
	CHECK_INT(q.spans.spans[0].close_token, UINT32_MAX);
	quoted_free(&q);
	quote_spans(&q, "“Satu dua\r\ntiga empat.");
	CHECK_STR(q.joined, "Satu dua");
	quoted_free(&q);
}

UNIT_TEST(test_quote_across_sentences_in_a_line)
{
	quoted		q;

	quote_spans(&q, "“Kami menolak. Ini fitnah! Kami akan membalas?” kata Zakharova.");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "Kami menolak. Ini fitnah! Kami akan membalas?");
	quoted_free(&q);
}

/* A paragraph that opens with a mark after an unclosed one: its own span. */
UNIT_TEST(test_quote_paragraph_after_unclosed)
{
	quoted		q;

	quote_spans(&q, "“Paragraf pertama tanpa penutup.\n“Paragraf kedua ditutup,” katanya.");
	CHECK_INT(q.spans.count, 2);
	CHECK_STR(q.content[0], "Paragraf pertama tanpa penutup.");
	CHECK_STR(q.content[1], "Paragraf kedua ditutup,");
	CHECK_INT(q.spans.spans[0].close_token, UINT32_MAX);
	CHECK(q.spans.spans[1].close_token != UINT32_MAX);
	quoted_free(&q);
}

UNIT_TEST(test_quote_several_in_a_line)
{
	quoted		q;

	quote_spans(&q, "Ia menyebutnya “palsu” dan “berbahaya”, lalu “tidak sah”.");
	CHECK_INT(q.spans.count, 3);
	CHECK_STR(q.joined, "palsu|berbahaya|tidak sah");
	quoted_free(&q);
}

/* ---- adversarial inputs -------------------------------------------------- */

UNIT_TEST(test_quote_empty_input)
{
	CHECK_INT(span_count("", 0), 0);
	CHECK_INT(span_count("   \n\n  ", 7), 0);
}

UNIT_TEST(test_quote_lone_marks)
{
	CHECK_INT(span_count("\"", 1), 0);
	CHECK_INT(span_count("'", 1), 0);
	CHECK_INT(span_count("“", strlen("“")), 0);
	CHECK_INT(span_count("”", strlen("”")), 0);
	CHECK_INT(span_count("«", strlen("«")), 0);
}

/* Empty quotes are dropped, glued or spaced. */
UNIT_TEST(test_quote_empty_quotes_dropped)
{
	CHECK_INT(span_count("\"\"", 2), 0);
	CHECK_INT(span_count("Ia berkata \"\" lalu pergi.", strlen("Ia berkata \"\" lalu pergi.")), 0);
	CHECK_INT(span_count("Ia berkata “ ” lalu pergi.", strlen("Ia berkata “ ” lalu pergi.")), 0);
}

/* A mark as the very last byte: after a space it is none; glued to a word
 * it closes the quote that was open, or nothing. */
UNIT_TEST(test_quote_mark_as_last_byte)
{
	quoted		q;

	CHECK_INT(span_count("Ia berkata \"", strlen("Ia berkata \"")), 0);
	CHECK_INT(span_count("Ia berkata“", strlen("Ia berkata“")), 0);
	quote_spans(&q, "Ia berkata \"ya\"");
	CHECK_INT(q.spans.count, 1);
	CHECK_STR(q.joined, "ya");
	quoted_free(&q);
	/* an opener as the last word: unclosed, cut at the end of the text */
	quote_spans(&q, "Ia berkata \"ya");
	CHECK_STR(q.joined, "ya");
	CHECK_INT(q.spans.spans[0].close_token, UINT32_MAX);
	quoted_free(&q);
	/* the first two bytes of “ (truncated UTF-8) are not a mark */
	CHECK_INT(span_count("Ia berkata \xE2\x80", strlen("Ia berkata \xE2\x80")), 0);
	CHECK_INT(span_count("\"a\xE2\x80", 4), 1);
}

/* 10,000 straight marks: the first opens, the second closes an empty quote
 * (dropped), and every later one closes nothing. */
UNIT_TEST(test_quote_only_marks)
{
	char	   *s = repeated("\"", 10000);

	CHECK_INT(span_count(s, 10000), 0);
	free(s);
	s = repeated("“", 10000);
	CHECK_INT(span_count(s, strlen(s)), 0);
	free(s);
	s = repeated("'", 10000);
	CHECK_INT(span_count(s, 10000), 0);
	free(s);
}

/* “” 5,000 times, glued or spaced: 5,000 empty quotes, all dropped. */
UNIT_TEST(test_quote_alternating_empty)
{
	char	   *s = repeated("“”", 5000);

	CHECK_INT(span_count(s, strlen(s)), 0);
	free(s);
	s = repeated("“” ", 5000);
	CHECK_INT(span_count(s, strlen(s)), 0);
	free(s);
	s = repeated("\"\" ", 5000);
	CHECK_INT(span_count(s, strlen(s)), 0);
	free(s);
}

/* `" a " b " c …`: a mark with space on both sides is none. */
UNIT_TEST(test_quote_spaced_marks_are_none)
{
	char	   *s = repeated("\" a ", 5000);

	CHECK_INT(span_count(s, strlen(s)), 0);
	free(s);
}

/* `"a "a "a …` on one line: openers only, past the depth limit; the first
 * one's quote runs to the end of the text. */
UNIT_TEST(test_quote_unbalanced_openers_one_line)
{
	char	   *s = repeated(" \"a", 5000);
	quoted		q;

	quote_spans(&q, s);
	CHECK_INT(q.spans.count, 1);
	CHECK_INT(q.spans.spans[0].open_token, 0);
	CHECK_INT(q.spans.spans[0].close_token, UINT32_MAX);
	CHECK_INT(q.spans.spans[0].end_token, 10000);
	CHECK_INT(strlen(q.content[0]), 5000 * 3 - 2);
	CHECK_STR(q.content[0], s + 2);
	quoted_free(&q);
	free(s);
}

/* One opener a line, 5,000 lines: each line's quote is cut at its end. */
UNIT_TEST(test_quote_unbalanced_openers_many_lines)
{
	char	   *s = repeated("\"a b\n", 5000);
	quoted		q;

	quote_spans(&q, s);
	CHECK_INT(q.spans.count, 5000);
	CHECK_STR(q.content[0], "a b");
	CHECK_STR(q.content[4999], "a b");
	quoted_free(&q);
	free(s);
}

/* Closers only (`a" a" …`): each closes nothing. */
UNIT_TEST(test_quote_unbalanced_closers)
{
	char	   *s = repeated("a\" ", 5000);

	CHECK_INT(span_count(s, strlen(s)), 0);
	free(s);
}

/* Balanced pairs in bulk: `"a" ` 5,000 times gives 5,000 quotes. */
UNIT_TEST(test_quote_many_pairs)
{
	char	   *s = repeated("\"a\" ", 5000);
	quoted		q;

	quote_spans(&q, s);
	CHECK_INT(q.spans.count, 5000);
	CHECK_STR(q.content[2500], "a");
	quoted_free(&q);
	free(s);
}
