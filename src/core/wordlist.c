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
	int16_t		class_id;
	uint16_t   *words;			/* vocabulary ids of the phrase's tokens */
	struct word_node *next;		/* next entry of its list with the same first word */
} word_node;

/*
 * Every distinct folded token of every list is a vocabulary word with a
 * small id.  A document's tokens are mapped to those ids once
 * (nv_wordlists_map_tokens), so a lookup is an array index and phrase
 * matching compares integers; a token in no list (most of them) is
 * rejected at once.
 */
typedef struct vocab_word
{
	uint64_t	head;			/* nv_word_hash's head */
	const char *fold;
	uint32_t	len;
	/* the entries of each list that start with it, in file order */
	word_node  *first[NV_LIST_COUNT];
} vocab_word;

/*
 * An entry as lookups scan it: what decides most matches, so that a scan
 * over the entries of a common first word (role has dozens starting with
 * "menteri") reads one small array instead of following a chain of nodes.
 */
typedef struct entry_ref
{
	const word_node *node;		/* NULL ends the run */
	int16_t		class_id;
	uint8_t		langs;
	uint8_t		word_count;		/* as the entry's, at most 255 */
	uint16_t	second;			/* a phrase's second word, else 0 */
} entry_ref;

#define VOCAB_SLOTS (1u << 14)	/* open addressing, kept under half full */
#define VOCAB_MAX (VOCAB_SLOTS / 2)

struct nv_wordlists
{
	nv_arena	arena;
	nv_vec		words;			/* vocab_word by id; [0] is "in no list" */
	uint16_t   *slots;			/* vocabulary id, or 0 for an empty slot */
	uint32_t   *starts;			/* per vocabulary id: document.list_starts */
	uint64_t   *class_starts;	/* per vocabulary id: document.class_starts */
	/* every chain of `first` as a run of refs ended by a NULL node, and
	 * per list and vocabulary id where its run starts (0: none); small
	 * arrays, so a lookup touches little memory */
	struct entry_ref *refs;
	uint32_t   *ref_at[NV_LIST_COUNT];
};

static const char *const list_names[NV_LIST_COUNT] = {
	[NV_LIST_ABBREV] = "abbrev",
	[NV_LIST_ACT] = "act",
	[NV_LIST_ANAPHOR] = "anaphor",
	[NV_LIST_ATTRIBUTION] = "attribution",
	[NV_LIST_BOILERPLATE] = "boilerplate",
	[NV_LIST_CHARGE] = "charge",
	[NV_LIST_HEDGE] = "hedge",
	[NV_LIST_LANG] = "lang",
	[NV_LIST_ROLE] = "role",
	[NV_LIST_TIMEX] = "timex",
};

/* the lists' bits, the stop-word bits and the one-word bits above them
 * fit list_starts */
typedef char nv_lists_fit[NV_LIST_COUNT <= NV_STOP_WORD_BIT &&
						  NV_STOP_WORD_BIT + 2 <= NV_LIST_SINGLE ? 1 : -1];

const char *
nv_list_name(nv_list list)
{
	return list_names[list];
}

/*
 * Class names are interned: entries keep small ids, and a lookup turns its
 * name (a literal at every call site) into an id once, through a table
 * keyed by the pointer (nv_class_id), so matching compares integers.
 */
#define MAX_NAMES 256

static const char *interned[MAX_NAMES];
static int	interned_count;

static int
intern_name(const char *name)
{
	for (int k = 0; k < interned_count; k++)
		if (strcmp(interned[k], name) == 0)
			return k;
	if (interned_count == MAX_NAMES)
		abort();				/* the built-in data has a few dozen */
	interned[interned_count] = name;	/* lives as long as the lists */
	return interned_count++;
}

nv_class_slot nv_class_cache[NV_CLASS_CACHE];

int
nv_class_id_slow(const char *name)
{
	size_t		at = nv_class_slot_of(name);

	while (nv_class_cache[at].name && nv_class_cache[at].name != name)
		at = (at + 1) & (NV_CLASS_CACHE - 1);
	if (nv_class_cache[at].name == NULL)
	{
		/* once per name a process: the first letters before strcmp, as
		 * most of the names differ there */
		nv_class_cache[at].id = -1;
		for (int k = 0; k < interned_count; k++)
			if (interned[k][0] == name[0] && strcmp(interned[k], name) == 0)
				nv_class_cache[at].id = k;
		nv_class_cache[at].name = name;
	}
	return nv_class_cache[at].id;
}

