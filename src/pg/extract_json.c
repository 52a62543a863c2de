/*
 * extract_json.c — narrative.extract(): every stage of one document in one
 * jsonb value, computed in one pass (the document is tokenised once and
 * each stage feeds the next).
 *
 * The value is built as a JsonbValue tree of arrays and objects sized up
 * front, and turned into jsonb by PostgreSQL's own JsonbValueToJsonb.
 * Going key by key through pushJsonbValue costs a reallocation and a sort
 * per object, which on a long article was a quarter of the function's
 * time.  Building the tree directly means every object's keys must be
 * given in jsonb's order (shorter first, then bytewise): object_slot checks
 * that, so a wrongly ordered key is an error, never a silently unsearchable
 * value.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "narrative_pg.h"

/* An array of objects of at most `pairs` pairs each, all pairs in one block. */
typedef struct object_array
{
	JsonbValue	array;
	JsonbPair  *pairs;
	int			per_object;
} object_array;

/* An object being filled, and the pairs it has room for. */
typedef struct object_writer
{
	JsonbValue *object;
	int			capacity;
	bool		check_order;	/* the first object of its array, or the root */
} object_writer;

/* A key literal and its length, as the put functions take them. */
#define KEY(literal) ("" literal), ((int) sizeof(literal) - 1)

static void
key_out_of_order(const JsonbValue *previous, const char *key)
{
	elog(ERROR, "narrative: jsonb key \"%s\" is out of order after \"%.*s\"",
		 key, previous->val.string.len, previous->val.string.val);
}

/* The value of the object's next pair, under `key`. */
static inline JsonbValue *
object_slot(object_writer *w, const char *key, int len)
{
	JsonbValue *object = w->object;
	int			n = object->val.object.nPairs;
	JsonbPair  *pair = &object->val.object.pairs[n];

	if (unlikely(n >= w->capacity))
		elog(ERROR, "narrative: no room for jsonb key \"%s\"", key);
	if (unlikely(w->check_order) && n > 0)
	{
		const JsonbValue *previous = &object->val.object.pairs[n - 1].key;

		if (previous->val.string.len > len ||
			(previous->val.string.len == len && memcmp(previous->val.string.val, key, len) >= 0))
			key_out_of_order(previous, key);
	}
	pair->key.type = jbvString;
	pair->key.val.string.val = (char *) key;
	pair->key.val.string.len = len;
	pair->order = (uint32) n;
	object->val.object.nPairs = n + 1;
	return &pair->value;
}

static inline void
put_null(object_writer *w, const char *key, int len)
{
	object_slot(w, key, len)->type = jbvNull;
}

/* A string that stays where it is (the conversion copies the bytes), or
 * null for NULL. */
static inline void
put_string(object_writer *w, const char *key, int len, const char *value, size_t value_len)
{
	JsonbValue *v = object_slot(w, key, len);

	if (value == NULL)
	{
		v->type = jbvNull;
		return;
	}
	v->type = jbvString;
	v->val.string.val = (char *) value;
	v->val.string.len = (int) value_len;
}

static inline void
put_cstring(object_writer *w, const char *key, int len, const char *value)
{
	put_string(w, key, len, value, value ? strlen(value) : 0);
}

/* The document's text between two byte offsets, or null when empty. */
static inline void
put_span(object_writer *w, const char *key, int len, const extraction *x, uint32_t start, uint32_t end)
{
	if (end > start)
		put_string(w, key, len, x->doc.text + start, end - start);
	else
		put_null(w, key, len);
}

static inline void
put_bool(object_writer *w, const char *key, int len, bool value)
{
	JsonbValue *v = object_slot(w, key, len);

	v->type = jbvBool;
	v->val.boolean = value;
}

/*
 * Counts, positions, lengths and sentence numbers are mostly small, and
 * the same ones recur in every document: each of 0 .. INT_CACHE - 1 is
 * made a Numeric once per backend, in TopMemoryContext (the conversion
 * copies its bytes).
 */
#define INT_CACHE 16384

static Numeric *int_cache;

