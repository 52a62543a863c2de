/*
 * test_calendar.c — unit tests of src/core/calendar.c: day numbers, leap
 * years, ISO weeks at year edges, the bounds of every precision and
 * modifier, the order of timex values, and the text form with each class of
 * parse error.  Expected values are written out, not recomputed.
 */
#include <stdint.h>

#include "calendar.h"
#include "unit.h"

/* "YYYY-MM-DD" of a day number, in a rotating static buffer so that a
 * CHECK can compare two of them. */
static const char *
date_text(int32_t dayno)
{
	static char bufs[4][16];
	static int	next;
	char	   *buf = bufs[next++ % 4];
	int			y,
				m,
				d;

	nv_civil_from_day(dayno, &y, &m, &d);
	snprintf(buf, 16, "%04d-%02d-%02d", y, m, d);
	return buf;
}

/* The bounds of a value given in text form, as "lower..upper". */
static const char *
bounds_of(const char *text)
{
	static char buf[64];
	nv_timex	t;
	const char *detail = NULL;
	int32_t		lo,
				hi;

	if (nv_timex_parse(text, strlen(text), &t, &detail) != NV_TIMEX_PARSE_OK)
		return "parse failed";
	nv_timex_bounds(&t, &lo, &hi);
	snprintf(buf, sizeof(buf), "%s..%s", date_text(lo), date_text(hi));
	return buf;
}

/* Parses and formats back; "error" on any parse failure. */
static const char *
round_trip(const char *text)
{
	static char buf[NV_TIMEX_TEXT_MAX];
	nv_timex	t;
	const char *detail = NULL;

	if (nv_timex_parse(text, strlen(text), &t, &detail) != NV_TIMEX_PARSE_OK)
		return "error";
	nv_timex_format(&t, buf);
	return buf;
}

static int
parse_status(const char *text)
{
	nv_timex	t;
	const char *detail = NULL;

	return nv_timex_parse(text, strlen(text), &t, &detail);
}

static const char *
parse_detail(const char *text)
{
	nv_timex	t;
	const char *detail = NULL;

	if (nv_timex_parse(text, strlen(text), &t, &detail) == NV_TIMEX_PARSE_OK)
		return "ok";
	return detail;
}

static nv_timex
parsed(const char *text)
{
	nv_timex	t = {0};
	const char *detail = NULL;

	nv_timex_parse(text, strlen(text), &t, &detail);
	return t;
}

static int
sign(int c)
{
	return (c > 0) - (c < 0);
}

static int
compare_texts(const char *a, const char *b)
{
	nv_timex	ta = parsed(a);
	nv_timex	tb = parsed(b);

	return sign(nv_timex_compare(&ta, &tb));
}

UNIT_TEST(test_day_numbers)
{
	CHECK_INT(nv_day_from_civil(2000, 1, 1), 0);
	CHECK_INT(nv_day_from_civil(2000, 1, 2), 1);
	CHECK_INT(nv_day_from_civil(1999, 12, 31), -1);
	CHECK_INT(nv_day_from_civil(1970, 1, 1), -10957);
	CHECK_INT(nv_day_from_civil(1, 1, 1), -730119);
	CHECK_INT(nv_day_from_civil(9999, 12, 31), 2921939);
	CHECK_INT(nv_day_from_civil(2024, 2, 21), 8817);
	CHECK_INT(nv_day_from_civil(2023, 10, 11), 8684);
	/* Leap days: 1900 has none, 2000 and 2024 do. */
	CHECK_INT(nv_day_from_civil(1900, 2, 28), -36466);
	CHECK_INT(nv_day_from_civil(1900, 3, 1), -36465);
	CHECK_INT(nv_day_from_civil(2000, 2, 29), 59);
	CHECK_INT(nv_day_from_civil(2000, 3, 1), 60);
	CHECK_INT(nv_day_from_civil(2024, 2, 29), 8825);
	CHECK_INT(nv_day_from_civil(2024, 3, 1), 8826);
	CHECK_INT(nv_day_from_civil(1600, 2, 29), -146038);
	CHECK_INT(nv_day_from_civil(2100, 3, 1), 36584);

	CHECK_STR(date_text(0), "2000-01-01");
	CHECK_STR(date_text(-10957), "1970-01-01");
	CHECK_STR(date_text(-730119), "0001-01-01");
	CHECK_STR(date_text(2921939), "9999-12-31");
	CHECK_STR(date_text(2921940), "10000-01-01");
	CHECK_STR(date_text(59), "2000-02-29");
	CHECK_STR(date_text(-36465), "1900-03-01");
	CHECK_STR(date_text(8825), "2024-02-29");
	/* Before year 1, the proleptic calendar goes on (year 0, then -1). */
	CHECK_STR(date_text(-730120), "0000-12-31");
}

