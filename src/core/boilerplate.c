/*
 * boilerplate.c — lines that are not the article: related-article lists
 * ("Baca juga:" and the link titles under it), "SCROLL TO CONTINUE WITH
 * CONTENT", "Simak juga Video:", bylines and comment-policy footers.
 *
 * A line whose first words (after leading punctuation such as "- ") are a
 * phrase of data/builtin/boilerplate.tsv is boilerplate; a phrase of scope
 * `block` also takes the lines after it up to the next line that ends like
 * a sentence (the link titles of "Baca juga:" end with no full stop).
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

void
nv_mark_boilerplate(nv_document *doc, const nv_wordlists *lists)
{
	bool		in_block = false;

	doc->boilerplate = nv_arena_zalloc(doc->arena, doc->token_count + 1);
	for (uint32_t first = 0; first < doc->token_count;)
	{
		uint32_t	end = first + 1;
		uint32_t	start = first;
		const nv_word_entry *e;
		bool		mark = false;

		if ((first & 0xFFF) == 0)
			nv_check_interrupts();
		while (end < doc->token_count && !(doc->tokens[end].flags & NV_TOKEN_NEWLINE_BEFORE))
			end++;
		/* "- Penulis :" */
		while (start < end && doc->tokens[start].kind == NV_TOKEN_PUNCT &&
			   !(doc->tokens[start].flags & NV_TOKEN_QUOTE))
			start++;
		e = start < end ? nv_phrase_at(lists, doc, start, NV_LIST_BOILERPLATE, NULL) : NULL;
		if (e)
		{
			mark = true;
			in_block = strcmp(e->value, "block") == 0 && !line_ends_like_sentence(doc, end - 1);
		}
		else if (in_block)
		{
			mark = true;
			if (line_ends_like_sentence(doc, end - 1))
			{
				/* the first real sentence after the list is the article again */
				mark = false;
				in_block = false;
			}
		}
		if (mark)
			memset(doc->boilerplate + first, 1, end - first);
		first = end;
	}
}
