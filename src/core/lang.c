/*
 * lang.c — telling Indonesian from English by their function words.
 *
 * Counts the words of data/builtin/lang.tsv among the first few thousand
 * words.  A text with too few of them, or no clear winner, is NULL rather
 * than a guess.
 */
#include "narrative.h"

#define LANG_MIN_HITS 3

nv_lang
nv_detect_lang_tokens(const nv_document *doc, const nv_wordlists *lists)
{
	int			id_hits = 0;
	int			en_hits = 0;
	int			words = 0;
	/* a mapped document: each word's bits answer both languages */
	const bool	mapped = doc->word_lists == lists;

	for (uint32_t i = 0; i < doc->token_count && words < NV_LANG_SAMPLE_WORDS; i++)
	{
		if (doc->tokens[i].kind != NV_TOKEN_WORD)
			continue;
		words++;
		if (mapped)
		{
			uint32_t	bits = nv_token_stop_bits(doc, i);

			id_hits += (int) (bits & 1);
			en_hits += (int) (bits >> 1);
			continue;
		}
		if (nv_word_in(lists, doc, i, NV_LIST_LANG, "stop", NV_LANG_ID))
			id_hits++;
		if (nv_word_in(lists, doc, i, NV_LIST_LANG, "stop", NV_LANG_EN))
			en_hits++;
	}
	if (id_hits + en_hits < LANG_MIN_HITS)
		return NV_LANG_NONE;
	/* a clear majority: at least twice the other's count */
	if (id_hits >= 2 * en_hits)
		return NV_LANG_ID;
	if (en_hits >= 2 * id_hits)
		return NV_LANG_EN;
	return NV_LANG_NONE;
}
