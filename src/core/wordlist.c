/*
 * wordlist.c — the built-in word lists, parsed once into a hash table.
 *
 * Each data/builtin/<list>.tsv line is `word<TAB>lang<TAB>class<TAB>value`
 * (lang id, en or *).  Words are folded and tokenised exactly as document
 * text is, so a phrase such as "hari ini" or "according to" matches token
 * by token.  Entries are chained under the folded form of their first
 * token.
 */
#include <stdlib.h>
#include <string.h>

#include "builtin_data.h"
#include "narrative.h"

typedef struct word_node
{
	nv_word_entry entry;
	int16_t		list_id;
	int16_t		class_id;
	const char **tokens;		/* folded forms of the phrase's tokens */
	uint16_t   *token_lens;
	struct word_node *next;		/* same first token */
} word_node;

struct nv_wordlists
{
	nv_arena	arena;
	word_node **buckets;
	size_t		bucket_count;	/* a power of two */
};

#define hash_bytes nv_hash_bytes

/*
 * List and class names are interned: entries keep small ids, and a lookup
 * turns its name (a literal at every call site) into an id once, through
 * a table keyed by the pointer, so matching compares integers.
 */
#define MAX_NAMES 256
#define NAME_CACHE 512

static const char *interned[MAX_NAMES];
static int	interned_count;

static int
intern_name(const char *name)
{
	for (int k = 0; k < interned_count; k++)
		if (strcmp(interned[k], name) == 0)
			return k;
	if (interned_count == MAX_NAMES)
		return -1;
	interned[interned_count] = name;	/* lives as long as the lists */
	return interned_count++;
}

static int
name_id(const char *name)
{
	static const char *seen[NAME_CACHE];
	static int	seen_id[NAME_CACHE];
	size_t		at;

	if (name == NULL)
		return -2;				/* any */
	at = ((uintptr_t) name >> 3) & (NAME_CACHE - 1);
	while (seen[at] && seen[at] != name)
		at = (at + 1) & (NAME_CACHE - 1);
	if (seen[at] == NULL)
	{
		int			id = -1;

		for (int k = 0; k < interned_count; k++)
			if (strcmp(interned[k], name) == 0)
				id = k;
		seen[at] = name;
		seen_id[at] = id;
	}
	return seen_id[at];
}

