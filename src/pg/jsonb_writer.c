/*
 * jsonb_writer.c — a jsonb value written straight into its on-disk form,
 * one container after another, for extract()'s result.
 *
 * PostgreSQL's builders (pushJsonbValue, JsonbValueToJsonb) first build a
 * JsonbValue tree, about 70 bytes per scalar, then convert it: on a long
 * article that tree was three times the size of the jsonb it became.  The
 * writer keeps only the buffer and one frame per open container.  It lays
 * the bytes out exactly as convertJsonbObject, convertJsonbArray and
 * convertJsonbScalar in PostgreSQL's jsonb_util.c do (a container header,
 * its JEntry array filled in as its children are written, every
 * JB_OFFSET_STRIDE'th JEntry an end offset instead of a length, numerics
 * and containers padded to a 4-byte boundary), so the value is the one
 * those functions would have made, byte for byte.
 *
 * An object's keys are given when it is opened, and must come in jsonb's
 * order (shorter first, then bytewise): the writer checks that, and that
 * each value is written under the key whose turn it is, so a wrongly
 * ordered object is an error, never a silently unsearchable value.
 *
 * A long document writes millions of scalars and an object for each
 * fact: their writers are inline, in narrative_pg.h, and this file holds
 * the rest (the buffer, arrays, the keys' images, numerics) and the rare
 * paths, errors among them.  The buffer grows only when a value would
 * pass its end, and a key is compared as a pointer first (the callers
 * pass the literal of the keys' list), its text only when the pointers
 * differ.
 */
#include "postgres.h"

#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "narrative_pg.h"

void
jsonb_writer_too_large(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("total size of jsonb elements exceeds the maximum of %d bytes",
					JENTRY_OFFLENMASK)));
}

void
jsonb_writer_check_child(jsonb_writer *w, const char *key, const char *expected)
{
	jsonb_frame *frame = w->top;

	if (frame->written >= frame->children)
	{
		/* with no container open, w->top is frames[0], room for nothing */
		if (frame == &w->frames[0])
			elog(ERROR, "narrative: a jsonb scalar outside any container");
		elog(ERROR, "narrative: jsonb container given more than its %d children", frame->children);
	}
	if ((key == NULL) != (expected == NULL) || (key != NULL && strcmp(key, expected) != 0))
		elog(ERROR, "narrative: jsonb value under \"%s\" where \"%s\" was due",
			 key ? key : "(array element)", expected ? expected : "(array element)");
}

void
jsonb_row_check_child(const char *key, const char *expected, int written, int children)
{
	if (written >= children)
		elog(ERROR, "narrative: jsonb container given more than its %d children", children);
	if (strcmp(key, expected) != 0)
		elog(ERROR, "narrative: jsonb value under \"%s\" where \"%s\" was due", key, expected);
}

jsonb_room
jsonb_row_grow(jsonb_writer *w, int len, int bytes)
{
	jsonb_room	room;

	w->buffer.len = len;
	enlargeStringInfo(&w->buffer, bytes);
	room.data = w->buffer.data;
	room.maxlen = w->buffer.maxlen;
	return room;
}

/* The header words of Numerics of weight 0, 1 and 2 (learn_weight_words). */
static uint16 weight_words[3];
static bool weight_words_known;

static void learn_weight_words(void);
static bool int_images_agree(void);

/* An array's elements go under no key. */
static const char *const no_key = NULL;

void
jsonb_writer_init(jsonb_writer *w, size_t expected_size)
{
	/* frames[0] stands for no container open: room for no child */
	memset(&w->frames[0], 0, sizeof(w->frames[0]));
	w->frames[0].due = &no_key;
	w->top = &w->frames[0];
	if (unlikely(!weight_words_known))
		learn_weight_words();
	/* no value can be larger than its length fields allow */
	expected_size = Min(Max(expected_size, 1024), (size_t) JENTRY_OFFLENMASK + VARHDRSZ + 1);
	w->buffer.data = palloc(expected_size);
	narrative_advise_huge_pages(w->buffer.data, expected_size);
	w->buffer.maxlen = (int) expected_size;
	resetStringInfo(&w->buffer);
	jsonb_append(w, "\0\0\0\0", VARHDRSZ);	/* the varlena header */
}

void
jsonb_writer_check_open(jsonb_writer *w, const char *key)
{
	if (w->top == &w->frames[0])
	{
		if (key != NULL || w->buffer.len != VARHDRSZ)
			elog(ERROR, "narrative: jsonb root written twice");
	}
	else
		elog(ERROR, "narrative: jsonb nested deeper than %d", JSONB_WRITER_DEPTH);
}

