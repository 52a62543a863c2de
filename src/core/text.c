/*
 * text.c — UTF-8 decoding, tokens, folding and character positions.
 *
 * The document is decoded once into tokens (words, numbers, single
 * punctuation code points) that keep their byte spans and a folded form:
 * lower case with accents stripped (utf8proc case folding and mark
 * stripping), so every later stage compares folded bytes.  White space is
 * not a token; its presence, line breaks and glueing hyphens become flags
 * of the next token, which is what sentence splitting and multi-word
 * matching need.
 *
 * Most bytes of news text are ASCII: those are classified by a table (a
 * word's run of letters and digits by SSE2 compares, sixteen bytes at a
 * time, where there are) and folded by lowering, without a call into
 * utf8proc; every other code point goes through utf8proc.
 * nv_tokenize_utf8proc sends every code point there, ASCII too: the
 * reference the fast path must equal token for token
 * (test/fuzzers/fuzz_tokenize.c).
 */
#include <string.h>

#include <utf8proc.h>

#include "narrative.h"

/* What the tokenizer asks of a code point, answered once. */
enum
{
	CHAR_WORD = 1 << 0,			/* letters, marks, digits: part of a word */
	CHAR_LETTER = 1 << 1,		/* a letter (counts for all-capitals) */
	CHAR_UPPER = 1 << 2,		/* upper or title case */
	CHAR_JOINS = 1 << 3,		/* byte only: after a run of ASCII letters
								 * and digits, may carry the word on (see
								 * word_end) */
	CHAR_LOWER = 1 << 4,		/* a letter not upper case */
	CHAR_SPACE = 1 << 5,		/* white space (ASCII only: see is_space) */
	CHAR_NOT_DIGIT = 1 << 6,	/* part of a word, not an ASCII digit */
	CHAR_INNER_UPPER = 1 << 7,	/* shape only: a capital in a run of
								 * ascii_word_run, which plain_ascii_word
								 * starts after the first character */
	CHAR_ENDS_RUN = INT32_MIN	/* byte only: no ASCII letter or digit (see
								 * ascii_word_byte) */
};

static unsigned
unicode_char_class(int32_t cp)
{
	switch (utf8proc_category(cp))
	{
		case UTF8PROC_CATEGORY_LU:
		case UTF8PROC_CATEGORY_LT:
			return CHAR_WORD | CHAR_LETTER | CHAR_UPPER | CHAR_NOT_DIGIT;
		case UTF8PROC_CATEGORY_LL:
		case UTF8PROC_CATEGORY_LM:
		case UTF8PROC_CATEGORY_LO:
			return CHAR_WORD | CHAR_LETTER | CHAR_LOWER | CHAR_NOT_DIGIT;
		case UTF8PROC_CATEGORY_MN:
		case UTF8PROC_CATEGORY_MC:
		case UTF8PROC_CATEGORY_ME:
		case UTF8PROC_CATEGORY_ND:
		case UTF8PROC_CATEGORY_NL:
		case UTF8PROC_CATEGORY_NO:
			return CHAR_WORD | CHAR_NOT_DIGIT;
		default:
			return 0;
	}
}

/*
 * ASCII, the bulk of news text, by table; the rest through utf8proc.  The
 * bytes from 0x80 are only CHAR_JOINS, as are the apostrophe and the digit
 * group marks.  Every byte that is no letter or digit has CHAR_ENDS_RUN,
 * the sign bit.  Entries of 32 bits, not 8: x86 ORs such an entry into a
 * register straight from the table, where a byte is first loaded and
 * sign-extended (see ascii_word_byte).
 */
#define E_ CHAR_ENDS_RUN
#define S_ (CHAR_ENDS_RUN | CHAR_SPACE)
#define D_ CHAR_WORD
#define U_ (CHAR_WORD | CHAR_LETTER | CHAR_UPPER | CHAR_NOT_DIGIT)
#define L_ (CHAR_WORD | CHAR_LETTER | CHAR_LOWER | CHAR_NOT_DIGIT)
#define J_ (CHAR_ENDS_RUN | CHAR_JOINS)
#define E16 E_, E_, E_, E_, E_, E_, E_, E_, E_, E_, E_, E_, E_, E_, E_, E_
#define J16 J_, J_, J_, J_, J_, J_, J_, J_, J_, J_, J_, J_, J_, J_, J_, J_
static const int32_t ascii_class[256] = {
	E_, E_, E_, E_, E_, E_, E_, E_, E_, S_, S_, S_, S_, S_, E_, E_,	/* \t \n \v \f \r */
	E16,
	S_, E_, E_, E_, E_, E_, E_, J_, E_, E_, E_, E_, J_, E_, J_, E_,	/* space ' , . */
	D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, E_, E_, E_, E_, E_, E_,
	E_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
	U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, E_, E_, E_, E_, E_,
	E_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, E_, E_, E_, E_, E_,
	J16, J16, J16, J16, J16, J16, J16, J16,
};
#undef E_
#undef S_
#undef D_
#undef U_
#undef L_
#undef J_
#undef E16
#undef J16

/*
 * A code point's classes: by the table for ASCII when `ascii_fast`, else by
 * its Unicode category (ASCII digits are words without CHAR_NOT_DIGIT
 * either way).
 */
static inline unsigned
char_class(int32_t cp, bool ascii_fast)
{
	if (cp < 0)
		return 0;				/* an invalid byte */
	if (cp < 0x80 && ascii_fast)
		return ascii_class[cp] & ~(CHAR_SPACE | CHAR_JOINS | CHAR_ENDS_RUN);
	if (cp >= '0' && cp <= '9')
		return CHAR_WORD;
	return unicode_char_class(cp);
}

