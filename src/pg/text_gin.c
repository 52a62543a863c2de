/*
 * text_gin.c — narrative.text_equality_ops, a GIN operator class for text
 * under =, so that the actor and act columns of the tables track() keeps
 * can be indexed by GIN.
 *
 * Those columns hold a few hundred distinct codes ("RUS", "PRK", "deny")
 * over millions of rows.  A B-tree pays a descent from the root, a leaf
 * search and a WAL record for every row inserted (some 10,000
 * instructions a row in PostgreSQL 15, on the mentions of the bench
 * corpus); GIN appends the row to its pending list and later merges the
 * list a key at a time into one posting list per code, about half of that
 * all told.  One GIN index over several columns also serves a search on
 * any of them, where B-trees need one index a column.
 *
 * A key is the value itself; keys are ordered by their bytes, which is
 * the equality of every deterministic collation.  A column under a
 * nondeterministic collation (where "a" = "A" may hold) is refused rather
 * than answered wrongly.
 */
#include "postgres.h"

#include "access/gin.h"
#include "catalog/pg_collation.h"
#include "utils/lsyscache.h"

#include "narrative_pg.h"

PG_FUNCTION_INFO_V1(text_gin_compare);
PG_FUNCTION_INFO_V1(text_gin_extract_value);
PG_FUNCTION_INFO_V1(text_gin_extract_query);
PG_FUNCTION_INFO_V1(text_gin_consistent);
PG_FUNCTION_INFO_V1(text_gin_triconsistent);

/* What fn_extra holds once the call's collation has been checked. */
static char collation_checked;

/* Refuses a nondeterministic collation, once per function lookup (an index
 * keeps its support functions' lookups for the statement). */
static void
check_collation(FunctionCallInfo fcinfo)
{
	Oid			collation = PG_GET_COLLATION();

	if (fcinfo->flinfo->fn_extra == &collation_checked)
		return;
	if (OidIsValid(collation) && collation != C_COLLATION_OID &&
		!get_collation_isdeterministic(collation))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("operator class narrative.text_equality_ops does not support nondeterministic collation \"%s\"",
						get_collation_name(collation)),
				 errhint("Index the column under a deterministic collation, or with a B-tree.")));
	fcinfo->flinfo->fn_extra = &collation_checked;
}

/* Byte order, then length: the order of the keys in the index. */
Datum
text_gin_compare(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);
	int			a_len = VARSIZE_ANY_EXHDR(a);
	int			b_len = VARSIZE_ANY_EXHDR(b);
	int			order = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), Min(a_len, b_len));

	if (order == 0)
		order = (a_len > b_len) - (a_len < b_len);
	PG_RETURN_INT32(order);
}

/* The one key of a value: itself (GIN indexes a NULL on its own). */
static Datum *
single_key(FunctionCallInfo fcinfo, int32 *nkeys)
{
	Datum	   *keys = palloc(sizeof(Datum));

	check_collation(fcinfo);
	keys[0] = PointerGetDatum(PG_GETARG_TEXT_PP(0));
	*nkeys = 1;
	return keys;
}

Datum
text_gin_extract_value(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(single_key(fcinfo, (int32 *) PG_GETARG_POINTER(1)));
}

/* = is the only strategy: the query's key is the value searched for. */
Datum
text_gin_extract_query(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(single_key(fcinfo, (int32 *) PG_GETARG_POINTER(1)));
}

/* A row matches when it holds the query's key: exact, no recheck. */
Datum
text_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);

	*recheck = false;
	PG_RETURN_BOOL(check[0]);
}

Datum
text_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);

	PG_RETURN_GIN_TERNARY_VALUE(check[0]);
}
