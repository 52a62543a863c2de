/*
 * fuzz_quote_spans.c — libFuzzer target: nv_tokenize then
 * nv_find_quote_spans on arbitrary bytes, checking what narrative.h
 * promises of the spans: top-level quotes in text order, none nested in
 * another, each opened by a quote mark with its content right after it and
 * never empty, closed by the quote mark at its end or else (UINT32_MAX)
 * running to the end of its line, and none crossing a line break.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"
#include "narrative.h"

static bool
is_quote_mark_token(const nv_document *doc, uint32_t i)
{
	return doc->tokens[i].kind == NV_TOKEN_PUNCT && (doc->tokens[i].flags & NV_TOKEN_QUOTE);
}

static bool
starts_line(const nv_document *doc, uint32_t i)
{
	return (doc->tokens[i].flags & NV_TOKEN_NEWLINE_BEFORE) != 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nv_arena	arena;
	nv_document doc = {0};
	nv_quote_span_result spans = {0};
	char	   *text;
	uint32_t	previous_end = 0;

	nv_arena_init(&arena, &nv_malloc_allocator);
	/* exactly the input's bytes, so a read past them is caught */
	text = nv_arena_alloc(&arena, size ? size : 1);
	memcpy(text, data, size);
	nv_tokenize(&doc, &arena, text, size);
	nv_find_quote_spans(&doc, &spans);

	FUZZ_CHECK(spans.count == 0 || spans.spans != NULL);
	for (uint32_t k = 0; k < spans.count; k++)
	{
		const nv_quote_span *span = &spans.spans[k];

		FUZZ_CHECK(span->open_token < doc.token_count);
		FUZZ_CHECK(k == 0 || span->open_token >= previous_end);
		FUZZ_CHECK(is_quote_mark_token(&doc, span->open_token));
		FUZZ_CHECK(span->first_token == span->open_token + 1);
		FUZZ_CHECK(span->first_token < span->end_token);
		FUZZ_CHECK(span->end_token <= doc.token_count);
		for (uint32_t i = span->first_token; i < span->end_token; i++)
			FUZZ_CHECK(!starts_line(&doc, i));
		if (span->close_token == UINT32_MAX)
		{
			/* unclosed: up to the end of its line */
			FUZZ_CHECK(span->end_token == doc.token_count || starts_line(&doc, span->end_token));
			previous_end = span->end_token;
		}
		else
		{
			FUZZ_CHECK(span->close_token == span->end_token);
			FUZZ_CHECK(is_quote_mark_token(&doc, span->close_token));
			FUZZ_CHECK(!starts_line(&doc, span->close_token));
			previous_end = span->close_token + 1;
		}
	}
	nv_arena_free_all(&arena);
	return 0;
}
