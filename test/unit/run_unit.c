/*
 * run_unit.c — runs every registered unit test (or those whose names
 * contain argv[1]) and prints the closing "N passed, N failed" line.
 */
#include <stdlib.h>

#include "unit.h"

#define MAX_TESTS 1024

int			unit_failures_in_test;

static struct
{
	const char *name;
	unit_fn		fn;
}			tests[MAX_TESTS];
static int	test_count;

void
unit_register(const char *name, unit_fn fn)
{
	if (test_count == MAX_TESTS)
	{
		fprintf(stderr, "too many unit tests (limit %d)\n", MAX_TESTS);
		exit(2);
	}
	tests[test_count].name = name;
	tests[test_count].fn = fn;
	test_count++;
}

int
main(int argc, char **argv)
{
	int			passed = 0;
	int			failed = 0;

	for (int i = 0; i < test_count; i++)
	{
		if (argc > 1 && strstr(tests[i].name, argv[1]) == NULL)
			continue;
		unit_failures_in_test = 0;
		tests[i].fn();
		if (unit_failures_in_test == 0)
			passed++;
		else
		{
			failed++;
			fprintf(stderr, "FAIL %s\n", tests[i].name);
		}
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
