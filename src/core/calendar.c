/*
 * calendar.c — proleptic Gregorian day arithmetic, ISO 8601 weeks, and the
 * timex value: constructors, bounds, order, text form and its parser.
 *
 * Plain C99: the SQL type in src/pg/timex_type.c is a thin wrapper over
 * what is here, so the same code is unit-tested and fuzzed outside the
 * server.
 */
#include "calendar.h"

#include <stdio.h>
#include <string.h>

/* Days from 0001-01-01 to 2000-01-01: 1999 years of 365 days plus 484 leap
 * days (499 fourth years, less 19 centuries, plus 4 of those divisible by
 * 400). */
#define DAYS_BEFORE_EPOCH 730119

#define DAYS_PER_400_YEARS 146097
#define DAYS_PER_100_YEARS 36524
#define DAYS_PER_4_YEARS 1461

/* Days in the year before the first of each month, common year. */
static const int days_before_month[13] = {
	0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
};

static const int month_lengths[13] = {
	0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
};

/* Division rounding toward minus infinity, for dates before year 1. */
static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static int64_t
floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

bool
nv_is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
nv_days_in_month(int year, int month)
{
	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && nv_is_leap_year(year))
		return 29;
	return month_lengths[month];
}

int32_t
nv_day_from_civil(int year, int month, int day)
{
	/* Days from 0001-01-01 to January 1st of `year`, counting leap days of
	 * the whole years before it; floor division keeps this right for years
	 * before 1 as well. */
	int64_t		y = (int64_t) year - 1;
	int64_t		days = y * 365 + floor_div(y, 4) - floor_div(y, 100) + floor_div(y, 400);

	days += days_before_month[month];
	if (month > 2 && nv_is_leap_year(year))
		days++;
	days += day - 1;
	return (int32_t) (days - DAYS_BEFORE_EPOCH);
}

void
nv_civil_from_day(int32_t dayno, int *year, int *month, int *day)
{
	int64_t		n = (int64_t) dayno + DAYS_BEFORE_EPOCH;
	int64_t		cycles400 = floor_div(n, DAYS_PER_400_YEARS);
	int64_t		rest = n - cycles400 * DAYS_PER_400_YEARS;
	int64_t		centuries,
				quads,
				years;
	int			y,
				m,
				leap;

	/* Peel off centuries, four-year groups and years; the last day of a
	 * 400-year cycle (or of a 4-year group) would make the quotient 4, and
	 * belongs to the last of them instead. */
	centuries = rest / DAYS_PER_100_YEARS;
	if (centuries == 4)
		centuries = 3;
	rest -= centuries * DAYS_PER_100_YEARS;
	quads = rest / DAYS_PER_4_YEARS;
	rest -= quads * DAYS_PER_4_YEARS;
	years = rest / 365;
	if (years == 4)
		years = 3;
	rest -= years * 365;

	y = (int) (cycles400 * 400 + centuries * 100 + quads * 4 + years + 1);
	leap = nv_is_leap_year(y) ? 1 : 0;
	/* rest is now the 0-based day of the year. */
	for (m = 12; m > 1; m--)
	{
		int			before = days_before_month[m] + (m > 2 ? leap : 0);

		if (rest >= before)
			break;
	}
	rest -= days_before_month[m] + (m > 2 ? leap : 0);

	*year = y;
	*month = m;
	*day = (int) rest + 1;
}

int
nv_iso_weekday(int32_t dayno)
{
	/* 2000-01-01 was a Saturday (6). */
	return (int) floor_mod((int64_t) dayno + 5, 7) + 1;
}

void
nv_iso_week(int32_t dayno, int *iso_year, int *iso_week)
{
	/* A week belongs to the year that holds its Thursday. */
	int32_t		thursday = dayno - (nv_iso_weekday(dayno) - 1) + 3;
	int			y,
				m,
				d;

	nv_civil_from_day(thursday, &y, &m, &d);
	*iso_year = y;
	*iso_week = (thursday - nv_day_from_civil(y, 1, 1)) / 7 + 1;
}

int
nv_iso_weeks_in_year(int iso_year)
{
	/* December 28th is always in the last ISO week of its year. */
	int			y,
				w;

	nv_iso_week(nv_day_from_civil(iso_year, 12, 28), &y, &w);
	return w;
}

int32_t
nv_day_from_iso_week(int iso_year, int week)
{
	/* January 4th is always in week 1. */
	int32_t		jan4 = nv_day_from_civil(iso_year, 1, 4);

	return jan4 - (nv_iso_weekday(jan4) - 1) + (week - 1) * 7;
}

