/*
 * extract_json.c — narrative.extract(): every stage of one document in one
 * jsonb value, computed in one pass (the document is tokenised once and
 * each stage feeds the next).
 *
 * The value is written straight into its on-disk form (jsonb_writer.c),
 * array after array, in the order jsonb keeps its keys: the memory it
 * takes beyond the core's arrays is the result's own size, not a
 * JsonbValue tree several times larger.  The token arrays, the largest
 * thing the core holds, are given back before the first array is written,
 * and the rest of the core's memory before the last two.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "narrative_pg.h"

/* Each array's objects: keys in jsonb's order (shorter first, then
 * bytewise), and the row functions write the values in the same order. */
static jsonb_keys root_keys =
JSONB_KEYS("lang", "quotes", "timexes", "mentions", "sentences", "allegations");
static jsonb_keys sentence_keys =
JSONB_KEYS("n", "len", "pos", "sentence");
static jsonb_keys timex_keys =
JSONB_KEYS("n", "len", "pos", "value", "surface", "sentence");
static jsonb_keys mention_keys =
JSONB_KEYS("n", "len", "pos", "kind", "name", "role", "actor", "country", "surface", "sentence");
static jsonb_keys quote_keys =
JSONB_KEYS("n", "cue", "len", "pos", "via", "kind", "quote", "said_on", "speaker", "sentence",
		   "speaker_role", "speaker_actor");
static jsonb_keys allegation_keys =
JSONB_KEYS("n", "act", "len", "pos", "about", "claim", "charge", "hedged", "accused", "accuser",
		   "said_on", "sentence");

/*
 * A row's values.  Each object of an array is written as a row
 * (jsonb_row_begin): the state of the writer in locals while its values
 * are written.
 */
static pg_always_inline void
put_cstring(jsonb_writer *w, jsonb_row *row, const char *key, const char *value)
{
	jsonb_row_string(w, row, key, value, value ? (int) strlen(value) : 0);
}

/* The document's text between two byte offsets, or null when empty. */
static pg_always_inline void
put_span(jsonb_writer *w, jsonb_row *row, const char *key, const extraction *x, uint32_t start, uint32_t end)
{
	if (end > start)
		jsonb_row_string(w, row, key, x->doc.text + start, (int) (end - start));
	else
		jsonb_row_null(row, key);
}

static pg_always_inline void
put_timex(jsonb_writer *w, jsonb_row *row, const char *key, bool present, const nv_timex *value)
{
	char		text[NV_TIMEX_TEXT_MAX];

	if (!present)
	{
		jsonb_row_null(row, key);
		return;
	}
	nv_timex_format(value, text);
	put_cstring(w, row, key, text);
}

/*
 * "pos" and "len" of a span: both through the character cursor, which the
 * spans of one array move forward, so the text is counted about once per
 * array instead of once for positions and again for lengths.
 */
static pg_always_inline void
put_pos_len(jsonb_writer *w, jsonb_row *row, extraction *x, uint32_t start, uint32_t end)
{
	int32		pos = extraction_position(x, start);
	int32		after = extraction_position(x, end);

	jsonb_row_int(w, row, "len", after - pos);
	jsonb_row_int(w, row, "pos", pos);
}

/* The next object of an array, as a row; rows scale with the document, so
 * a cancel is honoured here too. */
static pg_always_inline jsonb_row
row_begin(jsonb_writer *w, jsonb_keys *keys)
{
	CHECK_FOR_INTERRUPTS();
	return jsonb_row_begin(w, keys);
}

static void
write_sentences(jsonb_writer *w, extraction *x)
{
	jsonb_write_array(w, "sentences", (int) x->doc.sentence_count);
	for (uint32_t k = 0; k < x->doc.sentence_count; k++)
	{
		const nv_sentence *s = &x->doc.sentences[k];
		jsonb_row	row = row_begin(w, &sentence_keys);

		jsonb_row_int(w, &row, "n", (int32) k + 1);
		put_pos_len(w, &row, x, s->start, s->end);
		put_span(w, &row, "sentence", x, s->start, s->end);
		jsonb_row_end(w, &row);
	}
	jsonb_write_end(w);
}

static void
write_timexes(jsonb_writer *w, extraction *x, const nv_timex_result *timexes)
{
	uint32_t	sentence = 0;

	jsonb_write_array(w, "timexes", (int) timexes->count);
	for (uint32_t k = 0; k < timexes->count; k++)
	{
		const nv_timex_span *t = &timexes->spans[k];
		jsonb_row	row = row_begin(w, &timex_keys);

		jsonb_row_int(w, &row, "n", (int32) k + 1);
		put_pos_len(w, &row, x, t->start, t->end);
		put_timex(w, &row, "value", t->resolved, &t->value);
		put_span(w, &row, "surface", x, t->start, t->end);
		sentence = nv_sentence_from(&x->doc, sentence, t->first_token);
		jsonb_row_int(w, &row, "sentence", (int32) sentence + 1);
		jsonb_row_end(w, &row);
	}
	jsonb_write_end(w);
}

static void
write_mentions(jsonb_writer *w, extraction *x, const nv_mention_result *mentions)
{
	uint32_t	sentence = 0;

	jsonb_write_array(w, "mentions", (int) mentions->count);
	for (uint32_t k = 0; k < mentions->count; k++)
	{
		const nv_mention *m = &mentions->mentions[k];
		jsonb_row	row = row_begin(w, &mention_keys);

		jsonb_row_int(w, &row, "n", (int32) k + 1);
		put_pos_len(w, &row, x, m->start, m->end);
		put_cstring(w, &row, "kind", nv_actor_kind_name(m->kind));
		put_cstring(w, &row, "name", m->name);
		put_cstring(w, &row, "role", m->role);
		put_cstring(w, &row, "actor", m->id);
		put_cstring(w, &row, "country", m->country);
		put_span(w, &row, "surface", x, m->start, m->end);
		sentence = nv_sentence_from(&x->doc, sentence, m->first_token);
		jsonb_row_int(w, &row, "sentence", (int32) sentence + 1);
		jsonb_row_end(w, &row);
	}
	jsonb_write_end(w);
}

