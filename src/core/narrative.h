/*
 * narrative.h — the public interface of the core library.
 *
 * The core takes UTF-8 bytes, options and the built-in word lists (and,
 * from the actor stage on, a compiled lexicon) and returns plain C arrays
 * of spans.  It never includes a PostgreSQL header: every allocation goes
 * through nv_allocator, which the glue points at palloc and the unit tests
 * and fuzzers at malloc.
 */
#ifndef NARRATIVE_H
#define NARRATIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "calendar.h"

/* ---- allocation --------------------------------------------------------- */

/*
 * `alloc` never returns NULL: it raises an error the caller's way (a
 * PostgreSQL ERROR, or abort() in a test).  `release` may be a no-op when
 * the memory goes with a context.
 */
typedef struct nv_allocator
{
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*release) (void *ctx, void *ptr);
	void	   *ctx;
} nv_allocator;

/* The malloc-backed allocator for tests and tools (aborts on exhaustion). */
extern const nv_allocator nv_malloc_allocator;

/* A bump arena on top of an allocator: everything freed at once. */
typedef struct nv_arena_chunk nv_arena_chunk;
typedef struct nv_arena
{
	const nv_allocator *allocator;
	nv_arena_chunk *chunks;
	char	   *cursor;
	size_t		left;
} nv_arena;

void		nv_arena_init(nv_arena *arena, const nv_allocator *allocator);
void	   *nv_arena_alloc(nv_arena *arena, size_t size);
void	   *nv_arena_zalloc(nv_arena *arena, size_t size);
char	   *nv_arena_strndup(nv_arena *arena, const char *s, size_t len);
void		nv_arena_free_all(nv_arena *arena);

/*
 * A block of its own inside the arena, which can be given back before the
 * rest: large growing arrays release what they outgrew.
 */
void	   *nv_arena_alloc_block(nv_arena *arena, size_t size);
void		nv_arena_release_block(nv_arena *arena, void *block);

/*
 * A growable array in an arena: NV_VEC_PUSH(arena, vec) returns a pointer to
 * a new zeroed element.  Growth doubles, so pushes are amortised O(1).
 */
typedef struct nv_vec
{
	void	   *items;
	size_t		count;
	size_t		capacity;
	bool		own_block;		/* items is a block of its own (large arrays) */
} nv_vec;

/* Makes room for more items (capacity grows by half, or doubles). */
void		nv_vec_grow(nv_arena *arena, nv_vec *vec, size_t item_size);

/* Inline: a push is most of the time a bounds check and a few stores. */
static inline void *
nv_vec_push(nv_arena *arena, nv_vec *vec, size_t item_size)
{
	char	   *slot;

	if (vec->count == vec->capacity)
		nv_vec_grow(arena, vec, item_size);
	slot = (char *) vec->items + vec->count * item_size;
	memset(slot, 0, item_size);
	vec->count++;
	return slot;
}

/*
 * Sets an empty array's capacity.  A generous guess costs address space,
 * not memory: a large block's pages are only touched as items arrive, and
 * the array never has to be copied to grow.
 */
void		nv_vec_reserve(nv_arena *arena, nv_vec *vec, size_t item_size, size_t capacity);
#define NV_VEC_PUSH(arena, vec, type) ((type *) nv_vec_push((arena), (vec), sizeof(type)))
#define NV_VEC_AT(vec, type, i) (((type *) (vec).items)[i])

/* The index of the first of `count` ascending values at or after `value`
 * (`count` when none): a binary search. */
static inline size_t
nv_first_at_or_after(const uint32_t *sorted, size_t count, uint32_t value)
{
	size_t		low = 0;

	while (low < count)
	{
		size_t		mid = low + (count - low) / 2;

		if (sorted[mid] < value)
			low = mid + 1;
		else
			count = mid;
	}
	return low;
}

/*
 * An index over entries in ascending order of a token (sentences, time
 * expressions, phrases): entry k's token is the uint32_t `stride` * k bytes
 * on from `tokens` (NULL when there are none).  Per block of 64 tokens it
 * keeps the first entry at or after the block's first token, and
 * nv_token_index_find goes a step or two on from there, where a binary
 * search over a long document's entries missed the cache at nearly every
 * step.
 */
typedef struct nv_token_index
{
	uint32_t   *first;			/* per block; NULL: no index made */
	uint32_t	blocks;			/* token_count / 64 + 1, or 0 */
} nv_token_index;

void		nv_token_index_build(nv_token_index *index, nv_arena *arena, uint32_t token_count,
								 const uint32_t *tokens, size_t count, size_t stride);

/* The first of the `count` entries at or after token i (`count` when
 * none), from an index that was built over them. */
static inline size_t
nv_token_index_find(const nv_token_index *index, const uint32_t *tokens, size_t count, size_t stride,
					uint32_t i)
{
	size_t		k;

	/* past the last block: past every token, so past every entry */
	if (i / 64 >= index->blocks)
		return count;
	for (k = index->first[i / 64];
		 k < count && *(const uint32_t *) ((const char *) tokens + k * stride) < i; k++)
		;
	return k;
}

/* ---- cancellation ------------------------------------------------------- */

/*
 * Loops that scale with the input call nv_check_interrupts(); the glue
 * points it at CHECK_FOR_INTERRUPTS so a cancel stops extraction promptly.
 */
extern void (*nv_interrupt_hook) (void);
static inline void
nv_check_interrupts(void)
{
	if (nv_interrupt_hook)
		nv_interrupt_hook();
}

/* ---- compressed values (pglz.c) ------------------------------------------ */

/*
 * Decompresses `source`, compressed by PostgreSQL's pglz, into the raw_len
 * bytes at dest, which must have NV_PGLZ_SLACK bytes more for the copies
 * to pass its end.  Whether the input was sound: false where PostgreSQL's
 * pglz_decompress, checking the value complete, finds it corrupt.
 */
#define NV_PGLZ_SLACK 16

bool		nv_pglz_decompress(const char *source, size_t source_len, char *dest, size_t raw_len);

/* ---- languages ---------------------------------------------------------- */

/* A bit set: word-list entries and aliases carry the languages they serve. */
typedef enum nv_lang
{
	NV_LANG_NONE = 0,
	NV_LANG_ID = 1,
	NV_LANG_EN = 2,
	NV_LANG_ANY = 3
} nv_lang;

/* "id" -> NV_LANG_ID, "en" -> NV_LANG_EN, anything else NV_LANG_NONE. */
nv_lang		nv_lang_from_code(const char *code, size_t len);
const char *nv_lang_code(nv_lang lang);

/* ---- tokens ------------------------------------------------------------- */

typedef enum nv_token_kind
{
	NV_TOKEN_WORD = 0,			/* letters, possibly with digits: Korut, G7 */
	NV_TOKEN_NUMBER,			/* ASCII digits, with inner . or , groups */
	NV_TOKEN_PUNCT				/* any other single code point */
} nv_token_kind;

enum
{
	NV_TOKEN_SPACE_BEFORE = 1 << 0, /* white space precedes the token */
	NV_TOKEN_NEWLINE_BEFORE = 1 << 1,	/* a line break precedes it */
	NV_TOKEN_HYPHEN_BEFORE = 1 << 2,	/* glued by a hyphen: mid-January */
	NV_TOKEN_CAPITALIZED = 1 << 3,	/* first letter upper case */
	NV_TOKEN_ALL_CAPS = 1 << 4, /* every letter upper case (2+ letters) */
	NV_TOKEN_QUOTE = 1 << 5,	/* a quotation mark (punct) */
	NV_TOKEN_STOP = 1 << 6		/* a mark that may end a sentence or be a
								 * quote mark (punct): '.', '!', '?', a
								 * quotation mark, or any mark past ASCII,
								 * as '…' is */
};