UNIT_TEST(test_day_numbers_round_trip_every_day)
{
	/* Every day of years 1..9999: consecutive, and back to itself. */
	int32_t		expected = nv_day_from_civil(1, 1, 1);
	int			mismatches = 0;

	for (int y = NV_YEAR_MIN; y <= NV_YEAR_MAX; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= nv_days_in_month(y, m); d++)
			{
				int32_t		n = nv_day_from_civil(y, m, d);
				int			y2,
							m2,
							d2;

				nv_civil_from_day(n, &y2, &m2, &d2);
				if (n != expected || y2 != y || m2 != m || d2 != d)
					mismatches++;
				expected++;
			}
	CHECK_INT(mismatches, 0);
	CHECK_INT(expected, 2921940);
}

UNIT_TEST(test_leap_years_and_month_lengths)
{
	CHECK(!nv_is_leap_year(1900));
	CHECK(nv_is_leap_year(2000));
	CHECK(nv_is_leap_year(2024));
	CHECK(!nv_is_leap_year(2023));
	CHECK(!nv_is_leap_year(2100));
	CHECK(nv_is_leap_year(1600));
	CHECK_INT(nv_days_in_month(1900, 2), 28);
	CHECK_INT(nv_days_in_month(2000, 2), 29);
	CHECK_INT(nv_days_in_month(2024, 2), 29);
	CHECK_INT(nv_days_in_month(2023, 2), 28);
	CHECK_INT(nv_days_in_month(2023, 1), 31);
	CHECK_INT(nv_days_in_month(2023, 4), 30);
	CHECK_INT(nv_days_in_month(2023, 12), 31);
	CHECK_INT(nv_days_in_month(2023, 0), 0);
	CHECK_INT(nv_days_in_month(2023, 13), 0);
}

UNIT_TEST(test_weekdays)
{
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(2000, 1, 1)), 6);	/* Saturday */
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(2000, 1, 3)), 1);	/* Monday */
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(1999, 12, 31)), 5);
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(1970, 1, 1)), 4);	/* Thursday */
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(1, 1, 1)), 1);
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(2024, 2, 21)), 3);
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(2024, 2, 25)), 7);
	CHECK_INT(nv_iso_weekday(nv_day_from_civil(9999, 12, 31)), 5);
}

static const char *
iso_week_text(int year, int month, int day)
{
	static char buf[16];
	int			iy,
				iw;

	nv_iso_week(nv_day_from_civil(year, month, day), &iy, &iw);
	snprintf(buf, sizeof(buf), "%04d-W%02d", iy, iw);
	return buf;
}

UNIT_TEST(test_iso_weeks_at_year_edges)
{
	CHECK_STR(iso_week_text(2020, 12, 31), "2020-W53");
	CHECK_STR(iso_week_text(2021, 1, 1), "2020-W53");
	CHECK_STR(iso_week_text(2021, 1, 3), "2020-W53");
	CHECK_STR(iso_week_text(2021, 1, 4), "2021-W01");
	CHECK_STR(iso_week_text(2024, 12, 29), "2024-W52");
	CHECK_STR(iso_week_text(2024, 12, 30), "2025-W01");
	CHECK_STR(iso_week_text(2024, 1, 1), "2024-W01");
	CHECK_STR(iso_week_text(2024, 2, 21), "2024-W08");
	CHECK_STR(iso_week_text(2008, 12, 29), "2009-W01");
	CHECK_STR(iso_week_text(2010, 1, 3), "2009-W53");
	CHECK_STR(iso_week_text(1, 1, 1), "0001-W01");
	CHECK_STR(iso_week_text(9999, 12, 31), "9999-W52");

	CHECK_INT(nv_iso_weeks_in_year(2004), 53);
	CHECK_INT(nv_iso_weeks_in_year(2015), 53);
	CHECK_INT(nv_iso_weeks_in_year(2020), 53);
	CHECK_INT(nv_iso_weeks_in_year(2021), 52);
	CHECK_INT(nv_iso_weeks_in_year(2024), 52);
	CHECK_INT(nv_iso_weeks_in_year(2026), 53);
	CHECK_INT(nv_iso_weeks_in_year(9999), 52);

	CHECK_STR(date_text(nv_day_from_iso_week(2020, 53)), "2020-12-28");
	CHECK_STR(date_text(nv_day_from_iso_week(2021, 1)), "2021-01-04");
	CHECK_STR(date_text(nv_day_from_iso_week(2025, 1)), "2024-12-30");
	CHECK_STR(date_text(nv_day_from_iso_week(2024, 8)), "2024-02-19");
	CHECK_STR(date_text(nv_day_from_iso_week(1, 1)), "0001-01-01");
	CHECK_STR(date_text(nv_day_from_iso_week(9999, 52)), "9999-12-27");
}