static void
write_quotes(jsonb_writer *w, extraction *x, const nv_quote_result *quotes)
{
	jsonb_write_array(w, "quotes", (int) quotes->count);
	for (uint32_t k = 0; k < quotes->count; k++)
	{
		const nv_quote *q = &quotes->quotes[k];
		jsonb_row	row = row_begin(w, &quote_keys);

		jsonb_row_int(w, &row, "n", (int32) k + 1);
		put_span(w, &row, "cue", x, q->cue_start, q->cue_end);
		put_pos_len(w, &row, x, q->start, q->end);
		put_cstring(w, &row, "via", q->via);
		put_cstring(w, &row, "kind", nv_quote_kind_name(q->kind));
		put_span(w, &row, "quote", x, q->start, q->end);
		put_timex(w, &row, "said_on", q->has_said_on, &q->said_on);
		put_span(w, &row, "speaker", x, q->speaker_start, q->speaker_end);
		jsonb_row_int(w, &row, "sentence", (int32) q->sentence + 1);
		put_cstring(w, &row, "speaker_role", q->speaker_role);
		put_cstring(w, &row, "speaker_actor", q->speaker_actor);
		jsonb_row_end(w, &row);
	}
	jsonb_write_end(w);
}

static void
write_allegations(jsonb_writer *w, extraction *x, const nv_allegation_result *allegations)
{
	jsonb_write_array(w, "allegations", (int) allegations->count);
	for (uint32_t k = 0; k < allegations->count; k++)
	{
		const nv_allegation *al = &allegations->allegations[k];
		jsonb_row	row = row_begin(w, &allegation_keys);

		jsonb_row_int(w, &row, "n", (int32) k + 1);
		put_cstring(w, &row, "act", nv_act_name(al->act));
		put_pos_len(w, &row, x, al->start, al->end);
		put_timex(w, &row, "about", al->has_about, &al->about);
		put_span(w, &row, "claim", x, al->start, al->end);
		put_cstring(w, &row, "charge", nv_charge_name(al->charge));
		jsonb_row_bool(&row, "hedged", al->hedged);
		put_cstring(w, &row, "accused", al->accused);
		put_cstring(w, &row, "accuser", al->accuser);
		put_timex(w, &row, "said_on", al->has_said_on, &al->said_on);
		jsonb_row_int(w, &row, "sentence", (int32) al->sentence + 1);
		jsonb_row_end(w, &row);
	}
	jsonb_write_end(w);
}

/*
 * The allegations, copied into the kept arena with the strings they write
 * (the country codes they carry for the stages are not written).
 */
static void
keep_allegations(extraction *x, nv_allegation_result *allegations)
{
	nv_allegation *kept = nv_arena_alloc(&x->kept_arena,
										 Max(allegations->count, 1) * sizeof(nv_allegation));

	for (uint32_t k = 0; k < allegations->count; k++)
	{
		nv_allegation *al = &kept[k];

		*al = allegations->allegations[k];
		if (al->accuser)
			al->accuser = nv_arena_strndup(&x->kept_arena, al->accuser, strlen(al->accuser));
		if (al->accused)
			al->accused = nv_arena_strndup(&x->kept_arena, al->accused, strlen(al->accused));
		al->accuser_country = NULL;
		al->accused_country = NULL;
	}
	allegations->allegations = kept;
}

/*
 * jsonb bytes per byte of text, at most: the buffer is sized for it up
 * front (see jsonb_writer_init), so that it does not pass through copies
 * of half its size as it grows.  The sample articles make 9.4 to 10.9;
 * a buffer a little too large costs only address space.
 */
#define JSONB_PER_TEXT_BYTE 12

PG_FUNCTION_INFO_V1(narrative_extract);
Datum
narrative_extract(PG_FUNCTION_ARGS)
{
	extraction	x;
	extraction_results r;
	jsonb_writer w;
	Jsonb	   *jsonb;
	const char *lang;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, 2, STAGE_ALLEGATIONS);
	/* the jsonb outgrows the token arrays: their memory goes back at once */
	x.keep_token_blocks = false;
	extraction_run(&x, &r);

	/* the buffer is the caller's: it becomes the result */
	MemoryContextSwitchTo(x.caller);
	jsonb_writer_init(&w, x.doc.len * JSONB_PER_TEXT_BYTE);
	jsonb_write_object(&w, NULL, &root_keys);
	lang = nv_lang_code(x.doc.lang);
	jsonb_write_string(&w, "lang", lang, lang ? (int) strlen(lang) : 0);
	write_quotes(&w, &x, &r.quotes);
	write_timexes(&w, &x, &r.timexes);
	write_mentions(&w, &x, &r.mentions);

	/*
	 * By now the buffer has outgrown what the core holds, and it grows by
	 * as much again: the last two arrays are written from copies (the
	 * sentences are kept anyway), the core's memory given back first.
	 */
	keep_allegations(&x, &r.allegations);
	extraction_release_core(&x);
	write_sentences(&w, &x);
	write_allegations(&w, &x, &r.allegations);
	jsonb_write_end(&w);
	jsonb = jsonb_writer_finish(&w);
	extraction_end(&x);
	PG_RETURN_JSONB_P(jsonb);
}