/*
 * 20 bytes: a document holds one token for every five or six bytes of
 * text, so this struct is most of the memory extraction takes.  A punct
 * token's code point is read back from the text (nv_token_codepoint), and
 * a token already in folded form (lower-case ASCII, digits, most
 * punctuation) is not copied: its fold is NV_FOLD_IN_TEXT.
 */
typedef struct nv_token
{
	uint32_t	start;			/* byte offset of the first byte */
	uint32_t	end;			/* byte offset one past the last */
	uint32_t	fold;			/* offset in doc->folded, or NV_FOLD_IN_TEXT */
	uint16_t	fold_len;
	uint16_t	list_word;		/* word-list vocabulary id, 0 when none */
	uint32_t	word_id:23;		/* lexicon vocabulary id, 0 when none */
	uint32_t	kind:2;			/* nv_token_kind */
	uint32_t	flags:7;		/* NV_TOKEN_SPACE_BEFORE ... NV_TOKEN_STOP */
} nv_token;

#define NV_FOLD_IN_TEXT UINT32_MAX
#define NV_WORD_ID_MAX ((1u << 23) - 1)

/*
 * The hash of a folded word, for the vocabularies of the word lists and the
 * lexicon, and in *head its first eight bytes as an integer (zero padded;
 * on a little-endian machine, as memcpy would place them).
 * The tables keep each word's head, so a word of up to eight bytes (most
 * of them) is told apart by two integer compares, without a memcmp.  Words
 * are read eight bytes at a time: one multiply per eight bytes, not per
 * byte.
 */
static inline uint32_t
nv_word_hash(const char *s, size_t len, uint64_t *head)
{
	uint64_t	h = (uint64_t) len * 0x9E3779B97F4A7C15ULL;
	uint64_t	w;
	size_t		i = 0;

	*head = 0;
	for (; i + 8 <= len; i += 8)
	{
		memcpy(&w, s + i, 8);
		if (i == 0)
			*head = w;
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 29;
	}
	/* the last len % 8 bytes: four, two and one at a time */
	w = 0;
	{
		const char *p = s + i;
		unsigned	shift = 0;

		if (len & 4)
		{
			uint32_t	x;

			memcpy(&x, p, 4);
			w = x;
			p += 4;
			shift = 32;
		}
		if (len & 2)
		{
			uint16_t	x;

			memcpy(&x, p, 2);
			w |= (uint64_t) x << shift;
			p += 2;
			shift += 16;
		}
		if (len & 1)
			w |= (uint64_t) (unsigned char) *p << shift;
	}
	if (len < 8)
		*head = w;
	h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
	return (uint32_t) (h >> 32);
}

/*
 * nv_word_hash of a word shorter than eight bytes whose buffer has eight
 * bytes readable from s: one load with the bytes past the word masked off,
 * where nv_word_hash assembles the head four, two and one bytes at a time.
 * The same hash and head only on a little-endian machine
 * (NV_SHORT_WORD_LOAD).  (One function for these and the medium words
 * below, branching on the length inside, cost more than it saved.)
 */
#define NV_SHORT_WORD_LOAD (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)

static inline uint32_t
nv_short_word_hash(const char *s, size_t len, uint64_t *head)
{
	uint64_t	w;

	memcpy(&w, s, 8);
	w &= ~(~0ULL << (8 * len));
	*head = w;
	return (uint32_t) (((((uint64_t) len * 0x9E3779B97F4A7C15ULL) ^ w) * 0xFF51AFD7ED558CCDULL) >> 32);
}

/*
 * nv_word_hash of a word of eight to fifteen bytes whose buffer has sixteen
 * bytes readable from s: two loads, the bytes past the word masked off
 * the second.  Little-endian only, as nv_short_word_hash.
 */
static inline uint32_t
nv_medium_word_hash(const char *s, size_t len, uint64_t *head)
{
	uint64_t	h = (uint64_t) len * 0x9E3779B97F4A7C15ULL;
	uint64_t	w;

	memcpy(&w, s, 8);
	*head = w;
	h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
	h ^= h >> 29;
	memcpy(&w, s + 8, 8);
	w &= ~(~0ULL << (8 * (len - 8)));
	h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
	return (uint32_t) (h >> 32);
}

/* Whether a table's word (its head and bytes) is the folded word s. */
static inline bool
nv_word_equal(uint64_t head, const char *word, size_t word_len,
			  uint64_t s_head, const char *s, size_t len)
{
	return head == s_head && word_len == len && (len <= 8 || memcmp(word + 8, s + 8, len - 8) == 0);
}

/* ---- the document ------------------------------------------------------- */

typedef struct nv_wordlists nv_wordlists;
typedef struct nv_lexicon nv_lexicon;

typedef struct nv_sentence
{
	uint32_t	first_token;
	uint32_t	end_token;		/* one past the last token */
	uint32_t	start;			/* byte span */
	uint32_t	end;
} nv_sentence;

typedef struct nv_document
{
	nv_arena   *arena;
	const char *text;			/* not owned; not NUL-terminated */
	size_t		len;
	nv_lang		lang;			/* what extraction runs with */
	bool		has_published;
	int32_t		published;		/* day number, when has_published */

	nv_token   *tokens;
	uint32_t	token_count;
	char	   *folded;			/* folded token forms, back to back */
	size_t		folded_len;
	bool		ascii_only;		/* no byte from 0x80 (nv_tokenize); false
								 * when not known */
	uint32_t   *glued;			/* the tokens glued to the word before
								 * (nv_token_glued), in order: few */
	uint32_t	glued_count;

	nv_sentence *sentences;
	uint32_t	sentence_count;
	nv_token_index sentence_index;	/* of the sentences' first tokens
									 * (nv_split_sentences) */
	uint8_t    *dateline_dashes;	/* per sentence: nv_dateline_dash's
									 * dash, as tokens after the first,
									 * or 0 for none (nv_split_sentences) */
	uint8_t    *boilerplate;	/* per token: NV_BOILERPLATE or
								 * NV_BOILERPLATE_CREDIT inside boilerplate,
								 * else 0; or NULL */
	const nv_wordlists *word_lists; /* what tokens' list_word ids refer to */
	const nv_lexicon *lexicon;	/* what tokens' word_id ids refer to */
	const uint8_t *lexicon_starts;	/* per word_id: NV_STARTS_ALIAS when an
									 * alias starts with the word,
									 * NV_STARTS_CUE when a cue does */
	const uint32_t *list_starts;	/* per list_word id: bit 1 << nv_list for
									 * each list with an entry starting with
									 * the word, and bit 1 << (16 + nv_list)
									 * for each with the word as an entry of
									 * its own (nv_wordlists_attach) */
	const uint64_t *class_starts;	/* per list_word id, NV_CLASS_WORDS
									 * words: the bit of each class
									 * (nv_class_bit) with an entry starting
									 * with the word */
	const uint8_t *token_marks;	/* per token, and eight zero bytes past
								 * the last: NV_MARK_* (nv_map_tokens), or
								 * NULL */
} nv_document;

/*
 * Marks boilerplate lines ("Baca juga:" link lists, "SCROLL TO CONTINUE",
 * bylines) from data/builtin/boilerplate.tsv; every later stage skips them,
 * but for the outlets a credit line names ("Sumber: KCNA"), which the
 * mention stage reads.  Runs after nv_split_sentences: it finds the lines
 * from the sentences.
 */
enum
{
	NV_BOILERPLATE = 1,
	NV_BOILERPLATE_CREDIT = 2
};

void		nv_mark_boilerplate(nv_document *doc, const nv_wordlists *lists);

/*
 * nv_mark_boilerplate a window at a time: each nv_mark_boilerplate_until
 * reads the lines of the tokens added since the last, split into
 * sentences (nv_split_sentences_until), and nv_mark_boilerplate_end sets
 * doc->boilerplate.  Start from a marker of zeros.
 */