void
jsonb_write_array(jsonb_writer *w, const char *key, int elements)
{
	uint32		header = (uint32) elements | JB_FARRAY;

	if ((uint32) elements > JB_CMASK)
		jsonb_writer_too_large();
	jsonb_open_container(w, key, elements, &no_key, 0);
	jsonb_append(w, &header, sizeof(header));
	jsonb_reserve(w, elements * (int) sizeof(JEntry));
	w->buffer.len += elements * (int) sizeof(JEntry);
}

/*
 * The keys measured and their order checked, once, and laid out as every
 * object of the kind starts: its header, its JEntries (jsonb_child_written's
 * for the keys, the first an end offset; the values' zero until written)
 * and the keys' bytes.
 */
void
jsonb_keys_measure(jsonb_keys *keys)
{
	uint32		header = (uint32) keys->count | JB_FOBJECT;
	char	   *entries;
	char	   *bytes;
	int			data_length = 0;

	if (keys->count > JSONB_KEYS_MAX)
		elog(ERROR, "narrative: a jsonb object of %d keys, more than %d", keys->count, JSONB_KEYS_MAX);
	entries = keys->image + sizeof(header);
	bytes = entries + 2 * keys->count * sizeof(JEntry);
	memset(keys->image, 0, sizeof(keys->image));
	memcpy(keys->image, &header, sizeof(header));
	for (int i = 0; i < keys->count; i++)
	{
		const char *name = keys->names[i];
		int			len = (int) strlen(name);
		JEntry		entry;

		if (len == 0)
			elog(ERROR, "narrative: an empty jsonb key");
		if (i > 0)
		{
			const char *previous = keys->names[i - 1];
			int			previous_len = keys->lengths[i - 1];

			if (previous_len > len || (previous_len == len && memcmp(previous, name, len) >= 0))
				elog(ERROR, "narrative: jsonb key \"%s\" is out of order after \"%s\"", name, previous);
		}
		if (data_length + len > JSONB_KEY_BYTES_MAX)
			elog(ERROR, "narrative: jsonb keys of more than %d bytes", JSONB_KEY_BYTES_MAX);
		memcpy(bytes + data_length, name, len);
		data_length += len;
		entry = (i & (JB_OFFSET_STRIDE - 1)) == 0
			? (JEntry) data_length | JENTRY_HAS_OFF : (JEntry) len;
		memcpy(entries + i * sizeof(JEntry), &entry, sizeof(JEntry));
		keys->lengths[i] = len;
	}
	keys->image_length = (int) (bytes - keys->image) + data_length;
}

void
jsonb_writer_check_end(jsonb_writer *w)
{
	jsonb_frame *frame = w->top;

	if (frame == &w->frames[0])
		elog(ERROR, "narrative: jsonb container closed twice");
	if (frame->written != frame->children)
		elog(ERROR, "narrative: jsonb container closed with %d of its %d children",
			 frame->written, frame->children);
	jsonb_writer_too_large();
}

void
jsonb_write_numeric(jsonb_writer *w, const char *key, Numeric value)
{
	jsonb_frame *frame = jsonb_next_child(w, key);
	int			len = VARSIZE_ANY(value);
	int			padding = jsonb_pad_to_int(w);

	jsonb_append(w, value, len);
	jsonb_child_written(w, frame, JENTRY_ISNUMERIC | (JEntry) (padding + len));
}

void
jsonb_write_int_numeric(jsonb_writer *w, const char *key, int32 value)
{
	Numeric		numeric = int64_to_numeric(value);

	jsonb_write_numeric(w, key, numeric);
	pfree(numeric);
}

uint64		jsonb_one_digit_image;
bool		jsonb_int_layout_known;

/*
 * The header word of a short Numeric of 0 scale (what int64_to_numeric
 * makes of any int32) says only its sign and weight, the place of its
 * first base-10000 digit; the digits follow, leading and trailing zero
 * digits dropped.  The words for weights 1 and 2 are taken from the
 * Numerics PostgreSQL makes of 10^4 and 10^8, so the layout is its own.
 */
#define NUMERIC_DIGIT_BASE 10000
#define NUMERIC_FIXED_BYTES (VARHDRSZ + sizeof(uint16))

