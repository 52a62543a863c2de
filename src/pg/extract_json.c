/*
 * extract_json.c — narrative.extract(): every stage of one document in one
 * jsonb value, computed in one pass (the document is tokenised once and
 * each stage feeds the next), built with PostgreSQL's jsonb builder.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "narrative_pg.h"

typedef struct json_builder
{
	JsonbParseState *state;
	extraction *x;
} json_builder;

static void
put_key(json_builder *b, const char *key)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) key;
	v.val.string.len = (int) strlen(key);
	pushJsonbValue(&b->state, WJB_KEY, &v);
}

static void
put_string(json_builder *b, const char *key, const char *value, size_t len)
{
	JsonbValue	v;

	put_key(b, key);
	if (value == NULL)
		v.type = jbvNull;
	else
	{
		v.type = jbvString;
		v.val.string.val = (char *) value;
		v.val.string.len = (int) len;
	}
	pushJsonbValue(&b->state, WJB_VALUE, &v);
}

static void
put_cstring(json_builder *b, const char *key, const char *value)
{
	put_string(b, key, value, value ? strlen(value) : 0);
}

/* The document's text between two byte offsets. */
static void
put_span_text(json_builder *b, const char *key, uint32_t start, uint32_t end)
{
	if (end > start)
		put_string(b, key, b->x->doc.text + start, end - start);
	else
		put_cstring(b, key, NULL);
}

static void
put_int(json_builder *b, const char *key, int32 value)
{
	JsonbValue	v;

	put_key(b, key);
	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(value);
	pushJsonbValue(&b->state, WJB_VALUE, &v);
}

static void
put_bool(json_builder *b, const char *key, bool value)
{
	JsonbValue	v;

	put_key(b, key);
	v.type = jbvBool;
	v.val.boolean = value;
	pushJsonbValue(&b->state, WJB_VALUE, &v);
}

static void
put_timex(json_builder *b, const char *key, bool present, const nv_timex *value)
{
	char		text[NV_TIMEX_TEXT_MAX];

	if (!present)
	{
		put_cstring(b, key, NULL);
		return;
	}
	nv_timex_format(value, text);
	/* the builder keeps the pointer, not the bytes */
	put_cstring(b, key, pstrdup(text));
}

static void
put_position(json_builder *b, uint32_t start, uint32_t end, uint32_t sentence)
{
	put_int(b, "pos", extraction_position(b->x, start));
	put_int(b, "len", extraction_length(b->x, start, end));
	put_int(b, "sentence", (int32) sentence + 1);
}

/* One row's object; rows scale with the document, so a cancel is
 * honoured here too. */
static void
begin_row(json_builder *b)
{
	CHECK_FOR_INTERRUPTS();
	pushJsonbValue(&b->state, WJB_BEGIN_OBJECT, NULL);
}

static void
begin_array(json_builder *b, const char *key)
{
	put_key(b, key);
	pushJsonbValue(&b->state, WJB_BEGIN_ARRAY, NULL);
}

PG_FUNCTION_INFO_V1(narrative_extract);
Datum
narrative_extract(PG_FUNCTION_ARGS)
{
	extraction	x;
	json_builder b = {NULL, &x};
	extraction_results r;
	JsonbValue *result;
	Jsonb	   *jsonb;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, 2);
	extraction_run(&x, STAGE_ALLEGATIONS, &r);

	pushJsonbValue(&b.state, WJB_BEGIN_OBJECT, NULL);
	put_cstring(&b, "lang", nv_lang_code(x.doc.lang));

	begin_array(&b, "sentences");
	for (uint32_t k = 0; k < x.doc.sentence_count; k++)
	{
		const nv_sentence *s = &x.doc.sentences[k];

		begin_row(&b);
		put_int(&b, "n", (int32) k + 1);
		put_int(&b, "pos", extraction_position(&x, s->start));
		put_int(&b, "len", extraction_length(&x, s->start, s->end));
		put_span_text(&b, "sentence", s->start, s->end);
		pushJsonbValue(&b.state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&b.state, WJB_END_ARRAY, NULL);

	begin_array(&b, "timexes");
	for (uint32_t k = 0; k < r.timexes.count; k++)
	{
		const nv_timex_span *t = &r.timexes.spans[k];

		begin_row(&b);
		put_int(&b, "n", (int32) k + 1);
		put_span_text(&b, "surface", t->start, t->end);
		put_timex(&b, "value", t->resolved, &t->value);
		put_position(&b, t->start, t->end, x.doc.token_sentence[t->first_token]);
		pushJsonbValue(&b.state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&b.state, WJB_END_ARRAY, NULL);

	begin_array(&b, "mentions");
	for (uint32_t k = 0; k < r.mentions.count; k++)
	{
		const nv_mention *m = &r.mentions.mentions[k];

		begin_row(&b);
		put_int(&b, "n", (int32) k + 1);
		put_span_text(&b, "surface", m->start, m->end);
		put_cstring(&b, "actor", m->id);
		put_cstring(&b, "name", m->name);
		put_cstring(&b, "kind", nv_actor_kind_name(m->kind));
		put_cstring(&b, "country", m->country);
		put_cstring(&b, "role", m->role);
		put_position(&b, m->start, m->end, x.doc.token_sentence[m->first_token]);
		pushJsonbValue(&b.state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&b.state, WJB_END_ARRAY, NULL);

	begin_array(&b, "quotes");
	for (uint32_t k = 0; k < r.quotes.count; k++)
	{
		const nv_quote *q = &r.quotes.quotes[k];

		begin_row(&b);
		put_int(&b, "n", (int32) k + 1);
		put_span_text(&b, "quote", q->start, q->end);
		put_cstring(&b, "kind", nv_quote_kind_name(q->kind));
		put_span_text(&b, "speaker", q->speaker_start, q->speaker_end);
		put_cstring(&b, "speaker_actor", q->speaker_actor);
		put_cstring(&b, "speaker_role", q->speaker_role);
		put_span_text(&b, "cue", q->cue_start, q->cue_end);
		put_cstring(&b, "via", q->via);
		put_timex(&b, "said_on", q->has_said_on, &q->said_on);
		put_position(&b, q->start, q->end, q->sentence);
		pushJsonbValue(&b.state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&b.state, WJB_END_ARRAY, NULL);

	begin_array(&b, "allegations");
	for (uint32_t k = 0; k < r.allegations.count; k++)
	{
		const nv_allegation *al = &r.allegations.allegations[k];

		begin_row(&b);
		put_int(&b, "n", (int32) k + 1);
		put_cstring(&b, "accuser", al->accuser);
		put_cstring(&b, "act", nv_act_name(al->act));
		put_cstring(&b, "accused", al->accused);
		put_cstring(&b, "charge", nv_charge_name(al->charge));
		put_bool(&b, "hedged", al->hedged);
		put_timex(&b, "said_on", al->has_said_on, &al->said_on);
		put_timex(&b, "about", al->has_about, &al->about);
		put_span_text(&b, "claim", al->start, al->end);
		put_position(&b, al->start, al->end, al->sentence);
		pushJsonbValue(&b.state, WJB_END_OBJECT, NULL);
	}
	pushJsonbValue(&b.state, WJB_END_ARRAY, NULL);

	/* the result belongs to the caller, not to the extraction's context */
	{
		MemoryContext old = MemoryContextSwitchTo(x.caller);

		result = pushJsonbValue(&b.state, WJB_END_OBJECT, NULL);
		jsonb = JsonbValueToJsonb(result);
		MemoryContextSwitchTo(old);
	}
	extraction_end(&x);
	PG_RETURN_JSONB_P(jsonb);
}
