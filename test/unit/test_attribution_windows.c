/*
 * test_attribution_windows.c — unit tests of how far quote attribution
 * (src/core/quote.c) and allegations (src/core/allegation.c) look, on the
 * shapes the fuzzer found quadratic: many quotes on one line, many quotes
 * in one long sentence, many cues in one long sentence.  Each search now
 * stays within its line (found once per line) or within a window of
 * tokens around the quote or cue; these tests pin what that gives, quote
 * by quote, with a lexicon of three actors and two cues.
 */
#include <stdint.h>
#include <stdlib.h>

#include "pipeline.h"
#include "unit.h"

typedef pipeline_run attributed;

/* text through the pipeline, with two cues and three actors */
static void
attribute(attributed *r, const char *text, size_t len)
{
	static const pipeline_cue cues[] = {
		{"kata", NV_LANG_ID, NV_ACT_SAY},
		{"mengecam", NV_LANG_ID, NV_ACT_CONDEMN},
	};
	static const pipeline_actor actors[] = {
		{"P.dmitry-peskov", "Dmitry Peskov", "person", "RUS", {"Peskov"}},
		{"P.sergey-lavrov", "Sergey Lavrov", "person", "RUS", {"Lavrov"}},
		{"PRK", "North Korea", "country", "PRK", {"Korea Utara"}},
	};

	pipeline_run_text(r, pipeline_lexicon(actors, lengthof(actors), cues, lengthof(cues)), NV_LANG_ID, text, len);
}


/* A malloc'd string: `head`, then `count` times `unit` with %d its index. */
static char *
numbered(const char *head, const char *unit, int count, size_t *len)
{
	size_t		cap = strlen(head) + (strlen(unit) + 12) * (size_t) count + 1;
	char	   *s = malloc(cap);
	size_t		n;

	if (!s)
		abort();
	n = (size_t) snprintf(s, cap, "%s", head);
	for (int k = 0; k < count; k++)
		n += (size_t) snprintf(s + n, cap - n, unit, k);
	*len = n;
	return s;
}

/* Quotes sharing a line each take the cue after their own closing mark. */
UNIT_TEST(test_quotes_on_one_line_keep_their_cues)
{
	static const char text[] = "\"Satu,\" kata Peskov. \"Dua,\" kata Lavrov. \"Tiga,\" kata Peskov.";
	attributed	r;

	attribute(&r, text, strlen(text));
	CHECK_INT(r.quotes.count, 3);
	if (r.quotes.count == 3)
	{
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[0].start, r.quotes.quotes[0].end), "Satu,");
		CHECK_STR(r.quotes.quotes[0].speaker_actor, "P.dmitry-peskov");
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[1].cue_start, r.quotes.quotes[1].cue_end), "kata");
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.sergey-lavrov");
		CHECK_STR(r.quotes.quotes[2].speaker_actor, "P.dmitry-peskov");
	}
	pipeline_free(&r);
}

/* The line found for the first quote does not carry past its line break:
 * the second quote's line ends with it, so "kata Lavrov" on the next line
 * is no cue of it, and it keeps the previous speaker. */
UNIT_TEST(test_quote_cue_stops_at_its_line)
{
	static const char text[] = "\"Satu,\" kata Peskov. \"Dua,\"\nkata Lavrov.";
	attributed	r;

	attribute(&r, text, strlen(text));
	CHECK(r.quotes.count >= 2);
	if (r.quotes.count >= 2)
	{
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[1].start, r.quotes.quotes[1].end), "Dua,");
		CHECK_INT(r.quotes.quotes[1].cue_end - r.quotes.quotes[1].cue_start, 0);
		CHECK_STR(r.quotes.quotes[1].speaker_actor, "P.dmitry-peskov");
	}
	pipeline_free(&r);
}

/* 1,000 quotes in one sentence on one line: every one is found and
 * attributed to the one speaker (near ones by the subject, far ones by
 * the previous quote), in a time linear in the sentence.  Each follows a
 * comma, so each is a direct quote of its own (quoted fragments inside
 * running text would be one partial quote a sentence). */
UNIT_TEST(test_many_quotes_in_one_sentence)
{
	size_t		len;
	char	   *text = numbered("Peskov:", " \"a%d\",", 1000, &len);
	attributed	r;
	int			by_peskov = 0;

	attribute(&r, text, len);
	CHECK_INT(r.quotes.count, 1000);
	for (uint32_t k = 0; k < r.quotes.count; k++)
		by_peskov += r.quotes.quotes[k].speaker_actor &&
			strcmp(r.quotes.quotes[k].speaker_actor, "P.dmitry-peskov") == 0;
	CHECK_INT(by_peskov, 1000);
	if (r.quotes.count == 1000)
		CHECK_STR(pipeline_span_text(&r, r.quotes.quotes[999].start, r.quotes.quotes[999].end), "a999");
	pipeline_free(&r);
	free(text);
}

/* 500 cues in one sentence, each with its subject before it: one
 * condemnation each, each claim cut at 100 tokens past its cue rather
 * than running to the sentence's end. */
UNIT_TEST(test_many_cues_in_one_sentence)
{
	size_t		len;
	char	   *text = numbered("Peskov", " mengecam Korea Utara %d Peskov", 500, &len);
	attributed	r;
	int			condemnations = 0;

	attribute(&r, text, len);
	for (uint32_t k = 0; k < r.allegations.count; k++)
		condemnations += r.allegations.allegations[k].act == NV_ACT_CONDEMN;
	CHECK_INT(r.allegations.count, 500);
	CHECK_INT(condemnations, 500);
	if (r.allegations.count == 500)
	{
		const nv_allegation *first = &r.allegations.allegations[0];

		CHECK_STR(first->accuser, "P.dmitry-peskov");
		CHECK_STR(first->accused, "PRK");
		/* the claim: from "mengecam" (byte 7) to the 100th token after
		 * the cue, the "mengecam" of group 20 (five tokens a group:
		 * bytes 617-625, after ten groups of 30 bytes and ten of 31) */
		CHECK_INT(first->start, 7);
		CHECK_INT(first->end, 625);
	}
	pipeline_free(&r);
	free(text);
}
