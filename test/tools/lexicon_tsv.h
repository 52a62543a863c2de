/*
 * lexicon_tsv.h — what the tools outside the server share: reading a whole
 * file, and building the default lexicon from data/actor.tsv, alias.tsv and
 * cue.tsv the way the install script loads them into the lexicon tables.
 * Used by narrative_cli and the fuzz targets.
 */
#ifndef NARRATIVE_LEXICON_TSV_H
#define NARRATIVE_LEXICON_TSV_H

#include <stddef.h>

#include "narrative.h"

/* The bytes of the file at `path` (malloc'd, *len set, one spare byte
 * after them for a NUL), or NULL when it cannot be read. */
char	   *tool_read_file(const char *path, size_t *len);

/* The lexicon of the data files in `dir`, built with nv_malloc_allocator;
 * NULL (after saying which file on stderr) when one cannot be read. */
nv_lexicon *lexicon_tsv_load(const char *dir);

#endif							/* NARRATIVE_LEXICON_TSV_H */
