/*
 * calendar.h — proleptic Gregorian day arithmetic and the timex value.
 *
 * Days are counted from 2000-01-01 (day 0), the same epoch as PostgreSQL's
 * DateADT, so the glue passes them through without conversion.  Years run
 * from 1 to 9999.
 */
#ifndef NARRATIVE_CALENDAR_H
#define NARRATIVE_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NV_YEAR_MIN 1
#define NV_YEAR_MAX 9999

/* Widest first is the reverse of this order: decade is the widest. */
typedef enum nv_precision
{
	NV_PRECISION_DAY = 0,
	NV_PRECISION_WEEK,
	NV_PRECISION_MONTH,
	NV_PRECISION_QUARTER,
	NV_PRECISION_HALF,
	NV_PRECISION_YEAR,
	NV_PRECISION_DECADE
} nv_precision;

typedef enum nv_modifier
{
	NV_MODIFIER_NONE = 0,
	NV_MODIFIER_EARLY,
	NV_MODIFIER_MID,
	NV_MODIFIER_LATE
} nv_modifier;

/*
 * A calendar reference of known precision.  `year` is the calendar year
 * (the ISO week-numbering year for NV_PRECISION_WEEK, the first year of the
 * decade for NV_PRECISION_DECADE).  `part` is the month (1-12), ISO week
 * (1-53), quarter (1-4) or half (1-2); `day` the day of month for
 * NV_PRECISION_DAY.  Unused fields are zero, so equal values are equal bytes.
 * Exactly 8 bytes: it is stored as such by the SQL type.
 */
typedef struct nv_timex
{
	int32_t		year;
	uint8_t		precision;		/* nv_precision */
	uint8_t		modifier;		/* nv_modifier */
	uint8_t		part;
	uint8_t		day;
} nv_timex;

/* Longest text form: "2024-02-21/early" plus NUL. */
#define NV_TIMEX_TEXT_MAX 24

/* Day arithmetic (days since 2000-01-01). */
int32_t		nv_day_from_civil(int year, int month, int day);
void		nv_civil_from_day(int32_t dayno, int *year, int *month, int *day);
int			nv_days_in_month(int year, int month);
bool		nv_is_leap_year(int year);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int			nv_iso_weekday(int32_t dayno);
/* ISO week-numbering year and week of a day. */
void		nv_iso_week(int32_t dayno, int *iso_year, int *iso_week);
/* Number of ISO weeks (52 or 53) in an ISO week-numbering year. */
int			nv_iso_weeks_in_year(int iso_year);
/* Monday of ISO week `week` of `iso_year`. */
int32_t		nv_day_from_iso_week(int iso_year, int week);

/* Constructors: each returns false (and leaves *out alone) on a bad field. */
bool		nv_timex_day(int year, int month, int day, nv_timex *out);
bool		nv_timex_week(int iso_year, int week, nv_timex *out);
bool		nv_timex_month(int year, int month, nv_timex *out);
bool		nv_timex_quarter(int year, int quarter, nv_timex *out);
bool		nv_timex_half(int year, int half, nv_timex *out);
bool		nv_timex_year(int year, nv_timex *out);
/*
 * Any year of the decade: 2024 gives 202X.  Decades run from 001X to 999X;
 * 000X would take in year 0, which the calendar does not have.
 */
bool		nv_timex_decade(int year, nv_timex *out);
/* A day number as a timex of day precision. */
bool		nv_timex_from_dayno(int32_t dayno, nv_timex *out);
/* Sets the modifier (an nv_modifier); false if it is not one. */
bool		nv_timex_set_modifier(nv_timex *t, int modifier);
/* "day", "week", "month", "quarter", "half", "year", "decade"; NULL if
 * `precision` is not an nv_precision. */
const char *nv_precision_name(int precision);

/*
 * The half-open day range [*lower, *upper) a value covers.  A modifier
 * narrows the range to its first, middle or last third (by days; the
 * remainder goes to the last third): 2023-10/mid is 2023-10-11 .. 2023-10-21.
 * A single day has no thirds: a day's modifier leaves its range whole.
 */
void		nv_timex_bounds(const nv_timex *t, int32_t *lower, int32_t *upper);

/*
 * Total order: by lower bound, then wider first (greater upper bound first),
 * then by precision, then modifier, so that distinct values never compare
 * equal.  Returns <0, 0, >0.
 */
int			nv_timex_compare(const nv_timex *a, const nv_timex *b);

/* Checks every field; true when the value is one a constructor could make. */
bool		nv_timex_is_valid(const nv_timex *t);

/*
 * Text form after TIMEX3: 2024-02-21, 2024-W08, 2024-02, 2024-Q1, 2024-H1,
 * 2024, 202X, each optionally followed by /early, /mid or /late.
 * nv_timex_format writes at most NV_TIMEX_TEXT_MAX bytes including the NUL
 * and returns the length written.
 */
size_t		nv_timex_format(const nv_timex *t, char *buf);

typedef enum nv_timex_parse_status
{
	NV_TIMEX_PARSE_OK = 0,
	NV_TIMEX_PARSE_SYNTAX,		/* not of any accepted shape */
	NV_TIMEX_PARSE_RANGE		/* right shape, a field out of range
								 * (month 13, 2023-02-30, week 54, year 0) */
} nv_timex_parse_status;

/*
 * Parses exactly `len` bytes (no NUL needed; leading and trailing ASCII
 * white space allowed).  On failure *detail points at a static English
 * sentence saying what was expected.
 */
nv_timex_parse_status nv_timex_parse(const char *text, size_t len,
									 nv_timex *out, const char **detail);

#endif							/* NARRATIVE_CALENDAR_H */