/*
 * What a word's characters were: their classes OR-ed (with, after a run
 * of ASCII letters and digits, those of the byte that ended it).  A word is
 * a number when no character in it has CHAR_NOT_DIGIT; its letters are
 * counted only when they can make it all capitals (word_has_two_letters).
 */
typedef struct word_shape
{
	unsigned	seen;
	bool		non_ascii;
} word_shape;

/*
 * Whether text[at] is an ASCII letter or digit, its classes added to *seen
 * either way: a word's shape is read for no class a byte that ends it has
 * but CHAR_JOINS, which plain_ascii_word asks of that byte.
 * The entry carries CHAR_ENDS_RUN into the sign of *seen, so the OR that
 * adds the classes is the test: three instructions a byte (load the byte,
 * OR the entry from the table, branch on the sign) where a table of bytes,
 * sign-extended, took four and testing CHAR_WORD six.
 */
static inline bool
ascii_word_byte(const char *text, size_t at, int *seen)
{
	*seen |= ascii_class[(unsigned char) text[at]];
	return *seen >= 0;
}

#ifdef __SSE2__
#include <emmintrin.h>

/* Which of 16 bytes are in [lo, lo + n): as unsigned bytes, by a signed
 * compare of them moved down by lo + 128. */
static inline __m128i
bytes_in_range(__m128i bytes, unsigned char lo, unsigned char n)
{
	return _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8((char) (0x80 - lo))),
						  _mm_set1_epi8((char) (0x80 + n)));
}

/*
 * ascii_word_run sixteen bytes at a time, where sixteen are left: which
 * are capitals, small letters and digits, by compares, and where the run
 * ends, by the first byte that is none.  A word ends at a byte whose
 * place no branch predicts; here no branch asks it.  Returns the run's
 * end, or `at` + 16 with the classes of all sixteen added when it goes
 * on.
 */
static inline __attribute__((always_inline)) size_t
ascii_word_run16(const char *text, size_t at, unsigned *seen)
{
	__m128i		bytes = _mm_loadu_si128((const __m128i *) (text + at));
	unsigned	upper = (unsigned) _mm_movemask_epi8(bytes_in_range(bytes, 'A', 26));
	unsigned	lower = (unsigned) _mm_movemask_epi8(bytes_in_range(bytes, 'a', 26));
	unsigned	digit = (unsigned) _mm_movemask_epi8(bytes_in_range(bytes, '0', 10));
	unsigned	run = (unsigned) __builtin_ctz(~(upper | lower | digit));	/* bit 16 is clear */
	unsigned	in_run = (1u << run) - 1;

	*seen |= ((upper & in_run) ? (unsigned) (CHAR_WORD | CHAR_LETTER | CHAR_UPPER | CHAR_INNER_UPPER | CHAR_NOT_DIGIT) : 0) |
		((lower & in_run) ? (unsigned) (CHAR_WORD | CHAR_LETTER | CHAR_LOWER | CHAR_NOT_DIGIT) : 0) |
		((digit & in_run) ? (unsigned) CHAR_WORD : 0);
	return at + run;
}
#endif

/* A run read by the table ends at `end`: its classes go into the shape,
 * a capital as CHAR_INNER_UPPER too, as ascii_word_run16 gives it. */
static inline size_t
table_run_end(word_shape *shape, int seen, size_t end)
{
	shape->seen |= (unsigned) seen | ((seen & CHAR_UPPER) ? CHAR_INNER_UPPER : 0);
	return end;
}

/*
 * The end of the run of ASCII letters and digits from `at`: the bulk of
 * every word.  With SSE2 (every x86-64), sixteen bytes a round while
 * sixteen are left (ascii_word_run16), and the byte that ended the run
 * read by the table; otherwise, and near the end of the text, one table
 * load and one OR a byte, four bytes a round while four are left: one
 * bound test for the four.  (Eight bytes at a time, SWAR, cost more: a
 * word is six bytes or so.  So did an inner loop for the four, which gcc
 * -O2 does not unroll, and a second reading of the round that meets the
 * end of the run.)
 */
static inline __attribute__((always_inline)) size_t
ascii_word_run(const char *text, size_t at, size_t len, word_shape *shape)
{
	int			seen = 0;

#ifdef __SSE2__
	while (at + 16 <= len)
	{
		unsigned	classes = 0;
		size_t		end = ascii_word_run16(text, at, &classes);

		shape->seen |= classes;
		if (end < at + 16)
		{
			/* the byte that ended it adds its classes, as below */
			shape->seen |= (unsigned) ascii_class[(unsigned char) text[end]];
			return end;
		}
		at = end;
	}
#endif
	for (; at + 4 <= len; at += 4)
	{
		/* how many of the four bytes are word bytes, up to the first not */
		size_t		run = !ascii_word_byte(text, at, &seen) ? 0 :
			!ascii_word_byte(text, at + 1, &seen) ? 1 :
			!ascii_word_byte(text, at + 2, &seen) ? 2 :
			!ascii_word_byte(text, at + 3, &seen) ? 3 : 4;

		if (run < 4)
			return table_run_end(shape, seen, at + run);
	}
	while (at < len && ascii_word_byte(text, at, &seen))
		at++;
	return table_run_end(shape, seen, at);
}

