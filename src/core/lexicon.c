/*
 * lexicon.c — the compiled lexicon: actors, and one automaton over the
 * folded tokens of every alias and cue word.
 *
 * Aliases and cues are tokenised and folded exactly as document text is,
 * and each folded token gets a vocabulary id.  The automaton is a trie over
 * those ids (edges in one hash table keyed by node and id), so matching at
 * a token walks at most as many steps as the longest alias, whatever the
 * lexicon's size, and the longest match wins.
 *
 * Case rules keep common words apart from names: an alias written in
 * capitals (AS, US, PBB) matches only text in capitals, and an alias that
 * starts with a capital (Turkey, Barat, Chad) matches only text that does.
 *
 * A cue word is a root or a lemma: its inflected forms (morphology.c) are
 * put in the trie beside it, each with its form flags, so a document token
 * is still looked up once.  Forms of different entries may meet at one
 * node (a form listed and a form derived, or the forms of two roots): the
 * cue payloads of a node are kept in one fixed order, listed before
 * derived, then the shorter root, then the act, so the same rows give the
 * same lexicon whatever order they come in.
 */
#include <string.h>

#include "narrative.h"

enum
{
	PAYLOAD_ACRONYM = 1 << 0,	/* all letters upper case */
	PAYLOAD_CAPITALIZED = 1 << 1,	/* first letter upper case */
	PAYLOAD_DERIVED = 1 << 2	/* cue: a form made from the root listed */
};

#define PAYLOAD_CASE (PAYLOAD_ACRONYM | PAYLOAD_CAPITALIZED)

typedef struct payload
{
	int32_t		actor;			/* alias: actor index, else -1 */
	int32_t		act;			/* cue: nv_act, else -1 */
	uint8_t		langs;
	uint8_t		flags;			/* PAYLOAD_* */
	uint8_t		form;			/* cue: NV_FORM_* */
	uint8_t		root_len;		/* derived cue: its root's length (at most 255) */
	uint32_t	next;			/* next payload of the node, 0 = none */
} payload;

/*
 * A node of the trie: what a match asks of it together, in one cache line
 * (held in two arrays, they missed the cache twice a node).
 */
typedef struct trie_node
{
	uint64_t	child_words;	/* bit (id % 64) of each word an edge leaves
								 * it by */
	uint32_t	payload;		/* first payload, 0 = none */
} trie_node;

/* A node's place in the tree: the word of the edge into it, its first
 * child and its next sibling (0: none). */
typedef struct node_link
{
	uint32_t	word;
	uint32_t	first_child;
	uint32_t	next_sibling;
} node_link;

typedef struct edge
{
	uint64_t	key;			/* parent node << 32 | word id; 0 = empty */
	uint32_t	child;
} edge;

/*
 * The vocabulary holds the folded tokens of every alias and cue (each with
 * an id) and, once nv_lexicon_add_wordlists has run, those of the word
 * lists too (each with its word-list id; id 0 when no alias or cue has
 * it), so one probe per document token gives both ids.
 */
typedef struct word_slot
{
	uint64_t	head;			/* nv_word_hash's head */
	uint32_t	id:24;			/* lexicon id, 0 when only a list has it */
	uint32_t	marks:8;		/* NV_MARK_* of the word (document.token_marks) */
	uint16_t	list_word;		/* word-list id, 0 when no list has it */
	uint16_t	len_1;			/* the word's length + 1; 0 = empty slot */
} word_slot;

/* 16-byte slots keep the table, probed once per document token, small
 * enough to stay in cache; the bytes past a word's head are in word_text,
 * read only to tell apart long words with the same head and length. */
#define WORD_LEN_MAX (UINT16_MAX - 1)

typedef struct actor_slot
{
	const char *id;
	int32_t		index;
} actor_slot;

struct nv_lexicon
{
	nv_arena	arena;
	nv_vec		actors;			/* nv_actor */
	actor_slot *actor_index;
	size_t		actor_index_size;

	word_slot  *words;			/* vocabulary: folded token -> ids */
	const char **word_text;		/* per slot: the word */
	size_t		words_size;
	size_t		slots_used;
	uint32_t	word_count;
	const nv_wordlists *lists;	/* whose ids the vocabulary holds, or NULL */

	edge	   *edges;
	size_t		edges_size;
	size_t		edge_count;
	uint32_t	node_count;		/* node 0 is the root */
	nv_vec		root_child;		/* uint32_t per word id: the root's child, or 0 */
	nv_vec		starts;			/* uint8_t per word id: document.lexicon_starts */
	nv_vec		nodes;			/* trie_node per node */
	nv_vec		payloads;		/* payload; index 0 unused */
	/* read only to spell a misspelt word (nv_lexicon_match_edited), so
	 * kept apart from what every match reads */
	nv_vec		links;			/* node_link per node */
	nv_vec		word_texts;		/* const char * per word id: the word */
};

static uint64_t
hash64(const char *s, size_t len)
{
	uint64_t	h = 1469598103934665603ull;

	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	return x;
}

static const char *const kind_names[] = {"person", "organization", "country", "igo", "media", "place"};
static const char *const act_names[] = {"say", "accuse", "condemn", "deny", "confirm", "warn", "sanction"};

int
nv_actor_kind_from_name(const char *name)
{
	for (int k = 0; k < 6; k++)
		if (strcmp(name, kind_names[k]) == 0)
			return k;
	return -1;
}

const char *
nv_actor_kind_name(nv_actor_kind kind)
{
	return kind_names[kind];
}

int
nv_act_from_name(const char *name)
{
	for (int k = 0; k < 7; k++)
		if (strcmp(name, act_names[k]) == 0)
			return k;
	return -1;
}

