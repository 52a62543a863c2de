/*
 * lexicon_tsv.c — reads files whole and builds the default lexicon from
 * data/actor.tsv, alias.tsv and cue.tsv, as the install script loads them
 * into the lexicon tables: actors first, then the aliases and cues naming
 * them.
 * Comment lines (#) are skipped; a cue with an unknown act is skipped, as
 * the tables' check constraint would refuse it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_tsv.h"

char *
tool_read_file(const char *path, size_t *len)
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

		/* keep one byte spare, so callers may NUL-terminate */
		if (*len + 1 >= cap)
		{
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
		n = fread(buf + *len, 1, cap - 1 - *len, f);
		if (n == 0)
			break;
		*len += n;
	}
	fclose(f);
	return buf;
}

/* Splits a line at tabs into at most `max` fields; returns how many. */
static int
split_fields(char *line, char **field, int max)
{
	char	   *p = line;
	int			n = 0;

	while (n < max && p)
	{
		field[n++] = p;
		p = strchr(p, '\t');
		if (p)
			*p++ = '\0';
	}
	return n;
}

static nv_lang
lang_column(const char *code)
{
	return strcmp(code, "*") == 0 ? NV_LANG_ANY : nv_lang_from_code(code, strlen(code));
}

nv_lexicon *
lexicon_tsv_load(const char *dir)
{
	static const char *const files[] = {"actor", "alias", "cue"};
	nv_lexicon *lex = nv_lexicon_create(&nv_malloc_allocator);

	for (int f = 0; f < 3; f++)
	{
		char		path[4096];
		size_t		len;
		char	   *text;
		char	   *line;
		char	   *save = NULL;

		snprintf(path, sizeof(path), "%s/%s.tsv", dir, files[f]);
		text = tool_read_file(path, &len);
		if (!text)
		{
			fprintf(stderr, "cannot read lexicon file %s\n", path);
			nv_lexicon_free(lex);
			return NULL;
		}
		text[len] = '\0';
		for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		{
			char	   *field[4] = {0};
			int			n;

			if (line[0] == '#')
				continue;
			n = split_fields(line, field, 4);
			if (f == 0 && n == 4)
				nv_lexicon_add_actor(lex, field[0], field[1], field[2], field[3][0] ? field[3] : NULL);
			else if (f == 1 && n == 3)
				nv_lexicon_add_alias(lex, field[0], strlen(field[0]), lang_column(field[1]), field[2]);
			else if (f == 2 && n == 3 && nv_act_from_name(field[2]) >= 0)
				nv_lexicon_add_cue(lex, field[0], strlen(field[0]), lang_column(field[1]),
								   (nv_act) nv_act_from_name(field[2]));
		}
		free(text);
	}
	return lex;
}
