/*
 * fuzz_timex_parse.c — libFuzzer target: nv_timex_parse (the timex type's
 * input function) on arbitrary bytes, and the calendar arithmetic behind
 * the type's other functions.
 *
 * A value that parses must be valid, format to text that parses back to
 * the very same bytes, and cover a non-empty range of days inside the
 * calendar that the unmodified value's range contains.  A failure must say
 * why (a detail sentence).  The first four bytes are also read as a day
 * number, brought into the calendar, and its timex (the cast from date)
 * checked the same way, with its civil date and ISO week round-tripped.
 */
#include <stdint.h>
#include <string.h>

#include "calendar.h"
#include "fuzz_check.h"

static int32_t first_day;		/* 0001-01-01 */
static int32_t after_last_day;	/* 10000-01-01 */

/* Formats, parses back and compares; checks the range of days. */
static void
check_value(const nv_timex *value)
{
	char		text[NV_TIMEX_TEXT_MAX];
	size_t		len;
	nv_timex	again;
	nv_timex	unmodified = *value;
	const char *detail = NULL;
	int32_t		lower,
				upper,
				whole_lower,
				whole_upper;

	FUZZ_CHECK(nv_timex_is_valid(value));
	FUZZ_CHECK(nv_precision_name(value->precision) != NULL);
	len = nv_timex_format(value, text);
	FUZZ_CHECK(len > 0 && len < NV_TIMEX_TEXT_MAX && text[len] == '\0' && strlen(text) == len);
	memset(&again, 0xA5, sizeof(again));
	FUZZ_CHECK(nv_timex_parse(text, len, &again, &detail) == NV_TIMEX_PARSE_OK);
	FUZZ_CHECK(memcmp(&again, value, sizeof(again)) == 0);
	FUZZ_CHECK(nv_timex_compare(&again, value) == 0);

	nv_timex_bounds(value, &lower, &upper);
	unmodified.modifier = NV_MODIFIER_NONE;
	nv_timex_bounds(&unmodified, &whole_lower, &whole_upper);
	FUZZ_CHECK(lower < upper);
	FUZZ_CHECK(whole_lower <= lower && upper <= whole_upper);
	/* inside the calendar, but for the days of 10000 in 9999's last ISO week */
	FUZZ_CHECK(first_day <= whole_lower);
	FUZZ_CHECK(whole_upper <= after_last_day + (value->precision == NV_PRECISION_WEEK ? 6 : 0));
	/* wider first: an unmodified value sorts before its thirds */
	FUZZ_CHECK(value->modifier == NV_MODIFIER_NONE || nv_timex_compare(&unmodified, value) < 0);
}

/* A day number as the cast from date makes it, and the calendar around it. */
static void
check_day(int32_t dayno)
{
	nv_timex	t;
	int			year,
				month,
				day,
				iso_year,
				iso_week;
	int32_t		lower,
				upper;

	FUZZ_CHECK(nv_timex_from_dayno(dayno, &t));
	check_value(&t);
	nv_timex_bounds(&t, &lower, &upper);
	FUZZ_CHECK(lower == dayno && upper == dayno + 1);
	nv_civil_from_day(dayno, &year, &month, &day);
	FUZZ_CHECK(month >= 1 && month <= 12 && day >= 1 && day <= nv_days_in_month(year, month));
	FUZZ_CHECK(nv_day_from_civil(year, month, day) == dayno);
	nv_iso_week(dayno, &iso_year, &iso_week);
	FUZZ_CHECK(iso_week >= 1 && iso_week <= nv_iso_weeks_in_year(iso_year));
	FUZZ_CHECK(nv_day_from_iso_week(iso_year, iso_week) + nv_iso_weekday(dayno) - 1 == dayno);
	if (iso_year >= NV_YEAR_MIN && iso_year <= NV_YEAR_MAX)
	{
		nv_timex	week;

		FUZZ_CHECK(nv_timex_week(iso_year, iso_week, &week));
		check_value(&week);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nv_timex	value;
	const char *detail = NULL;
	nv_timex_parse_status status;

	if (after_last_day == 0)
	{
		first_day = nv_day_from_civil(NV_YEAR_MIN, 1, 1);
		after_last_day = nv_day_from_civil(NV_YEAR_MAX + 1, 1, 1);
	}
	memset(&value, 0, sizeof(value));
	status = nv_timex_parse((const char *) data, size, &value, &detail);
	if (status == NV_TIMEX_PARSE_OK)
		check_value(&value);
	else
	{
		FUZZ_CHECK(status == NV_TIMEX_PARSE_SYNTAX || status == NV_TIMEX_PARSE_RANGE);
		FUZZ_CHECK(detail != NULL && detail[0] != '\0');
	}
	if (size >= 4)
	{
		uint32_t	raw = (uint32_t) data[0] << 24 | (uint32_t) data[1] << 16 |
			(uint32_t) data[2] << 8 | data[3];

		check_day(first_day + (int32_t) (raw % (uint32_t) (after_last_day - first_day)));
	}
	return 0;
}
