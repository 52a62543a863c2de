/*
 * timex_type.c — the SQL type narrative.timex: text and binary I/O, its
 * bounds and precision, casts to daterange and from date, the btree and
 * hash support, and overlap and containment against timex, date and
 * daterange.
 *
 * The calendar itself lives in src/core/calendar.c; this file only adapts
 * it to fmgr and reports errors.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"

#include "narrative_pg.h"

PG_FUNCTION_INFO_V1(timex_in);
PG_FUNCTION_INFO_V1(timex_out);
PG_FUNCTION_INFO_V1(timex_recv);
PG_FUNCTION_INFO_V1(timex_send);
PG_FUNCTION_INFO_V1(timex_lower);
PG_FUNCTION_INFO_V1(timex_upper);
PG_FUNCTION_INFO_V1(timex_precision);
PG_FUNCTION_INFO_V1(timex_to_daterange);
PG_FUNCTION_INFO_V1(date_to_timex);
PG_FUNCTION_INFO_V1(timex_lt);
PG_FUNCTION_INFO_V1(timex_le);
PG_FUNCTION_INFO_V1(timex_eq);
PG_FUNCTION_INFO_V1(timex_ne);
PG_FUNCTION_INFO_V1(timex_ge);
PG_FUNCTION_INFO_V1(timex_gt);
PG_FUNCTION_INFO_V1(timex_cmp);
PG_FUNCTION_INFO_V1(timex_hash);
PG_FUNCTION_INFO_V1(timex_hash_extended);
PG_FUNCTION_INFO_V1(timex_overlaps_timex);
PG_FUNCTION_INFO_V1(timex_overlaps_date);
PG_FUNCTION_INFO_V1(date_overlaps_timex);
PG_FUNCTION_INFO_V1(timex_overlaps_daterange);
PG_FUNCTION_INFO_V1(daterange_overlaps_timex);
PG_FUNCTION_INFO_V1(timex_contains_timex);
PG_FUNCTION_INFO_V1(timex_contains_date);
PG_FUNCTION_INFO_V1(timex_contains_daterange);
PG_FUNCTION_INFO_V1(daterange_contains_timex);
PG_FUNCTION_INFO_V1(timex_contained_by_timex);
PG_FUNCTION_INFO_V1(date_contained_by_timex);
PG_FUNCTION_INFO_V1(daterange_contained_by_timex);
PG_FUNCTION_INFO_V1(timex_contained_by_daterange);

/* ---- Text and binary I/O ---- */

Datum
timex_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	nv_timex   *result = palloc(sizeof(nv_timex));
	const char *detail = NULL;

	switch (nv_timex_parse(str, strlen(str), result, &detail))
	{
		case NV_TIMEX_PARSE_OK:
			break;
		case NV_TIMEX_PARSE_SYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
					 errmsg("invalid input syntax for type timex: \"%s\"", str),
					 errdetail("%s", detail)));
			break;
		case NV_TIMEX_PARSE_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
					 errmsg("timex field value out of range: \"%s\"", str),
					 errdetail("%s", detail)));
			break;
	}
	PG_RETURN_TIMEX_P(result);
}

Datum
timex_out(PG_FUNCTION_ARGS)
{
	nv_timex   *t = PG_GETARG_TIMEX_P(0);
	char	   *buf = palloc(NV_TIMEX_TEXT_MAX);

	nv_timex_format(t, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: the year as int4, then precision, modifier, part and day as
 * one byte each — the struct's fields in network order.
 */
Datum
timex_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	nv_timex   *result = palloc(sizeof(nv_timex));
	int			precision,
				modifier;

	result->year = (int32) pq_getmsgint(buf, 4);
	precision = pq_getmsgbyte(buf);
	modifier = pq_getmsgbyte(buf);
	result->part = (uint8) pq_getmsgbyte(buf);
	result->day = (uint8) pq_getmsgbyte(buf);
	result->precision = (uint8) precision;
	result->modifier = (uint8) modifier;

	if (nv_precision_name(precision) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid precision %d in external timex value", precision),
				 errdetail("The precision must be from 0 (day) to 6 (decade).")));
	if (modifier > NV_MODIFIER_LATE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid modifier %d in external timex value", modifier),
				 errdetail("The modifier must be from 0 (none) to 3 (late).")));
	if (!nv_timex_is_valid(result))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external timex value: year %d, part %d, day %d do not make a timex of %s precision",
						result->year, result->part, result->day,
						nv_precision_name(precision)),
				 errdetail("Fields must be in range for the precision, unused fields zero, and a decade stored by its first year.")));
	PG_RETURN_TIMEX_P(result);
}

Datum
timex_send(PG_FUNCTION_ARGS)
{
	nv_timex   *t = PG_GETARG_TIMEX_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, (uint32) t->year);
	pq_sendbyte(&buf, t->precision);
	pq_sendbyte(&buf, t->modifier);
	pq_sendbyte(&buf, t->part);
	pq_sendbyte(&buf, t->day);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- Bounds, precision, casts ---- */

Datum
timex_lower(PG_FUNCTION_ARGS)
{
	int32		lower,
				upper;

	/* Day numbers share DateADT's epoch: no conversion. */
	nv_timex_bounds(PG_GETARG_TIMEX_P(0), &lower, &upper);
	PG_RETURN_DATEADT(lower);
}

Datum
timex_upper(PG_FUNCTION_ARGS)
{
	int32		lower,
				upper;

	nv_timex_bounds(PG_GETARG_TIMEX_P(0), &lower, &upper);
	PG_RETURN_DATEADT(upper);
}

Datum
timex_precision(PG_FUNCTION_ARGS)
{
	nv_timex   *t = PG_GETARG_TIMEX_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(nv_precision_name(t->precision)));
}