UNIT_TEST(test_bounds_day)
{
	CHECK_STR(bounds_of("2024-02-21"), "2024-02-21..2024-02-22");
	/* A day has no thirds: the modifier leaves it whole. */
	CHECK_STR(bounds_of("2024-02-21/early"), "2024-02-21..2024-02-22");
	CHECK_STR(bounds_of("2024-02-21/mid"), "2024-02-21..2024-02-22");
	CHECK_STR(bounds_of("2024-02-21/late"), "2024-02-21..2024-02-22");
	CHECK_STR(bounds_of("2024-12-31"), "2024-12-31..2025-01-01");
	CHECK_STR(bounds_of("0001-01-01"), "0001-01-01..0001-01-02");
	CHECK_STR(bounds_of("9999-12-31"), "9999-12-31..10000-01-01");
}

UNIT_TEST(test_bounds_week)
{
	CHECK_STR(bounds_of("2024-W08"), "2024-02-19..2024-02-26");
	CHECK_STR(bounds_of("2024-W08/early"), "2024-02-19..2024-02-21");
	CHECK_STR(bounds_of("2024-W08/mid"), "2024-02-21..2024-02-23");
	CHECK_STR(bounds_of("2024-W08/late"), "2024-02-23..2024-02-26");
	CHECK_STR(bounds_of("2020-W53"), "2020-12-28..2021-01-04");
	CHECK_STR(bounds_of("2020-W53/late"), "2021-01-01..2021-01-04");
	CHECK_STR(bounds_of("2025-W01"), "2024-12-30..2025-01-06");
	CHECK_STR(bounds_of("9999-W52"), "9999-12-27..10000-01-03");
}

UNIT_TEST(test_bounds_month)
{
	CHECK_STR(bounds_of("2023-10"), "2023-10-01..2023-11-01");
	CHECK_STR(bounds_of("2023-10/early"), "2023-10-01..2023-10-11");
	CHECK_STR(bounds_of("2023-10/mid"), "2023-10-11..2023-10-21");
	CHECK_STR(bounds_of("2023-10/late"), "2023-10-21..2023-11-01");
	CHECK_STR(bounds_of("2024-02"), "2024-02-01..2024-03-01");
	CHECK_STR(bounds_of("2024-02/early"), "2024-02-01..2024-02-10");
	CHECK_STR(bounds_of("2024-02/mid"), "2024-02-10..2024-02-19");
	CHECK_STR(bounds_of("2024-02/late"), "2024-02-19..2024-03-01");
	CHECK_STR(bounds_of("2023-02"), "2023-02-01..2023-03-01");
	CHECK_STR(bounds_of("2023-02/late"), "2023-02-19..2023-03-01");
	CHECK_STR(bounds_of("2024-12"), "2024-12-01..2025-01-01");
}

UNIT_TEST(test_bounds_quarter)
{
	CHECK_STR(bounds_of("2024-Q1"), "2024-01-01..2024-04-01");
	CHECK_STR(bounds_of("2024-Q1/early"), "2024-01-01..2024-01-31");
	CHECK_STR(bounds_of("2024-Q1/mid"), "2024-01-31..2024-03-01");
	CHECK_STR(bounds_of("2024-Q1/late"), "2024-03-01..2024-04-01");
	CHECK_STR(bounds_of("2024-Q2"), "2024-04-01..2024-07-01");
	CHECK_STR(bounds_of("2024-Q3"), "2024-07-01..2024-10-01");
	CHECK_STR(bounds_of("2023-Q4"), "2023-10-01..2024-01-01");
	CHECK_STR(bounds_of("2023-Q4/early"), "2023-10-01..2023-10-31");
	CHECK_STR(bounds_of("2023-Q4/mid"), "2023-10-31..2023-11-30");
	CHECK_STR(bounds_of("2023-Q4/late"), "2023-11-30..2024-01-01");
}