const char *
nv_act_name(nv_act act)
{
	return act_names[act];
}

nv_lexicon *
nv_lexicon_create(const nv_allocator *allocator)
{
	nv_arena	arena;
	nv_lexicon *lex;

	nv_arena_init(&arena, allocator);
	lex = nv_arena_zalloc(&arena, sizeof(nv_lexicon));
	lex->arena = arena;
	lex->actor_index_size = 1024;
	lex->actor_index = nv_arena_zalloc(&lex->arena, lex->actor_index_size * sizeof(actor_slot));
	lex->words_size = 4096;
	lex->words = nv_arena_zalloc(&lex->arena, lex->words_size * sizeof(word_slot));
	lex->word_text = nv_arena_zalloc(&lex->arena, lex->words_size * sizeof(const char *));
	lex->edges_size = 8192;
	lex->edges = nv_arena_zalloc(&lex->arena, lex->edges_size * sizeof(edge));
	(void) NV_VEC_PUSH(&lex->arena, &lex->starts, uint8_t);	/* word 0: starts nothing */
	lex->node_count = 1;
	*NV_VEC_PUSH(&lex->arena, &lex->nodes, trie_node) = (trie_node) {0};
	*NV_VEC_PUSH(&lex->arena, &lex->links, node_link) = (node_link) {0};
	*NV_VEC_PUSH(&lex->arena, &lex->word_texts, const char *) = NULL;
	(void) NV_VEC_PUSH(&lex->arena, &lex->payloads, payload);
	return lex;
}

void
nv_lexicon_free(nv_lexicon *lex)
{
	nv_arena	arena = lex->arena;

	/* the lexicon itself lives in its arena */
	nv_arena_free_all(&arena);
}

/* ---- actors -------------------------------------------------------------- */

static void
actor_index_put(nv_lexicon *lex, const char *id, int32_t index)
{
	size_t		mask = lex->actor_index_size - 1;
	size_t		at = hash64(id, strlen(id)) & mask;

	while (lex->actor_index[at].id)
		at = (at + 1) & mask;
	lex->actor_index[at].id = id;
	lex->actor_index[at].index = index;
}

int32_t
nv_lexicon_find_actor(const nv_lexicon *lex, const char *id)
{
	size_t		mask = lex->actor_index_size - 1;
	size_t		at = hash64(id, strlen(id)) & mask;

	while (lex->actor_index[at].id)
	{
		if (strcmp(lex->actor_index[at].id, id) == 0)
			return lex->actor_index[at].index;
		at = (at + 1) & mask;
	}
	return -1;
}

bool
nv_lexicon_add_actor(nv_lexicon *lex, const char *id, const char *name,
					 const char *kind, const char *country)
{
	int			kind_code = nv_actor_kind_from_name(kind);
	nv_actor   *actor;

	if (kind_code < 0 || nv_lexicon_find_actor(lex, id) >= 0)
		return false;
	/* keep the index at most half full */
	if ((lex->actors.count + 1) * 2 > lex->actor_index_size)
	{
		actor_slot *old = lex->actor_index;
		size_t		old_size = lex->actor_index_size;

		lex->actor_index_size *= 2;
		lex->actor_index = nv_arena_zalloc(&lex->arena, lex->actor_index_size * sizeof(actor_slot));
		for (size_t k = 0; k < old_size; k++)
			if (old[k].id)
				actor_index_put(lex, old[k].id, old[k].index);
	}
	actor = NV_VEC_PUSH(&lex->arena, &lex->actors, nv_actor);
	actor->id = nv_arena_strndup(&lex->arena, id, strlen(id));
	actor->name = nv_arena_strndup(&lex->arena, name, strlen(name));
	actor->country = country ? nv_arena_strndup(&lex->arena, country, strlen(country)) : NULL;
	actor->kind = (nv_actor_kind) kind_code;
	actor_index_put(lex, actor->id, (int32_t) (lex->actors.count - 1));
	return true;
}

uint32_t
nv_lexicon_actor_count(const nv_lexicon *lex)
{
	return (uint32_t) lex->actors.count;
}

const nv_actor *
nv_lexicon_actor(const nv_lexicon *lex, uint32_t index)
{
	return &NV_VEC_AT(lex->actors, nv_actor, index);
}

/* ---- vocabulary ---------------------------------------------------------- */

/* Out of line: met about once a word past eight bytes, inlined it would
 * cost the probe loop its registers. */
static __attribute__((noinline)) bool
word_tail_equal(const char *table_word, const char *word, size_t len)
{
	return memcmp(table_word + 8, word + 8, len - 8) == 0;
}

/*
 * The vocabulary table as a probe reads it.  The token loop copies it to
 * locals once a document: read through the lexicon, the compiler must load
 * it again for every token, as the token stores might change it.
 */
typedef struct word_table
{
	const word_slot *words;
	const char *const *word_text;
	size_t		mask;
} word_table;

static inline word_table
lexicon_word_table(const nv_lexicon *lex)
{
	word_table	table = {lex->words, lex->word_text, lex->words_size - 1};

	return table;
}

/*
 * The slot of the folded word with this hash and head (nv_word_hash), or
 * NULL.  Words of up to eight bytes, four document tokens in five, are
 * told apart by head and length alone; inlined into the token loop, the
 * probe keeps its registers.
 */
static inline __attribute__((always_inline)) const word_slot *
word_slot_probe(word_table table, uint32_t hash, uint64_t head, const char *word, size_t len)
{
	for (size_t at = hash & table.mask; table.words[at].len_1; at = (at + 1) & table.mask)
		if (table.words[at].head == head && table.words[at].len_1 == len + 1 &&
			(len <= 8 || word_tail_equal(table.word_text[at], word, len)))
			return &table.words[at];
	return NULL;
}