typedef struct nv_boilerplate_marker
{
	nv_vec		lines;			/* the boilerplate lines so far */
	uint32_t	first;			/* the first token of the next line */
	uint32_t	sentence;		/* ... and its sentence */
	uint32_t	checked;		/* the token at the last interrupt check */
	bool		in_block;		/* inside a block's link list */
} nv_boilerplate_marker;

void		nv_mark_boilerplate_until(nv_document *doc, const nv_wordlists *lists,
									  nv_boilerplate_marker *bm);
void		nv_mark_boilerplate_end(nv_document *doc, nv_boilerplate_marker *bm);

static inline bool
nv_is_boilerplate(const nv_document *doc, uint32_t i)
{
	return doc->boilerplate != NULL && i < doc->token_count && doc->boilerplate[i];
}

/*
 * Tokenises `text` (invalid UTF-8 bytes become punct tokens of one byte, so
 * every byte is accounted for).  Sentences are split by nv_split_sentences.
 */
void		nv_tokenize(nv_document *doc, nv_arena *arena, const char *text, size_t len);

/*
 * nv_tokenize with every code point, ASCII too, classified and folded
 * through utf8proc: slower, and the reference that nv_tokenize's ASCII
 * fast path must equal (the same spans, kinds, flags and folded forms).
 */
void		nv_tokenize_utf8proc(nv_document *doc, nv_arena *arena, const char *text, size_t len);

/*
 * The tokenizer a window at a time: nv_tokenizer_begin sets the document's
 * text, each nv_tokenize_until tokenizes on up to a byte (a token starting
 * before it is taken whole) and leaves doc->tokens, token_count, folded
 * and folded_len as they stand, and nv_tokenizer_end sets the rest.  The
 * tokens are those of nv_tokenize, however the text is cut.
 */
typedef struct nv_tokenizer nv_tokenizer;

nv_tokenizer *nv_tokenizer_begin(nv_document *doc, nv_arena *arena, const char *text, size_t len);
void		nv_tokenize_until(nv_tokenizer *t, nv_document *doc, size_t limit);
size_t		nv_tokenizer_at(const nv_tokenizer *t);	/* the next byte to read */
void		nv_tokenizer_end(nv_tokenizer *t, nv_document *doc);

/* The folded form of token i (lower case, accents stripped, ’ as '). */
static inline const char *
nv_token_fold(const nv_document *doc, uint32_t i, size_t *len)
{
	const nv_token *tok = &doc->tokens[i];

	*len = tok->fold_len;
	return tok->fold == NV_FOLD_IN_TEXT ? doc->text + tok->start : doc->folded + tok->fold;
}

/* Whether the folded form of token i ends with `suffix` and is longer
 * ("accused": "ed", "speaking": "ing"). */
static inline bool
nv_token_ends_with(const nv_document *doc, uint32_t i, const char *suffix)
{
	size_t		len;
	const char *fold = nv_token_fold(doc, i, &len);
	size_t		n = strlen(suffix);

	return len > n && memcmp(fold + len - n, suffix, n) == 0;
}

/* The code point at a byte offset (-1 for a byte that starts no valid one). */
int32_t		nv_codepoint_at(const char *text, size_t len, size_t at);

/* The code point of a punct token; 0 for a word or a number. */
static inline int32_t
nv_token_codepoint(const nv_document *doc, const nv_token *tok)
{
	unsigned char c;

	if (tok->kind != NV_TOKEN_PUNCT)
		return 0;
	c = (unsigned char) doc->text[tok->start];
	return c < 0x80 ? c : nv_codepoint_at(doc->text, doc->len, tok->start);
}

/* Whether tokens a and b are the same word once folded. */
static inline bool
nv_tokens_same_fold(const nv_document *doc, uint32_t a, uint32_t b)
{
	size_t		alen;
	size_t		blen;
	const char *af = nv_token_fold(doc, a, &alen);
	const char *bf = nv_token_fold(doc, b, &blen);

	return alen == blen && memcmp(af, bf, alen) == 0;
}

/*
 * The first token from i on with a flag of `flags` (NV_TOKEN_*), or the
 * token count.  Scans that wait for a line break or a quote mark pass most
 * tokens here: four at a time, their flags OR-ed, one bounds test and one
 * branch for the four; inlined with constant flags, no shifted mask.
 */
static inline uint32_t
nv_next_flagged(const nv_document *doc, uint32_t i, unsigned flags)
{
	const nv_token *tok = doc->tokens + i;
	const nv_token *last = doc->tokens + doc->token_count;

	while (last - tok >= 4 && !((tok[0].flags | tok[1].flags | tok[2].flags | tok[3].flags) & flags))
		tok += 4;
	while (tok < last && !(tok->flags & flags))
		tok++;
	return (uint32_t) (tok - doc->tokens);
}

/* Whether token i is the punctuation mark `cp`. */
static inline bool
nv_token_is_punct(const nv_document *doc, uint32_t i, int32_t cp)
{
	return i < doc->token_count && doc->tokens[i].kind == NV_TOKEN_PUNCT &&
		nv_token_codepoint(doc, &doc->tokens[i]) == cp;
}

/*
 * Whether token i is a word glued to the word before with nothing between:
 * two words a web copy ran together ("ChinaRussia", "XiGedung"), which the
 * tokenizer splits (glued_word_end in text.c).  Where the separator was
 * lost, a comma or a new paragraph may have stood: lists and clauses read
 * the glue as a break.
 */
static inline bool
nv_token_glued(const nv_document *doc, uint32_t i)
{
	/* the flags first: nearly every word has a space before it */
	return i < doc->token_count &&
		!(doc->tokens[i].flags & (NV_TOKEN_SPACE_BEFORE | NV_TOKEN_HYPHEN_BEFORE)) && i > 0 &&
		doc->tokens[i].kind == NV_TOKEN_WORD && doc->tokens[i - 1].kind == NV_TOKEN_WORD &&
		doc->tokens[i - 1].end == doc->tokens[i].start;
}

/* True when token i's folded form equals the NUL-terminated `word`. */
bool		nv_token_is(const nv_document *doc, uint32_t i, const char *word);

/* Whether token i is the "s" of a possessive "'s" or "’s" ("Seoul's"):
 * glued to an apostrophe glued to the word before. */
bool		nv_token_is_possessive(const nv_document *doc, uint32_t i);

/* Folds arbitrary UTF-8 into `arena` (used for lexicon entries). */
char	   *nv_fold(nv_arena *arena, const char *text, size_t len, size_t *out_len);

/*
 * 1-based character positions from byte offsets.  On its first use a
 * cursor finds the text's UTF-8 continuation bytes; news text has few (a
 * curly quote, an accented name), and when they are under one per 64
 * bytes (or 256 in all) it keeps where they are, so a position is its
 * byte offset less the continuation bytes before it, found by a short
 * step along that list.
 * Otherwise a run of offsets costs the distance between them: one pass
 * over the text for a run in order, whichever way it goes.  Zero it to
 * start.
 */
typedef struct nv_char_cursor
{
	size_t		byte;
	size_t		chars;
	int			mode;			/* 0 not yet looked, 1 the list, 2 counting */
	uint32_t   *continuations;	/* mode 1: their offsets, ascending */
	size_t		continuation_count;
	size_t		before;			/* mode 1: continuations before .byte */
} nv_char_cursor;

size_t		nv_char_position(const nv_document *doc, nv_char_cursor *cursor, size_t byte);

/* Characters in text[from, to) (bytes that start a UTF-8 sequence). */
size_t		nv_char_count(const char *text, size_t from, size_t to);

/* ---- word lists --------------------------------------------------------- */

