/*
 * unit_pipeline.h — the core pipeline run on one text for unit tests:
 * tokens, sentences, boilerplate, timexes, mentions, quotes and
 * allegations, over a lexicon the test builds.
 */
#ifndef NARRATIVE_UNIT_PIPELINE_H
#define NARRATIVE_UNIT_PIPELINE_H

#include "narrative.h"

typedef struct attributed
{
	nv_arena	arena;
	nv_lexicon *lex;
	nv_document doc;
	nv_timex_result timexes;
	nv_mention_result mentions;
	nv_quote_result quotes;
	nv_allegation_result allegations;
} attributed;

/* Runs every stage over `len` bytes of `text` in `lang`; r takes `lex`. */
void		unit_pipeline_run(attributed *r, nv_lexicon *lex, const char *text, size_t len, nv_lang lang);

/* Frees what the run made, the lexicon too. */
void		unit_pipeline_free(attributed *r);

/* The text of a byte span, NUL-terminated in the run's arena. */
const char *unit_span_text(attributed *r, uint32_t start, uint32_t end);

#endif