static const word_slot *
word_slot_find(const nv_lexicon *lex, const char *word, size_t len)
{
	uint64_t	head;
	uint32_t	hash;

	if (len > WORD_LEN_MAX)
		return NULL;			/* no such word is kept */
	hash = nv_word_hash(word, len, &head);
	return word_slot_probe(lexicon_word_table(lex), hash, head, word, len);
}

/*
 * word_slot_find for a document token's folded form, `readable` bytes from
 * it to the end of its buffer: where the buffer allows, a word under
 * sixteen bytes (nearly all) is hashed by whole loads (narrative.h) and
 * probed inline.
 */
static inline __attribute__((always_inline)) const word_slot *
token_slot_find(const nv_lexicon *lex, word_table table, const char *fold, size_t len,
				size_t readable)
{
	uint64_t	head;
	uint32_t	hash;

	/* a probe each, inlined: the one for short words needs no memcmp */
	if (NV_SHORT_WORD_LOAD && len < 8 && readable >= 8)
	{
		hash = nv_short_word_hash(fold, len, &head);
		return word_slot_probe(table, hash, head, fold, len);
	}
	if (NV_SHORT_WORD_LOAD && len < 16 && readable >= 16)
	{
		hash = nv_medium_word_hash(fold, len, &head);
		return word_slot_probe(table, hash, head, fold, len);
	}
	return word_slot_find(lex, fold, len);
}

static uint32_t
word_lookup(const nv_lexicon *lex, const char *word, size_t len)
{
	const word_slot *slot = word_slot_find(lex, word, len);

	return slot ? slot->id : 0;
}

/* Puts a new word (a copy the table keeps) into a free slot. */
static word_slot *
word_put(nv_lexicon *lex, const char *word, size_t len)
{
	size_t		mask = lex->words_size - 1;
	uint64_t	head;
	size_t		at = nv_word_hash(word, len, &head) & mask;

	while (lex->words[at].len_1)
		at = (at + 1) & mask;
	lex->words[at].head = head;
	lex->words[at].len_1 = (uint16_t) (len + 1);
	lex->word_text[at] = word;
	return &lex->words[at];
}

/*
 * The marks a word has by its first byte alone: led by a digit (a number,
 * or a word such as "1990s", whose fold keeps the digit), a token of it
 * may start a time expression, in the vocabulary or not.
 */
static inline uint8_t
digit_marks(const char *fold, size_t len)
{
	return len > 0 && (unsigned char) (fold[0] - '0') < 10 ? NV_MARK_TIMEX : 0;
}

/* The slot of a folded word, added (with no ids) when missing, or NULL for
 * a word too long to keep.  The table is kept at most a quarter full (512
 * KB for the built-in lexicon and lists, in the second-level cache): half
 * full, more document tokens' probes went on past their first slot, and
 * the probe's branches missed 207,000 times over the corpus five times
 * over, against 177,000. */
static word_slot *
word_slot_add(nv_lexicon *lex, const char *word, size_t len)
{
	word_slot  *slot = (word_slot *) word_slot_find(lex, word, len);

	if (slot || len > WORD_LEN_MAX)
		return slot;
	if ((lex->slots_used + 1) * 4 > lex->words_size)
	{
		word_slot  *old = lex->words;
		const char **old_text = lex->word_text;
		size_t		old_size = lex->words_size;

		lex->words_size *= 2;
		lex->words = nv_arena_zalloc(&lex->arena, lex->words_size * sizeof(word_slot));
		lex->word_text = nv_arena_zalloc(&lex->arena, lex->words_size * sizeof(const char *));
		for (size_t k = 0; k < old_size; k++)
			if (old[k].len_1)
				*word_put(lex, old_text[k], old[k].len_1 - 1u) = old[k];
	}
	lex->slots_used++;
	slot = word_put(lex, nv_arena_strndup(&lex->arena, word, len), len);
	slot->marks = digit_marks(word, len);
	return slot;
}

static uint32_t
word_intern(nv_lexicon *lex, const char *word, size_t len)
{
	word_slot  *slot = (word_slot *) word_slot_find(lex, word, len);

	if (slot && slot->id)
		return slot->id;
	if (lex->word_count >= NV_WORD_ID_MAX)
		return 0;				/* a token's word_id has 23 bits */
	if (!slot && (slot = word_slot_add(lex, word, len)) == NULL)
		return 0;				/* longer than any token's folded form */
	slot->id = ++lex->word_count;
	*NV_VEC_PUSH(&lex->arena, &lex->word_texts, const char *) = lex->word_text[slot - lex->words];
	while (lex->root_child.count <= slot->id)
		*NV_VEC_PUSH(&lex->arena, &lex->root_child, uint32_t) = 0;
	while (lex->starts.count <= slot->id)
		*NV_VEC_PUSH(&lex->arena, &lex->starts, uint8_t) = 0;
	return slot->id;
}

void
nv_lexicon_add_wordlists(nv_lexicon *lex, const nv_wordlists *lists)
{
	uint32_t	size = nv_wordlists_vocab_size(lists);
	int			outlet_verb = nv_class_id("outlet_verb");

	for (uint32_t id = 1; id < size; id++)
	{
		size_t		len;
		const char *word = nv_wordlists_vocab_word(lists, id, &len);

		word_slot  *slot = word_slot_add(lex, word, len);
		uint32_t	starts = nv_wordlists_vocab_starts(lists, id);

		if (slot)
		{
			slot->list_word = (uint16_t) id;
			if (starts & (1u << NV_LIST_TIMEX))
				slot->marks |= NV_MARK_TIMEX;
			if (starts & (1u << NV_LIST_ROLE))
				slot->marks |= NV_MARK_ROLE;
			if (starts & NV_ALLEGATION_LISTS)
				slot->marks |= NV_MARK_ALLEGATION;
			if ((starts & (1u << NV_LIST_ATTRIBUTION)) &&
				nv_wordlists_vocab_starts_class(lists, id, outlet_verb))
				slot->marks |= NV_MARK_OUTLET_VERB;
		}
	}
	lex->lists = lists;
}