/*
 * The built-in word lists (the files of data/builtin) parsed once: each entry maps
 * a folded word or phrase to a class and a value, for some languages.
 */
typedef struct nv_word_entry
{
	const char *list;			/* the file it came from: "timex" */
	const char *word;			/* folded */
	const char *class_name;		/* e.g. "month" */
	const char *value;			/* e.g. "10" */
	int			number;			/* value as a number, when it is one */
	nv_lang		langs;
	uint8_t		word_count;		/* words in a multi-word phrase */
} nv_word_entry;

/* The built-in lists, one per file of data/builtin. */
typedef enum nv_list
{
	NV_LIST_ABBREV,
	NV_LIST_ACT,
	NV_LIST_ANAPHOR,
	NV_LIST_ATTRIBUTION,
	NV_LIST_BOILERPLATE,
	NV_LIST_CHARGE,
	NV_LIST_HEDGE,
	NV_LIST_LANG,
	NV_LIST_ROLE,
	NV_LIST_TIMEX,
	NV_LIST_COUNT
} nv_list;

/* The file a list comes from ("timex" for NV_LIST_TIMEX). */
const char *nv_list_name(nv_list list);

/* Parses the built-in lists once (the result is immutable and shared). */
const nv_wordlists *nv_wordlists_builtin(void);

/*
 * Gives every token its word-list vocabulary id, once per document, right
 * after nv_tokenize.  Lookups on a document not mapped to these lists
 * still work, hashing each token they ask about.
 */
void		nv_wordlists_map_tokens(const nv_wordlists *lists, nv_document *doc);
/* ... of tokens [from, doc->token_count), for a caller that attaches */
void		nv_wordlists_map_tokens_from(const nv_wordlists *lists, nv_document *doc, uint32_t from);

/* Records that doc's list_word ids are those of `lists` (the mapping
 * functions call it). */
void		nv_wordlists_attach(const nv_wordlists *lists, nv_document *doc);

/* The word-list vocabulary: ids 1 .. nv_wordlists_vocab_size() - 1, each a
 * folded token of some list (0 is "in no list"). */
uint32_t	nv_wordlists_vocab_size(const nv_wordlists *lists);
const char *nv_wordlists_vocab_word(const nv_wordlists *lists, uint32_t id, size_t *len);

/* The list_starts bits (document.list_starts) of vocabulary word id. */
uint32_t	nv_wordlists_vocab_starts(const nv_wordlists *lists, uint32_t id);

/* Whether vocabulary word id starts an entry of class class_id (an
 * nv_class_id) in some list (document.class_starts). */
bool		nv_wordlists_vocab_starts_class(const nv_wordlists *lists, uint32_t id, int class_id);

/*
 * Class names ("month", "relative") are interned as the lists are built,
 * each with a small id.  A lookup turns its name, a literal at every call
 * site, into the id through a table keyed by the pointer: one probe,
 * inline.  -1 for a name no entry has.
 */
#define NV_CLASS_CACHE 512		/* a power of two: the hash keeps 9 bits */

typedef struct nv_class_slot
{
	const char *name;
	int			id;
} nv_class_slot;

extern nv_class_slot nv_class_cache[NV_CLASS_CACHE];
int			nv_class_id_slow(const char *name);

/* A multiplicative hash of the pointer: literals sit close together. */
static inline size_t
nv_class_slot_of(const char *name)
{
	return (size_t) (((uint64_t) (uintptr_t) name * 0x9E3779B97F4A7C15ULL) >> 55);
}

static inline int
nv_class_id(const char *name)
{
	const nv_class_slot *slot = &nv_class_cache[nv_class_slot_of(name)];

	return slot->name == name ? slot->id : nv_class_id_slow(name);
}

/* The class id that the *_id lookups take for "any class" (a class name
 * of NULL). */
#define NV_CLASS_ANY (-2)

/*
 * A word's classes as a bit set of NV_CLASS_WORDS words: class id c is bit
 * c % 64 of word (c / 64) % NV_CLASS_WORDS.  The built-in lists have under
 * 128 classes; past that, classes would share bits, which only lets a
 * lookup through to the find functions that check the entries.
 */
#define NV_CLASS_WORDS 2

static inline void
nv_class_bit_set(uint64_t *set, int class_id)
{
	set[(class_id / 64) % NV_CLASS_WORDS] |= 1ULL << (class_id % 64);
}

static inline bool
nv_class_bit_test(const uint64_t *set, int class_id)
{
	return (set[(class_id / 64) % NV_CLASS_WORDS] >> (class_id % 64)) & 1;
}

/* Adds the classes named to a set; false if one of them is no class. */
static inline bool
nv_class_set_add(uint64_t *set, const char *const *names, size_t count)
{
	bool		all_known = true;

	for (size_t k = 0; k < count; k++)
	{
		int			class_id = nv_class_id(names[k]);

		if (class_id < 0)
			all_known = false;
		else
			nv_class_bit_set(set, class_id);
	}
	return all_known;
}

/* Whether two class sets share a class. */
static inline bool
nv_class_sets_meet(const uint64_t *a, const uint64_t *b)
{
	for (int w = 0; w < NV_CLASS_WORDS; w++)
		if (a[w] & b[w])
			return true;
	return false;
}

/*
 * The stages ask these at almost every token, and most tokens, once the
 * document is mapped, start no entry of the list and class asked about:
 * that answer is given inline, from the token's list and class bits, the
 * rest by the nv_*_find functions behind them.
 */
#define NV_LIST_SINGLE 16		/* list_starts: the bit of a one-word entry */

/*
 * list_starts also marks the function words that tell a text's language
 * (the one-word entries of class "stop" in lang.tsv): bit NV_STOP_WORD_BIT
 * for an Indonesian one, the bit above it for an English one, so that
 * nv_detect_lang_tokens reads a word's two answers from its bits.
 */
#define NV_STOP_WORD_BIT 10

/* Token i's stop-word bits on a mapped document: 1 for an Indonesian
 * function word, 2 for an English one, 3 for one of both, else 0. */
static inline uint32_t
nv_token_stop_bits(const nv_document *doc, uint32_t i)
{
	return (doc->list_starts[doc->tokens[i].list_word] >> NV_STOP_WORD_BIT) & 3;
}

static inline bool
nv_token_has_bit(const nv_wordlists *lists, const nv_document *doc, uint32_t i, int bit)
{
	if (i >= doc->token_count)
		return false;
	if (doc->word_lists != lists)
		return true;			/* not mapped: the find functions look it up */
	return (doc->list_starts[doc->tokens[i].list_word] >> bit) & 1;
}

/* Whether token i may start an entry of `list`; false means it does not. */
static inline bool
nv_token_may_start(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list)
{
	return nv_token_has_bit(lists, doc, i, (int) list);
}

/*
 * Whether token i may start an entry of any list of `list_mask` (bits
 * 1 << nv_list); false means no lookup in those lists finds anything
 * there, so a scan asking several of them passes most tokens with one
 * test.
 */
static inline bool
nv_token_may_start_any(const nv_wordlists *lists, const nv_document *doc, uint32_t i, uint32_t list_mask)
{
	if (i >= doc->token_count)
		return false;
	if (doc->word_lists != lists)
		return true;
	return (doc->list_starts[doc->tokens[i].list_word] & list_mask) != 0;
}

/* Whether the word of token i, on a document mapped to the lists, starts
 * an entry of class class_id (any class when it is negative). */
static inline bool
nv_token_class_bit(const nv_document *doc, uint32_t i, int class_id)
{
	return class_id < 0 ||
		nv_class_bit_test(&doc->class_starts[doc->tokens[i].list_word * NV_CLASS_WORDS], class_id);
}

/*
 * Whether token i may start an entry of `list` of class `class_name` (NULL:
 * any class), with list bit `bit` (the list's, or its one-word bit); false
 * means it does not.
 */
