/*
 * narrative_cli.c — runs the core pipeline on files outside the server:
 * for debugging, for valgrind passes over the corpus, and for profiling.
 *
 *   narrative_cli [--lang id|en] [--published YYYY-MM-DD] [--stage S] FILE...
 *
 * Prints one tab-separated line per span: stage, byte start, byte end,
 * value, text.  Stages: sentences, timexes (default: all).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "narrative.h"

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0;

	*len = 0;
	if (!f)
		return NULL;
	for (;;)
	{
		size_t		n;

		if (*len == cap)
		{
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
		n = fread(buf + *len, 1, cap - *len, f);
		if (n == 0)
			break;
		*len += n;
	}
	fclose(f);
	return buf;
}

static void
print_span(const char *stage, const char *text, size_t start, size_t end, const char *value)
{
	printf("%s\t%zu\t%zu\t%s\t%.*s\n", stage, start, end, value, (int) (end - start), text + start);
}

int
main(int argc, char **argv)
{
	const char *lang_code = NULL;
	const char *published = NULL;
	const char *stage = NULL;
	const nv_wordlists *lists = nv_wordlists_builtin();
	int			status = 0;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			lang_code = argv[++i];
		else if (strcmp(argv[i], "--published") == 0 && i + 1 < argc)
			published = argv[++i];
		else if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc)
			stage = argv[++i];
		else
		{
			size_t		len;
			char	   *text = read_file(argv[i], &len);
			nv_arena	arena;
			nv_document doc = {0};
			nv_timex_result timexes = {0};

			if (!text)
			{
				fprintf(stderr, "narrative_cli: cannot read %s\n", argv[i]);
				status = 1;
				continue;
			}
			nv_arena_init(&arena, &nv_malloc_allocator);
			nv_tokenize(&doc, &arena, text, len);
			doc.lang = lang_code ? nv_lang_from_code(lang_code, strlen(lang_code))
				: nv_detect_lang_tokens(&doc, lists);
			if (doc.lang == NV_LANG_NONE)
				doc.lang = NV_LANG_ANY;
			if (published)
			{
				nv_timex	day;
				const char *detail;

				if (nv_timex_parse(published, strlen(published), &day, &detail) != NV_TIMEX_PARSE_OK ||
					day.precision != NV_PRECISION_DAY)
				{
					fprintf(stderr, "narrative_cli: --published wants YYYY-MM-DD\n");
					return 2;
				}
				doc.has_published = true;
				doc.published = nv_day_from_civil(day.year, day.part, day.day);
			}
			nv_split_sentences(&doc, lists);
			if (!stage || strcmp(stage, "sentences") == 0)
				for (uint32_t s = 0; s < doc.sentence_count; s++)
					print_span("sentence", text, doc.sentences[s].start, doc.sentences[s].end, "");
			nv_find_timexes(&doc, lists, &timexes);
			if (!stage || strcmp(stage, "timexes") == 0)
				for (uint32_t k = 0; k < timexes.count; k++)
				{
					char		value[NV_TIMEX_TEXT_MAX] = "?";

					if (timexes.spans[k].resolved)
						nv_timex_format(&timexes.spans[k].value, value);
					print_span("timex", text, timexes.spans[k].start, timexes.spans[k].end, value);
				}
			nv_arena_free_all(&arena);
			free(text);
		}
	}
	return status;
}
