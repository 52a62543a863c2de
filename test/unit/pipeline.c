/*
 * pipeline.c — a lexicon from tables and the stages of extraction in
 * order, for unit tests (see pipeline.h).
 */
#include <string.h>

#include "pipeline.h"

nv_lexicon *
pipeline_lexicon(const pipeline_actor *actors, size_t actor_count, const pipeline_cue *cues,
				 size_t cue_count)
{
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);

	for (size_t k = 0; k < actor_count; k++)
	{
		const pipeline_actor *actor = &actors[k];

		nv_lexicon_add_actor(lex, actor->id, actor->name, actor->kind, actor->country);
		for (int j = 0; j < PIPELINE_MAX_ALIASES && actor->aliases[j]; j++)
			nv_lexicon_add_alias(lex, actor->aliases[j], strlen(actor->aliases[j]), NV_LANG_ANY, actor->id);
	}
	for (size_t k = 0; k < cue_count; k++)
		nv_lexicon_add_cue(lex, cues[k].word, strlen(cues[k].word), cues[k].lang, cues[k].act);
	return lex;
}

void
pipeline_run_text(pipeline_run *r, nv_lexicon *lex, nv_lang lang, const char *text, size_t len)
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
pipeline_free(pipeline_run *r)
{
	nv_arena_free_all(&r->arena);
	nv_lexicon_free(r->lex);
}

const char *
pipeline_span_text(pipeline_run *r, uint32_t start, uint32_t end)
{
	return nv_arena_strndup(&r->arena, r->doc.text + start, end - start);
}
