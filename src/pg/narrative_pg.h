/*
 * narrative_pg.h — what the fmgr glue files share: access to the timex
 * type's Datums.  Include after postgres.h.
 */
#ifndef NARRATIVE_PG_H
#define NARRATIVE_PG_H

#include "fmgr.h"
#include "funcapi.h"

#include "calendar.h"

/* narrative.timex is the 8-byte nv_timex, fixed length, passed by
 * reference: no detoasting, the Datum points at the struct. */
#define DatumGetTimexP(X)		((nv_timex *) DatumGetPointer(X))
#define TimexPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_TIMEX_P(n)	DatumGetTimexP(PG_GETARG_DATUM(n))
#define PG_RETURN_TIMEX_P(x)	return TimexPGetDatum(x)

#endif							/* NARRATIVE_PG_H */

/* ---- extraction glue (extract.c) -------------------------------------- */

#include "narrative.h"

extern int	narrative_max_document_kb;

/*
 * One document run through the core inside its own memory context, which
 * extraction_end deletes.  Positions are 1-based characters (bytes in a
 * SQL_ASCII database, where that is what substr counts).
 */
typedef struct extraction
{
	MemoryContext context;
	MemoryContext caller;
	MemoryContext row;			/* one result row's values, reset per row */
	nv_allocator allocator;
	nv_arena	arena;
	nv_document doc;
	const nv_wordlists *lists;
	const nv_lexicon *lex;		/* from STAGE_MENTIONS on, else NULL */
	int			through;		/* the last stage extraction_run runs */
	bool		positions_in_bytes;
	nv_char_cursor cursor;
} extraction;

/* The stages, each needing the ones before it. */
typedef enum extraction_stage
{
	STAGE_SENTENCES = 0,
	STAGE_TIMEXES,
	STAGE_MENTIONS,
	STAGE_QUOTES,
	STAGE_ALLEGATIONS
} extraction_stage;

typedef struct extraction_results
{
	nv_timex_result timexes;
	nv_mention_result mentions;
	nv_quote_result quotes;
	nv_allegation_result allegations;
} extraction_results;

/* Runs the pipeline on the document up to and including the stage that
 * extraction_begin was given. */
void		extraction_run(extraction *x, extraction_results *r);
/* A timex value as a Datum, in the current (row) context. */
Datum		extraction_timex(extraction *x, const nv_timex *value);
/* Stores one result row and resets the row context. */
void		extraction_put_row(extraction *x, ReturnSetInfo *rsinfo, Datum *values, bool *nulls);

/* Reads doc, lang (may be NULL) and published (argument index, or -1),
 * and splits the document into sentences, for a run through `through`. */
void		extraction_begin(extraction *x, FunctionCallInfo fcinfo, int published_arg,
							 extraction_stage through);
void		extraction_end(extraction *x);
int32		extraction_position(extraction *x, uint32_t byte);
int32		extraction_length(extraction *x, uint32_t start, uint32_t end);
Datum		extraction_text(extraction *x, uint32_t start, uint32_t end);

/* lexicon_cache.c: the compiled lexicon of this backend, rebuilt after the
 * lexicon tables change; *fingerprint (optional) its SHA-256 in hex. */
const nv_lexicon *lexicon_current(const char **fingerprint);