/* The vocabulary id of a folded form, or 0 when no list has it. */
static uint32_t
vocab_find(const nv_wordlists *lists, const char *fold, size_t len)
{
	uint64_t	head;

	for (uint32_t at = nv_word_hash(fold, len, &head) & (VOCAB_SLOTS - 1);; at = (at + 1) & (VOCAB_SLOTS - 1))
	{
		uint32_t	id = lists->slots[at];
		const vocab_word *w = &NV_VEC_AT(lists->words, vocab_word, id);

		if (id == 0)
			return 0;
		if (nv_word_equal(w->head, w->fold, w->len, head, fold, len))
			return id;
	}
}

static uint32_t
vocab_add(nv_wordlists *lists, const char *fold, size_t len)
{
	uint32_t	id = vocab_find(lists, fold, len);
	uint32_t	at;
	vocab_word *w;

	if (id != 0)
		return id;
	if (lists->words.count >= VOCAB_MAX)
		abort();				/* the built-in lists hold under 2,000 words */
	id = (uint32_t) lists->words.count;
	w = NV_VEC_PUSH(&lists->arena, &lists->words, vocab_word);
	w->fold = nv_arena_strndup(&lists->arena, fold, len);
	w->len = (uint32_t) len;
	for (at = nv_word_hash(fold, len, &w->head) & (VOCAB_SLOTS - 1); lists->slots[at];
		 at = (at + 1) & (VOCAB_SLOTS - 1))
		;
	lists->slots[at] = (uint16_t) id;
	return id;
}

uint32_t
nv_wordlists_vocab_size(const nv_wordlists *lists)
{
	return (uint32_t) lists->words.count;
}

const char *
nv_wordlists_vocab_word(const nv_wordlists *lists, uint32_t id, size_t *len)
{
	const vocab_word *w = &NV_VEC_AT(lists->words, vocab_word, id);

	*len = w->len;
	return w->fold;
}

uint32_t
nv_wordlists_vocab_starts(const nv_wordlists *lists, uint32_t id)
{
	return lists->starts[id];
}