/* ---- the trie ------------------------------------------------------------ */

static inline uint32_t
edge_lookup(const nv_lexicon *lex, uint32_t node, uint32_t word)
{
	uint64_t	key = ((uint64_t) node << 32) | word;
	size_t		mask = lex->edges_size - 1;
	size_t		at = mix64(key) & mask;

	while (lex->edges[at].key)
	{
		if (lex->edges[at].key == key)
			return lex->edges[at].child;
		at = (at + 1) & mask;
	}
	return 0;
}

static void
edge_put(nv_lexicon *lex, uint64_t key, uint32_t child)
{
	size_t		mask = lex->edges_size - 1;
	size_t		at = mix64(key) & mask;

	while (lex->edges[at].key)
		at = (at + 1) & mask;
	lex->edges[at].key = key;
	lex->edges[at].child = child;
}

static uint32_t
edge_child(nv_lexicon *lex, uint32_t node, uint32_t word)
{
	uint32_t	child = edge_lookup(lex, node, word);

	if (child)
		return child;
	if ((lex->edge_count + 1) * 2 > lex->edges_size)
	{
		edge	   *old = lex->edges;
		size_t		old_size = lex->edges_size;

		lex->edges_size *= 2;
		lex->edges = nv_arena_zalloc(&lex->arena, lex->edges_size * sizeof(edge));
		for (size_t k = 0; k < old_size; k++)
			if (old[k].key)
				edge_put(lex, old[k].key, old[k].child);
	}
	child = lex->node_count++;
	*NV_VEC_PUSH(&lex->arena, &lex->nodes, trie_node) = (trie_node) {0};
	*NV_VEC_PUSH(&lex->arena, &lex->links, node_link) =
		(node_link) {word, 0, NV_VEC_AT(lex->links, node_link, node).first_child};
	NV_VEC_AT(lex->links, node_link, node).first_child = child;
	NV_VEC_AT(lex->nodes, trie_node, node).child_words |= (uint64_t) 1 << (word % 64);
	edge_put(lex, ((uint64_t) node << 32) | word, child);
	lex->edge_count++;
	if (node == 0)
		NV_VEC_AT(lex->root_child, uint32_t, word) = child;
	return child;
}

/* Whether a document's case rules and languages that fit one payload fit
 * the other: then only the better of the two can ever match. */
static bool
same_fit(const payload *a, const payload *b)
{
	return a->langs == b->langs && (a->flags & PAYLOAD_CASE) == (b->flags & PAYLOAD_CASE);
}

/* The order of a node's cue payloads: listed before derived, then the
 * shorter root, then the act; the rest only makes the order total. */
static int
cue_rank_compare(const payload *a, const payload *b)
{
	int			a_derived = (a->flags & PAYLOAD_DERIVED) != 0;
	int			b_derived = (b->flags & PAYLOAD_DERIVED) != 0;

	if (a_derived != b_derived)
		return a_derived - b_derived;
	if (a->root_len != b->root_len)
		return a->root_len < b->root_len ? -1 : 1;
	if (a->act != b->act)
		return a->act < b->act ? -1 : 1;
	if (a->form != b->form)
		return a->form < b->form ? -1 : 1;
	if (a->langs != b->langs)
		return a->langs < b->langs ? -1 : 1;
	if (a->flags != b->flags)
		return a->flags < b->flags ? -1 : 1;
	return 0;
}

/*
 * Adds a payload to a node.  An alias goes first in the node's list.  A cue
 * goes in rank order among the node's cues (nv_lexicon_match_find takes
 * the first that fits); one that fits the same documents as a better cue
 * of the node is dropped, and a worse one it outranks is unlinked.
 */
static void
payload_put(nv_lexicon *lex, uint32_t node, const payload *add)
{
	uint32_t	index;
	payload    *all;
	uint32_t   *link;

	if (add->act >= 0)
	{
		all = lex->payloads.items;
		for (link = &NV_VEC_AT(lex->nodes, trie_node, node).payload; *link;)
		{
			payload    *p = &all[*link];

			if (p->act >= 0 && same_fit(p, add))
			{
				if (cue_rank_compare(p, add) <= 0)
					return;
				*link = p->next;
				continue;
			}
			link = &p->next;
		}
	}
	*NV_VEC_PUSH(&lex->arena, &lex->payloads, payload) = *add;
	index = (uint32_t) (lex->payloads.count - 1);
	all = lex->payloads.items;
	link = &NV_VEC_AT(lex->nodes, trie_node, node).payload;
	if (add->act >= 0)
		while (*link && !(all[*link].act >= 0 && cue_rank_compare(add, &all[*link]) < 0))
			link = &all[*link].next;
	all[index].next = *link;
	*link = index;
}