const nv_builtin_file *
nv_builtin_find(const char *name)
{
	for (const nv_builtin_file *f = nv_builtin_files; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static nv_lang
lang_field(const char *s, size_t len)
{
	if (len == 1 && s[0] == '*')
		return NV_LANG_ANY;
	return nv_lang_from_code(s, len);
}

static void
add_line(nv_wordlists *lists, const char *list, const char *line, size_t len)
{
	const char *field[4] = {0};
	size_t		field_len[4] = {0};
	int			n = 0;
	const char *p = line;
	const char *end = line + len;
	word_node  *node;
	nv_document phrase;
	uint32_t	bucket;

	while (n < 4)
	{
		const char *tab = memchr(p, '\t', (size_t) (end - p));

		field[n] = p;
		field_len[n] = (size_t) ((tab ? tab : end) - p);
		n++;
		if (!tab)
			break;
		p = tab + 1;
	}
	if (n < 3 || field_len[0] == 0)
		return;					/* malformed lines are caught by the data check */

	node = nv_arena_zalloc(&lists->arena, sizeof(word_node));
	memset(&phrase, 0, sizeof(phrase));
	nv_tokenize(&phrase, &lists->arena, field[0], field_len[0]);
	if (phrase.token_count == 0)
		return;
	node->tokens = nv_arena_alloc(&lists->arena, phrase.token_count * sizeof(char *));
	node->token_lens = nv_arena_alloc(&lists->arena, phrase.token_count * sizeof(uint16_t));
	for (uint32_t i = 0; i < phrase.token_count; i++)
	{
		size_t		flen;
		const char *f = nv_token_fold(&phrase, i, &flen);

		node->tokens[i] = nv_arena_strndup(&lists->arena, f, flen);
		node->token_lens[i] = (uint16_t) flen;
	}
	node->entry.list = list;
	node->entry.word = nv_fold(&lists->arena, field[0], field_len[0], &(size_t) {0});
	node->entry.langs = lang_field(field[1], field_len[1]);
	node->entry.class_name = nv_arena_strndup(&lists->arena, field[2], field_len[2]);
	node->entry.value = nv_arena_strndup(&lists->arena, n > 3 ? field[3] : "", n > 3 ? field_len[3] : 0);
	node->entry.number = atoi(node->entry.value);
	node->entry.word_count = (uint8_t) (phrase.token_count > 255 ? 255 : phrase.token_count);
	node->list_id = (int16_t) intern_name(list);
	node->class_id = (int16_t) intern_name(node->entry.class_name);

	bucket = hash_bytes(node->tokens[0], node->token_lens[0]) & (uint32_t) (lists->bucket_count - 1);
	/* keep file order within a chain: append */
	if (lists->buckets[bucket] == NULL)
		lists->buckets[bucket] = node;
	else
	{
		word_node  *tail = lists->buckets[bucket];

		while (tail->next)
			tail = tail->next;
		tail->next = node;
	}
}

static nv_wordlists *
build_builtin(void)
{
	nv_wordlists *lists = calloc(1, sizeof(nv_wordlists));

	if (lists == NULL)
		abort();
	nv_arena_init(&lists->arena, &nv_malloc_allocator);
	lists->bucket_count = 16384;	/* sparse: most words are in no list */
	lists->buckets = nv_arena_zalloc(&lists->arena, lists->bucket_count * sizeof(word_node *));

	for (const nv_builtin_file *f = nv_builtin_files; f->name; f++)
	{
		const char *p = f->text;
		const char *end = f->text + f->len;

		while (p < end)
		{
			const char *nl = memchr(p, '\n', (size_t) (end - p));
			size_t		len = (size_t) ((nl ? nl : end) - p);

			if (len > 0 && p[0] != '#')
				add_line(lists, f->name, p, len);
			p = nl ? nl + 1 : end;
		}
	}
	return lists;
}

const nv_wordlists *
nv_wordlists_builtin(void)
{
	static nv_wordlists *builtin;

	/* Built on first use and kept for the life of the process. */
	if (builtin == NULL)
		builtin = build_builtin();
	return builtin;
}

static bool
entry_fits(const word_node *node, int list_id, int class_id, nv_lang langs)
{
	return (node->entry.langs & langs) != 0 && node->list_id == list_id &&
		(class_id == -2 || node->class_id == class_id);
}

static const nv_word_entry *
word_lookup_hashed(const nv_wordlists *lists, const char *list, const char *class_name,
				   const char *word, size_t len, uint32_t hash, nv_lang langs)
{
	const word_node *node = lists->buckets[hash & (uint32_t) (lists->bucket_count - 1)];
	int			list_id = -3;	/* resolved on the first word that matches */
	int			class_id = -3;

	for (; node; node = node->next)
	{
		if (node->entry.word_count != 1 || node->token_lens[0] != len ||
			memcmp(node->tokens[0], word, len) != 0)
			continue;
		if (list_id == -3)
		{
			list_id = name_id(list);
			class_id = name_id(class_name);
		}
		if (entry_fits(node, list_id, class_id, langs))
			return &node->entry;
	}
	return NULL;
}

const nv_word_entry *
nv_word_lookup(const nv_wordlists *lists, const char *list, const char *class_name,
			   const char *word, size_t len, nv_lang langs)
{
	return word_lookup_hashed(lists, list, class_name, word, len, hash_bytes(word, len), langs);
}

const nv_word_entry *
nv_word_at(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
		   const char *list, const char *class_name)
{
	size_t		len;
	const char *fold;

	if (i >= doc->token_count)
		return NULL;
	fold = nv_token_fold(doc, i, &len);
	return word_lookup_hashed(lists, list, class_name, fold, len, doc->tokens[i].fold_hash, doc->lang);
}

const nv_word_entry *
nv_phrase_at(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
			 const char *list, const char *class_name)
{
	size_t		len;
	const char *fold;
	const word_node *node;
	const word_node *best = NULL;
	int			list_id;
	int			class_id;

	if (i >= doc->token_count)
		return NULL;
	node = lists->buckets[doc->tokens[i].fold_hash & (uint32_t) (lists->bucket_count - 1)];
	if (node == NULL)
		return NULL;
	fold = nv_token_fold(doc, i, &len);
	list_id = class_id = -3;
	for (; node; node = node->next)
	{
		uint32_t	k;

		/* the first token first: it rules out most of a chain */
		if (node->token_lens[0] != len || memcmp(node->tokens[0], fold, len) != 0)
			continue;
		if (list_id == -3)
		{
			list_id = name_id(list);
			class_id = name_id(class_name);
		}
		if (!entry_fits(node, list_id, class_id, doc->lang) ||
			i + node->entry.word_count > doc->token_count ||
			(best && best->entry.word_count >= node->entry.word_count))
			continue;
		for (k = 0; k < node->entry.word_count; k++)
		{
			size_t		tlen;
			const char *t = nv_token_fold(doc, i + k, &tlen);

			/* a phrase does not run across a line break */
			if (k > 0 && (doc->tokens[i + k].flags & NV_TOKEN_NEWLINE_BEFORE))
				break;
			if (tlen != node->token_lens[k] || memcmp(t, node->tokens[k], tlen) != 0)
				break;
		}
		if (k == node->entry.word_count)
			best = node;
	}
	return best ? &best->entry : NULL;
}
