/*
 * fuzz_tokenize.c — libFuzzer target: nv_tokenize, whose ASCII bytes are
 * classified by a table and folded by lowering, against
 * nv_tokenize_utf8proc, which sends every code point through utf8proc, on
 * the same arbitrary bytes (valid UTF-8 or not).  The two must give the
 * same tokens: spans, kinds, flags and folded forms, one for one.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"
#include "narrative.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nv_arena	arena;
	nv_document fast = {0};
	nv_document reference = {0};
	char	   *text;

	nv_arena_init(&arena, &nv_malloc_allocator);
	/* exactly the input's bytes, so a read past them is caught */
	text = nv_arena_alloc(&arena, size ? size : 1);
	memcpy(text, data, size);
	nv_tokenize(&fast, &arena, text, size);
	nv_tokenize_utf8proc(&reference, &arena, text, size);

	FUZZ_CHECK(fast.token_count == reference.token_count);
	for (uint32_t i = 0; i < fast.token_count; i++)
	{
		const nv_token *a = &fast.tokens[i];
		const nv_token *b = &reference.tokens[i];
		size_t		a_len;
		size_t		b_len;
		const char *a_fold = nv_token_fold(&fast, i, &a_len);
		const char *b_fold = nv_token_fold(&reference, i, &b_len);

		FUZZ_CHECK(a->start == b->start && a->end == b->end);
		FUZZ_CHECK(a->kind == b->kind);
		FUZZ_CHECK(a->flags == b->flags);
		FUZZ_CHECK(a_len == b_len && memcmp(a_fold, b_fold, a_len) == 0);
	}
	nv_arena_free_all(&arena);
	return 0;
}