static Numeric
int_numeric(int32 value)
{
	if (value < 0 || value >= INT_CACHE)
		return int64_to_numeric(value);
	if (unlikely(int_cache == NULL))
		int_cache = MemoryContextAllocZero(TopMemoryContext, INT_CACHE * sizeof(Numeric));
	if (unlikely(int_cache[value] == NULL))
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		int_cache[value] = int64_to_numeric(value);
		MemoryContextSwitchTo(old);
	}
	return int_cache[value];
}

static inline void
put_int(object_writer *w, const char *key, int len, int32 value)
{
	JsonbValue *v = object_slot(w, key, len);

	v->type = jbvNumeric;
	v->val.numeric = int_numeric(value);
}

static void
put_timex(object_writer *w, const char *key, int len, bool present, const nv_timex *value)
{
	char		text[NV_TIMEX_TEXT_MAX];

	if (!present)
	{
		put_null(w, key, len);
		return;
	}
	nv_timex_format(value, text);
	put_cstring(w, key, len, pstrdup(text));
}

/*
 * "pos" and "len" of a span: both through the character cursor, which the
 * spans of one array move forward, so the text is counted about once per
 * array instead of once for positions and again for lengths.
 */
static inline void
put_pos_len(object_writer *w, extraction *x, uint32_t start, uint32_t end)
{
	int32		pos = extraction_position(x, start);
	int32		after = extraction_position(x, end);

	put_int(w, KEY("len"), after - pos);
	put_int(w, KEY("pos"), pos);
}

static object_array *
object_array_new(size_t count, int pairs)
{
	object_array *a = palloc(sizeof(object_array));

	a->array.type = jbvArray;
	a->array.val.array.nElems = 0;
	a->array.val.array.rawScalar = false;
	a->array.val.array.elems = palloc_extended(Max(count, 1) * sizeof(JsonbValue), MCXT_ALLOC_HUGE);
	a->pairs = palloc_extended(Max(count, 1) * pairs * sizeof(JsonbPair), MCXT_ALLOC_HUGE);
	a->per_object = pairs;
	return a;
}

/* The array's next object, empty; rows scale with the document, so a
 * cancel is honoured here too. */
static inline object_writer
object_array_next(object_array *a)
{
	int			n = a->array.val.array.nElems++;
	/* every object of an array gets the same keys in the same order, so
	 * checking the first one's order checks them all */
	object_writer w = {&a->array.val.array.elems[n], a->per_object, n == 0};

	CHECK_FOR_INTERRUPTS();
	w.object->type = jbvObject;
	w.object->val.object.nPairs = 0;
	w.object->val.object.pairs = a->pairs + (size_t) n * a->per_object;
	return w;
}

/* Puts `a` under `key`; the array goes into the pair by value. */
static void
put_array(object_writer *w, const char *key, int len, const object_array *a)
{
	*object_slot(w, key, len) = a->array;
}

static object_array *
sentences_array(extraction *x)
{
	object_array *array = object_array_new(x->doc.sentence_count, 4);

	for (uint32_t k = 0; k < x->doc.sentence_count; k++)
	{
		const nv_sentence *s = &x->doc.sentences[k];
		object_writer o = object_array_next(array);

		put_int(&o, KEY("n"), (int32) k + 1);
		put_pos_len(&o, x, s->start, s->end);
		put_span(&o, KEY("sentence"), x, s->start, s->end);
	}
	return array;
}

static object_array *
timexes_array(extraction *x, const nv_timex_result *timexes)
{
	object_array *array = object_array_new(timexes->count, 6);

	for (uint32_t k = 0; k < timexes->count; k++)
	{
		const nv_timex_span *t = &timexes->spans[k];
		object_writer o = object_array_next(array);

		put_int(&o, KEY("n"), (int32) k + 1);
		put_pos_len(&o, x, t->start, t->end);
		put_timex(&o, KEY("value"), t->resolved, &t->value);
		put_span(&o, KEY("surface"), x, t->start, t->end);
		put_int(&o, KEY("sentence"), (int32) nv_token_sentence(&x->doc, t->first_token) + 1);
	}
	return array;
}

