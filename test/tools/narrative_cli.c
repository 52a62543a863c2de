/*
 * narrative_cli.c — runs the core pipeline on files outside the server:
 * for debugging, for valgrind passes over the corpus, and for profiling.
 *
 *   narrative_cli [--lang id|en] [--published YYYY-MM-DD] [--stage S]
 *                 [--repeat N] FILE...
 *
 * Prints one tab-separated line per span: stage, byte start, byte end,
 * value, text.  Stages: sentences, timexes, mentions, quotes (default:
 * all).  The lexicon comes from the data files (--data DIR, default data),
 * and tokens are mapped to it as the glue maps them, one lookup per token.
 * --repeat N extracts the files N times over, in turn, and prints their
 * spans once: a profile of the core over real articles, with little
 * printing in it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_tsv.h"
#include "narrative.h"

static void
print_span(const char *stage, const char *text, size_t start, size_t end, const char *value)
{
	printf("%s\t%zu\t%zu\t%s\t%.*s\n", stage, start, end, value, (int) (end - start), text + start);
}

/* Whether a stage's spans are printed: all of them with no --stage. */
static bool
shows(const char *stage, const char *name)
{
	return stage == NULL || strcmp(stage, name) == 0;
}

/*
 * Runs the pipeline over one document as the glue does, and prints the
 * spans of `stage` (NULL: every stage's; "none": no span).  Returns false
 * on a bad --published.
 */
static bool
extract_file(const char *text, size_t len, const char *lang_code, const char *published,
			 const char *stage, const nv_wordlists *lists, const nv_lexicon *lex)
{
	nv_arena	arena;
	nv_document doc = {0};
	nv_timex_result timexes = {0};
	nv_mention_result mentions;
	nv_quote_result quotes;
	nv_allegation_result allegations;
	nv_lang		lang = NV_LANG_NONE;

	/* a code the core does not know: both languages' rules, not a guess */
	if (lang_code)
		lang = nv_lang_from_code(lang_code, strlen(lang_code));
	if (lang_code && lang == NV_LANG_NONE)
		lang = NV_LANG_ANY;
	nv_arena_init(&arena, &nv_malloc_allocator);
	if (published)
	{
		nv_timex	day;
		const char *detail;

		if (nv_timex_parse(published, strlen(published), &day, &detail) != NV_TIMEX_PARSE_OK ||
			day.precision != NV_PRECISION_DAY)
		{
			fprintf(stderr, "narrative_cli: --published wants YYYY-MM-DD\n");
			nv_arena_free_all(&arena);
			return false;
		}
		doc.has_published = true;
		doc.published = nv_day_from_civil(day.year, day.part, day.day);
	}
	nv_prepare_document(&doc, &(nv_preparation) {
		.token_arena = &arena,
		.arena = &arena,
		.text = text,
		.len = len,
		.lex = lex,
		.lists = lists,
		.lang = lang,
	});
	if (shows(stage, "sentences"))
		for (uint32_t s = 0; s < doc.sentence_count; s++)
			print_span("sentence", text, doc.sentences[s].start, doc.sentences[s].end, "");
	nv_find_timexes(&doc, lists, &timexes);
	if (shows(stage, "timexes"))
		for (uint32_t k = 0; k < timexes.count; k++)
		{
			char		value[NV_TIMEX_TEXT_MAX] = "?";

			if (timexes.spans[k].resolved)
				nv_timex_format(&timexes.spans[k].value, value);
			print_span("timex", text, timexes.spans[k].start, timexes.spans[k].end, value);
		}
	nv_find_mentions(&doc, lex, lists, &mentions);
	nv_find_quotes(&doc, lex, lists, &mentions, &timexes, &quotes);
	nv_find_allegations(&doc, lex, lists, &mentions, &timexes, &quotes, &allegations);
	for (uint32_t k = 0; k < allegations.count && stage == NULL; k++)
	{
		const nv_allegation *al = &allegations.allegations[k];
		char		value[512];
		char		said[NV_TIMEX_TEXT_MAX] = "-";
		char		about[NV_TIMEX_TEXT_MAX] = "-";

		if (al->has_said_on)
			nv_timex_format(&al->said_on, said);
		if (al->has_about)
			nv_timex_format(&al->about, about);
		snprintf(value, sizeof(value), "%s(%s) %s %s(%s) %s%s said=%s about=%s",
				 al->accuser ? al->accuser : "-", al->accuser_country ? al->accuser_country : "-",
				 nv_act_name(al->act), al->accused ? al->accused : "-",
				 al->accused_country ? al->accused_country : "-",
				 nv_charge_name(al->charge), al->hedged ? " hedged" : "", said, about);
		print_span("allegation", text, al->start, al->end, value);
	}
	for (uint32_t k = 0; k < quotes.count && shows(stage, "quotes"); k++)
	{
		const nv_quote *qt = &quotes.quotes[k];
		char		value[512];
		char		said[NV_TIMEX_TEXT_MAX] = "-";

		if (qt->has_said_on)
			nv_timex_format(&qt->said_on, said);
		snprintf(value, sizeof(value), "%s|cue=%.*s|speaker=%.*s|%s|%s|via=%s|%s",
				 nv_quote_kind_name(qt->kind), (int) (qt->cue_end - qt->cue_start),
				 text + qt->cue_start, (int) (qt->speaker_end - qt->speaker_start),
				 text + qt->speaker_start, qt->speaker_actor ? qt->speaker_actor : "-",
				 qt->speaker_country ? qt->speaker_country : "-", qt->via ? qt->via : "-", said);
		print_span("quote", text, qt->start, qt->end, value);
	}
	for (uint32_t k = 0; k < mentions.count && shows(stage, "mentions"); k++)
	{
		const nv_mention *m = &mentions.mentions[k];
		char		value[512];

		snprintf(value, sizeof(value), "%s|%s|%s|%s|%s", m->id, m->name,
				 nv_actor_kind_name(m->kind), m->country ? m->country : "-",
				 m->role ? m->role : "-");
		print_span("mention", text, m->start, m->end, value);
	}
	nv_arena_free_all(&arena);
	return true;
}

