/*
 * boilerplate.c — lines that are not the article: related-article lists
 * ("Baca juga:" and the link titles under it), "SCROLL TO CONTINUE WITH
 * CONTENT", "Simak juga Video:", bylines and comment-policy footers.
 *
 * A line whose first words (after leading punctuation such as "- ") are a
 * phrase of data/builtin/boilerplate.tsv is boilerplate; a phrase of scope
 * `block` also takes the lines after it up to the next line that ends like
 * a sentence (the link titles of "Baca juga:" end with no full stop), and
 * a line of scope `credit` ("Sumber: KCNA-OANA", "Source: Reuters") is
 * boilerplate whose outlets the mention stage still reads.
 */
#include <string.h>

#include "narrative.h"

static bool
line_ends_like_sentence(const nv_document *doc, uint32_t last)
{
	const nv_token *tok = &doc->tokens[last];
	int32_t		cp = nv_token_codepoint(doc, tok);

	return tok->kind == NV_TOKEN_PUNCT &&
		(cp == '.' || cp == '!' || cp == '?' || (tok->flags & NV_TOKEN_QUOTE));
}

/* A boilerplate line's tokens, and their mark. */
typedef struct marked_lines
{
	uint32_t	first;
	uint32_t	end;
	uint8_t		mark;
} marked_lines;

void
nv_mark_boilerplate_until(nv_document *doc, const nv_wordlists *lists, nv_boilerplate_marker *bm)
{
	bool		in_block = bm->in_block;
	const nv_token *tokens = doc->tokens;
	uint32_t	count = doc->token_count;
	uint32_t	s = bm->sentence;	/* the sentence the line starts with */
	uint32_t	checked = bm->checked;	/* the token at the last interrupt
										 * check */
	uint32_t	first;

	for (first = bm->first; first < count;)
	{
		uint32_t	end;
		uint32_t	start = first;
		const nv_word_entry *e;
		uint8_t		mark = 0;

		/* lines start at any token: not only at multiples of 4096 */
		if (first - checked >= 0x1000)
		{
			nv_check_interrupts();
			checked = first;
		}

		/*
		 * A line break always ends a sentence (nv_split_sentences), so a
		 * line is a run of whole sentences: its end is found from sentence
		 * to sentence, a few a line, not token by token.  The tokens so far
		 * end a line.
		 */
		do
			end = doc->sentences[s++].end_token;
		while (end < count && !(tokens[end].flags & NV_TOKEN_NEWLINE_BEFORE));
		/* "- Penulis :" */
		while (start < end && tokens[start].kind == NV_TOKEN_PUNCT &&
			   !(tokens[start].flags & NV_TOKEN_QUOTE))
			start++;
		e = start < end ? nv_phrase_at(lists, doc, start, NV_LIST_BOILERPLATE, NULL) : NULL;
		if (e)
		{
			mark = strcmp(e->value, "credit") == 0 ? NV_BOILERPLATE_CREDIT : NV_BOILERPLATE;
			in_block = strcmp(e->value, "block") == 0 && !line_ends_like_sentence(doc, end - 1);
		}
		else if (in_block)
		{
			mark = NV_BOILERPLATE;
			if (line_ends_like_sentence(doc, end - 1))
			{
				/* the first real sentence after the list is the article again */
				mark = 0;
				in_block = false;
			}
		}
		if (mark)
			*NV_VEC_PUSH(doc->arena, &bm->lines, marked_lines) = (marked_lines) {first, end, mark};
		first = end;
	}
	bm->in_block = in_block;
	bm->sentence = s;
	bm->checked = checked;
	bm->first = first;
}

void
nv_mark_boilerplate_end(nv_document *doc, nv_boilerplate_marker *bm)
{
	doc->boilerplate = nv_arena_zalloc(doc->arena, doc->token_count + 1);
	for (size_t k = 0; k < bm->lines.count; k++)
	{
		const marked_lines *run = &NV_VEC_AT(bm->lines, marked_lines, k);

		memset(doc->boilerplate + run->first, run->mark, run->end - run->first);
	}
}

void
nv_mark_boilerplate(nv_document *doc, const nv_wordlists *lists)
{
	nv_boilerplate_marker bm = {0};

	nv_mark_boilerplate_until(doc, lists, &bm);
	nv_mark_boilerplate_end(doc, &bm);
}