/* The case flags of a tokenised entry (for the rule in the file's head). */
static uint8_t
case_flags(const nv_document *phrase)
{
	int			letters = 0;
	int			upper = 0;
	uint8_t		flags = 0;

	for (uint32_t i = 0; i < phrase->token_count; i++)
		if (phrase->tokens[i].kind == NV_TOKEN_WORD)
		{
			/* count letters by the token's flags: enough for the rule */
			letters++;
			if (phrase->tokens[i].flags & NV_TOKEN_ALL_CAPS)
				upper++;
			else if ((phrase->tokens[i].flags & NV_TOKEN_CAPITALIZED) &&
					 phrase->tokens[i].end - phrase->tokens[i].start == 1)
				upper++;		/* a single capital, as in U.S. */
		}
	if (letters > 0 && upper == letters)
		flags |= PAYLOAD_ACRONYM;
	if (phrase->tokens[0].flags & NV_TOKEN_CAPITALIZED)
		flags |= PAYLOAD_CAPITALIZED;
	return flags;
}

/* The trie node of a tokenised entry's folded tokens, made as needed; 0
 * when a word cannot be kept (the vocabulary is full, or it is too long). */
static uint32_t
entry_node(nv_lexicon *lex, const nv_document *phrase)
{
	uint32_t	node = 0;
	uint32_t	first_word = 0;

	for (uint32_t i = 0; i < phrase->token_count; i++)
	{
		size_t		flen;
		const char *fold = nv_token_fold(phrase, i, &flen);
		uint32_t	word = word_intern(lex, fold, flen);

		if (word == 0)
			return 0;
		if (i == 0)
			first_word = word;
		node = edge_child(lex, node, word);
	}
	return first_word ? node : 0;
}

/* Marks a folded word as one an alias or a cue starts with (`start`,
 * NV_STARTS_*): in document.lexicon_starts, and in its slot, whence
 * nv_map_tokens copies it to document.token_marks. */
static void
mark_word_start(nv_lexicon *lex, const char *fold, size_t len, uint8_t start)
{
	word_slot  *slot = (word_slot *) word_slot_find(lex, fold, len);

	NV_VEC_AT(lex->starts, uint8_t, slot ? slot->id : 0) |= start;
	if (slot)
		slot->marks |= start;
}

/* Marks an entry's first word as one an alias or a cue starts with. */
static void
mark_start(nv_lexicon *lex, const nv_document *phrase, bool cue)
{
	size_t		flen;
	const char *fold = nv_token_fold(phrase, 0, &flen);

	mark_word_start(lex, fold, flen, cue ? NV_STARTS_CUE : NV_STARTS_ALIAS);
}

static bool
add_entry(nv_lexicon *lex, const char *text, size_t len, nv_lang langs, int32_t actor, int32_t act)
{
	nv_arena	scratch;
	nv_document phrase = {0};
	payload		p = {0};
	uint32_t	node;

	nv_arena_init(&scratch, lex->arena.allocator);
	nv_tokenize(&phrase, &scratch, text, len);
	if (phrase.token_count == 0 || (node = entry_node(lex, &phrase)) == 0)
	{
		nv_arena_free_all(&scratch);
		return false;
	}
	p.actor = actor;
	p.act = act;
	p.langs = (uint8_t) langs;
	p.flags = case_flags(&phrase);
	mark_start(lex, &phrase, actor < 0);
	payload_put(lex, node, &p);
	/* "detikNews" is split as text is ("detik" "News"); the same words
	 * written as one ("Detiknews") are the entry too */
	if (phrase.glued_count > 0)
	{
		char	   *joined = nv_arena_alloc(&scratch, len);

		memcpy(joined, text, len);
		for (uint32_t g = 0; g < phrase.glued_count; g++)
			joined[phrase.tokens[phrase.glued[g]].start] += 'a' - 'A';
		(void) add_entry(lex, joined, len, langs, actor, act);
	}
	nv_arena_free_all(&scratch);
	return true;
}

bool
nv_lexicon_add_alias(nv_lexicon *lex, const char *alias, size_t len, nv_lang langs,
					 const char *actor_id)
{
	int32_t		actor = nv_lexicon_find_actor(lex, actor_id);

	return actor >= 0 && add_entry(lex, alias, len, langs, actor, -1);
}

/* What the forms of one cue entry share, for add_cue_form. */
typedef struct cue_forms
{
	nv_lexicon *lex;
	const char *root;			/* folded */
	size_t		root_len;
	payload		payload;		/* act, language, case flags */
	bool		ok;
} cue_forms;

/* nv_inflection_fn: one form of a one-word cue, a word of its own. */
static void
add_cue_form(void *ctx, const char *form, size_t len, unsigned flags)
{
	cue_forms  *forms = ctx;
	nv_lexicon *lex = forms->lex;
	payload		p = forms->payload;
	uint32_t	word = word_intern(lex, form, len);

	if (word == 0)
	{
		forms->ok = false;
		return;
	}
	p.form = (uint8_t) flags;
	if (len != forms->root_len || memcmp(form, forms->root, len) != 0)
	{
		p.flags |= PAYLOAD_DERIVED;
		p.root_len = (uint8_t) (forms->root_len < 255 ? forms->root_len : 255);
	}
	mark_word_start(lex, form, len, NV_STARTS_CUE);
	payload_put(lex, edge_child(lex, 0, word), &p);
}