UNIT_TEST(test_bounds_half)
{
	CHECK_STR(bounds_of("2024-H1"), "2024-01-01..2024-07-01");
	CHECK_STR(bounds_of("2024-H1/early"), "2024-01-01..2024-03-01");
	CHECK_STR(bounds_of("2024-H1/mid"), "2024-03-01..2024-04-30");
	CHECK_STR(bounds_of("2024-H1/late"), "2024-04-30..2024-07-01");
	CHECK_STR(bounds_of("2024-H2"), "2024-07-01..2025-01-01");
	CHECK_STR(bounds_of("2024-H2/early"), "2024-07-01..2024-08-31");
	CHECK_STR(bounds_of("2024-H2/mid"), "2024-08-31..2024-10-31");
	CHECK_STR(bounds_of("2024-H2/late"), "2024-10-31..2025-01-01");
}

UNIT_TEST(test_bounds_year)
{
	CHECK_STR(bounds_of("2024"), "2024-01-01..2025-01-01");
	CHECK_STR(bounds_of("2024/early"), "2024-01-01..2024-05-02");
	CHECK_STR(bounds_of("2024/mid"), "2024-05-02..2024-09-01");
	CHECK_STR(bounds_of("2024/late"), "2024-09-01..2025-01-01");
	CHECK_STR(bounds_of("2023"), "2023-01-01..2024-01-01");
	CHECK_STR(bounds_of("2023/early"), "2023-01-01..2023-05-02");
	CHECK_STR(bounds_of("2023/mid"), "2023-05-02..2023-08-31");
	CHECK_STR(bounds_of("2023/late"), "2023-08-31..2024-01-01");
	CHECK_STR(bounds_of("0001"), "0001-01-01..0002-01-01");
	CHECK_STR(bounds_of("9999"), "9999-01-01..10000-01-01");
}

UNIT_TEST(test_bounds_decade)
{
	CHECK_STR(bounds_of("202X"), "2020-01-01..2030-01-01");
	CHECK_STR(bounds_of("202X/early"), "2020-01-01..2023-05-02");
	CHECK_STR(bounds_of("202X/mid"), "2023-05-02..2026-08-31");
	CHECK_STR(bounds_of("202X/late"), "2026-08-31..2030-01-01");
	CHECK_STR(bounds_of("001X"), "0010-01-01..0020-01-01");
	CHECK_STR(bounds_of("999X"), "9990-01-01..10000-01-01");
}

UNIT_TEST(test_constructors)
{
	nv_timex	t = {0};
	char		buf[NV_TIMEX_TEXT_MAX];

	CHECK(nv_timex_decade(2024, &t));
	CHECK_INT(t.year, 2020);
	CHECK_INT(t.precision, NV_PRECISION_DECADE);
	nv_timex_format(&t, buf);
	CHECK_STR(buf, "202X");
	CHECK(nv_timex_decade(10, &t));
	CHECK(!nv_timex_decade(9, &t));
	CHECK(!nv_timex_decade(0, &t));
	CHECK(!nv_timex_decade(10000, &t));
	/* A failed constructor leaves *out alone. */
	CHECK_INT(t.year, 10);

	CHECK(nv_timex_from_dayno(8817, &t));
	nv_timex_format(&t, buf);
	CHECK_STR(buf, "2024-02-21");
	CHECK(nv_timex_from_dayno(-730119, &t));
	CHECK(!nv_timex_from_dayno(-730120, &t));	/* 0000-12-31 */
	CHECK(nv_timex_from_dayno(2921939, &t));
	CHECK(!nv_timex_from_dayno(2921940, &t));	/* 10000-01-01 */

	CHECK(nv_timex_week(2020, 53, &t));
	CHECK(!nv_timex_week(2021, 53, &t));
	CHECK(!nv_timex_week(2024, 0, &t));
	CHECK(nv_timex_day(2024, 2, 29, &t));
	CHECK(!nv_timex_day(2023, 2, 29, &t));
	CHECK(!nv_timex_month(2024, 13, &t));
	CHECK(!nv_timex_quarter(2024, 5, &t));
	CHECK(!nv_timex_half(2024, 3, &t));
	CHECK(!nv_timex_year(0, &t));
	CHECK(!nv_timex_year(10000, &t));

	CHECK(nv_timex_month(2023, 10, &t));
	CHECK(nv_timex_set_modifier(&t, NV_MODIFIER_MID));
	CHECK(!nv_timex_set_modifier(&t, 4));
	nv_timex_format(&t, buf);
	CHECK_STR(buf, "2023-10/mid");

	CHECK_STR(nv_precision_name(NV_PRECISION_DAY), "day");
	CHECK_STR(nv_precision_name(NV_PRECISION_WEEK), "week");
	CHECK_STR(nv_precision_name(NV_PRECISION_MONTH), "month");
	CHECK_STR(nv_precision_name(NV_PRECISION_QUARTER), "quarter");
	CHECK_STR(nv_precision_name(NV_PRECISION_HALF), "half");
	CHECK_STR(nv_precision_name(NV_PRECISION_YEAR), "year");
	CHECK_STR(nv_precision_name(NV_PRECISION_DECADE), "decade");
	CHECK(nv_precision_name(7) == NULL);
	CHECK(nv_precision_name(-1) == NULL);
}

