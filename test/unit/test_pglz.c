/*
 * test_pglz.c — unit tests of src/core/pglz.c: streams written item by
 * item as PostgreSQL's pglz lays them out (literals, tags of every kind of
 * offset, the long tag), decompressed to the text written out here; and
 * the corrupt streams PostgreSQL's pglz_decompress refuses, refused.  The
 * fuzzer fuzz_pglz holds the decoder to PostgreSQL's own on any input.
 */
#include <stdbool.h>
#include <stdlib.h>

#include "narrative.h"
#include "unit.h"

/* A pglz stream under construction: a control byte before every eight items. */
typedef struct stream
{
	unsigned char bytes[1024];
	size_t		len;
	size_t		control;		/* where the current control byte is */
	unsigned	items;
} stream;

static void
item(stream *s, bool tag)
{
	if (s->items % 8 == 0)
	{
		s->control = s->len++;
		s->bytes[s->control] = 0;
	}
	if (tag)
		s->bytes[s->control] |= (unsigned char) (1u << (s->items % 8));
	s->items++;
}

static void
literals(stream *s, const char *text)
{
	for (; *text; text++)
	{
		item(s, false);
		s->bytes[s->len++] = (unsigned char) *text;
	}
}

/* A tag: `len` bytes from `off` back; 18 or more take the third byte. */
static void
tag(stream *s, unsigned off, unsigned len)
{
	item(s, true);
	s->bytes[s->len++] = (unsigned char) (((off >> 4) & 0xf0) | (len >= 18 ? 0x0f : len - 3));
	s->bytes[s->len++] = (unsigned char) (off & 0xff);
	if (len >= 18)
		s->bytes[s->len++] = (unsigned char) (len - 18);
}

/* The stream decompressed to raw_len bytes, as a string; "corrupt" when
 * the decoder refuses it. */
static const char *
decompressed(const stream *s, size_t raw_len)
{
	static char *out;

	free(out);
	out = malloc(raw_len + NV_PGLZ_SLACK + 1);
	if (!nv_pglz_decompress((const char *) s->bytes, s->len, out, raw_len))
		return "corrupt";
	out[raw_len] = '\0';
	return out;
}

/* A stream afresh: `text` as literals, then a tag. */
static stream *
with_tag(const char *text, unsigned off, unsigned len)
{
	static stream s;

	memset(&s, 0, sizeof(s));
	literals(&s, text);
	tag(&s, off, len);
	return &s;
}

UNIT_TEST(pglz_literals)
{
	stream		s = {0};
	stream	   *t;

	/* a full group by one load, then a short one byte by byte at the end */
	literals(&s, "abcdefghij");
	CHECK_INT(s.len, 12);
	CHECK_STR(decompressed(&s, 10), "abcdefghij");

	/* runs between tags, of every length up to a group's */
	t = with_tag("Kata Peskov, ", 13, 5);
	literals(t, "Moskow membantah.  Kata Lavrov");
	CHECK_STR(decompressed(t, 48), "Kata Peskov, Kata Moskow membantah.  Kata Lavrov");

	/* an empty value */
	memset(&s, 0, sizeof(s));
	CHECK_STR(decompressed(&s, 0), "");
}

UNIT_TEST(pglz_tags)
{
	stream		s = {0};
	stream	   *t;

	/* an offset of 1: one byte repeated */
	CHECK_STR(decompressed(with_tag("a", 1, 10), 11), "aaaaaaaaaaa");

	/* offsets under 8, 8 to 15 and 16 and over, each shorter than its
	 * length: the copy reads bytes it wrote itself */
	CHECK_STR(decompressed(with_tag("abc", 3, 10), 13), "abcabcabcabca");
	CHECK_STR(decompressed(with_tag("abcdefghij", 10, 12), 22), "abcdefghijabcdefghijab");
	CHECK_STR(decompressed(with_tag("abcdefghijkl", 12, 20), 32), "abcdefghijklabcdefghijklabcdefgh");
	t = with_tag("0123456789ABCDEF", 16, 17);
	tag(t, 33, 3);
	CHECK_STR(decompressed(t, 36), "0123456789ABCDEF0123456789ABCDEF0012");

	/* the long tag: 18 plus its third byte */
	t = with_tag("x-", 2, 18);
	CHECK_INT(t->len, 6);
	CHECK_STR(decompressed(t, 20), "x-x-x-x-x-x-x-x-x-x-");
	t = with_tag("y", 1, 273);
	CHECK_INT(strlen(decompressed(t, 274)), 274);
	CHECK_STR(decompressed(t, 274) + 260, "yyyyyyyyyyyyyy");

	/* an offset past 255: its high bits in the tag's first nibble */
	for (int k = 0; k < 30; k++)
		literals(&s, "0123456789");
	tag(&s, 291, 4);
	CHECK_STR(decompressed(&s, 304) + 296, "67899012");
}

UNIT_TEST(pglz_corrupt)
{
	stream		s = {0};
	stream	   *t;

	/* offsets of 0, and reaching before the output */
	CHECK_STR(decompressed(with_tag("ab", 0, 4), 6), "corrupt");
	CHECK_STR(decompressed(with_tag("ab", 3, 4), 6), "corrupt");

	/* a tag cut short, and a long tag without its third byte */
	t = with_tag("ab", 2, 4);
	t->len--;
	CHECK_STR(decompressed(t, 6), "corrupt");
	t->len--;
	CHECK_STR(decompressed(t, 6), "corrupt");
	t = with_tag("ab", 2, 20);
	t->len--;
	CHECK_STR(decompressed(t, 22), "corrupt");

	/* input left over, or output not filled */
	literals(&s, "abcdef");
	CHECK_STR(decompressed(&s, 5), "corrupt");
	CHECK_STR(decompressed(&s, 7), "corrupt");
	CHECK_STR(decompressed(&s, 6), "abcdef");

	/* a last tag past the end is cut to it, as PostgreSQL cuts it */
	t = with_tag("ab", 2, 10);
	CHECK_STR(decompressed(t, 7), "abababa");
	/* ... but not one with input after it */
	literals(t, "c");
	CHECK_STR(decompressed(t, 7), "corrupt");
}