bool
nv_lexicon_add_cue(nv_lexicon *lex, const char *word, size_t len, nv_lang langs, nv_act act)
{
	static const nv_lang each[] = {NV_LANG_ID, NV_LANG_EN};
	bool		as_written = len > 0 && word[0] == '=';
	nv_arena	scratch;
	nv_document entry = {0};
	cue_forms	forms = {0};
	size_t		flen;
	const char *fold;

	if (as_written)
	{
		word++;
		len--;
	}
	nv_arena_init(&scratch, lex->arena.allocator);
	nv_tokenize(&entry, &scratch, word, len);
	if (entry.token_count == 0)
	{
		nv_arena_free_all(&scratch);
		return false;
	}
	forms.lex = lex;
	forms.payload.actor = -1;
	forms.payload.act = (int32_t) act;
	forms.payload.flags = case_flags(&entry);
	forms.ok = true;
	fold = nv_token_fold(&entry, 0, &flen);
	if (entry.token_count > 1 || entry.tokens[0].kind != NV_TOKEN_WORD ||
		(langs & NV_LANG_ANY) == 0)
	{
		/* a phrase: its tokens as written, and the voice its first word's
		 * spelling shows ("dikenakan sanksi") */
		uint32_t	node = entry_node(lex, &entry);

		if (node == 0)
			forms.ok = false;
		else
		{
			forms.payload.langs = (uint8_t) langs;
			forms.payload.form = (uint8_t) (nv_form_flags(fold, flen, langs & NV_LANG_ID ? NV_LANG_ID : NV_LANG_EN) &
											 (entry.token_count > 1 ? NV_FORM_PASSIVE : ~0u));
			/* "terkena sanksi": a phrase whose head is ter- is undergone */
			if (entry.token_count > 1 && (langs & NV_LANG_ID) && flen > 6 && memcmp(fold, "ter", 3) == 0)
				forms.payload.form |= NV_FORM_PASSIVE;
			mark_start(lex, &entry, true);
			payload_put(lex, node, &forms.payload);
		}
		nv_arena_free_all(&scratch);
		return forms.ok;
	}
	forms.root = fold;
	forms.root_len = flen;
	/* an entry for both languages takes each language's rules */
	for (int k = 0; k < 2; k++)
		if (langs & each[k])
		{
			forms.payload.langs = (uint8_t) each[k];
			if (as_written)
				nv_inflect_as_written(fold, flen, each[k], add_cue_form, &forms);
			else
				nv_inflect(fold, flen, each[k], act != NV_ACT_SAY, add_cue_form, &forms);
		}
	nv_arena_free_all(&scratch);
	return forms.ok;
}

/* ---- matching ------------------------------------------------------------ */

/* Records that doc's word ids are this lexicon's. */
static void
lexicon_attach(const nv_lexicon *lex, nv_document *doc)
{
	doc->lexicon = lex;
	doc->lexicon_starts = lex->starts.items;
	doc->token_marks = NULL;	/* until nv_map_tokens sets them anew */
}

/* The lexicon's word ids of tokens [from, doc->token_count). */
static void
lexicon_map_tokens_from(const nv_lexicon *lex, nv_document *doc, uint32_t from)
{
	for (uint32_t i = from; i < doc->token_count; i++)
	{
		size_t		len;
		const char *fold = nv_token_fold(doc, i, &len);

		if ((i & 0xFFFF) == 0)
			nv_check_interrupts();
		doc->tokens[i].word_id = word_lookup(lex, fold, len);
	}
}

void
nv_lexicon_map_tokens(const nv_lexicon *lex, nv_document *doc)
{
	lexicon_map_tokens_from(lex, doc, 0);
	lexicon_attach(lex, doc);
}

/*
 * The first of the last tokens whose folded form has fewer than sixteen
 * bytes readable after it, in the text or in doc->folded: before it every
 * token may be read by whole loads unchecked.  Tokens are in text order and
 * their folded forms back to back, so the tokens with too few bytes after
 * them in either buffer are a tail of the array.
 */
static uint32_t
tokens_near_buffer_end(const nv_document *doc)
{
	uint32_t	first = doc->token_count;
	bool		folded_far = doc->folded_len == 0;	/* a later folded form
													 * is far enough from
													 * the end, or none is */

	while (first > 0)
	{
		const nv_token *tok = &doc->tokens[first - 1];
		bool		text_far = (size_t) tok->start + 16 <= doc->len;

		if (tok->fold != NV_FOLD_IN_TEXT)
			folded_far = (size_t) tok->fold + 16 <= doc->folded_len;
		if (text_far && folded_far)
			break;
		first--;
	}
	return first;
}

/* Sets one token's word ids and returns its marks; `near_end` when it may
 * lie within sixteen bytes of its buffer's end (tokens_near_buffer_end). */
static inline __attribute__((always_inline)) uint8_t
map_token(const nv_lexicon *lex, word_table table, nv_token *tok, const char *text, size_t text_len,
		  const char *folded, size_t folded_len, bool near_end)
{
	size_t		len = tok->fold_len;
	const char *fold;
	size_t		readable;		/* bytes from fold to the end of its buffer */
	const word_slot *slot;

	if (near_end)
	{
		bool		in_text = tok->fold == NV_FOLD_IN_TEXT;

		fold = in_text ? text + tok->start : folded + tok->fold;
		readable = in_text ? text_len - tok->start : folded_len - tok->fold;
	}
	else
	{
		/*
		 * Which buffer holds the fold is a word's capital, at random: a
		 * branch on it missed one time in three, so a mask picks it.
		 */
		uintptr_t	in_text = -(uintptr_t) (tok->fold == NV_FOLD_IN_TEXT);

		fold = (const char *) ((((uintptr_t) text + tok->start) & in_text) |
							   (((uintptr_t) folded + tok->fold) & ~in_text));
		readable = 16;			/* or more */
	}
	slot = token_slot_find(lex, table, fold, len, readable);
	if (slot == NULL)
	{
		tok->word_id = 0;
		tok->list_word = 0;
		return digit_marks(fold, len);
	}
	tok->word_id = slot->id;
	tok->list_word = slot->list_word;
	return slot->marks;
}