UNIT_TEST(test_struct_is_eight_bytes)
{
	CHECK_INT(sizeof(nv_timex), 8);
}

UNIT_TEST(test_compare_order)
{
	/* Sorted: by lower bound, then wider first, then precision, then
	 * modifier. */
	static const char *const sorted[] = {
		"202X",
		"2023-10",
		"2023-10/early",
		"2023-10/mid",
		"2023-10-11",
		"2024",
		"2024-H1",
		"2024/early",
		"2024-Q1",
		"2024-H1/early",
		"2024-01",
		"2024-W01",
		"2024-01-01",
		"2024-01-01/early",
		"2024-01-01/mid",
		"2024-01-01/late",
		"2024-01-02",
		"2024-W08",
		"2024-02-21",
		"2024/mid",
		"2024/late",
		"2024-H2/late",
		"2025-W01",
		"2025",
	};
	int			n = (int) (sizeof(sorted) / sizeof(sorted[0]));
	int			wrong = 0;

	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
		{
			int			expected = (i > j) - (i < j);

			if (compare_texts(sorted[i], sorted[j]) != expected)
			{
				wrong++;
				fprintf(stderr, "  compare(%s, %s) is not %d\n", sorted[i], sorted[j], expected);
			}
		}
	CHECK_INT(wrong, 0);

	CHECK_INT(compare_texts("2024-02-21", "2024-02-21"), 0);
	CHECK_INT(compare_texts("2024-W08", "2024-02-19"), -1);
	CHECK_INT(compare_texts("2024-02-19", "2024-W08"), 1);
	CHECK_INT(compare_texts("2024-12-30", "2025-W01"), 1);
	CHECK_INT(compare_texts("2024-12", "2025-W01"), -1);
}