int
main(int argc, char **argv)
{
	const char *lang_code = NULL;
	const char *published = NULL;
	const char *stage = NULL;
	const char *data_dir = "data";
	const nv_wordlists *lists = nv_wordlists_builtin();
	nv_lexicon *lex;
	int			repeat = 1;
	int			status = 0;
	char	  **texts = calloc((size_t) argc, sizeof(char *));
	size_t	   *lens = calloc((size_t) argc, sizeof(size_t));
	int			files = 0;

	if (!texts || !lens)
		return 2;
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang_code = argv[++i];
		else if (strcmp(argv[i], "--published") == 0 && i + 1 < argc)
			published = argv[++i];
		else if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc)
			stage = argv[++i];
		else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc)
			data_dir = argv[++i];
		else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc && atoi(argv[i + 1]) > 0)
			repeat = atoi(argv[++i]);
		else if ((texts[files] = tool_read_file(argv[i], &lens[files])) != NULL)
			files++;
		else
		{
			fprintf(stderr, "narrative_cli: cannot read %s\n", argv[i]);
			status = 1;
		}
	}
	if (!(lex = lexicon_tsv_load(data_dir)))
		return 2;
	/* as the glue's lexicon cache builds it */
	nv_lexicon_add_wordlists(lex, lists);
	/* the files in turn, as rows of a table come: not one file many times
	 * over, which the branch predictor would learn by heart */
	for (int pass = 0; pass < repeat; pass++)
		for (int f = 0; f < files; f++)
			if (!extract_file(texts[f], lens[f], lang_code, published, pass == 0 ? stage : "none", lists, lex))
				return 2;
	for (int f = 0; f < files; f++)
		free(texts[f]);
	free(texts);
	free(lens);
	nv_lexicon_free(lex);
	return status;
}