/* NV_MARK_CAPITALIZED of a token, by arithmetic: a capital falls at random. */
static inline uint8_t
capital_mark(const nv_token *tok)
{
	return (uint8_t) ((((tok->flags & NV_TOKEN_CAPITALIZED) != 0) & (tok->kind == NV_TOKEN_WORD)) *
					  NV_MARK_CAPITALIZED);
}

void
nv_map_tokens_begin(nv_token_mapper *m, const nv_lexicon *lex, const nv_wordlists *lists,
					nv_document *doc, size_t tokens_expected)
{
	memset(m, 0, sizeof(*m));
	m->lex = lex;
	m->lists = lists;
	nv_wordlists_attach(lists, doc);
	if (lex == NULL)
		return;
	lexicon_attach(lex, doc);
	if (lex->lists == lists)
	{
		m->capacity = tokens_expected + 8;
		m->marks = nv_arena_alloc(doc->arena, m->capacity);
	}
}

void
nv_map_tokens_until(nv_token_mapper *m, nv_document *doc)
{
	const nv_lexicon *lex = m->lex;
	/* in locals: stores to the tokens might change *doc or *lex for all
	 * the compiler knows, which would reload these each token */
	nv_token   *tokens = doc->tokens;
	uint32_t	count = doc->token_count;
	const char *text = doc->text;
	size_t		text_len = doc->len;
	const char *folded = doc->folded;
	size_t		folded_len = doc->folded_len;
	word_table	table;
	uint32_t	near_end;
	uint8_t    *marks;

	if (m->marks == NULL)
	{
		nv_wordlists_map_tokens_from(m->lists, doc, m->next);
		if (lex != NULL)
			lexicon_map_tokens_from(lex, doc, m->next);
		m->next = count;
		return;
	}
	if ((size_t) count + 8 > m->capacity)
	{
		size_t		capacity = 2 * m->capacity > (size_t) count + 8 ? 2 * m->capacity : (size_t) count + 8;
		uint8_t    *grown = nv_arena_alloc(doc->arena, capacity);

		memcpy(grown, m->marks, m->next);
		m->marks = grown;
		m->capacity = capacity;
	}
	marks = m->marks;
	table = lexicon_word_table(lex);
	/* near the end of the text or of the folded forms so far */
	near_end = tokens_near_buffer_end(doc);
	/* an interrupt is looked for every 65536 tokens, outside the loop */
	for (uint32_t from = m->next; from < count; from += 0x10000)
	{
		uint32_t	end = count - from > 0x10000 ? from + 0x10000 : count;
		uint32_t	i = from;

		nv_check_interrupts();
		for (; i < end && i < near_end; i++)
			marks[i] = map_token(lex, table, &tokens[i], text, text_len, folded, folded_len, false) |
				capital_mark(&tokens[i]);
		for (; i < end; i++)
			marks[i] = map_token(lex, table, &tokens[i], text, text_len, folded, folded_len, true) |
				capital_mark(&tokens[i]);
	}
	m->next = count;
}

void
nv_map_tokens_end(nv_token_mapper *m, nv_document *doc)
{
	if (m->marks == NULL)
		return;
	memset(m->marks + doc->token_count, 0, 8);
	doc->token_marks = m->marks;
}

void
nv_map_tokens(const nv_lexicon *lex, const nv_wordlists *lists, nv_document *doc)
{
	nv_token_mapper m;

	nv_map_tokens_begin(&m, lex, lists, doc, doc->token_count);
	nv_map_tokens_until(&m, doc);
	nv_map_tokens_end(&m, doc);
}

/* Whether the document's tokens [first, end) satisfy a payload's case rule.
 * (Inlined into the walk, as it was with the walk's one caller.) */
static inline __attribute__((always_inline)) bool
case_fits(const nv_document *doc, uint32_t first, uint32_t end, uint8_t flags)
{
	if ((flags & PAYLOAD_CAPITALIZED) &&
		!(doc->tokens[first].flags & (NV_TOKEN_CAPITALIZED | NV_TOKEN_ALL_CAPS)))
		return false;
	if (flags & PAYLOAD_ACRONYM)
		for (uint32_t k = first; k < end; k++)
		{
			const nv_token *tok = &doc->tokens[k];

			if (tok->kind != NV_TOKEN_WORD)
				continue;
			if (!(tok->flags & NV_TOKEN_ALL_CAPS) &&
				!((tok->flags & NV_TOKEN_CAPITALIZED) && tok->end - tok->start == 1))
				return false;
		}
	return true;
}

/* Whether token i, hyphened to the word before, repeats that word's end:
 * an Indonesian reduplication ("disebut-sebut", rumoured; "sebut-sebut"),
 * whose second half is no speech act of its own. */
static bool
reduplicates(const nv_document *doc, uint32_t i)
{
	size_t		len;
	size_t		before_len;
	const char *fold;
	const char *before;

	if (i == 0 || !(doc->tokens[i].flags & NV_TOKEN_HYPHEN_BEFORE))
		return false;
	fold = nv_token_fold(doc, i, &len);
	before = nv_token_fold(doc, i - 1, &before_len);
	return before_len >= len && memcmp(before + before_len - len, fold, len) == 0;
}

/*
 * The longest entry from token i, as nv_lexicon_match_find, with the
 * vocabulary word `edited_word` read for token `edited` (UINT32_MAX: no
 * token); with `joined`, that word is read for tokens i and i + 1
 * together (edited is i).  Inlined into each caller, so the plain walk
 * tests nothing more.
 */
