/*
 * narrative_pg.h — what the fmgr glue files share: access to the timex
 * type's Datums and the spans of days its operators compare.  Include
 * after postgres.h.
 */
#ifndef NARRATIVE_PG_H
#define NARRATIVE_PG_H

#include "fmgr.h"
#include "funcapi.h"
#include "utils/date.h"
#include "utils/rangetypes.h"

#include "calendar.h"
#include "utils/date.h"

/* narrative.timex is the 8-byte nv_timex, fixed length, passed by
 * reference: no detoasting, the Datum points at the struct. */
#define DatumGetTimexP(X)		((nv_timex *) DatumGetPointer(X))
#define TimexPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_TIMEX_P(n)	DatumGetTimexP(PG_GETARG_DATUM(n))
#define PG_RETURN_TIMEX_P(x)	return TimexPGetDatum(x)

/*
 * Overlap and containment (timex_type.c) and the GiST opclass's consistent
 * (timex_gist.c) compare every operand as a half-open span of days
 * [lower, upper) on int64, so that unbounded range ends and date's
 * ±infinity (which sort below and above every finite date) fit without
 * special cases.  lower >= upper is the empty span.
 */
typedef struct day_span
{
	int64		lower;
	int64		upper;
} day_span;

day_span	span_of_timex(const nv_timex *t);
day_span	span_of_date(DateADT date);
day_span	span_of_daterange(FunctionCallInfo fcinfo, const RangeType *range);

static inline bool
span_is_empty(day_span s)
{
	return s.lower >= s.upper;
}

static inline bool
spans_overlap(day_span a, day_span b)
{
	return !span_is_empty(a) && !span_is_empty(b) &&
		a.lower < b.upper && b.lower < a.upper;
}

/* Like range @> range: everything contains the empty span. */
static inline bool
span_contains(day_span outer, day_span inner)
{
	if (span_is_empty(inner))
		return true;
	return !span_is_empty(outer) &&
		outer.lower <= inner.lower && inner.upper <= outer.upper;
}

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
	/* what the stages make, in a context of its own */
	MemoryContext core_context;
	nv_allocator allocator;
	nv_arena	arena;
	/* the token arrays (tokens, folded forms) in another, deleted once the
	 * stages are done: no row needs them */
	MemoryContext token_context;
	nv_allocator token_allocator;
	nv_arena	token_arena;
	/* what outlives extraction_release_core, in the call's context */
	nv_allocator kept_allocator;
	nv_arena	kept_arena;
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

/*
 * A kind of fact: the stage that finds it, its set-returning function's
 * columns (`types`, one letter each: i int4, t text, x timex, b bool),
 * the function that fills them for its k-th fact, and where
 * tracked_facts() puts them in its narrow row.
 */
#define MAX_KIND_COLUMNS 12
typedef struct fact_kind
{
	extraction_stage stage;
	char		letter;
	int			width;
	void		(*columns) (extraction *x, const extraction_results *r, uint32_t k,
							Datum *values, bool *nulls);
	const char *types;
	uint8_t		layout[MAX_KIND_COLUMNS];
} fact_kind;

extern const fact_kind timex_kind;
extern const fact_kind mention_kind;
extern const fact_kind quote_kind;
extern const fact_kind allegation_kind;

/* How many facts of a kind a run found. */
uint32_t	fact_count(const extraction_results *r, const fact_kind *kind);

/* Runs the pipeline on the document up to and including the stage that
 * extraction_begin was given, then gives back the token arrays (the
 * largest thing the core holds): rows need only the spans found. */
void		extraction_run(extraction *x, extraction_results *r);
/* A timex value as a Datum, in the current (row) context. */
Datum		extraction_timex(extraction *x, const nv_timex *value);
/* Stores one result row and resets the row context. */
void		extraction_put_row(extraction *x, ReturnSetInfo *rsinfo, Datum *values, bool *nulls);

/* Reads doc, lang (may be NULL) and published (argument index, or -1),
 * and splits the document into sentences, for a run through `through`. */
void		extraction_begin(extraction *x, FunctionCallInfo fcinfo, int published_arg,
							 extraction_stage through);
