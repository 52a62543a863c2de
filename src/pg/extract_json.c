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
 * given in jsonb's order (shorter first, then bytewise): object_put checks
 * that, so a wrongly ordered key is an error, never a silently unsearchable
 * value.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "narrative_pg.h"

static JsonbValue
null_value(void)
{
	JsonbValue	v;

	v.type = jbvNull;
	return v;
}

/* A string that stays where it is (the builder keeps the pointer). */
static JsonbValue
string_value(const char *value, size_t len)
{
	JsonbValue	v;

	if (value == NULL)
		return null_value();
	v.type = jbvString;
	v.val.string.val = (char *) value;
	v.val.string.len = (int) len;
	return v;
}

static JsonbValue
cstring_value(const char *value)
{
	return string_value(value, value ? strlen(value) : 0);
}

/* What building one value needs: the extraction, and its small numbers. */
#define SMALL_INTS 1024

typedef struct json_builder
{
	extraction *x;
	/* n, len and sentence are mostly small: each made once per call (the
	 * jsonb conversion copies the bytes) */
	Numeric		small_ints[SMALL_INTS];
} json_builder;

static JsonbValue
int_value(json_builder *b, int32 value)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	if (value < 0 || value >= SMALL_INTS)
		v.val.numeric = int64_to_numeric(value);
	else
	{
		if (b->small_ints[value] == NULL)
			b->small_ints[value] = int64_to_numeric(value);
		v.val.numeric = b->small_ints[value];
	}
	return v;
}

static JsonbValue
bool_value(bool value)
{
	JsonbValue	v;

	v.type = jbvBool;
	v.val.boolean = value;
	return v;
}

static JsonbValue
timex_value(bool present, const nv_timex *value)
{
	char		text[NV_TIMEX_TEXT_MAX];

	if (!present)
		return null_value();
	nv_timex_format(value, text);
	return cstring_value(pstrdup(text));
}

/* The document's text between two byte offsets, or null when empty. */
static JsonbValue
span_value(extraction *x, uint32_t start, uint32_t end)
{
	return end > start ? string_value(x->doc.text + start, end - start) : null_value();
}

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
static object_writer
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

static void
object_put(object_writer *w, const char *key, JsonbValue value)
{
	JsonbValue *object = w->object;
	int			n = object->val.object.nPairs;
	JsonbPair  *pair = &object->val.object.pairs[n];
	int			len = (int) strlen(key);

	if (n >= w->capacity)
		elog(ERROR, "narrative: no room for jsonb key \"%s\"", key);
	if (w->check_order && n > 0)
	{
		const JsonbValue *previous = &object->val.object.pairs[n - 1].key;

		if (previous->val.string.len > len ||
			(previous->val.string.len == len && memcmp(previous->val.string.val, key, len) >= 0))
			elog(ERROR, "narrative: jsonb key \"%s\" is out of order after \"%.*s\"",
				 key, previous->val.string.len, previous->val.string.val);
	}
	pair->key.type = jbvString;
	pair->key.val.string.val = (char *) key;
	pair->key.val.string.len = len;
	pair->value = value;
	pair->order = (uint32) n;
	object->val.object.nPairs = n + 1;
}

/* Puts `a` under `key`; the array goes into the pair by value. */
static void
object_put_array(object_writer *w, const char *key, const object_array *a)
{
	object_put(w, key, a->array);
}

static object_array *
sentences_array(json_builder *b)
{
	extraction *x = b->x;
	object_array *array = object_array_new(x->doc.sentence_count, 4);

	for (uint32_t k = 0; k < x->doc.sentence_count; k++)
	{
		const nv_sentence *s = &x->doc.sentences[k];
		object_writer o = object_array_next(array);

		object_put(&o, "n", int_value(b, (int32) k + 1));
		object_put(&o, "len", int_value(b, extraction_length(x, s->start, s->end)));
		object_put(&o, "pos", int_value(b, extraction_position(x, s->start)));
		object_put(&o, "sentence", span_value(x, s->start, s->end));
	}
	return array;
}

static object_array *
timexes_array(json_builder *b, const nv_timex_result *timexes)
{
	extraction *x = b->x;
	object_array *array = object_array_new(timexes->count, 6);

	for (uint32_t k = 0; k < timexes->count; k++)
	{
		const nv_timex_span *t = &timexes->spans[k];
		object_writer o = object_array_next(array);

		object_put(&o, "n", int_value(b, (int32) k + 1));
		object_put(&o, "len", int_value(b, extraction_length(x, t->start, t->end)));
		object_put(&o, "pos", int_value(b, extraction_position(x, t->start)));
		object_put(&o, "value", timex_value(t->resolved, &t->value));
		object_put(&o, "surface", span_value(x, t->start, t->end));
		object_put(&o, "sentence", int_value(b, (int32) nv_token_sentence(&x->doc, t->first_token) + 1));
	}
	return array;
}

