/*
 * builtin_data.h — the word lists compiled into the library from the .tsv
 * files in data/builtin (time words, role words, hedges, charges,
 * boilerplate).
 */
#ifndef NARRATIVE_BUILTIN_DATA_H
#define NARRATIVE_BUILTIN_DATA_H

#include <stddef.h>

typedef struct nv_builtin_file
{
	const char *name;			/* file name without .tsv */
	const char *text;
	size_t		len;
} nv_builtin_file;

/* Terminated by an entry whose name is NULL. */
extern const nv_builtin_file nv_builtin_files[];

/* The named file, or NULL. */
const nv_builtin_file *nv_builtin_find(const char *name);

#endif