static inline bool
nv_token_may_start_class(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
						 int bit, const char *class_name)
{
	if (!nv_token_has_bit(lists, doc, i, bit))
		return false;
	return class_name == NULL || doc->word_lists != lists ||
		nv_token_class_bit(doc, i, nv_class_id(class_name));
}

/*
 * nv_token_may_start_class with the class's id (nv_class_id, or
 * NV_CLASS_ANY) found by the caller: a stage that asks a few classes of
 * every word finds their ids once, not at each word.
 */
static inline bool
nv_token_may_start_class_id(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
							int bit, int class_id)
{
	if (!nv_token_has_bit(lists, doc, i, bit))
		return false;
	return doc->word_lists != lists || nv_token_class_bit(doc, i, class_id);
}

/*
 * The first token in [from, to) that may start an entry of class
 * `class_name` with list bit `bit` (nv_token_may_start_class there), or
 * `to` when none: a scan for one rare class reads each token's bits with
 * the class's id found once, not once a token.
 */
static inline uint32_t
nv_next_may_start_class(const nv_wordlists *lists, const nv_document *doc, uint32_t from, uint32_t to,
						int bit, const char *class_name)
{
	uint32_t	end = to < doc->token_count ? to : doc->token_count;
	int			class_id;

	if (doc->word_lists != lists)
		return from < end ? from : to;
	class_id = class_name ? nv_class_id(class_name) : -1;
	for (uint32_t k = from; k < end; k++)
	{
		uint32_t	word = doc->tokens[k].list_word;

		if (((doc->list_starts[word] >> bit) & 1) &&
			(class_id < 0 || nv_class_bit_test(&doc->class_starts[word * NV_CLASS_WORDS], class_id)))
			return k;
	}
	return to;
}

const nv_word_entry *nv_word_find(const nv_wordlists *lists, const nv_document *doc,
								  uint32_t i, nv_list list, const char *class_name,
								  nv_lang langs);
const nv_word_entry *nv_phrase_find_id(const nv_wordlists *lists, const nv_document *doc,
									   uint32_t i, nv_list list, int class_id);
bool		nv_token_starts_list_find(const nv_wordlists *lists, const nv_document *doc,
									  uint32_t i, nv_list list);

/*
 * The single-word entry of list `list` and class `class_name` (NULL: any
 * class) for the folded word at token i, in one of `langs`; NULL when none.
 */
static inline const nv_word_entry *
nv_word_in(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list,
		   const char *class_name, nv_lang langs)
{
	return nv_token_may_start_class(lists, doc, i, NV_LIST_SINGLE + (int) list, class_name) ?
		nv_word_find(lists, doc, i, list, class_name, langs) : NULL;
}

/* nv_word_in for the document's languages. */
static inline const nv_word_entry *
nv_word_at(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list,
		   const char *class_name)
{
	return nv_word_in(lists, doc, i, list, class_name, doc->lang);
}

/*
 * Whether some entry of list `list` (any class, any language) starts with
 * token i's word: a cheap test before trying a grammar at i.
 */
static inline bool
nv_token_starts_list(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list)
{
	if (i < doc->token_count && doc->word_lists == lists)
		return nv_token_may_start(lists, doc, i, list);
	return nv_token_starts_list_find(lists, doc, i, list);
}

static inline const nv_word_entry *
nv_phrase_find(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list,
			   const char *class_name)
{
	return nv_phrase_find_id(lists, doc, i, list, class_name ? nv_class_id(class_name) : NV_CLASS_ANY);
}

/*
 * The longest phrase of list `list` (and class, or NULL for any) starting at
 * token i.  Phrases match folded tokens one by one (punctuation included).
 */
static inline const nv_word_entry *
nv_phrase_at(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list,
			 const char *class_name)
{
	return nv_token_may_start_class(lists, doc, i, (int) list, class_name) ?
		nv_phrase_find(lists, doc, i, list, class_name) : NULL;
}

/* nv_phrase_at with the class's id (or NV_CLASS_ANY) found by the caller. */
static inline const nv_word_entry *
nv_phrase_at_id(const nv_wordlists *lists, const nv_document *doc, uint32_t i, nv_list list,
				int class_id)
{
	return nv_token_may_start_class_id(lists, doc, i, (int) list, class_id) ?
		nv_phrase_find_id(lists, doc, i, list, class_id) : NULL;
}

/*
 * Whether the object of a threat from token `from` is what it endangers
 * ("mengancam keamanan kawasan", "threatens regional security"), not whom
 * it warns: such a verb of warning reports no speech.
 */
bool		nv_threat_endangers(const nv_wordlists *lists, const nv_document *doc, uint32_t from);

/* ---- stages ------------------------------------------------------------- */

void		nv_split_sentences(nv_document *doc, const nv_wordlists *lists);

/*
 * nv_split_sentences a window at a time: each nv_split_sentences_until
 * splits the tokens added since the last, which must end a line (the next
 * token, when one comes, starts a line) or the text, and leaves
 * doc->sentences as they stand; nv_split_sentences_end builds their index.
 * Start from a splitter of zeros.
 */
typedef struct nv_splitter
{
	nv_vec		sentences;
	nv_vec		dashes;			/* uint8_t: dateline_dash's, a sentence */
	uint32_t	first;			/* the first token of the next sentence */
	uint32_t	marks;			/* double quote marks so far on the line */
	uint32_t	next_check;		/* where to look for an interrupt again */
	uint32_t	next;			/* the next token to read */
} nv_splitter;

void		nv_split_sentences_until(nv_document *doc, const nv_wordlists *lists, nv_splitter *sp);
void		nv_split_sentences_end(nv_document *doc);

/*
 * The dash that ends a dateline opening sentence s ("SEOUL (Reuters) -",
 * "JAKARTA, KOMPAS.com -"), or UINT32_MAX: a sentence that opens a line
 * with a capitalised word and has a dash with a space before it among
 * its first NV_DATELINE_MAX_TOKENS tokens, before any full stop or quote
 * mark.  What stands before the dash is the stage's to judge.
 */
#define NV_DATELINE_MAX_TOKENS 10
static inline uint32_t
nv_dateline_dash(const nv_document *doc, uint32_t s)
{
	/* found as the sentence was split, its tokens still in the cache:
	 * asked later, of a long document, each token read missed it; a byte
	 * a sentence, not a field of four in each */
	uint8_t		dash = doc->dateline_dashes[s];

	return dash == 0 ? UINT32_MAX : doc->sentences[s].first_token + dash;
}

/* The index of the sentence holding token i: from the first sentence of
 * its block of 64 tokens a step or two on, or a binary search where the
 * document has no such index. */
uint32_t	nv_token_sentence(const nv_document *doc, uint32_t i);

/*
 * The sentence holding token i, known to be sentence `from` or one after
 * it: a caller asking in text order (quotes as they are made, the rows of
 * an array) takes a step or two from the sentence of its last answer,
 * which costs less than nv_token_sentence's search; that answers when
 * token i lies before `from`.
 */
static inline uint32_t
nv_sentence_from(const nv_document *doc, uint32_t from, uint32_t i)
{
	if (from >= doc->sentence_count || doc->sentences[from].first_token > i)
		return nv_token_sentence(doc, i);
	while (from + 1 < doc->sentence_count && doc->sentences[from + 1].first_token <= i)
		from++;
	return from;
}

/* 'id', 'en', or NV_LANG_NONE when the text gives too little to tell. */
/* The words nv_detect_lang_tokens reads, the first of the document: tokens
 * past them do not change its answer. */
#define NV_LANG_SAMPLE_WORDS 4000

nv_lang		nv_detect_lang_tokens(const nv_document *doc, const nv_wordlists *lists);