static inline bool
is_space(int32_t cp, bool ascii_fast)
{
	if (cp < 0x80 && ascii_fast)
		return (ascii_class[cp] & CHAR_SPACE) != 0;
	/* tab, line feed, vertical tab, form feed, carriage return */
	if (cp >= 0x09 && cp <= 0x0D)
		return true;
	/* no-break space, the Unicode space separators, line/paragraph seps */
	if (cp == 0x00A0 || cp == 0x2028 || cp == 0x2029 || cp == 0x200B || cp == 0xFEFF)
		return true;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

static bool
is_line_break(int32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
}

static bool
is_quote_mark(int32_t cp)
{
	switch (cp)
	{
		case '"':
		case '\'':
		case 0x2018:			/* ‘ */
		case 0x2019:			/* ’ */
		case 0x201A:			/* ‚ */
		case 0x201B:
		case 0x201C:			/* “ */
		case 0x201D:			/* ” */
		case 0x201E:			/* „ */
		case 0x201F:
		case 0x00AB:			/* « */
		case 0x00BB:			/* » */
		case 0x2039:
		case 0x203A:
			return true;
		default:
			return false;
	}
}

/*
 * The flags of a mark (a punct token) by its code point: NV_TOKEN_QUOTE,
 * and NV_TOKEN_STOP.  An ASCII mark's by table: the sentence splitter's
 * test of every mark on its code point missed often (',' and '.' fall at
 * random), and a branch on it here would miss as often.
 */
#define Q_ (NV_TOKEN_QUOTE | NV_TOKEN_STOP)
#define T_ NV_TOKEN_STOP
static const uint8_t ascii_mark_flags[128] = {
	['"'] = Q_, ['\''] = Q_, ['.'] = T_, ['!'] = T_, ['?'] = T_,
};
#undef Q_
#undef T_

static inline unsigned
mark_flags(int32_t cp)
{
	if (cp >= 0 && cp < 0x80)
		return ascii_mark_flags[cp];
	return NV_TOKEN_STOP | (is_quote_mark(cp) ? NV_TOKEN_QUOTE : 0);
}

static bool
is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static bool
is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Decodes one code point (-1 for an invalid byte, of width 1): ASCII
 * directly when `ascii_fast`, everything else through utf8proc. */
static inline int32_t
decode_char(const char *text, size_t len, size_t at, size_t *width, bool ascii_fast)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;
	unsigned char c = (unsigned char) text[at];

	if (c < 0x80 && ascii_fast)
	{
		*width = 1;
		return c;
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *) text + at, (utf8proc_ssize_t) (len - at), &cp);
	if (n <= 0)
	{
		*width = 1;
		return -1;
	}
	*width = (size_t) n;
	return cp;
}

static int32_t
decode(const char *text, size_t len, size_t at, size_t *width)
{
	return decode_char(text, len, at, width, true);
}

typedef struct fold_buffer
{
	nv_arena   *arena;
	char	   *data;
	size_t		len;
	size_t		capacity;
} fold_buffer;

static void
fold_reserve(fold_buffer *buf, size_t extra)
{
	if (buf->len + extra > buf->capacity)
	{
		size_t		capacity = buf->capacity ? buf->capacity : 256;
		char	   *data;

		while (capacity < buf->len + extra)
			capacity *= 2;
		data = nv_arena_alloc(buf->arena, capacity);
		if (buf->len)
			memcpy(data, buf->data, buf->len);
		buf->data = data;
		buf->capacity = capacity;
	}
}

