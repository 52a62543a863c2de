/*
 * narrative_pg.h — what the fmgr glue files share: access to the timex
 * type's Datums.  Include after postgres.h.
 */
#ifndef NARRATIVE_PG_H
#define NARRATIVE_PG_H

#include "fmgr.h"

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
	nv_allocator allocator;
	nv_arena	arena;
	nv_document doc;
	const nv_wordlists *lists;
	bool		positions_in_bytes;
	nv_char_cursor cursor;
} extraction;

/* Reads doc, lang (may be NULL) and published (argument index, or -1). */
void		extraction_begin(extraction *x, FunctionCallInfo fcinfo, int published_arg);
void		extraction_end(extraction *x);
int32		extraction_position(extraction *x, uint32_t byte);
int32		extraction_length(extraction *x, uint32_t start, uint32_t end);
Datum		extraction_text(extraction *x, uint32_t start, uint32_t end);

/* lexicon_cache.c: the compiled lexicon of this backend, rebuilt after the
 * lexicon tables change; *fingerprint (optional) its SHA-256 in hex. */
const nv_lexicon *lexicon_current(const char **fingerprint);