static bool
year_in_range(int year)
{
	return year >= NV_YEAR_MIN && year <= NV_YEAR_MAX;
}

static void
timex_set(nv_timex *out, int year, nv_precision precision, int part, int day)
{
	memset(out, 0, sizeof(*out));
	out->year = year;
	out->precision = (uint8_t) precision;
	out->modifier = NV_MODIFIER_NONE;
	out->part = (uint8_t) part;
	out->day = (uint8_t) day;
}

bool
nv_timex_day(int year, int month, int day, nv_timex *out)
{
	if (!year_in_range(year) || month < 1 || month > 12 ||
		day < 1 || day > nv_days_in_month(year, month))
		return false;
	timex_set(out, year, NV_PRECISION_DAY, month, day);
	return true;
}

bool
nv_timex_week(int iso_year, int week, nv_timex *out)
{
	if (!year_in_range(iso_year) || week < 1 ||
		week > nv_iso_weeks_in_year(iso_year))
		return false;
	timex_set(out, iso_year, NV_PRECISION_WEEK, week, 0);
	return true;
}

bool
nv_timex_month(int year, int month, nv_timex *out)
{
	if (!year_in_range(year) || month < 1 || month > 12)
		return false;
	timex_set(out, year, NV_PRECISION_MONTH, month, 0);
	return true;
}

bool
nv_timex_quarter(int year, int quarter, nv_timex *out)
{
	if (!year_in_range(year) || quarter < 1 || quarter > 4)
		return false;
	timex_set(out, year, NV_PRECISION_QUARTER, quarter, 0);
	return true;
}

bool
nv_timex_half(int year, int half, nv_timex *out)
{
	if (!year_in_range(year) || half < 1 || half > 2)
		return false;
	timex_set(out, year, NV_PRECISION_HALF, half, 0);
	return true;
}

bool
nv_timex_year(int year, nv_timex *out)
{
	if (!year_in_range(year))
		return false;
	timex_set(out, year, NV_PRECISION_YEAR, 0, 0);
	return true;
}

bool
nv_timex_decade(int year, nv_timex *out)
{
	/* 000X would take in year 0, which the calendar does not have. */
	if (!year_in_range(year) || year < 10)
		return false;
	timex_set(out, year - year % 10, NV_PRECISION_DECADE, 0, 0);
	return true;
}

bool
nv_timex_from_dayno(int32_t dayno, nv_timex *out)
{
	int			y,
				m,
				d;

	nv_civil_from_day(dayno, &y, &m, &d);
	return nv_timex_day(y, m, d, out);
}

bool
nv_timex_set_modifier(nv_timex *t, int modifier)
{
	if (modifier < NV_MODIFIER_NONE || modifier > NV_MODIFIER_LATE)
		return false;
	t->modifier = (uint8_t) modifier;
	return true;
}

/* The range of the value without its modifier. */
static void
unmodified_bounds(const nv_timex *t, int32_t *lower, int32_t *upper)
{
	switch ((nv_precision) t->precision)
	{
		case NV_PRECISION_DAY:
			*lower = nv_day_from_civil(t->year, t->part, t->day);
			*upper = *lower + 1;
			return;
		case NV_PRECISION_WEEK:
			*lower = nv_day_from_iso_week(t->year, t->part);
			*upper = *lower + 7;
			return;
		case NV_PRECISION_MONTH:
			*lower = nv_day_from_civil(t->year, t->part, 1);
			*upper = t->part == 12 ? nv_day_from_civil(t->year + 1, 1, 1)
				: nv_day_from_civil(t->year, t->part + 1, 1);
			return;
		case NV_PRECISION_QUARTER:
			*lower = nv_day_from_civil(t->year, (t->part - 1) * 3 + 1, 1);
			*upper = t->part == 4 ? nv_day_from_civil(t->year + 1, 1, 1)
				: nv_day_from_civil(t->year, t->part * 3 + 1, 1);
			return;
		case NV_PRECISION_HALF:
			*lower = nv_day_from_civil(t->year, t->part == 1 ? 1 : 7, 1);
			*upper = t->part == 2 ? nv_day_from_civil(t->year + 1, 1, 1)
				: nv_day_from_civil(t->year, 7, 1);
			return;
		case NV_PRECISION_YEAR:
			*lower = nv_day_from_civil(t->year, 1, 1);
			*upper = nv_day_from_civil(t->year + 1, 1, 1);
			return;
		case NV_PRECISION_DECADE:
			*lower = nv_day_from_civil(t->year, 1, 1);
			*upper = nv_day_from_civil(t->year + 10, 1, 1);
			return;
	}
	/* Not a precision: an empty range rather than garbage. */
	*lower = *upper = 0;
}