/*
 * A document made ready for the stages (prepare.c): nv_tokenize into
 * token_arena, then in `arena` (doc->arena from then on) the word ids
 * (nv_map_tokens with a lexicon; with none, nv_wordlists_map_tokens when
 * map_words), the language when NV_LANG_NONE is given (NV_LANG_ANY when
 * undecided), nv_split_sentences and nv_mark_boilerplate: the same
 * document as those steps one after the other, made a window of text at
 * a time so that each window's tokens are read while in the cache.
 */
typedef struct nv_preparation
{
	nv_arena   *token_arena;
	nv_arena   *arena;
	const char *text;
	size_t		len;
	const nv_lexicon *lex;		/* or NULL */
	const nv_wordlists *lists;
	bool		map_words;
	nv_lang		lang;
	size_t		window;			/* bytes a window at least; 0 for
								 * NV_PREPARE_WINDOW */
} nv_preparation;

/* Some 64 KB of text: its tokens and their marks stay in a core's cache. */
#define NV_PREPARE_WINDOW 65536

void		nv_prepare_document(nv_document *doc, const nv_preparation *p);

typedef struct nv_timex_span
{
	uint32_t	first_token;
	uint32_t	end_token;
	uint32_t	start;			/* byte span */
	uint32_t	end;
	bool		resolved;		/* false: relative with no published date */
	nv_timex	value;
} nv_timex_span;

typedef struct nv_timex_result
{
	nv_timex_span *spans;
	uint32_t	count;
	nv_token_index index;		/* of the spans' first tokens */
} nv_timex_result;

void		nv_find_timexes(const nv_document *doc, const nv_wordlists *lists,
							nv_timex_result *out);

/* Index of the first span starting at or after token i (spans are in text
 * order), or `count` when none: from the first span of i's block of 64
 * tokens a step or two on (a binary search where the result has no such
 * index), so stages that date many claims stay linear overall. */
uint32_t	nv_timex_first_from(const nv_timex_result *timexes, uint32_t i);


/* ---- morphology (the inflected forms of cue words) ---------------------- */

/*
 * The forms of a cue word's root (Indonesian) or lemma (English), made when
 * the lexicon is compiled (src/core/morphology.c), so that matching stays
 * one lookup per token.  Each form comes with what its affixes tell:
 */
enum
{
	NV_FORM_PASSIVE = 1 << 0,	/* di-: the agent follows "oleh" ("dikecam oleh AS") */
	NV_FORM_NOUN = 1 << 1,		/* -an, peN-…-an, ke-…-an; an English noun lemma:
								 * it names an act ("tuduhan"), it does not report one */
	NV_FORM_NYA = 1 << 2,		/* the clitic -nya: in reporting, the last speaker
								 * ("tambahnya", "dibantahnya") */
	NV_FORM_PARTICLE = 1 << 3	/* -ku, -mu, -lah, -kah, -pun: a form of address or
								 * emphasis ("kirimlah"), not of the conduct */
};

/* A longer root is taken as written. */
#define NV_INFLECT_ROOT_MAX 48

typedef void (*nv_inflection_fn) (void *ctx, const char *form, size_t len, unsigned flags);

/*
 * Calls `emit` with every form of the folded word `root` in `lang`
 * (NV_LANG_ID or NV_LANG_EN), the root itself first.  Indonesian: meN-,
 * di-, -kan, -i, and with `noun_forms` -an, peN-…-an, ke-…-an, each also
 * with -nya, -ku, -mu, -lah, -kah, -pun.  English: -s, -ed, -ing.  A
 * phrase, or a word the rules do not cover, is emitted once as written,
 * with nv_form_flags.  The form is only valid during the call.
 */
void		nv_inflect(const char *root, size_t len, nv_lang lang, bool noun_forms,
					   nv_inflection_fn emit, void *ctx);

/* A form listed as written, not as a root: the form, and in Indonesian its
 * -nya form. */
void		nv_inflect_as_written(const char *form, size_t len, nv_lang lang,
								  nv_inflection_fn emit, void *ctx);

/* The flags a form listed as written shows by its spelling: a first word
 * in di- is passive, an Indonesian word in -nya carries the clitic. */
unsigned	nv_form_flags(const char *form, size_t len, nv_lang lang);

/* ---- the lexicon (actors, aliases, cue words) ---------------------------- */

typedef enum nv_actor_kind
{
	NV_KIND_PERSON = 0,
	NV_KIND_ORGANIZATION,
	NV_KIND_COUNTRY,
	NV_KIND_IGO,
	NV_KIND_MEDIA,
	NV_KIND_PLACE
} nv_actor_kind;

/* "person" -> NV_KIND_PERSON ...; -1 when unknown. */
int			nv_actor_kind_from_name(const char *name);
const char *nv_actor_kind_name(nv_actor_kind kind);

typedef struct nv_actor
{
	const char *id;
	const char *name;
	const char *country;		/* NULL when none */
	nv_actor_kind kind;
} nv_actor;

typedef enum nv_act
{
	NV_ACT_SAY = 0,
	NV_ACT_ACCUSE,
	NV_ACT_CONDEMN,
	NV_ACT_DENY,
	NV_ACT_CONFIRM,
	NV_ACT_WARN,
	NV_ACT_SANCTION
} nv_act;

int			nv_act_from_name(const char *name);
const char *nv_act_name(nv_act act);

/*
 * Building: add actors first, then aliases and cues naming them.  The
 * strings are copied.  Returns false (with nothing added) for an alias
 * naming an unknown actor, or a text with no token.
 */
nv_lexicon *nv_lexicon_create(const nv_allocator *allocator);
bool		nv_lexicon_add_actor(nv_lexicon *lex, const char *id, const char *name,
								 const char *kind, const char *country);
bool		nv_lexicon_add_alias(nv_lexicon *lex, const char *alias, size_t len,
								 nv_lang langs, const char *actor_id);

/*
 * A cue word is a root (Indonesian) or a lemma (English): every form
 * nv_inflect makes of it matches, in each language of `langs` (the noun
 * forms for the acts only: "tambahan" is no "say").  A word written with a
 * leading '=' is a form as written ("=menurut", whose "turut" would give
 * "menuruti"), matched with its -nya form only.  A phrase matches as
 * written.  Where entries give the same form, one listed wins over one
 * derived, then the shorter root, then the earlier act in nv_act: the
 * order entries arrive in never matters.
 */
bool		nv_lexicon_add_cue(nv_lexicon *lex, const char *word, size_t len,
							   nv_lang langs, nv_act act);
void		nv_lexicon_free(nv_lexicon *lex);

uint32_t	nv_lexicon_actor_count(const nv_lexicon *lex);
const nv_actor *nv_lexicon_actor(const nv_lexicon *lex, uint32_t index);
/* Index of the actor with this id, or -1. */
int32_t		nv_lexicon_find_actor(const nv_lexicon *lex, const char *id);

/*
 * Sets token->word_id for every token (once per document).  The document
 * then points into the lexicon (document.lexicon_starts): a lexicon is
 * built whole before any document is mapped to it, and outlives them.
 */
void		nv_lexicon_map_tokens(const nv_lexicon *lex, nv_document *doc);

/*
 * Puts the word lists' vocabulary into the lexicon's, so that nv_map_tokens
 * gives a token both its ids with one lookup.  Call once, after building.
 */
void		nv_lexicon_add_wordlists(nv_lexicon *lex, const nv_wordlists *lists);

/*
 * nv_wordlists_map_tokens and nv_lexicon_map_tokens in one pass, one lookup
 * per token when the lexicon holds these lists (else the two passes).
 */
void		nv_map_tokens(const nv_lexicon *lex, const nv_wordlists *lists, nv_document *doc);