/* The same from values: lang NULL to detect it, published if has_published. */
void		extraction_begin_document(extraction *x, text *doc, text *lang, bool has_published,
									  DateADT published, extraction_stage through);
void		extraction_end(extraction *x);

/*
 * Gives back everything the stages made but the sentences, which it
 * keeps: whatever else the caller still needs it copies into
 * x->kept_arena first.
 */
void		extraction_release_core(extraction *x);
int32		extraction_position(extraction *x, uint32_t byte);
int32		extraction_length(extraction *x, uint32_t start, uint32_t end);
Datum		extraction_text(extraction *x, uint32_t start, uint32_t end);

/* ---- jsonb_writer.c: a jsonb value written in its on-disk form ------------ */

#include "lib/stringinfo.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

/* An object's keys, in jsonb's order: shorter first, then bytewise.  The
 * writer checks the order and measures the keys on an object's first use
 * (the rest of the struct, filled then: the keys are given as static
 * variables).  The keys are an object's first children, the same bytes
 * and JEntries in every object of the kind, so they are written as one
 * block. */
#define JSONB_KEYS_MAX 16
#define JSONB_KEY_BYTES_MAX 256

typedef struct jsonb_keys
{
	int			count;
	const char *const *names;
	int			lengths[JSONB_KEYS_MAX];	/* 0 until first used */
	JEntry		entries[JSONB_KEYS_MAX];	/* the keys' JEntries */
	int			bytes_length;	/* the keys' bytes, one after another */
	char		bytes[JSONB_KEY_BYTES_MAX];
} jsonb_keys;

#define JSONB_KEYS(...) \
	{lengthof(((const char *const[]) {__VA_ARGS__})), (const char *const[]) {__VA_ARGS__}, {0}}

/* An open container: where it starts, and its JEntry array so far. */
typedef struct jsonb_frame
{
	int			start;			/* buffer offset before its padding */
	int			entries;		/* buffer offset of its JEntry array */
	int			children;		/* JEntries: elements, or keys and values */
	int			written;		/* JEntries filled in */
	int			data_length;	/* bytes of the children written */
	const char *const *due;		/* the key the next value goes under */
	int			due_step;		/* 1 in an object; 0 in an array, due NULL */
} jsonb_frame;

#define JSONB_WRITER_DEPTH 4

typedef struct jsonb_writer
{
	StringInfoData buffer;
	jsonb_frame *top;			/* the open container, frames[0] if none */
	jsonb_frame frames[JSONB_WRITER_DEPTH + 1];
} jsonb_writer;

/*
 * Containers are opened with their size (an array) or keys (an object),
 * their values written in order and closed with jsonb_write_end.  `key` is
 * the key a value goes under in its object (checked), NULL in an array and
 * for the root.  A NULL string is written as null.
 */
/* The buffer starts at `expected_size`: a guess too small costs copying
 * it as it grows, one too large only address space (a large block's pages
 * are touched as they are written). */
void		jsonb_writer_init(jsonb_writer *w, size_t expected_size);
void		jsonb_write_object(jsonb_writer *w, const char *key, jsonb_keys *keys);
void		jsonb_write_array(jsonb_writer *w, const char *key, int elements);
void		jsonb_write_end(jsonb_writer *w);
void		jsonb_write_string(jsonb_writer *w, const char *key, const char *value, int len);
void		jsonb_write_numeric(jsonb_writer *w, const char *key, Numeric value);
void		jsonb_write_int(jsonb_writer *w, const char *key, int32 value);
void		jsonb_write_bool(jsonb_writer *w, const char *key, bool value);
void		jsonb_write_null(jsonb_writer *w, const char *key);
/* The value, once every container is closed: the buffer becomes it. */
Jsonb	   *jsonb_writer_finish(jsonb_writer *w);

/* lexicon_cache.c: the compiled lexicon of this backend, rebuilt after the
 * lexicon tables change; *fingerprint (optional) its SHA-256 in hex. */
const nv_lexicon *lexicon_current(const char **fingerprint);

#endif							/* NARRATIVE_PG_H */
