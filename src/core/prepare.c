/*
 * prepare.c — a document made ready for the stages: tokens, their word
 * ids, language, sentences and boilerplate, a window of text at a time.
 *
 * Done one step after the other over a long document, each step read the
 * token array back from memory: 10 MB of text has some 40 MB of tokens,
 * past any cache.  Here each window of some NV_PREPARE_WINDOW bytes, cut
 * at a line break, is tokenized, mapped, split into sentences and read for
 * boilerplate while its tokens are still in the cache.  The cut changes
 * nothing: a line break ends a sentence, a phrase does not run across one,
 * and each step keeps its state from one window to the next, so the
 * result is that of the steps over the whole text (test_prepare.c holds
 * them to it).  The language, when it is not given, is told from the
 * first words (nv_detect_lang_tokens): the windows wait for it.
 */
#include <string.h>

#include "narrative.h"

/*
 * Where the window from `from` ends: at the first line break at least
 * `window` bytes on, or the text's end.
 */
static size_t
window_end(const char *text, size_t len, size_t from, size_t window)
{
	const char *newline;

	if (len - from <= window)
		return len;
	newline = memchr(text + from + window, '\n', len - from - window);
	return newline ? (size_t) (newline - text) : len;
}

/* The language told from the tokens so far: both languages' rules when
 * they leave it undecided. */
static nv_lang
told_lang(const nv_document *doc, const nv_wordlists *lists)
{
	nv_lang		lang = nv_detect_lang_tokens(doc, lists);

	return lang != NV_LANG_NONE ? lang : NV_LANG_ANY;
}

void
nv_prepare_document(nv_document *doc, const nv_preparation *p)
{
	size_t		window = p->window ? p->window : NV_PREPARE_WINDOW;
	nv_tokenizer *t = nv_tokenizer_begin(doc, p->token_arena, p->text, p->len);
	const bool	mapping = p->lex != NULL || p->map_words;
	nv_token_mapper mapper;
	nv_splitter splitter = {0};
	nv_boilerplate_marker marker = {0};
	bool		lang_known = p->lang != NV_LANG_NONE;
	uint32_t	words = 0;		/* words among tokens [0, counted) */
	uint32_t	counted = 0;

	/* what the steps make from here on goes in the call's own arena */
	doc->arena = p->arena;
	doc->lang = p->lang;
	if (mapping)
		nv_map_tokens_begin(&mapper, p->lex, p->lists, doc, p->len / 4 + 16);
	for (size_t from = 0; from < p->len;)
	{
		size_t		to = window_end(p->text, p->len, from, window);

		nv_tokenize_until(t, doc, to);
		if (mapping)
			nv_map_tokens_until(&mapper, doc);
		from = nv_tokenizer_at(t);
		for (; !lang_known && counted < doc->token_count; counted++)
			words += doc->tokens[counted].kind == NV_TOKEN_WORD;
		if (!lang_known && from < p->len && words >= NV_LANG_SAMPLE_WORDS)
		{
			doc->lang = told_lang(doc, p->lists);
			lang_known = true;
		}
		/*
		 * The tokens so far end a line when the tokenizer stopped at the
		 * window's line break: the next token starts the next line.
		 */
		if (lang_known && from < p->len && from == to)
		{
			nv_split_sentences_until(doc, p->lists, &splitter);
			nv_mark_boilerplate_until(doc, p->lists, &marker);
		}
	}
	nv_tokenizer_end(t, doc);
	if (mapping)
		nv_map_tokens_end(&mapper, doc);
	if (!lang_known)
		doc->lang = told_lang(doc, p->lists);
	nv_split_sentences_until(doc, p->lists, &splitter);
	nv_split_sentences_end(doc);
	nv_mark_boilerplate_until(doc, p->lists, &marker);
	nv_mark_boilerplate_end(doc, &marker);
}
