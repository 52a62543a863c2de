/*
 * unit_pipeline.c — the core pipeline run on one text for unit tests (see
 * unit_pipeline.h).
 */
#include <string.h>

#include "unit_pipeline.h"

void
unit_pipeline_run(attributed *r, nv_lexicon *lex, const char *text, size_t len, nv_lang lang)
{
	const nv_wordlists *lists = nv_wordlists_builtin();

	memset(r, 0, sizeof(*r));
	r->lex = lex;
	nv_arena_init(&r->arena, &nv_malloc_allocator);
	nv_tokenize(&r->doc, &r->arena, text, len);
	nv_wordlists_map_tokens(lists, &r->doc);
	r->doc.lang = lang;
	nv_split_sentences(&r->doc, lists);
	nv_mark_boilerplate(&r->doc, lists);
	nv_find_timexes(&r->doc, lists, &r->timexes);
	nv_lexicon_map_tokens(r->lex, &r->doc);
	nv_find_mentions(&r->doc, r->lex, lists, &r->mentions);
	nv_find_quotes(&r->doc, r->lex, lists, &r->mentions, &r->timexes, &r->quotes);
	nv_find_allegations(&r->doc, r->lex, lists, &r->mentions, &r->timexes, &r->quotes, &r->allegations);
}

void
unit_pipeline_free(attributed *r)
{
	nv_arena_free_all(&r->arena);
	nv_lexicon_free(r->lex);
}

const char *
unit_span_text(attributed *r, uint32_t start, uint32_t end)
{
	return nv_arena_strndup(&r->arena, r->doc.text + start, end - start);
}
