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
	bool		keep_token_blocks;	/* their blocks, given back, are kept
									 * for the backend's next call: true
									 * unless what the call makes after
									 * them could outgrow them (extract.c) */
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
/* The same from values: doc as stored or detoasted, lang NULL to detect
 * it, published if has_published. */
void		extraction_begin_document(extraction *x, text *doc, text *lang, bool has_published,
									  DateADT published, extraction_stage through);
void		extraction_end(extraction *x);
void		narrative_advise_huge_pages(void *block, size_t size);

/*
 * Gives back everything the stages made but the sentences, which it
 * keeps: whatever else the caller still needs it copies into
 * x->kept_arena first.
 */
void		extraction_release_core(extraction *x);
int32		extraction_position(extraction *x, uint32_t byte);
Datum		extraction_text(extraction *x, uint32_t start, uint32_t end);

/* ---- jsonb_writer.c: a jsonb value written in its on-disk form ------------ */

#include "lib/stringinfo.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

/* An object's keys, in jsonb's order: shorter first, then bytewise.  The
 * writer checks the order and measures the keys on an object's first use
 * (the rest of the struct, filled then: the keys are given as static
 * variables).  The keys are an object's first children, the same bytes
 * and JEntries in every object of the kind, so every object of the kind
 * starts with the same image: its header, its JEntry array (the values'
 * filled in as they are written) and the keys' bytes, written as one
 * block. */
#define JSONB_KEYS_MAX 16
#define JSONB_KEY_BYTES_MAX 256