bool
nv_wordlists_vocab_starts_class(const nv_wordlists *lists, uint32_t id, int class_id)
{
	return class_id >= 0 && nv_class_bit_test(&lists->class_starts[id * NV_CLASS_WORDS], class_id);
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

/* One entry: the word or phrase `text`, its languages, class and value. */
static void
add_entry(nv_wordlists *lists, nv_list list, const char *text, size_t len, nv_lang langs,
		  const char *class_name, size_t class_len, const char *value, size_t value_len)
{
	word_node  *node;
	nv_document phrase;
	word_node **chain;

	node = nv_arena_zalloc(&lists->arena, sizeof(word_node));
	memset(&phrase, 0, sizeof(phrase));
	nv_tokenize(&phrase, &lists->arena, text, len);
	if (phrase.token_count == 0)
		return;
	node->words = nv_arena_alloc(&lists->arena, phrase.token_count * sizeof(uint16_t));
	for (uint32_t i = 0; i < phrase.token_count; i++)
	{
		size_t		flen;
		const char *f = nv_token_fold(&phrase, i, &flen);

		node->words[i] = (uint16_t) vocab_add(lists, f, flen);
	}
	node->entry.list = list_names[list];
	node->entry.word = nv_fold(&lists->arena, text, len, &(size_t) {0});
	node->entry.langs = langs;
	node->entry.class_name = nv_arena_strndup(&lists->arena, class_name, class_len);
	node->entry.value = nv_arena_strndup(&lists->arena, value, value_len);
	node->entry.number = atoi(node->entry.value);
	node->entry.word_count = (uint8_t) (phrase.token_count > 255 ? 255 : phrase.token_count);
	node->class_id = (int16_t) intern_name(node->entry.class_name);

	/* keep file order among the entries of one first word: append */
	for (chain = &NV_VEC_AT(lists->words, vocab_word, node->words[0]).first[list]; *chain;
		 chain = &(*chain)->next)
		;
	*chain = node;
}

/* What a root entry's inflections are added with. */
typedef struct root_entry
{
	nv_wordlists *lists;
	nv_list		list;
	nv_lang		langs;
	const char *class_name;
	size_t		class_len;
	const char *value;
	size_t		value_len;
} root_entry;

/*
 * One inflection of a root entry.  A word list takes the forms and their
 * -nya, not the particles (-lah, -kah, -pun) or the possessives (-ku,
 * -mu): "pengirimannya" names the conduct, "kirimlah" is a command.
 */
static void
add_root_form(void *ctx, const char *form, size_t len, unsigned flags)
{
	const root_entry *root = ctx;

	if (flags & NV_FORM_PARTICLE)
		return;
	add_entry(root->lists, root->list, form, len, root->langs, root->class_name, root->class_len,
			  root->value, root->value_len);
}

/*
 * A line of a data/builtin file: phrase, lang, class[, value].  A phrase
 * written "~root" (one word, lang id or en) stands for every inflection of
 * the root (src/core/morphology.c): "~kirim" gives mengirim, dikirim,
 * mengirimkan, kiriman, pengiriman...; "~violate" gives violates, violated,
 * violating.
 */
static void
add_line(nv_wordlists *lists, nv_list list, const char *line, size_t len)
{
	const char *field[4] = {0};
	size_t		field_len[4] = {0};
	int			n = 0;
	const char *p = line;
	const char *end = line + len;
	nv_lang		langs;

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
	langs = lang_field(field[1], field_len[1]);
	if (field[0][0] == '~' && (langs == NV_LANG_ID || langs == NV_LANG_EN))
	{
		root_entry	root = {lists, list, langs, field[2], field_len[2], n > 3 ? field[3] : "",
		n > 3 ? field_len[3] : 0};
		char		folded[NV_INFLECT_ROOT_MAX + 1];
		size_t		flen = field_len[0] - 1;

		if (flen == 0 || flen > NV_INFLECT_ROOT_MAX)
			return;
		for (size_t k = 0; k < flen; k++)
			folded[k] = (char) (field[0][k + 1] >= 'A' && field[0][k + 1] <= 'Z' ? field[0][k + 1] + 32 : field[0][k + 1]);
		nv_inflect(folded, flen, langs, true, add_root_form, &root);
		return;
	}
	add_entry(lists, list, field[0], field_len[0], langs, field[2], field_len[2],
			  n > 3 ? field[3] : "", n > 3 ? field_len[3] : 0);
}

/*
 * Puts a run of refs in order of their second word, single words (0)
 * first, keeping the order of those with the same: a lookup stops at the
 * first phrase whose second word is past the text's, and the ref it
 * finds is the one it found in the order the entries came, as two
 * entries matching the same words share their second word.  (An
 * insertion sort: a run holds a few refs.)
 */
static void
sort_run_by_second(entry_ref *run, size_t count)
{
	for (size_t k = 1; k < count; k++)
	{
		entry_ref	moved = run[k];
		size_t		j = k;

		for (; j > 0 && run[j - 1].second > moved.second; j--)
			run[j] = run[j - 1];
		run[j] = moved;
	}
}

/* The stop-word bits (NV_STOP_WORD_BIT) an entry gives its first word. */
static uint32_t
stop_word_bits(int list, const word_node *node)
{
	if (list != NV_LIST_LANG || node->entry.word_count != 1 || node->class_id != nv_class_id("stop"))
		return 0;
	return ((node->entry.langs & NV_LANG_ID) ? 1u << NV_STOP_WORD_BIT : 0) |
		((node->entry.langs & NV_LANG_EN) ? 1u << (NV_STOP_WORD_BIT + 1) : 0);
}

/* The refs of every (word, list) chain, in one array, and the words' bits. */
static void
build_refs(nv_wordlists *lists)
{
	size_t		total = 1;		/* refs[0]: the end of no run */
	entry_ref  *ref;

	for (size_t w = 1; w < lists->words.count; w++)
		for (int list = 0; list < NV_LIST_COUNT; list++)
		{
			const word_node *node = NV_VEC_AT(lists->words, vocab_word, w).first[list];

			for (; node; node = node->next)
				total++;
			total += NV_VEC_AT(lists->words, vocab_word, w).first[list] != NULL;
		}
	lists->refs = nv_arena_zalloc(&lists->arena, total * sizeof(entry_ref));
	ref = lists->refs + 1;
	lists->starts = nv_arena_zalloc(&lists->arena, lists->words.count * sizeof(uint32_t));
	lists->class_starts = nv_arena_zalloc(&lists->arena, lists->words.count * NV_CLASS_WORDS * sizeof(uint64_t));
	for (int list = 0; list < NV_LIST_COUNT; list++)
		lists->ref_at[list] = nv_arena_zalloc(&lists->arena, lists->words.count * sizeof(uint32_t));
	for (size_t w = 1; w < lists->words.count; w++)
	{
		vocab_word *vw = &NV_VEC_AT(lists->words, vocab_word, w);

		for (int list = 0; list < NV_LIST_COUNT; list++)
		{
			entry_ref  *run = ref;

			if (vw->first[list] == NULL)
				continue;
			lists->ref_at[list][w] = (uint32_t) (ref - lists->refs);
			for (const word_node *node = vw->first[list]; node; node = node->next, ref++)
			{
				ref->node = node;
				ref->class_id = node->class_id;
				ref->langs = (uint8_t) node->entry.langs;
				ref->word_count = node->entry.word_count;
				ref->second = node->entry.word_count > 1 ? node->words[1] : 0;
				lists->starts[w] |= (1u << list) |
					(node->entry.word_count == 1 ? 1u << (NV_LIST_SINGLE + list) : 0) |
					stop_word_bits(list, node);
				nv_class_bit_set(&lists->class_starts[w * NV_CLASS_WORDS], node->class_id);
			}
			sort_run_by_second(run, (size_t) (ref - run));
			ref++;				/* the run's end: a zeroed ref */
		}
	}
}

static nv_wordlists *
build_builtin(void)
{
	nv_wordlists *lists = calloc(1, sizeof(nv_wordlists));

	if (lists == NULL)
		abort();
	nv_arena_init(&lists->arena, &nv_malloc_allocator);
	NV_VEC_PUSH(&lists->arena, &lists->words, vocab_word);	/* id 0: in no list */
	lists->slots = nv_arena_zalloc(&lists->arena, VOCAB_SLOTS * sizeof(uint16_t));

	for (const nv_builtin_file *f = nv_builtin_files; f->name; f++)
	{
		const char *p = f->text;
		const char *end = f->text + f->len;
		int			list = 0;

		while (list < NV_LIST_COUNT && strcmp(list_names[list], f->name) != 0)
			list++;
		if (list == NV_LIST_COUNT)
			abort();			/* a new file in data/builtin needs its nv_list */
		while (p < end)
		{
			const char *nl = memchr(p, '\n', (size_t) (end - p));
			size_t		len = (size_t) ((nl ? nl : end) - p);

			if (len > 0 && p[0] != '#')
				add_line(lists, (nv_list) list, p, len);
			p = nl ? nl + 1 : end;
		}
	}
	build_refs(lists);
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
ref_fits(const entry_ref *ref, int class_id, nv_lang langs)
{
	return (ref->langs & langs) != 0 && (class_id == NV_CLASS_ANY || ref->class_id == class_id);
}

void
nv_wordlists_map_tokens_from(const nv_wordlists *lists, nv_document *doc, uint32_t from)
{
	for (uint32_t i = from; i < doc->token_count; i++)
	{
		size_t		len;
		const char *fold = nv_token_fold(doc, i, &len);

		if ((i & 0xFFFF) == 0)
			nv_check_interrupts();
		doc->tokens[i].list_word = (uint16_t) vocab_find(lists, fold, len);
	}
}

void
nv_wordlists_map_tokens(const nv_wordlists *lists, nv_document *doc)
{
	nv_wordlists_map_tokens_from(lists, doc, 0);
	nv_wordlists_attach(lists, doc);
}

void
nv_wordlists_attach(const nv_wordlists *lists, nv_document *doc)
{
	doc->word_lists = lists;
	doc->list_starts = lists->starts;
	doc->class_starts = lists->class_starts;
	doc->token_marks = NULL;	/* until nv_map_tokens sets them anew */
}

/* The vocabulary id of token i: mapped once per document, else looked up. */
static inline uint32_t
token_word(const nv_wordlists *lists, const nv_document *doc, uint32_t i)
{
	size_t		len;
	const char *fold;

	if (doc->word_lists == lists)
		return doc->tokens[i].list_word;
	fold = nv_token_fold(doc, i, &len);
	return vocab_find(lists, fold, len);
}

/* The entries of list `list` that start with vocabulary word w, or NULL. */
static inline const entry_ref *
list_entries(const nv_wordlists *lists, uint32_t w, nv_list list)
{
	uint32_t	at = lists->ref_at[list][w];

	return at == 0 ? NULL : &lists->refs[at];
}

bool
nv_token_starts_list_find(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
						  nv_list list)
{
	return i < doc->token_count && list_entries(lists, token_word(lists, doc, i), list) != NULL;
}

const nv_word_entry *
nv_word_find(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
			 nv_list list, const char *class_name, nv_lang langs)
{
	const entry_ref *ref;
	int			class_id;

	if (i >= doc->token_count || (ref = list_entries(lists, token_word(lists, doc, i), list)) == NULL)
		return NULL;
	class_id = class_name ? nv_class_id(class_name) : NV_CLASS_ANY;
	/* the single words come first in a run */
	for (; ref->node && ref->word_count == 1; ref++)
		if (ref_fits(ref, class_id, langs))
			return &ref->node->entry;
	return NULL;
}

const nv_word_entry *
nv_phrase_find_id(const nv_wordlists *lists, const nv_document *doc, uint32_t i,
				  nv_list list, int class_id)
{
	const entry_ref *ref;
	const entry_ref *best = NULL;
	uint32_t	second = 0;
	bool		has_second;

	if (i >= doc->token_count || (ref = list_entries(lists, token_word(lists, doc, i), list)) == NULL)
		return NULL;
	/* a phrase does not run across a line break */
	has_second = i + 1 < doc->token_count && !(doc->tokens[i + 1].flags & NV_TOKEN_NEWLINE_BEFORE);
	if (has_second)
		second = token_word(lists, doc, i + 1);
	for (; ref->node; ref++)
	{
		uint32_t	k;

		/* the second word first: it turns away most phrases, and the run
		 * is in its order (sort_run_by_second) */
		if (ref->word_count > 1 && (!has_second || ref->second > second))
			break;
		if (ref->word_count > 1 && ref->second != second)
			continue;
		if (!ref_fits(ref, class_id, doc->lang) ||
			i + ref->word_count > doc->token_count ||
			(best && best->word_count >= ref->word_count))
			continue;
		for (k = 2; k < ref->word_count; k++)
		{
			if (doc->tokens[i + k].flags & NV_TOKEN_NEWLINE_BEFORE)
				break;
			if (token_word(lists, doc, i + k) != ref->node->words[k])
				break;
		}
		if (ref->word_count <= 2 || k == ref->word_count)
			best = ref;
	}
	return best ? &best->node->entry : NULL;
}

/*
 * Whether the object of a threat from token `from` is what it endangers,
 * not whom it warns: a word of class "endangered" among the next four
 * ("mengancam keamanan kawasan", "threatens not only the region but
 * global peace"), before any name, mark or word that opens a clause ("to
 * retaliate", "akan membalas", "that").  Such a verb describes a danger
 * and reports no speech.
 */
bool
nv_threat_endangers(const nv_wordlists *lists, const nv_document *doc, uint32_t from)
{
	static const char *const opens[] = {"purpose", "pledge", "that"};

	for (uint32_t k = from; k < doc->token_count && k < from + 4; k++)
	{
		const nv_token *tok = &doc->tokens[k];

		if (tok->kind != NV_TOKEN_WORD || (tok->flags & (NV_TOKEN_CAPITALIZED | NV_TOKEN_ALL_CAPS)))
			return false;
		if (nv_phrase_at(lists, doc, k, NV_LIST_ATTRIBUTION, "endangered"))
			return true;
		for (size_t o = 0; o < sizeof(opens) / sizeof(opens[0]); o++)
			if (nv_phrase_at(lists, doc, k, NV_LIST_ATTRIBUTION, opens[o]))
				return false;
	}
	return false;
}