void
nv_timex_bounds(const nv_timex *t, int32_t *lower, int32_t *upper)
{
	int32_t		lo,
				hi,
				third;

	unmodified_bounds(t, &lo, &hi);
	third = (hi - lo) / 3;
	/* A single day has no thirds to speak of: the modifier keeps the day. */
	if (third > 0)
	{
		switch ((nv_modifier) t->modifier)
		{
			case NV_MODIFIER_NONE:
				break;
			case NV_MODIFIER_EARLY:
				hi = lo + third;
				break;
			case NV_MODIFIER_MID:
				lo += third;
				hi = lo + third;
				break;
			case NV_MODIFIER_LATE:
				lo += 2 * third;
				break;
		}
	}
	*lower = lo;
	*upper = hi;
}

static int
compare_int(int64_t a, int64_t b)
{
	return (a > b) - (a < b);
}

int
nv_timex_compare(const nv_timex *a, const nv_timex *b)
{
	int32_t		a_lo,
				a_hi,
				b_lo,
				b_hi;
	int			c;

	nv_timex_bounds(a, &a_lo, &a_hi);
	nv_timex_bounds(b, &b_lo, &b_hi);
	if ((c = compare_int(a_lo, b_lo)) != 0)
		return c;
	/* Wider first: the greater upper bound sorts earlier. */
	if ((c = compare_int(b_hi, a_hi)) != 0)
		return c;
	if ((c = compare_int(a->precision, b->precision)) != 0)
		return c;
	if ((c = compare_int(a->modifier, b->modifier)) != 0)
		return c;
	/* Valid values are settled above; this keeps invalid ones in a total
	 * order too, consistent with byte equality. */
	if ((c = compare_int(a->year, b->year)) != 0)
		return c;
	if ((c = compare_int(a->part, b->part)) != 0)
		return c;
	return compare_int(a->day, b->day);
}

bool
nv_timex_is_valid(const nv_timex *t)
{
	nv_timex	rebuilt;
	bool		ok;

	switch ((nv_precision) t->precision)
	{
		case NV_PRECISION_DAY:
			ok = nv_timex_day(t->year, t->part, t->day, &rebuilt);
			break;
		case NV_PRECISION_WEEK:
			ok = nv_timex_week(t->year, t->part, &rebuilt);
			break;
		case NV_PRECISION_MONTH:
			ok = nv_timex_month(t->year, t->part, &rebuilt);
			break;
		case NV_PRECISION_QUARTER:
			ok = nv_timex_quarter(t->year, t->part, &rebuilt);
			break;
		case NV_PRECISION_HALF:
			ok = nv_timex_half(t->year, t->part, &rebuilt);
			break;
		case NV_PRECISION_YEAR:
			ok = nv_timex_year(t->year, &rebuilt);
			break;
		case NV_PRECISION_DECADE:
			ok = nv_timex_decade(t->year, &rebuilt);
			break;
		default:
			return false;
	}
	if (!ok || !nv_timex_set_modifier(&rebuilt, t->modifier))
		return false;
	/* Same bytes: unused fields are zero and a decade starts its year. */
	return memcmp(&rebuilt, t, sizeof(rebuilt)) == 0;
}

const char *
nv_precision_name(int precision)
{
	static const char *const names[] = {
		"day", "week", "month", "quarter", "half", "year", "decade"
	};

	if (precision < NV_PRECISION_DAY || precision > NV_PRECISION_DECADE)
		return NULL;
	return names[precision];
}

static const char *const modifier_names[] = {"", "early", "mid", "late"};

/*
 * `value` as printf's "%0*d" writes it, at `out`; returns the end.  A
 * valid timex's fields always fit their width, and those are written by
 * hand: snprintf was most of what formatting a timex cost.
 */
static char *
put_number(char *out, int value, int width)
{
	static const int limits[] = {1, 10, 100, 1000, 10000};

	if (value < 0 || value >= limits[width])
		return out + sprintf(out, "%0*d", width, value);
	for (int i = width - 1; i >= 0; i--)
	{
		out[i] = (char) ('0' + value % 10);
		value /= 10;
	}
	return out + width;
}

static char *
put_text(char *out, const char *text)
{
	size_t		len = strlen(text);

	memcpy(out, text, len);
	return out + len;
}