/* Appends text[0..len), known to be ASCII, lowered. */
static void
fold_append_ascii(fold_buffer *buf, const char *text, size_t len)
{
	fold_reserve(buf, len);
	for (size_t i = 0; i < len; i++)
	{
		char		c = text[i];

		buf->data[buf->len++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
	}
}

/*
 * Up to eight bytes that are ASCII letters or digits, lowered, each on its
 * own: a letter has bit 6 (0x40) set and a digit has not, and a letter's
 * lower case is its capital with bit 5 (0x20) set.  So bit 6, shifted
 * down into bit 5, lowers a letter and leaves a digit as it is: no compare
 * with 'A' and 'Z'.
 */
static inline uint64_t
alnum_lowered(uint64_t bytes)
{
	return bytes | ((bytes >> 1) & 0x2020202020202020ULL);
}

/*
 * Appends the word text[start, end) of ASCII letters and digits, lowered,
 * eight bytes a round (SWAR) where fold_append_ascii takes one: most
 * words with a capital take one round (1.08 rounds a word over the
 * corpus).  The rounds read up to seven bytes past the word while inside
 * the text of `len` bytes, and write as many past the folded form, into
 * the room tokenize keeps free without asking: what is left of the text,
 * and 16 bytes.  What they write there is garbage (a byte past the word
 * need be no letter or digit), overwritten by the next folded form.
 */
static inline void
fold_append_word(fold_buffer *buf, const char *text, size_t start, size_t end, size_t len)
{
	char	   *out = buf->data + buf->len;
	size_t		at = start;

	for (; at < end && at + 8 <= len; at += 8, out += 8)
	{
		uint64_t	w;

		memcpy(&w, text + at, 8);
		w = alnum_lowered(w);
		memcpy(out, &w, 8);
	}
	for (; at < end; at++)
		*out++ = (char) alnum_lowered((unsigned char) text[at]);
	buf->len += end - start;
}

/*
 * Writes the lowered bytes of a word of at most sixteen ASCII letters and
 * digits, with sixteen bytes readable from `word`, past the folded forms
 * without appending them: two rounds of fold_append_word whatever the
 * word's length, into the same room.  The caller keeps them or not.
 */
static inline void
fold_write_short_word(fold_buffer *buf, const char *word)
{
	uint64_t	w[2];

	memcpy(w, word, 16);
	w[0] = alnum_lowered(w[0]);
	w[1] = alnum_lowered(w[1]);
	memcpy(buf->data + buf->len, w, 16);
}

/*
 * The tokenizer looks for a cancel once every 65536 tokens, and a document
 * of one word of 100 MB is one token.  A run of ASCII letters and digits
 * is read by the table: sentences() of one such word of 20 MB took 57 ms,
 * so the longest document (narrative.max_document_size) takes under a
 * second.  Code points through utf8proc, read and folded one by one, took
 * 320 ms for 20 MB of 'é', so those loops look for a cancel every
 * WORD_CHUNK bytes.
 */
#define WORD_CHUNK 65536

/*
 * Appends the folded form of text[0..len) through utf8proc (case fold,
 * strip marks), code point by code point, so invalid bytes pass through
 * unchanged.
 */
static void
fold_append_utf8proc(fold_buffer *buf, const char *text, size_t len)
{
	size_t		checked = 0;	/* a word may be the whole document */

	for (size_t at = 0; at < len;)
	{
		size_t		width;
		int32_t		cp = decode(text, len, at, &width);
		utf8proc_int32_t out[16];
		utf8proc_ssize_t n;
		int			last_boundclass = 0;

		if (at - checked >= WORD_CHUNK)
		{
			nv_check_interrupts();
			checked = at;
		}
		if (cp < 0)
		{
			fold_reserve(buf, 1);
			buf->data[buf->len++] = text[at];
			at += width;
			continue;
		}
		if (is_apostrophe(cp))
			cp = '\'';
		n = utf8proc_decompose_char(cp, out, 16,
									UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
									&last_boundclass);
		if (n < 0 || n > 16)
		{
			out[0] = cp;
			n = 1;
		}
		fold_reserve(buf, (size_t) n * 4);
		for (utf8proc_ssize_t k = 0; k < n; k++)
			buf->len += (size_t) utf8proc_encode_char(out[k], (utf8proc_uint8_t *) buf->data + buf->len);
		at += width;
	}
}

/*
 * Appends the folded form of text[0..len) to buf.  ASCII is lowered in
 * place; anything else goes through utf8proc.
 */
static void
fold_append(fold_buffer *buf, const char *text, size_t len)
{
	size_t		ascii = 0;

	while (ascii < len && (unsigned char) text[ascii] < 0x80)
		ascii++;
	if (ascii == len)
		fold_append_ascii(buf, text, len);
	else
		fold_append_utf8proc(buf, text, len);
}

/*
 * Whether the hyphen at `at` (of `width` bytes) glues the word token before
 * it to the word character after it: "mid-January" is one token.
 */
static inline bool
hyphen_glues(const char *text, size_t len, size_t at, size_t width, const nv_token *previous,
			 bool ascii_fast)
{
	size_t		next_width;

	if (previous == NULL || at + width >= len)
		return false;
	return previous->kind != NV_TOKEN_PUNCT && previous->end == at &&
		(char_class(decode_char(text, len, at + width, &next_width, ascii_fast), ascii_fast) & CHAR_WORD);
}

/*
 * The end of the word that starts at `at`, its shape in *shape: letters and
 * digits, digit groups (1.000, 10,000, 2.5), and an apostrophe inside a
 * word (Jum'at), but not before a possessive s (Russia's).
 */
static inline __attribute__((always_inline)) size_t
word_end(const char *text, size_t len, size_t at, word_shape *shape, bool ascii_fast)
{
	size_t		end = at;
	size_t		checked = at;	/* where a cancel was last looked for */

	while ((end = ascii_fast ? ascii_word_run(text, end, len, shape) : end) < len)
	{
		size_t		w;
		int32_t		c = decode_char(text, len, end, &w, ascii_fast);
		unsigned	cls = c >= 0x80 || !ascii_fast ? char_class(c, ascii_fast) : 0;

		if (cls & CHAR_WORD)
		{
			shape->seen |= cls;
			shape->non_ascii |= c >= 0x80;
			end += w;
			/* code points one by one are slow: a word of them may be the
			 * whole document */
			if (end - checked >= WORD_CHUNK)
			{
				nv_check_interrupts();
				checked = end;
			}
			continue;
		}
		if (!(shape->seen & CHAR_NOT_DIGIT) && (c == '.' || c == ',') && end + 1 < len &&
			text[end + 1] >= '0' && text[end + 1] <= '9')
		{
			end += 1;
			continue;
		}
		if (c >= 0 && is_apostrophe(c) && (shape->seen & CHAR_NOT_DIGIT) && end + w < len)
		{
			size_t		w2;
			int32_t		c2 = decode_char(text, len, end + w, &w2, ascii_fast);

			if (char_class(c2, ascii_fast) & CHAR_WORD)
			{
				size_t		after = end + w + w2;
				bool		possessive = (c2 == 's' || c2 == 'S');

				if (possessive && after < len)
				{
					size_t		w3;
					int32_t		c3 = decode_char(text, len, after, &w3, ascii_fast);

					possessive = !(char_class(c3, ascii_fast) & CHAR_WORD);
				}
				if (!possessive)
				{
					shape->non_ascii |= c >= 0x80;
					end += w;
					continue;
				}
			}
		}
		break;
	}
	return end;
}

/*
 * Where a word of two glued together ends, or `end` when it is one word:
 * web copies lose the separator between a list's items or two paragraphs
 * ("in ChinaRussia and Turkey", "Presiden XiGedung Putih mengatakan"), and
 * the glue is a small letter, then a capital and another small letter, in
 * ASCII, at least two letters into the word.  "McCain" splits too, which
 * costs nothing: a name in the lexicon is split as the text is, and a
 * span's text is its bytes.  "iPhone", "SpaceX" and "OpenAI" do not.
 * Out of line: asked of few words, it would crowd the token loop.
 */
static __attribute__((noinline)) size_t
glued_word_end(const char *text, size_t len, size_t start, size_t end)
{
#ifdef __SSE2__
	/* a word of up to sixteen bytes (nearly all) by one set of compares */
	if (end - start <= 16 && start + 16 <= len)
	{
		__m128i		bytes = _mm_loadu_si128((const __m128i *) (text + start));
		unsigned	upper = (unsigned) _mm_movemask_epi8(bytes_in_range(bytes, 'A', 26));
		unsigned	lower = (unsigned) _mm_movemask_epi8(bytes_in_range(bytes, 'a', 26));
		unsigned	glue = upper & (lower << 1) & (lower >> 1) & ~3u & ((1u << (end - start - 1)) - 1);

		return glue ? start + (size_t) __builtin_ctz(glue) : end;
	}
#endif
	for (size_t at = start + 2; at + 1 < end; at++)
		if (text[at] >= 'A' && text[at] <= 'Z' && text[at - 1] >= 'a' && text[at - 1] <= 'z' &&
			text[at + 1] >= 'a' && text[at + 1] <= 'z')
			return at;
	return end;
}

/*
 * Whether the word text[start, end) has two letters or more.  Asked only
 * of a word with no lower-case letter (all capitals, or a number): the
 * rest of the words need no count.
 */
static inline bool
word_has_two_letters(const char *text, size_t start, size_t end, bool ascii_fast)
{
	int			letters = 0;

	for (size_t at = start; at < end && letters < 2;)
	{
		size_t		width;
		int32_t		cp = decode_char(text, end, at, &width, ascii_fast);

		letters += (char_class(cp, ascii_fast) & CHAR_LETTER) != 0;
		at += width;
	}
	return letters >= 2;
}

/*
 * The common token, by the table alone: a word or number of ASCII letters
 * and digits that ends where they do, not run on by a byte word_end might
 * join to it (CHAR_JOINS).  Returns its end, its classes OR-ed in *seen
 * and the flags its letters give in *flags; `at` leaves the token to the
 * general path.
 */
static inline __attribute__((always_inline)) size_t
plain_ascii_word(const char *text, size_t len, size_t at, unsigned *seen, unsigned *flags)
{
	unsigned	first = ascii_class[(unsigned char) text[at]];
	word_shape	shape = {first, false};
	size_t		end;

	if (!(first & CHAR_WORD))
		return at;
	end = ascii_word_run(text, at + 1, len, &shape);
	/*
	 * Rare, so tested together: the byte that ended the run, if any, added
	 * its classes (after a letter, '.' and ',' end the word: they join
	 * digit groups), and a capital after the first letter may be where
	 * two glued words meet.  Either goes the general way.
	 */
	if ((shape.seen & (CHAR_JOINS | CHAR_INNER_UPPER)) &&
		(((shape.seen & CHAR_JOINS) &&
		  !((shape.seen & CHAR_NOT_DIGIT) && (text[end] == '.' || text[end] == ','))) ||
		 ((shape.seen & CHAR_INNER_UPPER) && (shape.seen & CHAR_LOWER) &&
		  glued_word_end(text, len, at, end) < end)))
		return at;
	*flags = (first & CHAR_UPPER) ? NV_TOKEN_CAPITALIZED : 0;
	if ((shape.seen & (CHAR_LETTER | CHAR_LOWER)) == CHAR_LETTER &&
		word_has_two_letters(text, at, end, true))
		*flags |= NV_TOKEN_ALL_CAPS;
	*seen = shape.seen;
	return end;
}

/*
 * The other common token: an ASCII mark that is no white space and no
 * hyphen (which may glue two words), a punct token of one byte, its own
 * folded form.
 */
static inline bool
plain_ascii_mark(const char *text, size_t at)
{
	unsigned char c = (unsigned char) text[at];

	return c < 0x80 && !(ascii_class[c] & (CHAR_WORD | CHAR_SPACE)) && c != '-';
}

/*
 * The token loop looks for a cancel once every TOKEN_CHECK tokens.  That
 * and the array's growth are done at one stop (token_store).
 */
#define TOKEN_CHECK 65536

/*
 * The slow work before the token at `next` is stored: a look for a cancel
 * at every TOKEN_CHECK tokens, the growth of the array when it is full.
 * Returns where the token goes (the items may have moved) and sets *stop
 * to the slot where this is next to be done.  Out of line: the common way
 * saves no registers for it.
 */
static __attribute__((noinline)) nv_token *
token_room(nv_arena *arena, nv_vec *tokens, nv_token *next, nv_token **stop)
{
	size_t		count = (size_t) (next - (nv_token *) tokens->items);
	size_t		check = count - count % TOKEN_CHECK + TOKEN_CHECK;

	if (count % TOKEN_CHECK == 0)
		nv_check_interrupts();
	if (count == tokens->capacity)
	{
		tokens->count = count;
		nv_vec_grow(arena, tokens, sizeof(nv_token));
	}
	*stop = (nv_token *) tokens->items + (check < tokens->capacity ? check : tokens->capacity);
	return (nv_token *) tokens->items + count;
}

/*
 * Stores a token at `next`, the slot after the last token of the array
 * `tokens`, and returns the slot after it.  The caller keeps the slot in a
 * local, not the vector's count and a count of tokens since the last look
 * for a cancel: one compare with *stop a token does the work of both.
 * The fields come as values, not in a struct, which gcc kept on the stack.
 */
static inline nv_token *
token_store(nv_arena *arena, nv_vec *tokens, nv_token *next, nv_token **stop,
			size_t start, size_t end, uint32_t fold, size_t fold_len, unsigned kind, unsigned flags)
{
	if (next == *stop)
		next = token_room(arena, tokens, next, stop);
	next->start = (uint32_t) start;
	next->end = (uint32_t) end;
	next->fold = fold;
	next->fold_len = (uint16_t) (fold_len > 0xFFFF ? 0xFFFF : fold_len);
	next->list_word = 0;
	next->word_id = 0;
	next->kind = kind;
	next->flags = flags;
	return next + 1;
}

/*
 * Where the tokenizer is in its text: everything its loop keeps from one
 * token to the next, so that the text can be tokenized a window at a time
 * (nv_tokenize_until) with the tokens of one pass over the whole.
 */
struct nv_tokenizer
{
	nv_arena   *arena;
	nv_vec		tokens;
	nv_vec		glued;			/* uint32_t: tokens glued to the word before */
	nv_token   *next;			/* the slot of the next token */
	nv_token   *stop;			/* ... and where token_room is due */
	fold_buffer fold;
	size_t		at;				/* the next byte to read */
	uint8_t		pending;		/* flags for the next token */
	bool		ascii_only;
};

nv_tokenizer *
nv_tokenizer_begin(nv_document *doc, nv_arena *arena, const char *text, size_t len)
{
	nv_tokenizer *t = nv_arena_zalloc(arena, sizeof(nv_tokenizer));

	doc->arena = arena;
	doc->text = text;
	doc->len = len;
	t->arena = arena;
	t->fold.arena = arena;
	t->ascii_only = true;
	/* Natural text averages well over four bytes a token: size once. */
	t->tokens.capacity = len / 4 + 16;
	t->tokens.items = nv_arena_alloc(arena, t->tokens.capacity * sizeof(nv_token));
	t->next = t->stop = t->tokens.items;
	/* ASCII folds to as many bytes: room for the whole text, and 16 bytes
	 * for fold_append_word to write past a word, is kept until the end */
	fold_reserve(&t->fold, len + 16);
	doc->tokens = t->tokens.items;
	doc->token_count = 0;
	doc->folded = t->fold.data;
	doc->folded_len = 0;
	return t;
}

/*
 * Tokenizes from where the tokenizer stopped up to byte `limit` (a token
 * that starts before it is taken whole), with ASCII by table
 * (`ascii_fast`) or every code point through utf8proc; inlined into each
 * caller, so the test of `ascii_fast` costs nothing.  The loop's state is
 * in locals, not read through `t` at every token.
 */
static inline __attribute__((always_inline)) void
tokenize(nv_tokenizer *t, nv_document *doc, size_t limit, bool ascii_fast)
{
	nv_arena   *arena = t->arena;
	const char *text = doc->text;
	size_t		len = doc->len;
	nv_vec		tokens = t->tokens;
	nv_vec		glued = t->glued;
	nv_token   *next = t->next;
	nv_token   *stop = t->stop;
	fold_buffer fold = t->fold;
	uint8_t		pending = t->pending;
	size_t		at = t->at;
	bool		ascii_only = t->ascii_only;

	if (limit > len)
		limit = len;
	while (at < limit)
	{
		size_t		width;
		int32_t		cp;
		unsigned	cls;
		size_t		start;		/* the token's span, */
		size_t		end;
		unsigned	kind;		/* kind, */
		unsigned	flags;		/* flags */
		uint32_t	folded;		/* and folded form (NV_FOLD_IN_TEXT) */
		unsigned	seen;		/* a plain ASCII word's classes */
		bool		ascii;		/* the token is ASCII: folding is lowering */
		bool		has_upper;	/* ... and has capitals to lower */

		/* the common case first: one space between words */
		if (ascii_fast && text[at] == ' ')
		{
			pending |= NV_TOKEN_SPACE_BEFORE;
			at++;
			continue;
		}
		if (ascii_fast && (end = plain_ascii_word(text, len, at, &seen, &flags)) > at)
		{
			/*
			 * A word with a capital (one in four, at random) has its
			 * lowered form appended, any other is its own.  A short
			 * word's is written either way, and kept or not by
			 * arithmetic: a branch on the capital missed one time in
			 * four.
			 */
			bool		upper = (seen & CHAR_UPPER) != 0;

			/* NV_FOLD_IN_TEXT (all ones) without a capital */
			folded = (uint32_t) fold.len | ((uint32_t) upper - 1u);
			if (end - at <= 16 && at + 16 <= len)
			{
				fold_write_short_word(&fold, text + at);
				fold.len += (end - at) & -(size_t) upper;
			}
			else if (upper)
				fold_append_word(&fold, text, at, end, len);
			next = token_store(arena, &tokens, next, &stop, at, end, folded, end - at,
							   (seen & CHAR_NOT_DIGIT) ? NV_TOKEN_WORD : NV_TOKEN_NUMBER,
							   flags | pending);
			pending = 0;
			at = end;
			continue;
		}
		if (ascii_fast && plain_ascii_mark(text, at))
		{
			next = token_store(arena, &tokens, next, &stop, at, at + 1, NV_FOLD_IN_TEXT, 1,
							   NV_TOKEN_PUNCT, ascii_mark_flags[(unsigned char) text[at]] | pending);
			pending = 0;
			at++;
			continue;
		}
		/* the fast paths take ASCII alone: every other byte comes here, or
		 * into a word that word_end runs on */
		ascii_only &= (unsigned char) text[at] < 0x80;
		cp = decode_char(text, len, at, &width, ascii_fast);
		cls = char_class(cp, ascii_fast);

		/* a word's first character is neither space nor hyphen */
		if (!(cls & CHAR_WORD) && cp >= 0 && is_space(cp, ascii_fast))
		{
			pending |= NV_TOKEN_SPACE_BEFORE;
			if (is_line_break(cp))
				pending |= NV_TOKEN_NEWLINE_BEFORE;
			at += width;
			continue;
		}

		/* A hyphen between two word characters glues them: no token. */
		if (!(cls & CHAR_WORD) && cp >= 0 && is_hyphen(cp) && !(pending & NV_TOKEN_SPACE_BEFORE) &&
			hyphen_glues(text, len, at, width,
						 next != tokens.items ? next - 1 : NULL,
						 ascii_fast))
		{
			pending |= NV_TOKEN_HYPHEN_BEFORE;
			at += width;
			continue;
		}

		start = at;
		flags = pending;
		pending = 0;

		if (cls & CHAR_WORD)
		{
			word_shape	shape = {0, false};
			size_t		glue;

			if (cls & CHAR_UPPER)
				flags |= NV_TOKEN_CAPITALIZED;
			end = word_end(text, len, at, &shape, ascii_fast);
			if ((shape.seen & CHAR_UPPER) && (shape.seen & CHAR_LOWER) &&
				(glue = glued_word_end(text, len, start, end)) < end)
			{
				/* the first word alone: its shape again, up to the glue;
				 * the token after it is glued to it */
				shape = (word_shape) {0, false};
				end = word_end(text, glue, at, &shape, ascii_fast);
				*NV_VEC_PUSH(arena, &glued, uint32_t) = (uint32_t) (next - (nv_token *) tokens.items) + 1;
			}
			kind = (shape.seen & CHAR_NOT_DIGIT) ? NV_TOKEN_WORD : NV_TOKEN_NUMBER;
			ascii = !shape.non_ascii;
			ascii_only &= ascii;
			has_upper = (shape.seen & CHAR_UPPER) != 0;
			if ((shape.seen & (CHAR_LETTER | CHAR_LOWER)) == CHAR_LETTER &&
				word_has_two_letters(text, start, end, ascii_fast))
				flags |= NV_TOKEN_ALL_CAPS;
		}
		else
		{
			kind = NV_TOKEN_PUNCT;
			flags |= mark_flags(cp);
			end = at + width;
			ascii = cp >= 0 && cp < 0x80;
			has_upper = false;
		}
		at = end;

		if (ascii_fast && ascii && !has_upper)
			folded = NV_FOLD_IN_TEXT;	/* the text is its own folded form */
		else
		{
			folded = (uint32_t) fold.len;
			if (!ascii_fast)
				fold_append_utf8proc(&fold, text + start, end - start);
			else if (ascii)
				fold_append_ascii(&fold, text + start, end - start);
			else
			{
				fold_append(&fold, text + start, end - start);
				/* the room fold_append_word takes as kept */
				fold_reserve(&fold, len - at + 16);
			}
		}
		next = token_store(arena, &tokens, next, &stop, start, end, folded,
						   folded == NV_FOLD_IN_TEXT ? end - start : fold.len - folded, kind, flags);
	}

	t->tokens = tokens;
	t->glued = glued;
	t->next = next;
	t->stop = stop;
	t->fold = fold;
	t->pending = pending;
	t->at = at;
	t->ascii_only = ascii_only;
	/* the tokens so far, for the stages that read them window by window */
	doc->tokens = tokens.items;
	doc->token_count = (uint32_t) (next - (nv_token *) tokens.items);
	doc->folded = fold.data;
	doc->folded_len = fold.len;
}

void
nv_tokenize_until(nv_tokenizer *t, nv_document *doc, size_t limit)
{
	tokenize(t, doc, limit, true);
}

size_t
nv_tokenizer_at(const nv_tokenizer *t)
{
	return t->at;
}

void
nv_tokenizer_end(nv_tokenizer *t, nv_document *doc)
{
	doc->ascii_only = t->ascii_only;
	doc->glued = t->glued.items;
	doc->glued_count = (uint32_t) t->glued.count;
}

void
nv_tokenize(nv_document *doc, nv_arena *arena, const char *text, size_t len)
{
	nv_tokenizer *t = nv_tokenizer_begin(doc, arena, text, len);

	nv_tokenize_until(t, doc, len);
	nv_tokenizer_end(t, doc);
}

void
nv_tokenize_utf8proc(nv_document *doc, nv_arena *arena, const char *text, size_t len)
{
	nv_tokenizer *t = nv_tokenizer_begin(doc, arena, text, len);

	tokenize(t, doc, len, false);
	nv_tokenizer_end(t, doc);
}

int32_t
nv_codepoint_at(const char *text, size_t len, size_t at)
{
	size_t		width;

	return decode(text, len, at, &width);
}

bool
nv_token_is(const nv_document *doc, uint32_t i, const char *word)
{
	size_t		len;
	const char *fold;

	if (i >= doc->token_count)
		return false;
	fold = nv_token_fold(doc, i, &len);
	return strlen(word) == len && memcmp(fold, word, len) == 0;
}

bool
nv_token_is_possessive(const nv_document *doc, uint32_t i)
{
	return i >= 2 && i < doc->token_count && nv_token_is(doc, i, "s") &&
		(doc->tokens[i - 1].flags & NV_TOKEN_QUOTE) &&
		doc->tokens[i - 1].end == doc->tokens[i].start &&
		doc->tokens[i - 2].end == doc->tokens[i - 1].start;
}

char *
nv_fold(nv_arena *arena, const char *text, size_t len, size_t *out_len)
{
	fold_buffer buf = {arena, NULL, 0, 0};

	fold_reserve(&buf, len + 1);
	fold_append(&buf, text, len);
	fold_reserve(&buf, 1);
	buf.data[buf.len] = '\0';
	*out_len = buf.len;
	return buf.data;
}

size_t
nv_char_count(const char *text, size_t from, size_t to)
{
	const unsigned char *p = (const unsigned char *) text + from;
	size_t		n = to - from;
	size_t		continuations = 0;

	/* eight bytes at a time: a continuation byte is 10xxxxxx, so bit 7
	 * set and bit 6 (shifted up into bit 7) clear; the multiply adds up
	 * the eight one-bit flags in the top byte */
	for (; n >= 8; n -= 8, p += 8)
	{
		uint64_t	w;
		uint64_t	flags;

		memcpy(&w, p, 8);
		flags = ((w & ~(w << 1)) & 0x8080808080808080ULL) >> 7;
		continuations += (size_t) ((flags * 0x0101010101010101ULL) >> 56);
	}
	for (; n > 0; n--, p++)
		continuations += (*p & 0xC0) == 0x80;
	return (to - from) - continuations;
}

/*
 * Lists the continuation bytes of text[0, len) in out[], at most `limit`
 * of them: returns how many there are, or limit + 1 when there are more
 * (the list is then cut short).
 */
static size_t
list_continuations(const char *text, size_t len, uint32_t *out, size_t limit)
{
	const unsigned char *p = (const unsigned char *) text;
	size_t		count = 0;

	for (size_t at = 0; at < len;)
	{
		size_t		block_end = len - at >= 8 ? at + 8 : len;
		uint64_t	w;

		if (block_end - at == 8)
		{
			memcpy(&w, p + at, 8);
			if (!(w & 0x8080808080808080ULL))
			{
				at = block_end; /* eight ASCII bytes */
				continue;
			}
		}
		for (; at < block_end; at++)
			if ((p[at] & 0xC0) == 0x80)
			{
				if (count == limit)
					return limit + 1;
				out[count++] = (uint32_t) at;
			}
	}
	return count;
}

/*
 * The list of continuation bytes, made in the one pass that finds whether
 * there are few enough to keep: one per 64 bytes of text, or up to
 * CURSOR_LIST_FLOOR in all (a kilobyte), as many as an English article of
 * a few kilobytes with a curly quote in every paragraph has, which were
 * counted over again for every array.
 */
#define CURSOR_LIST_FLOOR 256

static void
cursor_begin(const nv_document *doc, nv_char_cursor *cursor)
{
	/* a text has no more continuation bytes than bytes */
	size_t		floor = doc->len < CURSOR_LIST_FLOOR ? doc->len : CURSOR_LIST_FLOOR;
	size_t		limit = doc->len / 64 > floor ? doc->len / 64 : floor;
	uint32_t   *continuations = NULL;
	size_t		count = limit + 1;

	cursor->mode = 2;
	if (doc->ascii_only)
		count = 0;				/* nothing to list: no pass over the text */
	else if (doc->len <= UINT32_MAX)
	{
		if (limit > 0)
			continuations = nv_arena_alloc(doc->arena, limit * sizeof(uint32_t));
		count = list_continuations(doc->text, doc->len, continuations, limit);
	}
	if (count <= limit)
	{
		cursor->mode = 1;
		cursor->continuation_count = count;
		cursor->continuations = continuations;
		cursor->byte = 0;
		cursor->before = 0;
	}
}

/*
 * nv_char_position on a cursor with no list: at its first call, which
 * makes the list if it is short enough, or counting from the last
 * position.  Out of line, so that the common way, by the list, saves no
 * registers.
 */
static __attribute__((noinline)) size_t
position_unlisted(const nv_document *doc, nv_char_cursor *cursor, size_t byte)
{
	if (cursor->mode == 0)
	{
		cursor_begin(doc, cursor);
		if (cursor->mode == 1)
			return nv_char_position(doc, cursor, byte);
	}
	if (byte >= cursor->byte)
		cursor->chars += nv_char_count(doc->text, cursor->byte, byte);
	else if (byte >= cursor->byte / 2)
		cursor->chars -= nv_char_count(doc->text, byte, cursor->byte);
	else
		cursor->chars = nv_char_count(doc->text, 0, byte);
	cursor->byte = byte;
	return cursor->chars + 1;
}

size_t
nv_char_position(const nv_document *doc, nv_char_cursor *cursor, size_t byte)
{
	const uint32_t *c = cursor->continuations;
	size_t		k = cursor->before;

	if (cursor->mode != 1)
		return position_unlisted(doc, cursor, byte);
	/* continuations before `byte`: step forward from the last answer, or
	 * search back */
	if (byte < cursor->byte)
		k = nv_first_at_or_after(c, k, (uint32_t) byte);
	while (k < cursor->continuation_count && c[k] < byte)
		k++;
	cursor->before = k;
	cursor->byte = byte;
	return byte - k + 1;
}

nv_lang
nv_lang_from_code(const char *code, size_t len)
{
	if (len == 2 && code[0] == 'i' && code[1] == 'd')
		return NV_LANG_ID;
	if (len == 2 && code[0] == 'e' && code[1] == 'n')
		return NV_LANG_EN;
	return NV_LANG_NONE;
}

const char *
nv_lang_code(nv_lang lang)
{
	switch (lang)
	{
		case NV_LANG_ID:
			return "id";
		case NV_LANG_EN:
			return "en";
		default:
			return NULL;
	}
}
