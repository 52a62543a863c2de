/*
 * unit.h — the smallest harness that serves: each test file defines
 * functions registered with UNIT_TEST, and CHECK records a failure with its
 * place without stopping the test.  run_unit.c runs them all and prints
 * "N passed, N failed".
 */
#ifndef NARRATIVE_UNIT_H
#define NARRATIVE_UNIT_H

#include <stdio.h>
#include <string.h>

typedef void (*unit_fn) (void);

extern int	unit_failures_in_test;

void		unit_register(const char *name, unit_fn fn);

/* Registers a test at load time (GCC/Clang constructor). */
#define UNIT_TEST(name) \
	static void name(void); \
	__attribute__((constructor)) static void name##_register(void) \
	{ unit_register(#name, name); } \
	static void name(void)

#define CHECK(cond) \
	do { if (!(cond)) { unit_failures_in_test++; \
		fprintf(stderr, "  %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

#define CHECK_INT(actual, expected) \
	do { long long a_ = (long long) (actual), e_ = (long long) (expected); \
		if (a_ != e_) { unit_failures_in_test++; \
		fprintf(stderr, "  %s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, #actual, a_, e_); } } while (0)

#define CHECK_STR(actual, expected) \
	do { const char *a_ = (actual), *e_ = (expected); \
		if (a_ == NULL || strcmp(a_, e_) != 0) { unit_failures_in_test++; \
		fprintf(stderr, "  %s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, a_ ? a_ : "(null)", e_); } } while (0)

#endif