size_t
nv_timex_format(const nv_timex *t, char *buf)
{
	/* room for any field values; the text is cut to the buffer's size */
	char		text[64];
	char	   *end = text;
	size_t		n;

	switch ((nv_precision) t->precision)
	{
		case NV_PRECISION_DAY:
			end = put_number(end, (int) t->year, 4);
			*end++ = '-';
			end = put_number(end, t->part, 2);
			*end++ = '-';
			end = put_number(end, t->day, 2);
			break;
		case NV_PRECISION_WEEK:
			end = put_number(end, (int) t->year, 4);
			end = put_text(end, "-W");
			end = put_number(end, t->part, 2);
			break;
		case NV_PRECISION_MONTH:
			end = put_number(end, (int) t->year, 4);
			*end++ = '-';
			end = put_number(end, t->part, 2);
			break;
		case NV_PRECISION_QUARTER:
			end = put_number(end, (int) t->year, 4);
			end = put_text(end, "-Q");
			end = put_number(end, t->part, 1);
			break;
		case NV_PRECISION_HALF:
			end = put_number(end, (int) t->year, 4);
			end = put_text(end, "-H");
			end = put_number(end, t->part, 1);
			break;
		case NV_PRECISION_YEAR:
			end = put_number(end, (int) t->year, 4);
			break;
		case NV_PRECISION_DECADE:
			end = put_number(end, (int) (t->year / 10), 3);
			*end++ = 'X';
			break;
		default:
			*end++ = '?';
			break;
	}
	if (t->modifier > NV_MODIFIER_NONE && t->modifier <= NV_MODIFIER_LATE)
	{
		*end++ = '/';
		end = put_text(end, modifier_names[t->modifier]);
	}
	n = (size_t) (end - text);
	if (n >= NV_TIMEX_TEXT_MAX)
		n = NV_TIMEX_TEXT_MAX - 1;
	memcpy(buf, text, n);
	buf[n] = '\0';
	return n;
}

/* ---- Parser ---- */

static const char detail_shape[] =
	"Expected one of YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or YYYX (a decade), "
	"optionally followed by /early, /mid or /late.";
static const char detail_year_digits[] =
	"Expected a year of exactly four digits, or three digits and X for a decade.";
static const char detail_after_year[] =
	"Expected a month (2024-02), ISO week (2024-W08), quarter (2024-Q1) or half (2024-H1) after the year and hyphen.";
static const char detail_month_digits[] =
	"Expected a month of two digits, as in 2024-02.";
static const char detail_day_digits[] =
	"Expected a day of two digits, as in 2024-02-21.";
static const char detail_week_digits[] =
	"Expected an ISO week of two digits, as in 2024-W08.";
static const char detail_quarter_digit[] =
	"Expected a quarter of one digit, as in 2024-Q1.";
static const char detail_half_digit[] =
	"Expected a half of one digit, as in 2024-H1.";
static const char detail_modifier[] =
	"Expected /early, /mid or /late after the value.";
static const char detail_trailing[] =
	"Expected nothing after the value but /early, /mid or /late.";
static const char detail_year_range[] =
	"Expected a year from 0001 to 9999.";
static const char detail_decade_range[] =
	"Expected a decade from 001X to 999X; 000X would include year 0, which does not exist.";
static const char detail_month_range[] =
	"Expected a month from 01 to 12.";
static const char detail_day_range[] =
	"Expected a day that exists in the given month.";
static const char detail_week_range[] =
	"Expected an ISO week from W01 to the last week of the year (W52, or W53 in long years).";
static const char detail_quarter_range[] =
	"Expected a quarter from Q1 to Q4.";
static const char detail_half_range[] =
	"Expected a half of H1 or H2.";

static bool
is_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Reads exactly `count` digits at *p if there are that many; no more may
 * follow, so "2024-021" is rejected rather than read as 2024-02. */
static bool
read_digits(const char **p, const char *end, int count, int *value)
{
	int			v = 0;

	if (end - *p < count)
		return false;
	for (int i = 0; i < count; i++)
	{
		if (!is_digit((*p)[i]))
			return false;
		v = v * 10 + ((*p)[i] - '0');
	}
	if (end - *p > count && is_digit((*p)[count]))
		return false;
	*p += count;
	*value = v;
	return true;
}

static bool
match_word(const char **p, const char *end, const char *word)
{
	size_t		len = strlen(word);

	if ((size_t) (end - *p) < len || memcmp(*p, word, len) != 0)
		return false;
	*p += len;
	return true;
}