static object_array *
mentions_array(json_builder *b, const nv_mention_result *mentions)
{
	extraction *x = b->x;
	object_array *array = object_array_new(mentions->count, 10);

	for (uint32_t k = 0; k < mentions->count; k++)
	{
		const nv_mention *m = &mentions->mentions[k];
		object_writer o = object_array_next(array);

		object_put(&o, "n", int_value(b, (int32) k + 1));
		object_put(&o, "len", int_value(b, extraction_length(x, m->start, m->end)));
		object_put(&o, "pos", int_value(b, extraction_position(x, m->start)));
		object_put(&o, "kind", cstring_value(nv_actor_kind_name(m->kind)));
		object_put(&o, "name", cstring_value(m->name));
		object_put(&o, "role", cstring_value(m->role));
		object_put(&o, "actor", cstring_value(m->id));
		object_put(&o, "country", cstring_value(m->country));
		object_put(&o, "surface", span_value(x, m->start, m->end));
		object_put(&o, "sentence", int_value(b, (int32) nv_token_sentence(&x->doc, m->first_token) + 1));
	}
	return array;
}

static object_array *
quotes_array(json_builder *b, const nv_quote_result *quotes)
{
	extraction *x = b->x;
	object_array *array = object_array_new(quotes->count, 12);

	for (uint32_t k = 0; k < quotes->count; k++)
	{
		const nv_quote *q = &quotes->quotes[k];
		object_writer o = object_array_next(array);

		object_put(&o, "n", int_value(b, (int32) k + 1));
		object_put(&o, "cue", span_value(x, q->cue_start, q->cue_end));
		object_put(&o, "len", int_value(b, extraction_length(x, q->start, q->end)));
		object_put(&o, "pos", int_value(b, extraction_position(x, q->start)));
		object_put(&o, "via", cstring_value(q->via));
		object_put(&o, "kind", cstring_value(nv_quote_kind_name(q->kind)));
		object_put(&o, "quote", span_value(x, q->start, q->end));
		object_put(&o, "said_on", timex_value(q->has_said_on, &q->said_on));
		object_put(&o, "speaker", span_value(x, q->speaker_start, q->speaker_end));
		object_put(&o, "sentence", int_value(b, (int32) q->sentence + 1));
		object_put(&o, "speaker_role", cstring_value(q->speaker_role));
		object_put(&o, "speaker_actor", cstring_value(q->speaker_actor));
	}
	return array;
}

static object_array *
allegations_array(json_builder *b, const nv_allegation_result *allegations)
{
	extraction *x = b->x;
	object_array *array = object_array_new(allegations->count, 12);

	for (uint32_t k = 0; k < allegations->count; k++)
	{
		const nv_allegation *al = &allegations->allegations[k];
		object_writer o = object_array_next(array);

		object_put(&o, "n", int_value(b, (int32) k + 1));
		object_put(&o, "act", cstring_value(nv_act_name(al->act)));
		object_put(&o, "len", int_value(b, extraction_length(x, al->start, al->end)));
		object_put(&o, "pos", int_value(b, extraction_position(x, al->start)));
		object_put(&o, "about", timex_value(al->has_about, &al->about));
		object_put(&o, "claim", span_value(x, al->start, al->end));
		object_put(&o, "charge", cstring_value(nv_charge_name(al->charge)));
		object_put(&o, "hedged", bool_value(al->hedged));
		object_put(&o, "accused", cstring_value(al->accused));
		object_put(&o, "accuser", cstring_value(al->accuser));
		object_put(&o, "said_on", timex_value(al->has_said_on, &al->said_on));
		object_put(&o, "sentence", int_value(b, (int32) al->sentence + 1));
	}
	return array;
}

PG_FUNCTION_INFO_V1(narrative_extract);
Datum
narrative_extract(PG_FUNCTION_ARGS)
{
	extraction	x;
	extraction_results r;
	json_builder *b;
	JsonbValue	root;
	object_writer top = {&root, 6, true};
	Jsonb	   *jsonb;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, 2);
	extraction_run(&x, STAGE_ALLEGATIONS, &r);

	/* the tree goes with the extraction's context; the result is the caller's */
	MemoryContextSwitchTo(x.context);
	b = palloc0(sizeof(json_builder));
	b->x = &x;
	root.type = jbvObject;
	root.val.object.nPairs = 0;
	root.val.object.pairs = palloc(6 * sizeof(JsonbPair));
	object_put(&top, "lang", cstring_value(nv_lang_code(x.doc.lang)));
	object_put_array(&top, "quotes", quotes_array(b, &r.quotes));
	object_put_array(&top, "timexes", timexes_array(b, &r.timexes));
	object_put_array(&top, "mentions", mentions_array(b, &r.mentions));
	object_put_array(&top, "sentences", sentences_array(b));
	object_put_array(&top, "allegations", allegations_array(b, &r.allegations));

	MemoryContextSwitchTo(x.caller);
	jsonb = JsonbValueToJsonb(&root);
	extraction_end(&x);
	PG_RETURN_JSONB_P(jsonb);
}
