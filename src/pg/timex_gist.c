/*
 * timex_gist.c — a GiST operator class for narrative.timex, so that
 * `said_on && daterange(...)` (and && against a timex or a date, @> and
 * <@ against a daterange) can use an index on a timex column.
 *
 * Each key is the daterange the timex covers; the inner keys are their
 * unions.  Union, penalty, picksplit and same are the range type's own
 * (range_gist_*); only compress (timex to daterange) and consistent (which
 * turns the query, a timex, date or daterange, into a daterange) are here.
 * consistent answers conservatively and always asks for a recheck, so the
 * operator itself decides every row: the index only narrows the scan.
 */
#include "postgres.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "narrative_pg.h"

PG_FUNCTION_INFO_V1(timex_gist_compress);
PG_FUNCTION_INFO_V1(timex_gist_consistent);

static TypeCacheEntry *
daterange_typcache(void)
{
	return lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
}

/* The daterange [lower, upper) that a timex covers. */
static RangeType *
timex_daterange(TypeCacheEntry *typcache, const nv_timex *value)
{
	int32		lower_day,
				upper_day;
	RangeBound	lower = {0},
				upper = {0};

	nv_timex_bounds(value, &lower_day, &upper_day);
	lower.val = DateADTGetDatum(lower_day);
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum(upper_day);
	upper.inclusive = false;
	upper.lower = false;
	return make_range(typcache, &lower, &upper, false);
}

/* A leaf entry's timex becomes its daterange; inner entries are ranges already. */
Datum
timex_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *result;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	result = palloc(sizeof(GISTENTRY));
	gistentryinit(*result,
				  RangeTypePGetDatum(timex_daterange(daterange_typcache(),
													 DatumGetTimexP(entry->key))),
				  entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(result);
}

/* The query as a daterange, whichever type the operator's right side is. */
static RangeType *
query_daterange(TypeCacheEntry *typcache, Datum query, Oid subtype)
{
	if (subtype == DATERANGEOID)
		return DatumGetRangeTypeP(query);
	if (subtype == DATEOID)
	{
		DateADT		day = DatumGetDateADT(query);
		RangeBound	lower = {0},
					upper = {0};

		if (DATE_NOT_FINITE(day))
			return NULL;
		lower.val = DateADTGetDatum(day);
		lower.inclusive = true;
		lower.lower = true;
		upper.val = DateADTGetDatum(day + 1);
		upper.inclusive = false;
		return make_range(typcache, &lower, &upper, false);
	}
	/* the opclass's own type */
	return timex_daterange(typcache, DatumGetTimexP(query));
}

Datum
timex_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	Datum		query = PG_GETARG_DATUM(1);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	Oid			subtype = PG_GETARG_OID(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	TypeCacheEntry *typcache = daterange_typcache();
	RangeType  *key = DatumGetRangeTypeP(entry->key);
	RangeType  *q = query_daterange(typcache, query, subtype);

	*recheck = true;
	if (q == NULL)
		PG_RETURN_BOOL(true);	/* an infinite date: let the operator say */
	switch (strategy)
	{
		case RTOverlapStrategyNumber:
			PG_RETURN_BOOL(range_overlaps_internal(typcache, key, q));
		case RTContainsStrategyNumber:
			/* a leaf, or any leaf below an inner key, can contain q only
			 * if the key does */
			PG_RETURN_BOOL(range_contains_internal(typcache, key, q));
		case RTContainedByStrategyNumber:
			if (GIST_LEAF(entry))
				PG_RETURN_BOOL(range_contains_internal(typcache, q, key));
			PG_RETURN_BOOL(RangeIsEmpty(q) || range_overlaps_internal(typcache, key, q));
		default:
			elog(ERROR, "timex_gist_consistent: unknown strategy %d", strategy);
	}
	PG_RETURN_BOOL(false);
}
