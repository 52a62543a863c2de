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