/*
 * nv_map_tokens a window at a time (with lex NULL, nv_wordlists_map_tokens):
 * nv_map_tokens_begin attaches the document, each nv_map_tokens_until maps
 * the tokens added since the last, and nv_map_tokens_end sets
 * doc->token_marks.  tokens_expected sizes the marks (they grow past it).
 */
typedef struct nv_token_mapper
{
	const nv_lexicon *lex;		/* NULL: the word lists' ids alone */
	const nv_wordlists *lists;
	uint8_t    *marks;			/* NV_MARK_*, when lex holds lists */
	size_t		capacity;		/* of marks */
	uint32_t	next;			/* the next token to map */
} nv_token_mapper;

void		nv_map_tokens_begin(nv_token_mapper *m, const nv_lexicon *lex, const nv_wordlists *lists,
								nv_document *doc, size_t tokens_expected);
void		nv_map_tokens_until(nv_token_mapper *m, nv_document *doc);
void		nv_map_tokens_end(nv_token_mapper *m, nv_document *doc);

typedef struct nv_lexicon_match
{
	uint32_t	end_token;		/* one past the match */
	int32_t		actor;			/* alias: actor index; cue: -1 */
	int32_t		act;			/* cue: nv_act; alias: -1 */
	uint8_t		form;			/* cue: NV_FORM_* of the matched form */
} nv_lexicon_match;

enum
{
	NV_STARTS_ALIAS = 1 << 0,
	NV_STARTS_CUE = 1 << 1
};

/*
 * What a token may start (document.token_marks), one byte a token that
 * nv_map_tokens copies from the token's vocabulary slot, where the lexicon
 * keeps it: a stage after the few tokens that may start what it parses
 * jumps from one to the next, eight tokens a load (nv_next_marked), where
 * reading each token's ids and then the tables they index costs a dozen
 * instructions a token.  A bit says "may": the stage still tests the
 * token.  Set only where one lookup gave both ids (the lexicon holds the
 * lists); a document mapped otherwise has none, and the stages read the
 * ids.
 */
enum
{
	/* the bits of NV_STARTS_*: the lexicon sets the two at once */
	NV_MARK_ALIAS = NV_STARTS_ALIAS,	/* its word starts an alias */
	NV_MARK_CUE = NV_STARTS_CUE,	/* its word starts a cue */
	NV_MARK_TIMEX = 1 << 2,		/* led by an ASCII digit (every number), or
								 * its word starts a timex-list entry */
	NV_MARK_ROLE = 1 << 3,		/* its word starts a role-list entry */
	NV_MARK_ALLEGATION = 1 << 4,	/* its word starts an entry of the lists
									 * of NV_ALLEGATION_LISTS */
	NV_MARK_CAPITALIZED = 1 << 5,	/* the token, not its word: a word with a
									 * capital first letter */
	NV_MARK_OUTLET_VERB = 1 << 6	/* its word starts an attribution-list
									 * entry of class outlet_verb, which the
									 * quote stage looks for beside the cues */
};

/* The lists whose entries' first words NV_MARK_ALLEGATION marks: the acts,
 * charges and hedges the allegations stage looks for. */
#define NV_ALLEGATION_LISTS ((1u << NV_LIST_ACT) | (1u << NV_LIST_CHARGE) | (1u << NV_LIST_HEDGE))

/*
 * On a document of more than NV_PREFETCH_TOKENS tokens (some 6 MB of text,
 * a token array of 20 MB, past a shared cache), the scan asks for the
 * tokens NV_STREAM_AHEAD on (all of them, a cache line at a time) as it
 * reads each eight marks.  The stages read the tokens at and around each
 * marked one as soon as the scan returns it, and on a long document each
 * such read missed the cache and waited on memory; a scan goes through the
 * document in order, so the tokens it streams ahead are those its caller
 * reads next.  Asking only for the marked tokens, 64 on, did as well for
 * the marked ones but left their neighbours to miss: streaming all took
 * the mention stage of the 10 MB bench document 0.84 of the time in the
 * CLI, the time expressions 0.88, the quotes 0.91, the allegations 0.93.
 * Where the tokens
 * fit the shared cache, the asking cost more than it saved: from 2^17
 * tokens on, quotes() of the 1 MB bench document (180,000 tokens) took
 * 1.14 times as long.
 */
#define NV_PREFETCH_TOKENS (1u << 20)
#define NV_STREAM_AHEAD 1024

/* Whether the stages ask for what they will read ahead of reading it:
 * on a document of more than NV_PREFETCH_TOKENS tokens. */
static inline bool
nv_prefetches(const nv_document *doc)
{
	return doc->token_count > NV_PREFETCH_TOKENS;
}

/* Asks for the eight tokens from i on (160 bytes: three or four lines).
 * Inlined always: a function of prefetches alone is, to gcc, one with no
 * effect, and a call to it was dropped. */
static inline __attribute__((always_inline)) void
nv_prefetch_eight(const nv_document *doc, uint32_t i)
{
	if (i + 8 <= doc->token_count)
	{
		const char *first = (const char *) &doc->tokens[i];

		__builtin_prefetch(first);
		__builtin_prefetch(first + 64);
		__builtin_prefetch(first + 128);
		__builtin_prefetch(first + 8 * sizeof(nv_token) - 1);
	}
}

/*
 * The first token from i on, before `end`, with a mark of `marks`
 * (NV_MARK_*), or `end`; on a document with token_marks.  Eight marks are
 * read as one integer, and the zero bytes past the last token end the
 * scan.  A caller asking within a span bounds the scan by it: a mark may
 * not come again for the rest of the document.
 */
static inline uint32_t
nv_next_marked_before(const nv_document *doc, uint32_t i, uint32_t end, unsigned marks)
{
	const uint64_t repeated = (uint64_t) (uint8_t) marks * 0x0101010101010101ULL;
	const bool	prefetch = nv_prefetches(doc);

	for (; i < end; i += 8)
	{
		uint64_t	eight;

		if (prefetch)
			nv_prefetch_eight(doc, i + NV_STREAM_AHEAD);
		memcpy(&eight, doc->token_marks + i, 8);
		if ((eight &= repeated) == 0)
			continue;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		i += (uint32_t) __builtin_ctzll(eight) / 8;
#else
		while (!(doc->token_marks[i] & marks))
			i++;
#endif
		return i < end ? i : end;
	}
	return end;
}

/* The first token from i on with a mark of `marks`, or the token count. */
static inline uint32_t
nv_next_marked(const nv_document *doc, uint32_t i, unsigned marks)
{
	return nv_next_marked_before(doc, i, doc->token_count, marks);
}

bool		nv_lexicon_match_find(const nv_lexicon *lex, const nv_document *doc,
								  uint32_t i, bool want_cue, nv_lexicon_match *match);

/*
 * The longest alias from token i with token `edited`, a word the
 * vocabulary lacks, read as one letter off a word it has ("Korea
 * Selatam", "Denis Mantrurov"); false when none reaches past `edited` or
 * two actors would.
 */
bool		nv_lexicon_match_edited(const nv_lexicon *lex, const nv_document *doc, uint32_t i,
									uint32_t edited, nv_lexicon_match *match);

/*
 * The longest alias from token i with tokens i and i + 1, glued in the
 * text ("TribunNews"), read as the one word they make ("tribunnews"), as
 * an alias may be written; false when none.
 */
bool		nv_lexicon_match_joined(const nv_lexicon *lex, const nv_document *doc, uint32_t i,
									nv_lexicon_match *match);

/*
 * The longest alias (want_cue false) or cue (true) starting at token i.
 * Every stage asks at every word, and most words start neither: on a
 * document mapped to this lexicon that answer is given inline.
 */