static object_array *
mentions_array(extraction *x, const nv_mention_result *mentions)
{
	object_array *array = object_array_new(mentions->count, 10);

	for (uint32_t k = 0; k < mentions->count; k++)
	{
		const nv_mention *m = &mentions->mentions[k];
		object_writer o = object_array_next(array);

		put_int(&o, KEY("n"), (int32) k + 1);
		put_pos_len(&o, x, m->start, m->end);
		put_cstring(&o, KEY("kind"), nv_actor_kind_name(m->kind));
		put_cstring(&o, KEY("name"), m->name);
		put_cstring(&o, KEY("role"), m->role);
		put_cstring(&o, KEY("actor"), m->id);
		put_cstring(&o, KEY("country"), m->country);
		put_span(&o, KEY("surface"), x, m->start, m->end);
		put_int(&o, KEY("sentence"), (int32) nv_token_sentence(&x->doc, m->first_token) + 1);
	}
	return array;
}

static object_array *
quotes_array(extraction *x, const nv_quote_result *quotes)
{
	object_array *array = object_array_new(quotes->count, 12);

	for (uint32_t k = 0; k < quotes->count; k++)
	{
		const nv_quote *q = &quotes->quotes[k];
		object_writer o = object_array_next(array);

		put_int(&o, KEY("n"), (int32) k + 1);
		put_span(&o, KEY("cue"), x, q->cue_start, q->cue_end);
		put_pos_len(&o, x, q->start, q->end);
		put_cstring(&o, KEY("via"), q->via);
		put_cstring(&o, KEY("kind"), nv_quote_kind_name(q->kind));
		put_span(&o, KEY("quote"), x, q->start, q->end);
		put_timex(&o, KEY("said_on"), q->has_said_on, &q->said_on);
		put_span(&o, KEY("speaker"), x, q->speaker_start, q->speaker_end);
		put_int(&o, KEY("sentence"), (int32) q->sentence + 1);
		put_cstring(&o, KEY("speaker_role"), q->speaker_role);
		put_cstring(&o, KEY("speaker_actor"), q->speaker_actor);
	}
	return array;
}

static object_array *
allegations_array(extraction *x, const nv_allegation_result *allegations)
{
	object_array *array = object_array_new(allegations->count, 12);

	for (uint32_t k = 0; k < allegations->count; k++)
	{
		const nv_allegation *al = &allegations->allegations[k];
		object_writer o = object_array_next(array);

		put_int(&o, KEY("n"), (int32) k + 1);
		put_cstring(&o, KEY("act"), nv_act_name(al->act));
		put_pos_len(&o, x, al->start, al->end);
		put_timex(&o, KEY("about"), al->has_about, &al->about);
		put_span(&o, KEY("claim"), x, al->start, al->end);
		put_cstring(&o, KEY("charge"), nv_charge_name(al->charge));
		put_bool(&o, KEY("hedged"), al->hedged);
		put_cstring(&o, KEY("accused"), al->accused);
		put_cstring(&o, KEY("accuser"), al->accuser);
		put_timex(&o, KEY("said_on"), al->has_said_on, &al->said_on);
		put_int(&o, KEY("sentence"), (int32) al->sentence + 1);
	}
	return array;
}

PG_FUNCTION_INFO_V1(narrative_extract);
Datum
narrative_extract(PG_FUNCTION_ARGS)
{
	extraction	x;
	extraction_results r;
	JsonbValue	root;
	object_writer top = {&root, 6, true};
	Jsonb	   *jsonb;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, 2, STAGE_ALLEGATIONS);
	extraction_run(&x, &r);

	/* the tree goes with the extraction's context; the result is the caller's */
	MemoryContextSwitchTo(x.context);
	root.type = jbvObject;
	root.val.object.nPairs = 0;
	root.val.object.pairs = palloc(6 * sizeof(JsonbPair));
	put_cstring(&top, KEY("lang"), nv_lang_code(x.doc.lang));
	put_array(&top, KEY("quotes"), quotes_array(&x, &r.quotes));
	put_array(&top, KEY("timexes"), timexes_array(&x, &r.timexes));
	put_array(&top, KEY("mentions"), mentions_array(&x, &r.mentions));
	put_array(&top, KEY("sentences"), sentences_array(&x));
	put_array(&top, KEY("allegations"), allegations_array(&x, &r.allegations));

	MemoryContextSwitchTo(x.caller);
	jsonb = JsonbValueToJsonb(&root);
	extraction_end(&x);
	PG_RETURN_JSONB_P(jsonb);
}