static inline __attribute__((always_inline)) bool
match_walk(const nv_lexicon *lex, const nv_document *doc, uint32_t i, bool want_cue,
		   uint32_t edited, uint32_t edited_word, bool joined, nv_lexicon_match *match)
{
	uint32_t	node = 0;
	bool		found = false;

	for (uint32_t k = i; k < doc->token_count; k++)
	{
		uint32_t	word = k == edited ? edited_word : doc->tokens[k].word_id;

		if (word == 0 || (k > i && (doc->tokens[k].flags & NV_TOKEN_NEWLINE_BEFORE)))
			break;
		/* most edge lookups would fail (a leaf, or no edge by this word):
		 * the node's word bits say so first */
		if (k > i && !((NV_VEC_AT(lex->nodes, trie_node, node).child_words >> (word % 64)) & 1))
			break;
		/* every token is a match's first word somewhere: the root's edges
		 * are an array */
		node = k == i ? NV_VEC_AT(lex->root_child, uint32_t, word) : edge_lookup(lex, node, word);
		if (node == 0)
			break;
		if (joined && k == i)
			k++;				/* the word was two tokens */
		for (uint32_t p = NV_VEC_AT(lex->nodes, trie_node, node).payload; p;
			 p = NV_VEC_AT(lex->payloads, payload, p).next)
		{
			const payload *pl = &NV_VEC_AT(lex->payloads, payload, p);

			if ((pl->langs & doc->lang) == 0 || (want_cue ? pl->act < 0 : pl->actor < 0) ||
				!case_fits(doc, i, k + 1, pl->flags))
				continue;
			match->end_token = k + 1;
			match->actor = pl->actor;
			match->act = pl->act;
			match->form = pl->form;
			found = true;
			break;
		}
	}
	/* most matches are aliases: the cue's test comes last */
	return found && !(want_cue && reduplicates(doc, i));
}

bool
nv_lexicon_match_find(const nv_lexicon *lex, const nv_document *doc, uint32_t i,
					  bool want_cue, nv_lexicon_match *match)
{
	return match_walk(lex, doc, i, want_cue, UINT32_MAX, 0, false, match);
}

/* A misspelt word is read from six letters: shorter names differ by one
 * letter too often ("Jun", "Jung"). */
#define EDITED_WORD_MIN 6

/*
 * Whether a[0, alen) and b[0, blen) are one edit apart: a letter
 * replaced, added or dropped, or two next to each other swapped.
 */
static bool
one_edit_apart(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		head = 0;
	size_t		tail = 0;

	if (alen > blen + 1 || blen > alen + 1)
		return false;
	while (head < alen && head < blen && a[head] == b[head])
		head++;
	while (tail < alen - head && tail < blen - head && a[alen - 1 - tail] == b[blen - 1 - tail])
		tail++;
	/* what differs, between the common head and tail */
	if (alen == blen && alen - head - tail == 2)
		return a[head] == b[head + 1] && a[head + 1] == b[head];
	return alen - head - tail <= 1 && blen - head - tail <= 1 && (alen != blen || head + tail < alen);
}

/*
 * An alias from token i whose token `edited` the text misspells by one
 * letter: the words that may follow tokens [i, edited) in some alias, one
 * edit from that token's folded form, each tried in its place.  The
 * tree's children of that point are few, so this costs a walk and a
 * handful of compares.
 */
bool
nv_lexicon_match_edited(const nv_lexicon *lex, const nv_document *doc, uint32_t i,
						uint32_t edited, nv_lexicon_match *match)
{
	size_t		len;
	const char *fold;
	uint32_t	node = 0;
	bool		found = false;

	if (edited <= i || edited >= doc->token_count)
		return false;
	fold = nv_token_fold(doc, edited, &len);
	if (len < EDITED_WORD_MIN || (doc->tokens[edited].flags & NV_TOKEN_NEWLINE_BEFORE))
		return false;
	for (uint32_t k = i; k < edited; k++)
	{
		uint32_t	word = doc->tokens[k].word_id;

		if (word == 0 || (k > i && (doc->tokens[k].flags & NV_TOKEN_NEWLINE_BEFORE)))
			return false;
		node = k == i ? NV_VEC_AT(lex->root_child, uint32_t, word) : edge_lookup(lex, node, word);
		if (node == 0)
			return false;
	}
	for (uint32_t child = NV_VEC_AT(lex->links, node_link, node).first_child; child;
		 child = NV_VEC_AT(lex->links, node_link, child).next_sibling)
	{
		uint32_t	word = NV_VEC_AT(lex->links, node_link, child).word;
		const char *text = NV_VEC_AT(lex->word_texts, const char *, word);
		nv_lexicon_match m;

		if (!one_edit_apart(fold, len, text, strlen(text)) ||
			!match_walk(lex, doc, i, false, edited, word, false, &m) || m.end_token <= edited)
			continue;
		if (found && m.actor != match->actor)
			return false;		/* two actors: no plain reading */
		if (!found || m.end_token > match->end_token)
			*match = m;
		found = true;
	}
	return found;
}

/* The longest joined word nv_lexicon_match_joined looks up. */
#define JOINED_WORD_MAX 64

bool
nv_lexicon_match_joined(const nv_lexicon *lex, const nv_document *doc, uint32_t i,
						nv_lexicon_match *match)
{
	size_t		first_len;
	size_t		second_len;
	const char *first;
	const char *second;
	char		word[JOINED_WORD_MAX];
	uint32_t	id;

	if (i + 1 >= doc->token_count)
		return false;
	first = nv_token_fold(doc, i, &first_len);
	second = nv_token_fold(doc, i + 1, &second_len);
	if (first_len + second_len > JOINED_WORD_MAX)
		return false;
	memcpy(word, first, first_len);
	memcpy(word + first_len, second, second_len);
	if ((id = word_lookup(lex, word, first_len + second_len)) == 0)
		return false;
	return match_walk(lex, doc, i, false, i, id, true, match);
}
