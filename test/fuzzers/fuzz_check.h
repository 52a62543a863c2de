/*
 * fuzz_check.h — what the fuzz targets share: FUZZ_CHECK, an assertion that
 * aborts (so libFuzzer saves the input as a crash) and says which
 * invariant broke and where.  Kept apart from assert(), which NDEBUG would
 * silence.
 */
#ifndef NARRATIVE_FUZZ_CHECK_H
#define NARRATIVE_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond) \
	do { if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
		abort(); } } while (0)

#endif							/* NARRATIVE_FUZZ_CHECK_H */