static inline bool
nv_lexicon_match_longest(const nv_lexicon *lex, const nv_document *doc, uint32_t i,
						 bool want_cue, nv_lexicon_match *match)
{
	if (i < doc->token_count && doc->lexicon == lex &&
		!(doc->lexicon_starts[doc->tokens[i].word_id] & (want_cue ? NV_STARTS_CUE : NV_STARTS_ALIAS)))
		return false;
	return nv_lexicon_match_find(lex, doc, i, want_cue, match);
}

/* ---- mentions ------------------------------------------------------------ */

typedef struct nv_mention
{
	uint32_t	first_token;
	uint32_t	end_token;
	uint32_t	start;			/* byte span */
	uint32_t	end;
	int32_t		actor;			/* lexicon actor index, or -1 (derived) */
	uint8_t		kind;			/* nv_actor_kind: a byte, so that as_place
								 * fits beside it and a mention takes 56
								 * bytes, not 64 (a 100 MB document has two
								 * million) */
	bool		as_place;		/* a country or body of states named as a
								 * place ("perang di Ukraina"), found once
								 * by the mention stage for every stage */
	const char *id;				/* actor id (derived: P.given-family) */
	const char *name;			/* canonical name, or the name as written */
	const char *country;		/* NULL when none */
	const char *role;			/* role phrase as written, or NULL */
} nv_mention;

typedef struct nv_mention_result
{
	nv_mention *mentions;		/* in text order, never overlapping */
	uint32_t	count;
	uint64_t   *covered;		/* a bit per token: inside some mention */
	uint64_t   *starts;			/* a bit per token: some mention's first */
	uint32_t   *block_first;	/* per 64 tokens: the first mention ending in or after them */
	uint32_t	token_count;
} nv_mention_result;

/*
 * The set bits of x.  Without -mpopcnt (the x86-64 baseline has no such
 * instruction) __builtin_popcountll is a call into libgcc, 0.65% of
 * allegations() over real text: the same arithmetic inline.
 */
static inline uint32_t
nv_popcount64(uint64_t x)
{
#ifdef __POPCNT__
	return (uint32_t) __builtin_popcountll(x);
#else
	x -= (x >> 1) & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
	return (uint32_t) ((x * 0x0101010101010101ULL) >> 56);
#endif
}

/*
 * The mentions are found by counting, not by a walk: from the first
 * mention ending in or after token i's block of 64, the mentions that
 * start in the block before i are the bits of `starts` below it, and the
 * first one counts once more if it started before the block.  (A walk
 * over the block's mentions missed its end at nearly every call.)
 */
static inline uint32_t
nv_mention_block_count(const nv_mention_result *mentions, uint32_t i, uint64_t below)
{
	uint32_t	block = i / 64;
	uint32_t	k = mentions->block_first[block];

	return k + nv_popcount64(mentions->starts[block] & below) +
		(mentions->mentions[k].first_token < block * 64);
}

/* The mention covering token i, or NULL: a bit test, then a count of the
 * mentions before it in its block. */
static inline const nv_mention *
nv_mention_at(const nv_mention_result *mentions, uint32_t i)
{
	if (i >= mentions->token_count || !((mentions->covered[i / 64] >> (i % 64)) & 1))
		return NULL;
	/* the starts up to i, less one: the mention covering i starts there
	 * (or is the one that started before the block) */
	return &mentions->mentions[nv_mention_block_count(mentions, i, ~0ULL >> (63 - i % 64)) - 1];
}

/* Index of the first mention starting at or after token i, or `count`
 * when none: a stage visiting the mentions of a span reads them from
 * there, not its tokens. */
static inline uint32_t
nv_mention_first_from(const nv_mention_result *mentions, uint32_t i)
{
	if (i >= mentions->token_count || mentions->block_first[i / 64] >= mentions->count)
		return mentions->count;
	/* the mentions starting before i */
	return nv_mention_block_count(mentions, i, ((uint64_t) 1 << (i % 64)) - 1);
}

void		nv_find_mentions(const nv_document *doc, const nv_lexicon *lex,
							 const nv_wordlists *lists, nv_mention_result *out);

/* ---- quotes ---------------------------------------------------------------- */

/*
 * Quote marks paired by context, not by glyph: a mark after white space
 * (or at a line start) and before a word opens, one glued to a word and
 * followed by space or punctuation closes, so ”…" and "…” pair as editors
 * leave them, and marks inside words (Jum'at, Seoul’s, 5'11") are none.
 * An unclosed quote stops at the end of its line.
 */
typedef struct nv_quote_span
{
	uint32_t	open_token;		/* the opening mark */
	uint32_t	close_token;	/* the closing mark, or UINT32_MAX */
	uint32_t	first_token;	/* content tokens [first, end) */
	uint32_t	end_token;
} nv_quote_span;

typedef struct nv_quote_span_result
{
	nv_quote_span *spans;		/* top-level quotes in text order */
	uint32_t	count;
} nv_quote_span_result;

void		nv_find_quote_spans(const nv_document *doc, nv_quote_span_result *out);

typedef enum nv_quote_kind
{
	NV_QUOTE_DIRECT = 0,
	NV_QUOTE_PARTIAL,
	NV_QUOTE_INDIRECT
} nv_quote_kind;

const char *nv_quote_kind_name(nv_quote_kind kind);

typedef struct nv_quote
{
	nv_quote_kind kind;
	uint32_t	start;			/* the quoted or reported content (bytes) */
	uint32_t	end;
	uint32_t	sentence;		/* index of the sentence it starts in */
	uint32_t	cue_start;		/* cue word span; equal when none */
	uint32_t	cue_end;
	int32_t		act;			/* the cue's nv_act, -1 without a cue */
	uint32_t	speaker_start;	/* speaker as written; equal when none */
	uint32_t	speaker_end;
	const char *speaker_actor;	/* resolved actor id, or NULL */
	const char *speaker_country;
	const char *speaker_role;	/* role phrase, or NULL */
	const char *via;			/* media actor id, or NULL */
	bool		has_said_on;
	nv_timex	said_on;
	uint32_t	said_on_timex;	/* index into the timex result */
} nv_quote;

typedef struct nv_quote_result
{
	nv_quote   *quotes;
	uint32_t	count;
} nv_quote_result;

void		nv_find_quotes(const nv_document *doc, const nv_lexicon *lex,
						   const nv_wordlists *lists, const nv_mention_result *mentions,
						   const nv_timex_result *timexes, nv_quote_result *out);

/* ---- allegations ----------------------------------------------------------- */

typedef enum nv_charge
{
	NV_CHARGE_ARMS_TRANSFER = 0,
	NV_CHARGE_SANCTIONS_VIOLATION,
	NV_CHARGE_TROOP_DEPLOYMENT,
	NV_CHARGE_TECHNOLOGY_TRANSFER,
	NV_CHARGE_NUCLEAR_MISSILE,
	NV_CHARGE_OTHER
} nv_charge;

const char *nv_charge_name(nv_charge charge);

typedef struct nv_allegation
{
	const char *accuser;		/* actor id, or NULL (an unsourced report) */
	const char *accuser_country;
	nv_act		act;
	const char *accused;		/* actor id, or NULL */
	const char *accused_country;
	nv_charge	charge;
	bool		hedged;
	bool		has_said_on;
	nv_timex	said_on;
	bool		has_about;
	nv_timex	about;
	uint32_t	start;			/* the claim: the clause that carries it */
	uint32_t	end;
	uint32_t	sentence;
} nv_allegation;

typedef struct nv_allegation_result
{
	nv_allegation *allegations;
	uint32_t	count;
} nv_allegation_result;

void		nv_find_allegations(const nv_document *doc, const nv_lexicon *lex,
								const nv_wordlists *lists, const nv_mention_result *mentions,
								const nv_timex_result *timexes, const nv_quote_result *quotes,
								nv_allegation_result *out);

#endif							/* NARRATIVE_H */
