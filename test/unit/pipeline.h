/*
 * pipeline.h — what unit tests of the later stages share: a lexicon built
 * from small tables, and a text run through src/core's stages up to
 * allegations as extract() runs it, but with that lexicon and a language
 * the test names, so a test can look at any stage's result.
 */
#ifndef NARRATIVE_TEST_PIPELINE_H
#define NARRATIVE_TEST_PIPELINE_H

#include "narrative.h"

#define PIPELINE_MAX_ALIASES 6

#ifndef lengthof
#define lengthof(array) (sizeof(array) / sizeof((array)[0]))
#endif

/* An actor and the aliases naming it in every language (NULL ends them). */
typedef struct pipeline_actor
{
	const char *id;
	const char *name;
	const char *kind;
	const char *country;
	const char *aliases[PIPELINE_MAX_ALIASES];
} pipeline_actor;

typedef struct pipeline_cue
{
	const char *word;
	nv_lang		lang;
	nv_act		act;
} pipeline_cue;

/* A lexicon of these actors and cues (malloc'd: nv_lexicon_free). */
nv_lexicon *pipeline_lexicon(const pipeline_actor *actors, size_t actor_count,
							 const pipeline_cue *cues, size_t cue_count);

typedef struct pipeline_run
{
	nv_arena	arena;
	nv_lexicon *lex;			/* owned: freed by pipeline_free */
	nv_document doc;
	nv_timex_result timexes;
	nv_mention_result mentions;
	nv_quote_result quotes;
	nv_allegation_result allegations;
} pipeline_run;

/* Runs text (len bytes) in language lang with lexicon lex, which r takes. */
void		pipeline_run_text(pipeline_run *r, nv_lexicon *lex, nv_lang lang,
							  const char *text, size_t len);
void		pipeline_free(pipeline_run *r);

/* The text of a byte span, NUL-terminated in the run's arena. */
const char *pipeline_span_text(pipeline_run *r, uint32_t start, uint32_t end);

#endif