typedef struct jsonb_keys
{
	int			count;
	const char *const *names;
	int			lengths[JSONB_KEYS_MAX];
	int			image_length;	/* 0 until first used */
	bool		row_checked;	/* a row of these keys had each value's key
								 * checked (jsonb_row_begin) */
	char		image[sizeof(uint32) + 2 * JSONB_KEYS_MAX * sizeof(JEntry) + JSONB_KEY_BYTES_MAX];
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
	int			data_start;		/* buffer offset of its children's bytes */
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
void		jsonb_write_array(jsonb_writer *w, const char *key, int elements);
void		jsonb_write_numeric(jsonb_writer *w, const char *key, Numeric value);
/* An integer written as the Numeric int64_to_numeric makes of it. */
void		jsonb_write_int_numeric(jsonb_writer *w, const char *key, int32 value);
/* The value, once every container is closed: the buffer becomes it. */
Jsonb	   *jsonb_writer_finish(jsonb_writer *w);

/*
 * Objects, their ends and strings, inline below (jsonb_write_object,
 * jsonb_write_end, jsonb_write_string), and the rows of the arrays
 * (jsonb_row_begin and its values): a long document writes millions of
 * scalars and an object for each fact, and the calls were 4% of
 * extract()'s instructions.  What they share with
 * jsonb_writer.c, and their rare paths, are its functions.
 */
void		jsonb_writer_too_large(void) pg_attribute_noreturn();
/* A child where the open container has no room for it, or under a key
 * other than `expected`: an error unless only the pointers differ. */
void		jsonb_writer_check_child(jsonb_writer *w, const char *key, const char *expected);
/* A container opened as the root (checked: once, under no key), or one
 * level deeper than the writer has frames (an error). */
void		jsonb_writer_check_open(jsonb_writer *w, const char *key);
/* The keys' order checked and their image laid out, on first use. */
void		jsonb_keys_measure(jsonb_keys *keys);
/* A container closed twice, with children missing, or too long: an error. */
void		jsonb_writer_check_end(jsonb_writer *w);

/*
 * Counts, positions, lengths and sentence numbers are positive integers,
 * each written as the Numeric int64_to_numeric makes of it (at most
 * JSONB_INT_IMAGE_BYTES), but without making one: the Numeric's bytes, its
 * image, are composed in two 64-bit words, which the writer stores
 * straight from registers.  (Made, written and freed for each, Numerics
 * took a tenth of extract()'s time on a 10 MB document.  An image
 * composed in memory by stores of two and four bytes and copied by a load
 * of sixteen could not have the load served from the stores in flight:
 * the load waited for them to reach the cache, and that wait, at every
 * integer, was 2% of extract()'s time.)  `first` is 0 for no image (a
 * valid one starts with its length).
 */
#define JSONB_INT_IMAGE_BYTES 16

typedef struct jsonb_int_words
{
	uint64		first;
	uint64		second;
} jsonb_int_words;

/* The image of an integer over 9999; none for one of 0 or less, or when
 * the layout is not the one the writer knows. */
jsonb_int_words jsonb_int_image_compose(int32 value);

/*
 * Most of those integers are 1 to 9999: one base-10000 digit after the
 * header word PostgreSQL gives a Numeric of weight 0, eight bytes: the
 * image of such a Numeric with its digit zeroed, to which the digit is
 * added (jsonb_int_words_of).  The header words are learned by
 * jsonb_writer_init from PostgreSQL's own Numerics and the images checked
 * against them; jsonb_int_layout_known says they agree (while it is
 * false, every integer is made by int64_to_numeric).
 */
extern uint64 jsonb_one_digit_image;
extern bool jsonb_int_layout_known;

/* A one-digit Numeric's digit where the image's last two bytes are. */
static inline uint64
jsonb_digit_in_image(int32 value)
{
#ifdef WORDS_BIGENDIAN
	return (uint64) (uint16) value;
#else
	return (uint64) (uint16) value << 48;
#endif
}

/* The length of a Numeric whose first eight bytes are `first`. */
static inline int
jsonb_int_words_size(uint64 first)
{
	char		bytes[sizeof(first)];

	memcpy(bytes, &first, sizeof(first));
	return (int) VARSIZE(bytes);
}

/* Room for `bytes` more in the buffer. */
static inline void
jsonb_reserve(jsonb_writer *w, int bytes)
{
	if (unlikely(bytes >= w->buffer.maxlen - w->buffer.len))
		enlargeStringInfo(&w->buffer, bytes);
}

/*
 * The open container's next child, checked before it is written: that
 * the container has room for it, and that it goes under `key` (in an
 * object, the key whose turn it is; in an array, none).  A key is
 * compared as a pointer first (the callers pass the literal of the keys'
 * list), its text only when the pointers differ.
 */
static inline jsonb_frame *
jsonb_next_child(jsonb_writer *w, const char *key)
{
	jsonb_frame *frame = w->top;

	if (unlikely(frame->written >= frame->children))
		jsonb_writer_check_child(w, key, NULL);
	if (unlikely(key != *frame->due))
		jsonb_writer_check_child(w, key, *frame->due);
	frame->due += frame->due_step;
	return frame;
}

/*
 * Records the JEntry of a container's next child, whose bytes were just
 * written: its length, or at every JB_OFFSET_STRIDE'th child the end
 * offset of the container's data so far.  Every byte after the JEntry
 * array is a child's (a padding is the next numeric's or container's), so
 * that offset is where the buffer ends.  An offset too large for its
 * field is refused here; a string too long where it is written, and a
 * container, whose length covers all its children's, where it closes.
 */
static inline void
jsonb_child_written(jsonb_writer *w, jsonb_frame *frame, JEntry entry)
{
	StaticAssertStmt((JB_OFFSET_STRIDE & (JB_OFFSET_STRIDE - 1)) == 0, "the stride is a power of 2");
	if ((frame->written & (JB_OFFSET_STRIDE - 1)) == 0)
	{
		int			end = w->buffer.len - frame->data_start;

		if (unlikely(end > JENTRY_OFFLENMASK))
			jsonb_writer_too_large();
		entry = (entry & JENTRY_TYPEMASK) | (JEntry) end | JENTRY_HAS_OFF;
	}
	memcpy(w->buffer.data + frame->entries + frame->written * sizeof(JEntry), &entry, sizeof(JEntry));
	frame->written++;
}

/* Bytes appended, room made first. */
static pg_always_inline void
jsonb_append(jsonb_writer *w, const void *bytes, int len)
{
	jsonb_reserve(w, len);
	memcpy(w->buffer.data + w->buffer.len, bytes, len);
	w->buffer.len += len;
}

/*
 * The first and the last `width` bytes of `len` (width <= len <= 2 *
 * width) copied from `from` to `to`: one load and one store each, which
 * overlap in the middle and pass neither end.  Inline with a constant
 * width, the copies are single moves.
 */
static pg_always_inline void
copy_both_ends(char *to, const char *from, int len, size_t width)
{
	uint64		head;
	uint64		tail;

	memcpy(&head, from, width);
	memcpy(&tail, from + len - width, width);
	memcpy(to, &head, width);
	memcpy(to + len - width, &tail, width);
}

/*
 * At most 16 bytes appended with copy_both_ends: the codes, kinds and
 * names of the facts are mostly that short, and memcpy's own choice among
 * sizes, made in one place for every call, was mispredicted often enough
 * to cost more than the copy.
 */
static pg_always_inline void
copy_short(char *to, const char *bytes, int len)
{
	if (len >= 8)
		copy_both_ends(to, bytes, len, 8);
	else if (len >= 4)
		copy_both_ends(to, bytes, len, 4);
	else if (len > 0)
	{
		to[0] = bytes[0];
		to[len / 2] = bytes[len / 2];
		to[len - 1] = bytes[len - 1];
	}
}

static pg_always_inline void
jsonb_append_short(jsonb_writer *w, const char *bytes, int len)
{
	jsonb_reserve(w, len);
	copy_short(w->buffer.data + w->buffer.len, bytes, len);
	w->buffer.len += len;
}

/* Zero bytes up to a 4-byte boundary, as jsonb_util.c's padBufferToInt. */
static inline int
jsonb_pad_to_int(jsonb_writer *w)
{
	int			padding = INTALIGN(w->buffer.len) - w->buffer.len;

	if (padding > 0)
	{
		jsonb_reserve(w, padding);
		for (int i = 0; i < padding; i++)	/* at most 3: no call to memset */
			w->buffer.data[w->buffer.len++] = '\0';
	}
	return padding;
}

/*
 * A container pushed and its padding written; the caller writes its
 * header and JEntry array (and an object its keys) after.
 */
static inline jsonb_frame *
jsonb_open_container(jsonb_writer *w, const char *key, int children,
					 const char *const *due, int due_step)
{
	jsonb_frame *frame;

	if (unlikely(w->top == &w->frames[0] || w->top == &w->frames[JSONB_WRITER_DEPTH]))
		jsonb_writer_check_open(w, key);
	else
		(void) jsonb_next_child(w, key);
	frame = ++w->top;
	frame->start = w->buffer.len;	/* the padding counts as the container's */
	jsonb_pad_to_int(w);
	frame->entries = w->buffer.len + (int) sizeof(uint32);
	frame->children = children;
	frame->written = 0;
	frame->data_start = frame->entries + children * (int) sizeof(JEntry);
	frame->due = due;
	frame->due_step = due_step;
	return frame;
}

static inline void
jsonb_write_object(jsonb_writer *w, const char *key, jsonb_keys *keys)
{
	jsonb_frame *frame;

	if (unlikely(keys->image_length == 0))
		jsonb_keys_measure(keys);
	/* an object's keys are its first children, its values due under them */
	frame = jsonb_open_container(w, key, 2 * keys->count, keys->names, 1);
	jsonb_append(w, keys->image, keys->image_length);
	frame->written = keys->count;
}

static inline void
jsonb_write_end(jsonb_writer *w)
{
	jsonb_frame *frame = w->top;
	int			length = w->buffer.len - frame->start;

	if (unlikely(frame == &w->frames[0] || frame->written != frame->children ||
				 length > JENTRY_OFFLENMASK))
		jsonb_writer_check_end(w);
	w->top--;
	if (w->top != &w->frames[0])
		jsonb_child_written(w, w->top, JENTRY_ISCONTAINER | (JEntry) length);
}

static pg_always_inline void
jsonb_write_string(jsonb_writer *w, const char *key, const char *value, int len)
{
	jsonb_frame *frame = jsonb_next_child(w, key);

	if (value == NULL)
	{
		jsonb_child_written(w, frame, JENTRY_ISNULL);
		return;
	}
	if (unlikely(len > JENTRY_OFFLENMASK))
		jsonb_writer_too_large();
	if (len <= 16)
		jsonb_append_short(w, value, len);
	else
		jsonb_append(w, value, len);
	jsonb_child_written(w, frame, (JEntry) len);
}

/* The image of an integer jsonb_row_int stores: none (first 0) for one
 * that must be made a Numeric. */
static pg_always_inline jsonb_int_words
jsonb_int_words_of(int32 value)
{
	if (likely(jsonb_int_layout_known) && (uint32) value - 1 < 9999)
	{
		jsonb_int_words words = {jsonb_one_digit_image | jsonb_digit_in_image(value), 0};

		return words;
	}
	return jsonb_int_image_compose(value);
}

/*
 * An object written as a row: opened as jsonb_write_object opens it, its
 * values written through a copy of the writer's state that the row keeps
 * in locals (jsonb_row, passed by value or to inline functions only), and
 * closed as jsonb_write_end closes it.  The compiler keeps that state in
 * registers, where each byte the writer stored into the buffer might have
 * changed the writer's own fields for all it knew, and was read again
 * after every value: a fifth of extract()'s instructions were its JSON.
 *
 * The checks differ in two ways from the writer's.  Room: a row begins
 * with JSONB_ROW_SLACK bytes free, as many as its values may take where
 * each is an integer or a string of up to 16 bytes, and only a longer
 * string makes room, for itself and the slack again.  Keys: the first
 * row of each kind of keys has each value's key checked, as the writer
 * checks it, and its number of values as each is written; after that
 * only the number of values is, when the row ends, as the order of a
 * row's keys is its writing function's (one function writes the rows of a
 * kind, and writes each key whatever the values are).  The first row's
 * checks make sure a later row's JEntries stay within their array.
 */
#define JSONB_ROW_SLACK (JSONB_KEYS_MAX * (JSONB_INT_IMAGE_BYTES + 4))

typedef struct jsonb_row
{
	char	   *data;			/* the buffer's bytes, */
	int			len;			/* length */
	int			maxlen;			/* and room */
	int			entries;		/* buffer offset of the JEntry array */
	int			data_start;		/* buffer offset of the children's bytes */
	int			written;		/* JEntries filled in */
	int			children;
	const char *const *due;		/* the key the next value goes under */
	bool		check_keys;		/* each value's key checked */
} jsonb_row;

/* The buffer grown to take `bytes` more after its first `len`: its new
 * bytes and room (the rare path of jsonb_row_reserve). */
typedef struct jsonb_room
{
	char	   *data;
	int			maxlen;
} jsonb_room;

jsonb_room	jsonb_row_grow(jsonb_writer *w, int len, int bytes);
/* A value where the row has no room for one, or under a key other than
 * `expected`: an error unless only the pointers differ. */
void		jsonb_row_check_child(const char *key, const char *expected, int written, int children);

static pg_always_inline void
jsonb_row_reserve(jsonb_writer *w, jsonb_row *row, int bytes)
{
	if (unlikely(bytes >= row->maxlen - row->len))
	{
		jsonb_room	room = jsonb_row_grow(w, row->len, bytes);

		row->data = room.data;
		row->maxlen = room.maxlen;
	}
}

/* The writer's buffer and open frame as the row has them, and back. */
static pg_always_inline void
jsonb_row_hand_back(jsonb_writer *w, const jsonb_row *row)
{
	w->buffer.data = row->data;
	w->buffer.len = row->len;
	w->buffer.maxlen = row->maxlen;
	w->top->written = row->written;
	w->top->due = row->due;
}

static pg_always_inline void
jsonb_row_take_back(jsonb_writer *w, jsonb_row *row)
{
	row->data = w->buffer.data;
	row->len = w->buffer.len;
	row->maxlen = w->buffer.maxlen;
	row->written = w->top->written;
	row->due = w->top->due;
}

static pg_always_inline jsonb_row
jsonb_row_begin(jsonb_writer *w, jsonb_keys *keys)
{
	jsonb_row	row;

	jsonb_write_object(w, NULL, keys);
	jsonb_row_take_back(w, &row);
	row.entries = w->top->entries;
	row.data_start = w->top->data_start;
	row.children = w->top->children;
	row.check_keys = !keys->row_checked;
	keys->row_checked = true;
	jsonb_row_reserve(w, &row, JSONB_ROW_SLACK);
	return row;
}

static pg_always_inline void
jsonb_row_end(jsonb_writer *w, const jsonb_row *row)
{
	jsonb_row_hand_back(w, row);
	jsonb_write_end(w);
}

/* jsonb_next_child's checks, on the first row of its kind (the others
 * write as many values, in the same order: jsonb_row_end checks their
 * number). */
static pg_always_inline void
jsonb_row_next(jsonb_row *row, const char *key)
{
	if (unlikely(row->check_keys))
		jsonb_row_check_child(key, row->written >= row->children ? NULL : *row->due,
							  row->written, row->children);
	row->due++;
}

/*
 * jsonb_child_written, on the row.  A row's values follow its keys, at
 * least one, and it has fewer than JB_OFFSET_STRIDE children: no value is
 * a child whose JEntry holds an offset.
 */
StaticAssertDecl(2 * JSONB_KEYS_MAX <= JB_OFFSET_STRIDE, "a row's values store lengths only");

static pg_always_inline void
jsonb_row_written(jsonb_row *row, JEntry entry)
{
	memcpy(row->data + row->entries + row->written * sizeof(JEntry), &entry, sizeof(JEntry));
	row->written++;
}

static pg_always_inline void
jsonb_row_null(jsonb_row *row, const char *key)
{
	jsonb_row_next(row, key);
	jsonb_row_written(row, JENTRY_ISNULL);
}

static pg_always_inline void
jsonb_row_bool(jsonb_row *row, const char *key, bool value)
{
	jsonb_row_next(row, key);
	jsonb_row_written(row, value ? JENTRY_ISBOOL_TRUE : JENTRY_ISBOOL_FALSE);
}

/* jsonb_write_string, on the row: a NULL value is null. */
static pg_always_inline void
jsonb_row_string(jsonb_writer *w, jsonb_row *row, const char *key, const char *value, int len)
{
	char	   *to;

	if (value == NULL)
	{
		jsonb_row_null(row, key);
		return;
	}
	jsonb_row_next(row, key);
	if (unlikely(len > JENTRY_OFFLENMASK))
		jsonb_writer_too_large();
	to = row->data + row->len;
	if (len > 16)
	{
		/* room for it and, after it, the slack again */
		jsonb_row_reserve(w, row, len + JSONB_ROW_SLACK);
		to = row->data + row->len;
		memcpy(to, value, len);
	}
	else
		copy_short(to, value, len);
	row->len += len;
	jsonb_row_written(row, (JEntry) len);
}

/* An integer, as its image (jsonb_int_words_of); one with none goes
 * through the writer as a Numeric, the row handed back to it first. */
static pg_always_inline void
jsonb_row_int(jsonb_writer *w, jsonb_row *row, const char *key, int32 value)
{
	jsonb_int_words words = jsonb_int_words_of(value);
	int			start;
	int			at;

	if (words.first == 0)
	{
		jsonb_row_hand_back(w, row);
		jsonb_write_int_numeric(w, key, value);
		jsonb_row_take_back(w, row);
		jsonb_row_reserve(w, row, JSONB_ROW_SLACK);
		return;
	}
	jsonb_row_next(row, key);
	/* the padding's zeros, then the image, within the slack */
	start = row->len;
	at = INTALIGN(start);
	memset(row->data + start, 0, sizeof(int32));
	memcpy(row->data + at, &words.first, sizeof(uint64));
	memcpy(row->data + at + sizeof(uint64), &words.second, sizeof(uint64));
	row->len = at + jsonb_int_words_size(words.first);
	jsonb_row_written(row, JENTRY_ISNUMERIC | (JEntry) (row->len - start));
}

/* lexicon_cache.c: the compiled lexicon of this backend, rebuilt after the
 * lexicon tables change; *fingerprint (optional) its SHA-256 in hex. */
const nv_lexicon *lexicon_current(const char **fingerprint);

#endif							/* NARRATIVE_PG_H */