static void
learn_weight_words(void)
{
	int32		powers[3] = {1, NUMERIC_DIGIT_BASE, NUMERIC_DIGIT_BASE * NUMERIC_DIGIT_BASE};

	jsonb_int_layout_known = true;
	for (int w = 0; w < 3; w++)
	{
		Numeric		numeric = int64_to_numeric(powers[w]);
		int16		digit;

		/* one digit, 1, after the header word: else the layout is not known */
		memcpy(&digit, (char *) numeric + NUMERIC_FIXED_BYTES, sizeof(digit));
		if (VARSIZE(numeric) != NUMERIC_FIXED_BYTES + sizeof(int16) || digit != 1)
			jsonb_int_layout_known = false;
		memcpy(&weight_words[w], (char *) numeric + VARHDRSZ, sizeof(uint16));
		pfree(numeric);
	}
	weight_words_known = true;
	{
		/* a one-digit Numeric, its digit left zero */
		char		image[sizeof(uint64)] = {0};

		SET_VARSIZE(image, NUMERIC_FIXED_BYTES + sizeof(int16));
		memcpy(image + VARHDRSZ, &weight_words[0], sizeof(uint16));
		memcpy(&jsonb_one_digit_image, image, sizeof(uint64));
	}
	/* the images as composed must be PostgreSQL's own bytes */
	if (jsonb_int_layout_known && !int_images_agree())
		jsonb_int_layout_known = false;
}

/*
 * Whether integers of every length composed as the writer composes them,
 * in registers, are the bytes int64_to_numeric makes: checked once, when
 * the header words are learned; where they are not, every integer goes
 * through int64_to_numeric.
 */
static bool
int_images_agree(void)
{
	static const int32 values[] = {1, 7, 9999, 10000, 10001, 12345, 99990000, 100000000,
	100000001, 123456789, 2147483647};

	for (size_t k = 0; k < lengthof(values); k++)
	{
		Numeric		numeric = int64_to_numeric(values[k]);
		jsonb_int_words words = jsonb_int_image_compose(values[k]);
		char		bytes[2 * sizeof(uint64)];
		bool		same;

		if (values[k] <= 9999)
			words.first = jsonb_one_digit_image | jsonb_digit_in_image(values[k]);
		memcpy(bytes, &words.first, sizeof(uint64));
		memcpy(bytes + sizeof(uint64), &words.second, sizeof(uint64));
		same = VARSIZE(numeric) <= sizeof(bytes) && (uint32) jsonb_int_words_size(words.first) == VARSIZE(numeric) &&
			memcmp(bytes, numeric, VARSIZE(numeric)) == 0;
		pfree(numeric);
		if (!same)
			return false;
	}
	return true;
}

/*
 * The bytes int64_to_numeric gives a positive value, composed with no
 * allocation, as two words (first 0 where they cannot be: a negative
 * value, or a Numeric laid out otherwise than the writer knows).
 */
jsonb_int_words
jsonb_int_image_compose(int32 value)
{
	int16		digits[3];
	int			first = 0;
	int			end = 3;
	jsonb_int_words words = {0, 0};
#ifdef WORDS_BIGENDIAN
	char		image[JSONB_INT_IMAGE_BYTES];
#endif

	/* the words are learned by jsonb_writer_init, before any value */
	if (value <= 0 || !jsonb_int_layout_known)
		return words;
	digits[0] = (int16) (value / (NUMERIC_DIGIT_BASE * NUMERIC_DIGIT_BASE));
	digits[1] = (int16) (value / NUMERIC_DIGIT_BASE % NUMERIC_DIGIT_BASE);
	digits[2] = (int16) (value % NUMERIC_DIGIT_BASE);
	while (digits[first] == 0)
		first++;
	while (digits[end - 1] == 0)
		end--;
#ifndef WORDS_BIGENDIAN
	{
		/* in registers: the header, the weight's word, then the digits,
		 * each two bytes, the first in the first word's last two */
		uint32		header;
		uint64		rest = 0;

		SET_VARSIZE(&header, NUMERIC_FIXED_BYTES + (end - first) * sizeof(int16));
		for (int k = end - 1; k > first; k--)
			rest = rest << 16 | (uint16) digits[k];
		words.first = header | (uint64) weight_words[2 - first] << 32 | (uint64) (uint16) digits[first] << 48;
		words.second = rest;
	}
#else
	memset(image, 0, JSONB_INT_IMAGE_BYTES);
	SET_VARSIZE(image, NUMERIC_FIXED_BYTES + (end - first) * sizeof(int16));
	memcpy(image + VARHDRSZ, &weight_words[2 - first], sizeof(uint16));
	memcpy(image + NUMERIC_FIXED_BYTES, digits + first, (end - first) * sizeof(int16));
	memcpy(&words.first, image, sizeof(uint64));
	memcpy(&words.second, image + sizeof(uint64), sizeof(uint64));
#endif
	return words;
}

Jsonb *
jsonb_writer_finish(jsonb_writer *w)
{
	Jsonb	   *result = (Jsonb *) w->buffer.data;

	if (unlikely(w->top != &w->frames[0] || w->buffer.len == VARHDRSZ))
		elog(ERROR, "narrative: jsonb value finished with %d containers open",
			 (int) (w->top - &w->frames[0]));
	SET_VARSIZE(result, w->buffer.len);
	w->buffer.data = NULL;
	return result;
}