Datum
timex_to_daterange(PG_FUNCTION_ARGS)
{
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, DATERANGEOID);
	int32		lower_day,
				upper_day;
	RangeBound	lower,
				upper;

	nv_timex_bounds(PG_GETARG_TIMEX_P(0), &lower_day, &upper_day);
	lower.val = DateADTGetDatum(lower_day);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum(upper_day);
	upper.infinite = false;
	upper.inclusive = false;
	upper.lower = false;
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
}

Datum
date_to_timex(PG_FUNCTION_ARGS)
{
	DateADT		date = PG_GETARG_DATEADT(0);
	nv_timex   *result = palloc(sizeof(nv_timex));

	if (DATE_NOT_FINITE(date) || !nv_timex_from_dayno(date, result))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range for timex: \"%s\"",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(date)))),
				 errdetail("A timex holds dates from 0001-01-01 to 9999-12-31.")));
	PG_RETURN_TIMEX_P(result);
}

/* ---- Order and hashing ---- */

static int
timex_compare_args(FunctionCallInfo fcinfo)
{
	return nv_timex_compare(PG_GETARG_TIMEX_P(0), PG_GETARG_TIMEX_P(1));
}

Datum
timex_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(timex_compare_args(fcinfo) < 0);
}

Datum
timex_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(timex_compare_args(fcinfo) <= 0);
}

Datum
timex_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(timex_compare_args(fcinfo) == 0);
}

Datum
timex_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(timex_compare_args(fcinfo) != 0);
}

Datum
timex_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(timex_compare_args(fcinfo) >= 0);
}

Datum
timex_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(timex_compare_args(fcinfo) > 0);
}

Datum
timex_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(timex_compare_args(fcinfo));
}

/*
 * Equal values are equal bytes (unused fields are zero, and input and
 * receive both insist on it), so the bytes can be hashed as they are.
 */
Datum
timex_hash(PG_FUNCTION_ARGS)
{
	nv_timex   *t = PG_GETARG_TIMEX_P(0);

	return hash_any((const unsigned char *) t, sizeof(nv_timex));
}

Datum
timex_hash_extended(PG_FUNCTION_ARGS)
{
	nv_timex   *t = PG_GETARG_TIMEX_P(0);

	return hash_any_extended((const unsigned char *) t, sizeof(nv_timex),
							 PG_GETARG_INT64(1));
}

/* ---- Overlap and containment ---- */

/* Spans of days (narrative_pg.h), made from each type of operand. */

day_span
span_of_timex(const nv_timex *t)
{
	int32		lower,
				upper;
	day_span	span;

	nv_timex_bounds(t, &lower, &upper);
	span.lower = lower;
	span.upper = upper;
	return span;
}

day_span
span_of_date(DateADT date)
{
	day_span	span;

	span.lower = date;
	span.upper = (int64) date + 1;
	return span;
}

day_span
span_of_daterange(FunctionCallInfo fcinfo, const RangeType *range)
{
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, RangeTypeGetOid(range));
	RangeBound	lower,
				upper;
	bool		empty;
	day_span	span;

	range_deserialize(typcache, range, &lower, &upper, &empty);
	if (empty)
	{
		span.lower = span.upper = 0;
		return span;
	}
	/* Canonical dateranges are [) already; the ±infinity bound values keep
	 * whatever inclusivity they were given, so honour it generally. */
	if (lower.infinite)
		span.lower = PG_INT64_MIN;
	else
		span.lower = (int64) DatumGetDateADT(lower.val) + (lower.inclusive ? 0 : 1);
	if (upper.infinite)
		span.upper = PG_INT64_MAX;
	else
		span.upper = (int64) DatumGetDateADT(upper.val) + (upper.inclusive ? 1 : 0);
	return span;
}

#define TIMEX_SPAN(n)		span_of_timex(PG_GETARG_TIMEX_P(n))
#define DATE_SPAN(n)		span_of_date(PG_GETARG_DATEADT(n))
#define DATERANGE_SPAN(n)	span_of_daterange(fcinfo, PG_GETARG_RANGE_P(n))

Datum
timex_overlaps_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(spans_overlap(TIMEX_SPAN(0), TIMEX_SPAN(1)));
}

Datum
timex_overlaps_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(spans_overlap(TIMEX_SPAN(0), DATE_SPAN(1)));
}

Datum
date_overlaps_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(spans_overlap(DATE_SPAN(0), TIMEX_SPAN(1)));
}

Datum
timex_overlaps_daterange(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(spans_overlap(TIMEX_SPAN(0), DATERANGE_SPAN(1)));
}

Datum
daterange_overlaps_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(spans_overlap(DATERANGE_SPAN(0), TIMEX_SPAN(1)));
}

Datum
timex_contains_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(TIMEX_SPAN(0), TIMEX_SPAN(1)));
}

Datum
timex_contains_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(TIMEX_SPAN(0), DATE_SPAN(1)));
}

Datum
timex_contains_daterange(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(TIMEX_SPAN(0), DATERANGE_SPAN(1)));
}

Datum
daterange_contains_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(DATERANGE_SPAN(0), TIMEX_SPAN(1)));
}

Datum
timex_contained_by_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(TIMEX_SPAN(1), TIMEX_SPAN(0)));
}

Datum
date_contained_by_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(TIMEX_SPAN(1), DATE_SPAN(0)));
}

Datum
daterange_contained_by_timex(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(TIMEX_SPAN(1), DATERANGE_SPAN(0)));
}

Datum
timex_contained_by_daterange(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(span_contains(DATERANGE_SPAN(1), TIMEX_SPAN(0)));
}