UNIT_TEST(test_format_parse_round_trips)
{
	static const char *const shapes[] = {
		"2024-02-21", "2024-W08", "2024-02", "2024-Q1", "2024-H1", "2024", "202X",
		"0001-01-01", "9999-12-31", "2020-W53", "2024-W01", "2024-Q4", "2024-H2",
		"0001", "9999", "001X", "999X", "2024-02-29",
	};
	static const char *const modifiers[] = {"", "/early", "/mid", "/late"};

	for (size_t i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
		for (size_t m = 0; m < 4; m++)
		{
			char		text[NV_TIMEX_TEXT_MAX];
			nv_timex	t;
			const char *detail = NULL;

			snprintf(text, sizeof(text), "%s%s", shapes[i], modifiers[m]);
			CHECK_STR(round_trip(text), text);
			CHECK_INT(nv_timex_parse(text, strlen(text), &t, &detail), NV_TIMEX_PARSE_OK);
			CHECK(nv_timex_is_valid(&t));
			CHECK_INT(t.modifier, m);
		}

	CHECK_STR(round_trip("2024-02-21/early"), "2024-02-21/early");
	CHECK_INT(strlen("2024-02-21/early") + 1 <= NV_TIMEX_TEXT_MAX, 1);
	/* Surrounding ASCII white space is allowed. */
	CHECK_STR(round_trip("  2024-W08 "), "2024-W08");
	CHECK_STR(round_trip("\t2023-10/mid\n"), "2023-10/mid");
	CHECK_STR(round_trip("\r\v\f202X\f"), "202X");

	/* Fields as stored. */
	{
		nv_timex	t = parsed("2024-02-21/late");

		CHECK_INT(t.year, 2024);
		CHECK_INT(t.precision, NV_PRECISION_DAY);
		CHECK_INT(t.modifier, NV_MODIFIER_LATE);
		CHECK_INT(t.part, 2);
		CHECK_INT(t.day, 21);
		t = parsed("2024-W08");
		CHECK_INT(t.precision, NV_PRECISION_WEEK);
		CHECK_INT(t.part, 8);
		CHECK_INT(t.day, 0);
		t = parsed("2024");
		CHECK_INT(t.precision, NV_PRECISION_YEAR);
		CHECK_INT(t.part, 0);
		t = parsed("202X");
		CHECK_INT(t.year, 2020);
		CHECK_INT(t.precision, NV_PRECISION_DECADE);
	}

	/* Only `len` bytes are read. */
	{
		nv_timex	t;
		const char *detail = NULL;
		char		buf[NV_TIMEX_TEXT_MAX];

		CHECK_INT(nv_timex_parse("2024-02-21xyz", 10, &t, &detail), NV_TIMEX_PARSE_OK);
		nv_timex_format(&t, buf);
		CHECK_STR(buf, "2024-02-21");
		CHECK_INT(nv_timex_parse("2024-02-21", 7, &t, &detail), NV_TIMEX_PARSE_OK);
		nv_timex_format(&t, buf);
		CHECK_STR(buf, "2024-02");
		CHECK_INT(nv_timex_parse("2024\0-02", 8, &t, &detail), NV_TIMEX_PARSE_SYNTAX);
	}
}

UNIT_TEST(test_parse_syntax_errors)
{
	static const char *const bad[] = {
		"", "   ", "garbage", "2024-1-5", "2024-2-1", "2024-02-1", "2024-002",
		"10000", "24", "024", "2024-", "2024-W8", "2024-W", "2024-W008",
		"2024-Q", "2024-Q10", "2024-H", "2024-H12", "2024/soon", "2024/",
		"2024/mid/late", "2024/Mid", "2024-02-21/EARLY", "2024-02-21T00",
		"2024 -02", "2024- 02", "202x", "20X", "2024X", "2024-w08", "2024-q1",
		"+2024", "-2024", "2024-02-21-", "2024-13-", "2024-W08-1",
		"2024-Q1-01", "202X-01", "2024/early/", "2024 /mid", "2024-02-21 x",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		int			status = parse_status(bad[i]);

		if (status != NV_TIMEX_PARSE_SYNTAX)
		{
			unit_failures_in_test++;
			fprintf(stderr, "  \"%s\" gave status %d, expected a syntax error\n", bad[i], status);
		}
	}

	CHECK_STR(parse_detail(""),
			  "Expected one of YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or YYYX (a decade), "
			  "optionally followed by /early, /mid or /late.");
	CHECK_STR(parse_detail("garbage"), parse_detail(""));
	CHECK_STR(parse_detail("10000"),
			  "Expected a year of exactly four digits, or three digits and X for a decade.");
	CHECK_STR(parse_detail("24"),
			  "Expected a year of exactly four digits, or three digits and X for a decade.");
	CHECK_STR(parse_detail("2024-1-5"), "Expected a month of two digits, as in 2024-02.");
	CHECK_STR(parse_detail("2024-"),
			  "Expected a month (2024-02), ISO week (2024-W08), quarter (2024-Q1) or half (2024-H1) after the year and hyphen.");
	CHECK_STR(parse_detail("2024-w08"), parse_detail("2024-"));
	CHECK_STR(parse_detail("2024-02-1"), "Expected a day of two digits, as in 2024-02-21.");
	CHECK_STR(parse_detail("2024-W8"), "Expected an ISO week of two digits, as in 2024-W08.");
	CHECK_STR(parse_detail("2024-Q10"), "Expected a quarter of one digit, as in 2024-Q1.");
	CHECK_STR(parse_detail("2024-H"), "Expected a half of one digit, as in 2024-H1.");
	CHECK_STR(parse_detail("2024/soon"), "Expected /early, /mid or /late after the value.");
	CHECK_STR(parse_detail("2024/mid/late"), "Expected /early, /mid or /late after the value.");
	CHECK_STR(parse_detail("2024-02-21T00"),
			  "Expected nothing after the value but /early, /mid or /late.");
	/* A syntax error is reported even when a field is also out of range. */
	CHECK_INT(parse_status("2024-13/soon"), NV_TIMEX_PARSE_SYNTAX);
	CHECK_INT(parse_status("0000-1-1"), NV_TIMEX_PARSE_SYNTAX);
}

UNIT_TEST(test_parse_range_errors)
{
	static const char *const bad[] = {
		"2024-13", "2024-00", "2023-02-30", "2023-02-29", "2024-02-30",
		"2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32",
		"2021-W53", "2024-W00", "2020-W54", "2024-W99", "2024-Q5", "2024-Q0",
		"2024-H3", "2024-H0", "0000", "0000-01-01", "0000-W01", "000X",
		"0000/mid", "2024-13/early",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		int			status = parse_status(bad[i]);

		if (status != NV_TIMEX_PARSE_RANGE)
		{
			unit_failures_in_test++;
			fprintf(stderr, "  \"%s\" gave status %d, expected a range error\n", bad[i], status);
		}
	}

	CHECK_STR(parse_detail("2024-13"), "Expected a month from 01 to 12.");
	CHECK_STR(parse_detail("2024-13-01"), "Expected a month from 01 to 12.");
	CHECK_STR(parse_detail("2023-02-29"), "Expected a day that exists in the given month.");
	CHECK_STR(parse_detail("2021-W53"),
			  "Expected an ISO week from W01 to the last week of the year (W52, or W53 in long years).");
	CHECK_STR(parse_detail("2024-Q5"), "Expected a quarter from Q1 to Q4.");
	CHECK_STR(parse_detail("2024-H3"), "Expected a half of H1 or H2.");
	CHECK_STR(parse_detail("0000"), "Expected a year from 0001 to 9999.");
	CHECK_STR(parse_detail("0000-02-30"), "Expected a year from 0001 to 9999.");
	CHECK_STR(parse_detail("000X"),
			  "Expected a decade from 001X to 999X; 000X would include year 0, which does not exist.");

	/* Their valid neighbours. */
	CHECK_INT(parse_status("2024-02-29"), NV_TIMEX_PARSE_OK);
	CHECK_INT(parse_status("2020-W53"), NV_TIMEX_PARSE_OK);
	CHECK_INT(parse_status("2024-W52"), NV_TIMEX_PARSE_OK);
	CHECK_INT(parse_status("2000-02-29"), NV_TIMEX_PARSE_OK);
	CHECK_INT(parse_status("1900-02-29"), NV_TIMEX_PARSE_RANGE);
	CHECK_INT(parse_status("0001"), NV_TIMEX_PARSE_OK);
	CHECK_INT(parse_status("001X"), NV_TIMEX_PARSE_OK);
}

UNIT_TEST(test_is_valid)
{
	nv_timex	t = parsed("2024-02-21");

	CHECK(nv_timex_is_valid(&t));
	t.precision = 7;
	CHECK(!nv_timex_is_valid(&t));
	t = parsed("2024-02-21");
	t.modifier = 4;
	CHECK(!nv_timex_is_valid(&t));
	t = parsed("2024-02-21");
	t.day = 30;
	CHECK(!nv_timex_is_valid(&t));
	t = parsed("2024-02-21");
	t.part = 13;
	CHECK(!nv_timex_is_valid(&t));
	/* Unused fields must be zero. */
	t = parsed("2024-02");
	t.day = 1;
	CHECK(!nv_timex_is_valid(&t));
	t = parsed("2024");
	t.part = 1;
	CHECK(!nv_timex_is_valid(&t));
	/* A decade is stored by its first year. */
	t = parsed("202X");
	CHECK(nv_timex_is_valid(&t));
	t.year = 2024;
	CHECK(!nv_timex_is_valid(&t));
	t = parsed("2020-W53");
	CHECK(nv_timex_is_valid(&t));
	t.year = 2021;
	CHECK(!nv_timex_is_valid(&t));
	t = parsed("2024");
	t.year = 0;
	CHECK(!nv_timex_is_valid(&t));
	t.year = -5;
	CHECK(!nv_timex_is_valid(&t));
	t.year = INT32_MAX;
	CHECK(!nv_timex_is_valid(&t));
}