nv_timex_parse_status
nv_timex_parse(const char *text, size_t len, nv_timex *out, const char **detail)
{
	const char *p = text;
	const char *end = text + len;
	nv_precision precision;
	nv_modifier modifier = NV_MODIFIER_NONE;
	int			year = 0,
				part = 0,
				day = 0;
	nv_timex	value;
	bool		ok = false;
	const char *range_detail = NULL;

	while (p < end && is_ascii_space(*p))
		p++;
	while (end > p && is_ascii_space(end[-1]))
		end--;
	if (p == end)
	{
		*detail = detail_shape;
		return NV_TIMEX_PARSE_SYNTAX;
	}

	/* Shape first: every syntax error is reported before any range error. */
	if (end - p >= 4 && is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) && p[3] == 'X')
	{
		year = ((p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0')) * 10;
		p += 4;
		precision = NV_PRECISION_DECADE;
	}
	else
	{
		if (!read_digits(&p, end, 4, &year))
		{
			*detail = is_digit(*p) ? detail_year_digits : detail_shape;
			return NV_TIMEX_PARSE_SYNTAX;
		}
		precision = NV_PRECISION_YEAR;
		if (p < end && *p == '-')
		{
			p++;
			if (match_word(&p, end, "W"))
			{
				if (!read_digits(&p, end, 2, &part))
				{
					*detail = detail_week_digits;
					return NV_TIMEX_PARSE_SYNTAX;
				}
				precision = NV_PRECISION_WEEK;
			}
			else if (match_word(&p, end, "Q"))
			{
				if (!read_digits(&p, end, 1, &part))
				{
					*detail = detail_quarter_digit;
					return NV_TIMEX_PARSE_SYNTAX;
				}
				precision = NV_PRECISION_QUARTER;
			}
			else if (match_word(&p, end, "H"))
			{
				if (!read_digits(&p, end, 1, &part))
				{
					*detail = detail_half_digit;
					return NV_TIMEX_PARSE_SYNTAX;
				}
				precision = NV_PRECISION_HALF;
			}
			else
			{
				if (!read_digits(&p, end, 2, &part))
				{
					*detail = (p < end && is_digit(*p)) ? detail_month_digits : detail_after_year;
					return NV_TIMEX_PARSE_SYNTAX;
				}
				precision = NV_PRECISION_MONTH;
				if (p < end && *p == '-')
				{
					p++;
					if (!read_digits(&p, end, 2, &day))
					{
						*detail = detail_day_digits;
						return NV_TIMEX_PARSE_SYNTAX;
					}
					precision = NV_PRECISION_DAY;
				}
			}
		}
	}

	if (p < end && *p == '/')
	{
		if (match_word(&p, end, "/early"))
			modifier = NV_MODIFIER_EARLY;
		else if (match_word(&p, end, "/mid"))
			modifier = NV_MODIFIER_MID;
		else if (match_word(&p, end, "/late"))
			modifier = NV_MODIFIER_LATE;
		if (modifier == NV_MODIFIER_NONE || p != end)
		{
			*detail = detail_modifier;
			return NV_TIMEX_PARSE_SYNTAX;
		}
	}
	if (p != end)
	{
		*detail = detail_trailing;
		return NV_TIMEX_PARSE_SYNTAX;
	}

	/* Now the fields, widest first so the year is blamed before the day. */
	if (precision == NV_PRECISION_DECADE)
	{
		ok = nv_timex_decade(year, &value);
		range_detail = detail_decade_range;
	}
	else if (!year_in_range(year))
		range_detail = detail_year_range;
	else
	{
		switch (precision)
		{
			case NV_PRECISION_DAY:
				if (part < 1 || part > 12)
					range_detail = detail_month_range;
				else
				{
					ok = nv_timex_day(year, part, day, &value);
					range_detail = detail_day_range;
				}
				break;
			case NV_PRECISION_WEEK:
				ok = nv_timex_week(year, part, &value);
				range_detail = detail_week_range;
				break;
			case NV_PRECISION_MONTH:
				ok = nv_timex_month(year, part, &value);
				range_detail = detail_month_range;
				break;
			case NV_PRECISION_QUARTER:
				ok = nv_timex_quarter(year, part, &value);
				range_detail = detail_quarter_range;
				break;
			case NV_PRECISION_HALF:
				ok = nv_timex_half(year, part, &value);
				range_detail = detail_half_range;
				break;
			case NV_PRECISION_YEAR:
				ok = nv_timex_year(year, &value);
				range_detail = detail_year_range;
				break;
			case NV_PRECISION_DECADE:
				break;			/* handled above */
		}
	}
	if (!ok)
	{
		*detail = range_detail;
		return NV_TIMEX_PARSE_RANGE;
	}
	value.modifier = (uint8_t) modifier;
	*out = value;
	return NV_TIMEX_PARSE_OK;
}
