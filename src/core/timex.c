/*
 * timex.c — time expressions found in text and normalised to timex values.
 *
 * A small grammar over tokens, driven by the word classes of
 * data/builtin/timex.tsv (months, weekdays, units, tense words, modifiers,
 * fillers, numbers).  Numeric shapes — 21/2/2024, 2024-02-21 — are matched
 * with pcre2 (compiled once, JIT where the platform has it) on the text
 * that the tokens cover.
 *
 * Parsing yields an `expr` that says what the text fixes (a full date, a
 * month without its year, a weekday, a count of units back or ahead);
 * resolve() turns it into a value against the publication date.  Without
 * a publication date every relative expression is still found but left
 * unresolved: no wall-clock guessing.
 *
 * Resolution rules (the gold corpus conventions):
 *  - a weekday is the most recent such day on or before the publication
 *    date (the same day counts) unless a future word says otherwise;
 *  - "Oktober lalu" / "last October" is the most recent October strictly
 *    before the publication month; a bare month is the occurrence closest
 *    to it (a tie goes to the past); D/M without a year likewise, but
 *    among the years where it falls on the weekday named with it, if
 *    any up to a week after the publication ("Kamis (22/2)" is a
 *    Thursday);
 *  - "pekan lalu" / "last week" is the previous ISO week, and a weekday
 *    of it ("Kamis pekan lalu", "Thursday last week") that day of it;
 *  - "hari yang sama" / "the same day" is the day of the last expression
 *    before it that fixes a day.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "narrative.h"

typedef enum expr_kind
{
	EXPR_NONE = 0,
	EXPR_ABSOLUTE,				/* value fixed by the text */
	EXPR_YEARLESS_DAY,			/* day and month, year from context */
	EXPR_MONTH,					/* a month name, year from tense/context */
	EXPR_WEEKDAY,				/* a weekday, date from tense/context */
	EXPR_RELATIVE,				/* count units from the publication date */
	EXPR_DEICTIC,				/* days from the publication date */
	EXPR_SAME_DAY				/* the day of the text's last dated day */
} expr_kind;

typedef enum unit_kind
{
	UNIT_NONE = 0,
	UNIT_DAY,
	UNIT_WEEK,
	UNIT_MONTH,
	UNIT_QUARTER,
	UNIT_HALF,
	UNIT_YEAR,
	UNIT_DECADE
} unit_kind;

typedef struct expr
{
	expr_kind	kind;
	uint32_t	end;			/* one past the last token */
	nv_timex	value;			/* EXPR_ABSOLUTE */
	int			month;			/* EXPR_YEARLESS_DAY, EXPR_MONTH */
	int			day;			/* EXPR_YEARLESS_DAY; EXPR_WEEKDAY (1-7) */
	int			weekday;		/* EXPR_YEARLESS_DAY: the weekday named
								 * with it (1-7), or 0 */
	int			direction;		/* -1 past, 0 none/present, +1 future */
	bool		strict;			/* direction excludes the reference itself */
	unit_kind	unit;			/* EXPR_RELATIVE */
	int			count;			/* EXPR_RELATIVE, EXPR_DEICTIC; EXPR_WEEKDAY
								 * with in_week: weeks from the publication's */
	bool		in_week;		/* EXPR_WEEKDAY: of the week `count` says */
	int			part;			/* quarter or half within a relative year */
	unit_kind	part_unit;
	nv_modifier modifier;
} expr;

/* The word classes of data/builtin/timex.tsv that the grammar asks about. */
typedef enum timex_class
{
	CLASS_PAST,
	CLASS_FUTURE,
	CLASS_PRESENT,
	CLASS_WEEKDAY,
	CLASS_MONTH,
	CLASS_MONTH_ABBR,
	CLASS_QUARTER,
	CLASS_HALF,
	CLASS_UNIT,
	CLASS_ORDINAL,
	CLASS_ROMAN,
	CLASS_NUMBER,
	CLASS_NOUN,
	CLASS_FILLER,
	CLASS_SOFT,
	CLASS_DEICTIC,
	CLASS_MODIFIER,
	CLASS_AGO,
	CLASS_FUTURE_MARKER,
	CLASS_SAME_DAY,
	CLASS_NUMBERED,
	CLASS_COUNT
} timex_class;

static const char *const class_names[CLASS_COUNT] = {
	[CLASS_PAST] = "past",
	[CLASS_FUTURE] = "future",
	[CLASS_PRESENT] = "present",
	[CLASS_WEEKDAY] = "weekday",
	[CLASS_MONTH] = "month",
	[CLASS_MONTH_ABBR] = "month_abbr",
	[CLASS_QUARTER] = "quarter",
	[CLASS_HALF] = "half",
	[CLASS_UNIT] = "unit",
	[CLASS_ORDINAL] = "ordinal",
	[CLASS_ROMAN] = "roman",
	[CLASS_NUMBER] = "number",
	[CLASS_NOUN] = "noun",
	[CLASS_FILLER] = "filler",
	[CLASS_SOFT] = "soft",
	[CLASS_DEICTIC] = "deictic",
	[CLASS_MODIFIER] = "modifier",
	[CLASS_AGO] = "ago",
	[CLASS_FUTURE_MARKER] = "future_marker",
	[CLASS_SAME_DAY] = "same_day",
	[CLASS_NUMBERED] = "numbered"
};

/*
 * The class bit sets below are found once per document (find_classes), so
 * a lookup tests the token's class bits against one of them, with no
 * class name hashed; a class no entry has is an empty set.
 */
typedef struct tagger
{
	const nv_document *doc;
	const nv_wordlists *lists;
	uint32_t	limit;			/* first token of the next line: no
								 * expression runs across a line break */
	bool		mapped;			/* doc's tokens carry these lists' bits */
	uint64_t	classes[CLASS_COUNT][NV_CLASS_WORDS];
	uint64_t	tenses[NV_CLASS_WORDS]; /* past, future, present */
	/* the one-word classes that may open a parser of parse_core */
	uint64_t	weekday_openers[NV_CLASS_WORDS];
	uint64_t	month_openers[NV_CLASS_WORDS];
	uint64_t	part_openers[NV_CLASS_WORDS];
	uint64_t	relative_openers[NV_CLASS_WORDS];
} tagger;

/* ---- numeric shapes (pcre2) -------------------------------------------- */

typedef struct numeric_patterns
{
	pcre2_code *slash;			/* D/M or D/M/Y */
	pcre2_code *iso;			/* YYYY-MM-DD */
	pcre2_match_data *match;
	pcre2_match_context *context;
	bool		ready;
	bool		failed;
} numeric_patterns;

static numeric_patterns patterns;

static pcre2_code *
compile_pattern(const char *source)
{
	int			error;
	PCRE2_SIZE	offset;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR) source, PCRE2_ZERO_TERMINATED,
									 PCRE2_ANCHORED | PCRE2_ENDANCHORED, &error, &offset, NULL);

	if (code)
		(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* optional speed */
	return code;
}

/* Compiled once per process; the patterns are anchored on a token run. */
static bool
numeric_patterns_ready(void)
{
	if (!patterns.ready && !patterns.failed)
	{
		patterns.slash = compile_pattern("([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{4}|[0-9]{2}))?");
		patterns.iso = compile_pattern("([0-9]{4})-([0-9]{2})-([0-9]{2})");
		patterns.match = pcre2_match_data_create(8, NULL);
		patterns.context = pcre2_match_context_create(NULL);
		if (!patterns.slash || !patterns.iso || !patterns.match || !patterns.context)
			patterns.failed = true;
		else
		{
			/* the subjects are a few bytes: these limits are never reached
			 * by a real date, and bound any surprise */
			pcre2_set_match_limit(patterns.context, 10000);
			pcre2_set_depth_limit(patterns.context, 100);
			pcre2_set_heap_limit(patterns.context, 64);	/* KiB */
			patterns.ready = true;
		}
	}
	return patterns.ready;
}

static int
capture_int(const char *subject, int group, bool *present)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(patterns.match);
	int			value = 0;

	*present = ov[2 * group] != PCRE2_UNSET;
	if (!*present)
		return 0;
	for (PCRE2_SIZE k = ov[2 * group]; k < ov[2 * group + 1]; k++)
		value = value * 10 + (subject[k] - '0');
	return value;
}

/* A limit reached (PCRE2_ERROR_MATCHLIMIT, _DEPTHLIMIT, _HEAPLIMIT) or
 * any other error is no match, never an error of the whole extraction. */
static bool
pattern_matches(pcre2_code *code, const char *subject, size_t len)
{
	return pcre2_match(code, (PCRE2_SPTR) subject, len, 0, 0, patterns.match, patterns.context) > 0;
}

/* ---- token helpers ----------------------------------------------------- */

static const nv_token *
token(const tagger *t, uint32_t i)
{
	return i < t->limit ? &t->doc->tokens[i] : NULL;
}

static bool
is_word(const tagger *t, uint32_t i, const char *w)
{
	return i < t->limit && nv_token_is(t->doc, i, w);
}

static bool
is_punct(const tagger *t, uint32_t i, int32_t cp)
{
	return i < t->limit && nv_token_is_punct(t->doc, i, cp);
}

static bool
glued(const tagger *t, uint32_t i)
{
	const nv_token *tok = token(t, i);

	return tok && i > 0 && !(tok->flags & (NV_TOKEN_SPACE_BEFORE | NV_TOKEN_HYPHEN_BEFORE));
}

static bool
same_line(const tagger *t, uint32_t i)
{
	return i < t->limit;
}

/* The value of a number token of at most `max_digits` plain digits, or -1. */
static int
number_at(const tagger *t, uint32_t i, int max_digits)
{
	const nv_token *tok = token(t, i);
	int			value = 0;

	if (!tok || tok->kind != NV_TOKEN_NUMBER || (int) (tok->end - tok->start) > max_digits)
		return -1;
	for (uint32_t k = tok->start; k < tok->end; k++)
	{
		char		c = t->doc->text[k];

		if (c < '0' || c > '9')
			return -1;
		value = value * 10 + (c - '0');
	}
	return value;
}

/* The day of an English ordinal written as one word ("23rd", "20th",
 * "1st"), or -1. */
static int
ordinal_at(const tagger *t, uint32_t i)
{
	const nv_token *tok = token(t, i);
	const char *w;
	uint32_t	len;

	if (!tok || tok->kind != NV_TOKEN_WORD || (len = tok->end - tok->start) < 3 || len > 4)
		return -1;
	w = t->doc->text + tok->start;
	if (w[0] < '0' || w[0] > '9' || (len == 4 && (w[1] < '0' || w[1] > '9')))
		return -1;
	if (strncasecmp(w + len - 2, "st", 2) != 0 && strncasecmp(w + len - 2, "nd", 2) != 0 &&
		strncasecmp(w + len - 2, "rd", 2) != 0 && strncasecmp(w + len - 2, "th", 2) != 0)
		return -1;
	return len == 4 ? (w[0] - '0') * 10 + (w[1] - '0') : w[0] - '0';
}

static int
digits_at(const tagger *t, uint32_t i)
{
	const nv_token *tok = token(t, i);

	return tok && tok->kind == NV_TOKEN_NUMBER ? (int) (tok->end - tok->start) : 0;
}

/*
 * Whether token i, on the line, may start an entry of a class in `set`
 * with list bit `bit` (NV_LIST_TIMEX, or its one-word bit); false means
 * no lookup there finds one.  Unmapped tokens are left to the lookup.
 */
static inline bool
may_start(const tagger *t, uint32_t i, int bit, const uint64_t *set)
{
	uint32_t	w;

	if (i >= t->limit)
		return false;
	if (!t->mapped)
		return true;
	w = t->doc->tokens[i].list_word;
	return ((t->doc->list_starts[w] >> bit) & 1) &&
		nv_class_sets_meet(&t->doc->class_starts[w * NV_CLASS_WORDS], set);
}

/* Inline: the parsers ask of most tokens whether they are a word of some
 * class, and most are none, which the word's class bits answer at once. */
static inline const nv_word_entry *
word(const tagger *t, uint32_t i, timex_class c)
{
	if (!may_start(t, i, NV_LIST_SINGLE + NV_LIST_TIMEX, t->classes[c]))
		return NULL;
	return nv_word_find(t->lists, t->doc, i, NV_LIST_TIMEX, class_names[c], t->doc->lang);
}

static inline const nv_word_entry *
phrase(const tagger *t, uint32_t i, timex_class c)
{
	if (!may_start(t, i, NV_LIST_TIMEX, t->classes[c]))
		return NULL;
	return nv_phrase_find(t->lists, t->doc, i, NV_LIST_TIMEX, class_names[c]);
}

/*
 * The tense word at i as one word ("last", "lalu"), past, future and
 * present asked in that order, its class in *tense; NULL when none.  One
 * test of the three classes' bits turns away most tokens.
 */
static const nv_word_entry *
tense_word(const tagger *t, uint32_t i, timex_class *tense)
{
	const nv_word_entry *e = NULL;

	if (!may_start(t, i, NV_LIST_SINGLE + NV_LIST_TIMEX, t->tenses))
		return NULL;
	for (timex_class c = CLASS_PAST; c <= CLASS_PRESENT && !e; c++)
		if ((e = word(t, i, c)) != NULL)
			*tense = c;
	return e;
}

/* tense_word for phrases ("yang lalu"), with the direction each class
 * gives in *direction. */
static const nv_word_entry *
tense_phrase(const tagger *t, uint32_t i, int *direction)
{
	static const int directions[] = {[CLASS_PAST] = -1, [CLASS_FUTURE] = 1, [CLASS_PRESENT] = 0};
	const nv_word_entry *e = NULL;

	if (!may_start(t, i, NV_LIST_TIMEX, t->tenses))
		return NULL;
	for (timex_class c = CLASS_PAST; c <= CLASS_PRESENT && !e; c++)
		if ((e = phrase(t, i, c)) != NULL)
			*direction = directions[c];
	return e;
}

static bool
capitalized(const tagger *t, uint32_t i)
{
	const nv_token *tok = token(t, i);

	return tok && (tok->flags & NV_TOKEN_CAPITALIZED);
}

/* A month name at i: full names must be capitalised ("may" is a verb);
 * abbreviations only when `abbreviations` (inside a dated form). */
static int
month_at(const tagger *t, uint32_t i, bool abbreviations, uint32_t *end)
{
	const nv_word_entry *e;
	bool		abbreviated = false;

	if (!capitalized(t, i))
		return 0;
	e = word(t, i, CLASS_MONTH);
	if (!e && abbreviations)
		abbreviated = (e = word(t, i, CLASS_MONTH_ABBR)) != NULL;
	if (!e)
		return 0;
	*end = i + 1;
	/* "Feb." — the dot of an abbreviation belongs to it */
	if (abbreviated && is_punct(t, i + 1, '.') && glued(t, i + 1))
		*end = i + 2;
	return e->number;
}

static unit_kind
unit_from_name(const char *name)
{
	static const char *const names[] = {"", "day", "week", "month", "quarter", "half", "year", "decade"};

	for (int k = 1; k < (int) (sizeof(names) / sizeof(names[0])); k++)
		if (strcmp(name, names[k]) == 0)
			return (unit_kind) k;
	return UNIT_NONE;
}

static nv_modifier
modifier_from_name(const char *name)
{
	if (strcmp(name, "early") == 0)
		return NV_MODIFIER_EARLY;
	if (strcmp(name, "mid") == 0)
		return NV_MODIFIER_MID;
	if (strcmp(name, "late") == 0)
		return NV_MODIFIER_LATE;
	return NV_MODIFIER_NONE;
}

static bool
plausible_year(int year)
{
	return year >= 1000 && year <= 2999;
}

/* A tense word right after an expression (id: "Oktober lalu") */
static uint32_t
tense_after(const tagger *t, uint32_t i, int *direction)
{
	const nv_word_entry *e = tense_phrase(t, i, direction);

	return e ? i + e->word_count : i;
}

/* ---- the grammar ------------------------------------------------------- */

static bool parse_core(const tagger *t, uint32_t i, expr *out);

/* 21/2/2024, 21/2 — glued tokens NUM / NUM [/ NUM] */
static bool
parse_slash_date(const tagger *t, uint32_t i, expr *out)
{
	uint32_t	end = i;
	const char *subject;
	bool		has_year;
	int			d, m, y;

	if (digits_at(t, i) == 0 || digits_at(t, i) > 2 || !numeric_patterns_ready())
		return false;
	/* the run of glued digits and slashes */
	end = i + 1;
	while (end + 1 < t->limit && end - i < 5 && is_punct(t, end, '/') && glued(t, end) &&
		   digits_at(t, end + 1) > 0 && glued(t, end + 1))
		end += 2;
	if (end == i + 1)
		return false;
	subject = t->doc->text + t->doc->tokens[i].start;
	if (!pattern_matches(patterns.slash, subject, t->doc->tokens[end - 1].end - t->doc->tokens[i].start))
		return false;
	d = capture_int(subject, 1, &(bool) {0});
	m = capture_int(subject, 2, &(bool) {0});
	y = capture_int(subject, 3, &has_year);
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	out->end = end;
	/* without a year, D/M is a date only where the house style puts one:
	 * "(17/10)" or ", 17/10" after a weekday, or "tanggal 17/10"; 24/7
	 * and 50/50 are not */
	if (!has_year && !is_punct(t, i - 1, '(') && !(i > 0 && word(t, i - 1, CLASS_FILLER)) &&
		!(i > 1 && is_punct(t, i - 1, ',') && word(t, i - 2, CLASS_WEEKDAY)))
		return false;
	if (has_year)
	{
		if (y < 100)
			y += 2000;
		if (!nv_timex_day(y, m, d, &out->value))
			return false;
		out->kind = EXPR_ABSOLUTE;
	}
	else
	{
		out->kind = EXPR_YEARLESS_DAY;
		out->month = m;
		out->day = d;
	}
	return true;
}

/* 2024-02-21: the hyphens glue the tokens, so the run is 3 numbers */
static bool
parse_iso_date(const tagger *t, uint32_t i, expr *out)
{
	const char *subject;
	int			y, m, d;

	if (digits_at(t, i) != 4 || digits_at(t, i + 1) != 2 || digits_at(t, i + 2) != 2 ||
		!(t->doc->tokens[i + 1].flags & NV_TOKEN_HYPHEN_BEFORE) ||
		!(t->doc->tokens[i + 2].flags & NV_TOKEN_HYPHEN_BEFORE) || !numeric_patterns_ready())
		return false;
	subject = t->doc->text + t->doc->tokens[i].start;
	if (!pattern_matches(patterns.iso, subject, t->doc->tokens[i + 2].end - t->doc->tokens[i].start))
		return false;
	y = capture_int(subject, 1, &(bool) {0});
	m = capture_int(subject, 2, &(bool) {0});
	d = capture_int(subject, 3, &(bool) {0});
	if (!nv_timex_day(y, m, d, &out->value))
		return false;
	out->kind = EXPR_ABSOLUTE;
	out->end = i + 3;
	return true;
}

/* An English ordinal suffix glued to the number before token k ("23rd",
 * "20th"). */
static bool
ordinal_suffix(const tagger *t, uint32_t k)
{
	return k < t->doc->token_count && glued(t, k) &&
		(is_word(t, k, "st") || is_word(t, k, "nd") || is_word(t, k, "rd") || is_word(t, k, "th"));
}

/* 21 Februari 2024, 21 February, 21 Feb. 2024, 20th October, 2022 */
static bool
parse_day_month(const tagger *t, uint32_t i, expr *out)
{
	int			d = number_at(t, i, 2) >= 0 ? number_at(t, i, 2) : ordinal_at(t, i);
	uint32_t	month = ordinal_suffix(t, i + 1) ? i + 2 : i + 1;
	uint32_t	end;
	int			m;
	int			y;

	if (d < 1 || d > 31 || !same_line(t, month) || (m = month_at(t, month, true, &end)) == 0)
		return false;
	/* "20th October, 2022": the year after a comma */
	if (is_punct(t, end, ',') && digits_at(t, end + 1) == 4 && same_line(t, end + 1))
		end++;
	y = digits_at(t, end) == 4 && same_line(t, end) ? number_at(t, end, 4) : -1;
	if (y > 0)
	{
		if (!nv_timex_day(y, m, d, &out->value))
			return false;
		out->kind = EXPR_ABSOLUTE;
		out->end = end + 1;
		return true;
	}
	if (d > nv_days_in_month(2000, m))	/* 2000: a leap year */
		return false;
	out->kind = EXPR_YEARLESS_DAY;
	out->month = m;
	out->day = d;
	out->end = end;
	return true;
}

/* Februari 2024; Feb. 21, 2024; April 23; Oktober (lalu) */
static bool
parse_month_first(const tagger *t, uint32_t i, expr *out)
{
	uint32_t	end;
	int			m = month_at(t, i, true, &end);
	bool		abbreviated;
	int			n;

	if (m == 0)
		return false;
	abbreviated = word(t, i, CLASS_MONTH) == NULL;
	if (digits_at(t, end) == 4 && same_line(t, end))
	{
		if (!nv_timex_month(number_at(t, end, 4), m, &out->value))
			return false;
		out->kind = EXPR_ABSOLUTE;
		out->end = end + 1;
		/* "pada November 2023 lalu": the explicit year stands */
		out->end = tense_after(t, out->end, &(int) {0});
		return true;
	}
	n = number_at(t, end, 2) >= 0 ? number_at(t, end, 2) : ordinal_at(t, end);
	if (n >= 1 && n <= nv_days_in_month(2000, m) && same_line(t, end) &&
		!(t->doc->tokens[end].flags & NV_TOKEN_HYPHEN_BEFORE))
	{
		uint32_t	after = end + 1;

		/* ordinal suffixes: April 23rd */
		if (ordinal_suffix(t, after))
			after++;
		if (is_punct(t, after, ',') && digits_at(t, after + 1) == 4 && same_line(t, after + 1))
		{
			if (!nv_timex_day(number_at(t, after + 1, 4), m, n, &out->value))
				return false;
			out->kind = EXPR_ABSOLUTE;
			out->end = after + 2;
			return true;
		}
		if (digits_at(t, after) == 4 && same_line(t, after))
		{
			if (!nv_timex_day(number_at(t, after, 4), m, n, &out->value))
				return false;
			out->kind = EXPR_ABSOLUTE;
			out->end = after + 1;
			return true;
		}
		out->kind = EXPR_YEARLESS_DAY;
		out->month = m;
		out->day = n;
		out->end = after;
		return true;
	}
	if (abbreviated)
		return false;
	out->kind = EXPR_MONTH;
	out->month = m;
	out->end = tense_after(t, end, &out->direction);
	out->strict = out->direction != 0;
	return true;
}

/* A date that may follow a weekday: (21/2/2024), (Feb 21), , 23 Februari 2020 */
static bool
parse_date_after_weekday(const tagger *t, uint32_t i, expr *out)
{
	bool		paren = is_punct(t, i, '(');
	uint32_t	at = paren || is_punct(t, i, ',') ? i + 1 : i;
	expr		date = {0};

	if (!same_line(t, at))
		return false;
	if (!parse_slash_date(t, at, &date) && !parse_iso_date(t, at, &date) &&
		!parse_day_month(t, at, &date))
	{
		date = (expr) {0};
		if (!parse_month_first(t, at, &date) || date.kind == EXPR_MONTH)
			return false;
	}
	if (date.kind != EXPR_ABSOLUTE && date.kind != EXPR_YEARLESS_DAY)
		return false;
	if (paren)
	{
		if (!is_punct(t, date.end, ')'))
			return false;
		date.end++;
	}
	*out = date;
	return true;
}

/* Whether a word pointing ahead ("akan", "will", "is set to") precedes i in
 * its sentence, within a bounded window. */
static bool
future_context(const tagger *t, uint32_t i)
{
	uint32_t	sentence = nv_token_sentence(t->doc, i);
	uint32_t	from = t->doc->sentence_count ? t->doc->sentences[sentence].first_token : 0;

	if (i > from + 40)
		from = i - 40;
	for (uint32_t k = from; k < i; k++)
		if (phrase(t, k, CLASS_FUTURE_MARKER))
			return true;
	return false;
}

/* "pekan lalu", "minggu depan" (id) or "last week", "next week" (en) at i:
 * the week's offset from the publication's in *weeks and its end in *end,
 * both set only when there is one. */
static bool
week_phrase(const tagger *t, uint32_t i, int *weeks, uint32_t *end)
{
	const nv_word_entry *unit;
	const nv_word_entry *tense;
	timex_class tense_class;
	int			direction = 0;

	if (!same_line(t, i) || !same_line(t, i + 1))
		return false;
	if (t->doc->lang == NV_LANG_ID)
	{
		unit = word(t, i, CLASS_UNIT);
		tense = unit ? tense_phrase(t, i + 1, &direction) : NULL;
	}
	else
	{
		tense = tense_word(t, i, &tense_class);
		unit = tense ? word(t, i + 1, CLASS_UNIT) : NULL;
		direction = tense ? tense->number : 0;
	}
	if (!unit || !tense || unit_from_name(unit->value) != UNIT_WEEK)
		return false;
	*weeks = direction;
	*end = t->doc->lang == NV_LANG_ID ? i + 1 + tense->word_count : i + 2;
	return true;
}

/* [last|next|this] Jumat [(21/2/2024)] [lalu|depan], or Jumat pekan lalu */
static bool
parse_weekday(const tagger *t, uint32_t i, expr *out)
{
	const nv_word_entry *e;
	int			direction = 0;
	bool		has_direction = false;
	uint32_t	at = i;
	expr		date = {0};

	timex_class tense;

	if ((e = tense_word(t, at, &tense)) != NULL)
	{
		/* English puts the tense word first: last Friday */
		if (t->doc->lang == NV_LANG_ID)
			return false;
		direction = e->number;
		has_direction = tense != CLASS_PRESENT;
		at++;
	}
	if (!capitalized(t, at) || !same_line(t, at) || (e = word(t, at, CLASS_WEEKDAY)) == NULL)
		return false;
	/* "Minggu lalu" is last week, not last Sunday: the unit parse has it */
	if (e->number == 7 && is_word(t, at, "minggu") && at == i &&
		(i == 0 || !is_word(t, i - 1, "hari")) &&
		tense_phrase(t, at + 1, &(int) {0}))
		return false;
	at++;
	if (parse_date_after_weekday(t, at, &date))
	{
		/* the date decides; a weekday that contradicts it is ignored,
		 * but picks the year of one that has none ("Kamis (22/2)") */
		*out = date;
		if (out->kind == EXPR_YEARLESS_DAY)
			out->weekday = e->number;
		return true;
	}
	/* "Kamis pekan lalu", "Thursday last week": that day of that week */
	if (!has_direction && week_phrase(t, at, &out->count, &out->end))
	{
		out->kind = EXPR_WEEKDAY;
		out->day = e->number;
		out->in_week = true;
		return true;
	}
	if (!has_direction)
	{
		uint32_t	after = tense_after(t, at, &direction);

		has_direction = after != at;
		at = after;
	}
	out->kind = EXPR_WEEKDAY;
	out->day = e->number;
	out->end = at;
	if (has_direction)
	{
		out->direction = direction;
		out->strict = direction != 0;
	}
	else
		out->direction = future_context(t, i) ? 1 : 0;
	return true;
}

/*
 * 1950-1953, 2022–2023 (a hyphen or an en dash, no space): a range of
 * years, one expression whose value is the decade both lie in; a range
 * across decades has no value the type can hold, and is found and left
 * unresolved.  Returns the token after it, or i when there is none at i.
 */
static uint32_t
year_range_end(const tagger *t, uint32_t i, int first, expr *out)
{
	uint32_t	second = i + 1;
	int			last;

	if (is_punct(t, second, 0x2013) && glued(t, second))
		second++;
	else if (!(token(t, second) && (token(t, second)->flags & NV_TOKEN_HYPHEN_BEFORE)))
		return i;
	if (!(second == i + 1 || glued(t, second)) || digits_at(t, second) != 4 ||
		!plausible_year(last = number_at(t, second, 4)) || last <= first)
		return i;
	out->kind = first / 10 == last / 10 ? EXPR_ABSOLUTE : EXPR_NONE;
	if (out->kind == EXPR_ABSOLUTE)
		nv_timex_decade(first - first % 10, &out->value);
	out->end = second + 1;
	return second + 1;
}

/* tahun 2024 / 2024 / 1990-an / 1990s / 1950-1953 */
static bool
parse_year(const tagger *t, uint32_t i, bool introduced, expr *out)
{
	int			y;
	const nv_token *next;

	if (digits_at(t, i) != 4 || !plausible_year(y = number_at(t, i, 4)))
		return false;
	/* the tail of a number joined by a hyphen ("1990-1985", "0812-2024") */
	if (i > 0 && (t->doc->tokens[i].flags & NV_TOKEN_HYPHEN_BEFORE) && t->doc->tokens[i - 1].kind == NV_TOKEN_NUMBER)
		return false;
	next = token(t, i + 1);
	/* 1990-an: the decade */
	if (next && (next->flags & NV_TOKEN_HYPHEN_BEFORE) && is_word(t, i + 1, "an") && y % 10 == 0)
	{
		nv_timex_decade(y, &out->value);
		out->kind = EXPR_ABSOLUTE;
		out->end = i + 2;
		return true;
	}
	if (year_range_end(t, i, y, out) > i)
		return true;
	if (next && (next->flags & NV_TOKEN_HYPHEN_BEFORE))
		return false;			/* 2024-02-21 */
	/* a number a noun numbers is no year ("Resolution 1718", "resolusi
	 * 2397", "nomor 2023") */
	if (i > 0 && word(t, i - 1, CLASS_NUMBERED))
		return false;
	/* a bare number is a year only when introduced ("tahun", "pada",
	 * "in") or standing before punctuation or the end of the line */
	if (!introduced && next && same_line(t, i + 1) && next->kind != NV_TOKEN_PUNCT)
		return false;
	if (next && (is_punct(t, i + 1, '/') || is_punct(t, i + 1, '.') || is_punct(t, i + 1, ',')) &&
		glued(t, i + 1) &&
		digits_at(t, i + 2) > 0)
		return false;
	nv_timex_year(y, &out->value);
	out->kind = EXPR_ABSOLUTE;
	out->end = i + 1;
	return true;
}

/* 1990s */
static bool
parse_decade_word(const tagger *t, uint32_t i, expr *out)
{
	const nv_token *tok = token(t, i);
	const char *s;

	if (!tok || tok->kind != NV_TOKEN_WORD || tok->end - tok->start != 5)
		return false;
	s = t->doc->text + tok->start;
	if (s[0] < '1' || s[0] > '2' || s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9' ||
		s[3] != '0' || s[4] != 's')
		return false;
	nv_timex_decade((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10, &out->value);
	out->kind = EXPR_ABSOLUTE;
	out->end = i + 1;
	return true;
}

/*
 * A year reference after a quarter or half: 2024, tahun 2024, tahun lalu,
 * of 2024, of last year, this year.  Returns the token after it, or i.
 */
static uint32_t
parse_year_reference(const tagger *t, uint32_t i, expr *year)
{
	const nv_word_entry *e;
	uint32_t	at = i;

	if (is_word(t, at, "of"))
		at++;
	if (word(t, at, CLASS_NOUN) && is_word(t, at, "tahun"))
	{
		int			direction;
		uint32_t	after = tense_after(t, at + 1, &direction);

		if (after != at + 1)
		{
			year->kind = EXPR_RELATIVE;
			year->unit = UNIT_YEAR;
			year->count = direction;
			return after;
		}
		at++;
	}
	if (digits_at(t, at) == 4 && plausible_year(number_at(t, at, 4)))
	{
		year->kind = EXPR_ABSOLUTE;
		nv_timex_year(number_at(t, at, 4), &year->value);
		return at + 1;
	}
	if ((e = tense_word(t, at, &(timex_class) {0})) != NULL && is_word(t, at + 1, "year"))
	{
		year->kind = EXPR_RELATIVE;
		year->unit = UNIT_YEAR;
		year->count = e->number;
		return at + 2;
	}
	return i;
}

/* kuartal pertama 2024, paruh kedua tahun lalu, first quarter of 2024, Q1 2024 */
static bool
parse_part_of_year(const tagger *t, uint32_t i, expr *out)
{
	const nv_word_entry *e;
	unit_kind	unit = UNIT_NONE;
	int			part = 0;
	uint32_t	at = i;
	expr		year = {0};
	uint32_t	end;

	if ((e = word(t, at, CLASS_QUARTER)) != NULL)
		unit = UNIT_QUARTER;
	else if ((e = word(t, at, CLASS_HALF)) != NULL)
		unit = UNIT_HALF;
	if (unit != UNIT_NONE)
	{
		part = e->number;
		at++;
	}
	else if ((e = word(t, at, CLASS_UNIT)) != NULL &&
			 (unit_from_name(e->value) == UNIT_QUARTER || unit_from_name(e->value) == UNIT_HALF))
	{
		const nv_word_entry *ord = word(t, at + 1, CLASS_ORDINAL);

		if (!ord)
			ord = word(t, at + 1, CLASS_ROMAN);
		if (!ord)
			return false;
		unit = unit_from_name(e->value);
		part = ord->number;
		at += 2;
	}
	else if ((e = word(t, at, CLASS_ORDINAL)) != NULL && t->doc->lang != NV_LANG_ID)
	{
		const nv_word_entry *u = word(t, at + 1, CLASS_UNIT);

		if (!u || (unit_from_name(u->value) != UNIT_QUARTER && unit_from_name(u->value) != UNIT_HALF))
			return false;
		unit = unit_from_name(u->value);
		part = e->number;
		at += 2;
	}
	else
		return false;
	if (part < 1 || part > (unit == UNIT_QUARTER ? 4 : 2))
		return false;
	end = parse_year_reference(t, at, &year);
	if (end == at)
	{
		/* "kuartal pertama" alone: the year of publication */
		year.kind = EXPR_RELATIVE;
		year.unit = UNIT_YEAR;
		year.count = 0;
		/* a lone Q1 with nothing around it is too weak to tag */
		if (word(t, i, CLASS_QUARTER) || word(t, i, CLASS_HALF))
			return false;
	}
	if (year.kind == EXPR_ABSOLUTE)
	{
		bool		ok = unit == UNIT_QUARTER ? nv_timex_quarter(year.value.year, part, &out->value)
			: nv_timex_half(year.value.year, part, &out->value);

		if (!ok)
			return false;
		out->kind = EXPR_ABSOLUTE;
	}
	else
	{
		*out = year;
		out->part = part;
		out->part_unit = unit;
	}
	out->end = end > at ? end : at;
	return true;
}

/* pekan lalu, bulan depan, tahun ini, 3 hari lalu, dua pekan lalu,
 * last week, next month, this year, two months ago, a week ago */
static bool
parse_relative(const tagger *t, uint32_t i, expr *out)
{
	const nv_word_entry *e;
	const nv_word_entry *u;
	int			count = 1;
	uint32_t	at = i;
	bool		counted = false;

	/* English: last/next/this + unit */
	if ((e = tense_word(t, at, &(timex_class) {0})) != NULL &&
		(u = word(t, at + 1, CLASS_UNIT)) != NULL && t->doc->lang != NV_LANG_ID &&
		!is_word(t, at, "past"))
	{
		/* "last days" is not a date: units in the singular only */
		const char *uw = u->word;

		if (uw[strlen(uw) - 1] == 's')
			return false;
		out->kind = EXPR_RELATIVE;
		out->unit = unit_from_name(u->value);
		out->count = e->number;
		out->end = at + 2;
		return out->unit != UNIT_DAY;	/* "this day" is not "today" */
	}

	/* a count: 3, dua, a */
	if (number_at(t, at, 3) > 0)
	{
		count = number_at(t, at, 3);
		counted = true;
		at++;
	}
	else if ((e = word(t, at, CLASS_NUMBER)) != NULL)
	{
		count = e->number;
		counted = true;
		at++;
	}
	if ((u = word(t, at, CLASS_UNIT)) == NULL)
		return false;
	/* "pekan lalu" (no count) or "3 hari lalu" / "two months ago" */
	if (!counted)
	{
		int			direction;
		uint32_t	after = tense_after(t, at + 1, &direction);

		if (after == at + 1 || t->doc->lang == NV_LANG_EN)
			return false;
		/* "hari lalu" alone is not an expression; "hari ini" is deictic */
		if (unit_from_name(u->value) == UNIT_DAY)
			return false;
		out->kind = EXPR_RELATIVE;
		out->unit = unit_from_name(u->value);
		out->count = direction;
		out->end = after;
		return true;
	}
	if ((e = phrase(t, at + 1, CLASS_AGO)) != NULL)
	{
		out->kind = EXPR_RELATIVE;
		out->unit = unit_from_name(u->value);
		out->count = -count;
		out->end = at + 1 + e->word_count;
		return true;
	}
	return false;
}

/*
 * A phrase of class c, the whole expression: kemarin, hari ini, besok,
 * yesterday, today (deictic: days from the publication date, its value);
 * hari yang sama, (the) same day (same_day).
 */
static bool
parse_phrase_kind(const tagger *t, uint32_t i, timex_class c, expr_kind kind, expr *out)
{
	const nv_word_entry *e = phrase(t, i, c);

	if (!e)
		return false;
	out->kind = kind;
	out->count = e->number;
	out->end = i + e->word_count;
	return true;
}

/* awal/pertengahan/akhir, early/mid/late/end of + a month or year expression */
static bool
parse_modified(const tagger *t, uint32_t i, expr *out)
{
	const nv_word_entry *e = phrase(t, i, CLASS_MODIFIER);
	uint32_t	at;
	expr		inner = {0};

	if (!e)
		return false;
	at = i + e->word_count;
	/* pertengahan bulan Oktober, akhir tahun 2023 */
	if (word(t, at, CLASS_NOUN) && !is_word(t, at, "hari"))
	{
		expr		probe = {0};

		if (is_word(t, at, "tahun") && parse_year(t, at + 1, true, &probe))
			at++;
		else if (is_word(t, at, "bulan") && month_at(t, at + 1, false, &(uint32_t) {0}))
			at++;
	}
	/* the modifier introduces a bare year: "akhir 2023", "mid-2023" */
	if (!parse_year(t, at, true, &inner) && !parse_core(t, at, &inner))
		return false;
	if (inner.kind == EXPR_WEEKDAY || inner.kind == EXPR_DEICTIC ||
		(inner.kind == EXPR_ABSOLUTE && inner.value.precision == NV_PRECISION_DAY) ||
		(inner.kind == EXPR_RELATIVE && inner.unit == UNIT_DAY) || inner.kind == EXPR_YEARLESS_DAY)
		return false;
	*out = inner;
	out->modifier = modifier_from_name(e->value);
	return true;
}

/* The classes a parser of parse_core may open with, as one word. */
static const timex_class weekday_openers[] = {CLASS_PAST, CLASS_FUTURE, CLASS_PRESENT, CLASS_WEEKDAY};
static const timex_class month_openers[] = {CLASS_MONTH, CLASS_MONTH_ABBR};
static const timex_class part_openers[] = {CLASS_QUARTER, CLASS_HALF, CLASS_UNIT, CLASS_ORDINAL};
static const timex_class relative_openers[] = {CLASS_PAST, CLASS_FUTURE, CLASS_PRESENT, CLASS_NUMBER, CLASS_UNIT};

#define ADD_CLASSES(t, set, classes) add_classes(t, set, classes, sizeof(classes) / sizeof(classes[0]))

/* Adds the bits of `count` classes to `set`. */
static void
add_classes(const tagger *t, uint64_t *set, const timex_class *classes, size_t count)
{
	for (size_t k = 0; k < count; k++)
		for (int w = 0; w < NV_CLASS_WORDS; w++)
			set[w] |= t->classes[classes[k]][w];
}

/* Each class's bit, and the sets of several, by the classes' ids.  Unknown
 * classes are left out: no lookup of them finds anything. */
static void
find_classes(tagger *t)
{
	static const timex_class tenses[] = {CLASS_PAST, CLASS_FUTURE, CLASS_PRESENT};

	for (int c = 0; c < CLASS_COUNT; c++)
	{
		int			class_id = nv_class_id(class_names[c]);

		if (class_id >= 0)
			nv_class_bit_set(t->classes[c], class_id);
	}
	ADD_CLASSES(t, t->tenses, tenses);
	ADD_CLASSES(t, t->weekday_openers, weekday_openers);
	ADD_CLASSES(t, t->month_openers, month_openers);
	ADD_CLASSES(t, t->part_openers, part_openers);
	ADD_CLASSES(t, t->relative_openers, relative_openers);
}

/*
 * What token i may open, read once from its kind and bits: each parser of
 * parse_core begins with a number, a word led by a digit ("1990s"), a
 * one-word entry of some classes or a phrase of others, and most tokens
 * parse_core is asked about ("a", "hari", "lalu") can open one or two.
 */
typedef struct opening
{
	bool		number;
	bool		digit_word;		/* a word led by a digit */
	bool		one_word;		/* may be a one-word entry of the timex list */
	bool		phrase;			/* may start an entry of it */
	uint64_t	classes[NV_CLASS_WORDS];	/* of the entries it may start */
} opening;

static void
opening_at(const tagger *t, uint32_t i, opening *o)
{
	const nv_token *tok = &t->doc->tokens[i];
	uint32_t	starts;

	o->number = tok->kind == NV_TOKEN_NUMBER;
	o->digit_word = tok->kind == NV_TOKEN_WORD &&
		t->doc->text[tok->start] >= '0' && t->doc->text[tok->start] <= '9';
	if (!t->mapped)
	{
		/* unmapped: every lookup is left to the find functions */
		o->one_word = o->phrase = true;
		memset(o->classes, 0xff, sizeof(o->classes));
		return;
	}
	starts = t->doc->list_starts[tok->list_word];
	o->one_word = (starts >> (NV_LIST_SINGLE + NV_LIST_TIMEX)) & 1;
	o->phrase = (starts >> NV_LIST_TIMEX) & 1;
	memcpy(o->classes, &t->doc->class_starts[tok->list_word * NV_CLASS_WORDS], sizeof(o->classes));
}

/* Whether the token may be a one-word entry of a class of `set`. */
static inline bool
opens_word(const opening *o, const uint64_t *set)
{
	return o->one_word && nv_class_sets_meet(o->classes, set);
}

/* Whether the token may start an entry of a class of `set`. */
static inline bool
opens_phrase(const opening *o, const uint64_t *set)
{
	return o->phrase && nv_class_sets_meet(o->classes, set);
}

/*
 * The parsers in their order of precedence, each tried only where token i
 * may open it: the date and year parsers need a number, the word parsers a
 * word of the classes they look up first.  A parser left out would have
 * failed at its first test, before writing to `out`, so the first that
 * succeeds is the one the full chain finds.
 */
static bool
parse_core(const tagger *t, uint32_t i, expr *out)
{
	opening		o;

	*out = (expr) {0};
	if (i >= t->limit)
		return false;
	opening_at(t, i, &o);
	return (opens_phrase(&o, t->classes[CLASS_MODIFIER]) && parse_modified(t, i, out)) ||
		(opens_word(&o, t->weekday_openers) && parse_weekday(t, i, out)) ||
		(o.number && (parse_iso_date(t, i, out) || parse_slash_date(t, i, out) ||
					  parse_day_month(t, i, out))) ||
		(opens_word(&o, t->month_openers) && parse_month_first(t, i, out)) ||
		(opens_word(&o, t->part_openers) && parse_part_of_year(t, i, out)) ||
		((o.number || opens_word(&o, t->relative_openers)) && parse_relative(t, i, out)) ||
		(opens_phrase(&o, t->classes[CLASS_DEICTIC]) && parse_phrase_kind(t, i, CLASS_DEICTIC, EXPR_DEICTIC, out)) ||
		(opens_phrase(&o, t->classes[CLASS_SAME_DAY]) &&
		 parse_phrase_kind(t, i, CLASS_SAME_DAY, EXPR_SAME_DAY, out)) ||
		(o.digit_word && (parse_decade_word(t, i, out) || parse_day_month(t, i, out))) ||
		(o.number && parse_year(t, i, false, out));
}

/*
 * An expression at i with what may introduce it: fillers (pada, on, in,
 * sejak), the nouns hari/bulan/tahun, "earlier"/"later".  Returns the first
 * token of the span, or UINT32_MAX when nothing parses.
 */
static uint32_t
parse_at(const tagger *t, uint32_t i, expr *out)
{
	uint32_t	at = i;
	const nv_word_entry *filler = phrase(t, at, CLASS_FILLER);
	bool		introduced = false;

	if (filler)
	{
		at += filler->word_count;
		introduced = true;
	}
	if (!filler && phrase(t, at, CLASS_SOFT) && (word(t, at + 1, CLASS_PRESENT) || word(t, at + 1, CLASS_PAST)))
		at++;
	if (word(t, at, CLASS_NOUN) && same_line(t, at + 1))
	{
		expr		probe = {0};
		uint32_t	after = at + 1;

		/* pada hari Jumat, pada bulan Januari, pada tahun 2006, tahun 2024 */
		if ((is_word(t, at, "hari") && parse_weekday(t, after, &probe)) ||
			(is_word(t, at, "bulan") && parse_month_first(t, after, &probe)) ||
			(is_word(t, at, "tahun") && parse_year(t, after, true, &probe)))
		{
			*out = probe;
			return filler ? i : at;
		}
	}
	if (at != i && introduced && parse_year(t, at, true, out))
		return i;
	if (at != i && parse_core(t, at, out))
		return i;
	/* without its filler, then */
	if (parse_core(t, i, out))
		return i;
	return UINT32_MAX;
}

/* ---- resolution -------------------------------------------------------- */

static bool
month_offset(int year, int month, int offset, int *out_year, int *out_month)
{
	long		index = (long) year * 12 + (month - 1) + offset;

	*out_year = (int) (index / 12);
	*out_month = (int) (index % 12) + 1;
	return *out_year >= NV_YEAR_MIN && *out_year <= NV_YEAR_MAX;
}

static bool
resolve_relative(const expr *e, int32_t published, nv_timex *value)
{
	int			y, m, d;
	int			iso_year, week;

	nv_civil_from_day(published, &y, &m, &d);
	switch (e->unit)
	{
		case UNIT_DAY:
			return nv_timex_from_dayno(published + e->count, value);
		case UNIT_WEEK:
			{
				int32_t		monday = published - (nv_iso_weekday(published) - 1) + 7 * e->count;

				nv_iso_week(monday, &iso_year, &week);
				return nv_timex_week(iso_year, week, value);
			}
		case UNIT_MONTH:
			return month_offset(y, m, e->count, &y, &m) && nv_timex_month(y, m, value);
		case UNIT_QUARTER:
			return month_offset(y, ((m - 1) / 3) * 3 + 1, 3 * e->count, &y, &m) &&
				nv_timex_quarter(y, (m - 1) / 3 + 1, value);
		case UNIT_HALF:
			return month_offset(y, ((m - 1) / 6) * 6 + 1, 6 * e->count, &y, &m) &&
				nv_timex_half(y, (m - 1) / 6 + 1, value);
		case UNIT_YEAR:
			if (e->part_unit == UNIT_QUARTER)
				return nv_timex_quarter(y + e->count, e->part, value);
			if (e->part_unit == UNIT_HALF)
				return nv_timex_half(y + e->count, e->part, value);
			return nv_timex_year(y + e->count, value);
		case UNIT_DECADE:
			return nv_timex_decade(y + 10 * e->count, value);
		default:
			return false;
	}
}

/* The month m nearest the publication month in the given direction. */
static bool
resolve_month(const expr *e, int32_t published, nv_timex *value)
{
	int			y, m, d;
	int			year;

	nv_civil_from_day(published, &y, &m, &d);
	if (e->direction < 0)
		year = e->month < m ? y : y - 1;
	else if (e->direction > 0)
		year = e->month > m ? y : y + 1;
	else
	{
		/* closest, a tie to the past */
		int			back = (m - e->month + 12) % 12;
		int			ahead = (e->month - m + 12) % 12;

		year = back <= ahead ? (e->month <= m ? y : y - 1) : (e->month >= m ? y : y + 1);
	}
	return nv_timex_month(year, e->month, value);
}

static bool
resolve_yearless_day(const expr *e, int32_t published, nv_timex *value)
{
	int			y, m, d;
	bool		found = false;
	int32_t		best = 0;
	int32_t		best_distance = 0;

	nv_civil_from_day(published, &y, &m, &d);
	for (int year = y - 1; year <= y + 1; year++)
	{
		int32_t		day;
		int32_t		distance;

		/* years 0 and 10000 compete too: when the nearest occurrence is
		 * out of range the value is left unresolved, not moved a year */
		if (e->day > nv_days_in_month(year, e->month))
			continue;
		day = nv_day_from_civil(year, e->month, e->day);
		distance = day > published ? day - published : published - day;
		/* a year whose date falls on the weekday named with it comes
		 * before any whose does not, unless it is more than a week after
		 * the publication (news reports what happened) */
		if (e->weekday && (nv_iso_weekday(day) != e->weekday || day > published + 7))
			distance += 1000;
		/* ties go to the past: earlier years come first */
		if (!found || distance < best_distance)
		{
			best = day;
			best_distance = distance;
			found = true;
		}
	}
	return found && nv_timex_from_dayno(best, value);
}

static bool
resolve_weekday(const expr *e, int32_t published, nv_timex *value)
{
	int			today = nv_iso_weekday(published);
	int32_t		day;

	if (e->in_week)
		return nv_timex_from_dayno(published - (today - 1) + 7 * e->count + (e->day - 1), value);
	if (e->direction > 0)
	{
		int			ahead = (e->day - today + 7) % 7;

		if (ahead == 0 && e->strict)
			ahead = 7;
		day = published + ahead;
	}
	else
	{
		int			back = (today - e->day + 7) % 7;

		if (back == 0 && e->strict)
			back = 7;
		day = published - back;
	}
	return nv_timex_from_dayno(day, value);
}

static bool
resolve(const expr *e, const nv_document *doc, nv_timex *value, bool *resolved)
{
	bool		ok;

	*resolved = false;
	if (e->kind == EXPR_ABSOLUTE)
	{
		*value = e->value;
		ok = true;
	}
	else if (!doc->has_published)
		return true;			/* found, value unknown */
	else
	{
		switch (e->kind)
		{
			case EXPR_YEARLESS_DAY:
				ok = resolve_yearless_day(e, doc->published, value);
				break;
			case EXPR_MONTH:
				ok = resolve_month(e, doc->published, value);
				break;
			case EXPR_WEEKDAY:
				ok = resolve_weekday(e, doc->published, value);
				break;
			case EXPR_RELATIVE:
				ok = resolve_relative(e, doc->published, value);
				break;
			case EXPR_DEICTIC:
				ok = nv_timex_from_dayno(doc->published + e->count, value);
				break;
			default:
				ok = false;
		}
		/* a result outside years 1..9999 (published 0001-01-01 and "last
		 * year") is left unresolved rather than wrong */
		if (!ok)
			return true;
	}
	if (ok && e->modifier != NV_MODIFIER_NONE)
		value->modifier = (uint8_t) e->modifier;
	*resolved = ok && nv_timex_is_valid(value);
	return true;
}

/*
 * "the same day" refers to the day the text dated last: the value of the
 * last expression before it that fixes a day.  With none, it is found and
 * left unresolved.
 */
static void
resolve_same_day(const nv_timex_span *before, size_t count, nv_timex *value, bool *resolved)
{
	*resolved = false;
	while (count > 0)
	{
		const nv_timex_span *span = &before[--count];

		if (span->resolved && span->value.precision == NV_PRECISION_DAY)
		{
			*value = span->value;
			*resolved = true;
			return;
		}
	}
}

/*
 * The first token of "the same day" as English writes it, from the token
 * of "same": its determiner ("the", "that") and a filler before that
 * ("on the same day") are the expression's, back to `floor` (the end of
 * the expression before it) and within the line.
 */
static uint32_t
same_day_opening(const tagger *t, uint32_t first, uint32_t floor)
{
	const nv_token *tokens = t->doc->tokens;

	if (first > floor && (is_word(t, first - 1, "the") || is_word(t, first - 1, "that")) &&
		!(tokens[first].flags & NV_TOKEN_NEWLINE_BEFORE))
		first--;
	if (first > floor && word(t, first - 1, CLASS_FILLER) && !(tokens[first].flags & NV_TOKEN_NEWLINE_BEFORE))
		first--;
	return first;
}

/* ---- the stage --------------------------------------------------------- */

/* Every parse above begins with a number, a word of the timex list or a
 * word that starts with a digit: most tokens are none of these. */
static bool
may_start_timex(const tagger *t, uint32_t i)
{
	const nv_token *tok = &t->doc->tokens[i];

	if (tok->kind == NV_TOKEN_NUMBER)
		return true;
	if (tok->kind != NV_TOKEN_WORD)
		return false;
	/* the list first: its bits are in the cache, the text of a long
	 * document is not */
	return nv_token_starts_list(t->lists, t->doc, i, NV_LIST_TIMEX) ||
		(t->doc->text[tok->start] >= '0' && t->doc->text[tok->start] <= '9');
}

/* The first token from `from` on where an expression may start, or the
 * token count.  With token marks, the tokens between are passed eight at a
 * time, and each marked one is tested as may_start_timex would: over the
 * corpus 251,000 instructions where the loop below took 678,000.  Without,
 * on a mapped document that loop reads may_start_timex's answer from the
 * arrays held in locals, which the compiler keeps in registers: through
 * `t` it would reload them at every token, since the tokens could alias
 * them. */
static uint32_t
next_timex_start(const tagger *t, uint32_t from)
{
	const nv_token *tokens = t->doc->tokens;
	const char *text = t->doc->text;
	const uint32_t *list_starts = t->doc->list_starts;
	uint32_t	count = t->doc->token_count;

	if (!t->mapped)
	{
		while (from < count && !may_start_timex(t, from))
			from++;
		return from;
	}
	if (t->doc->token_marks)
	{
		while ((from = nv_next_marked(t->doc, from, NV_MARK_TIMEX)) < count && !may_start_timex(t, from))
			from++;
		return from;
	}
	for (; from < count; from++)
	{
		const nv_token *tok = &tokens[from];

		if (tok->kind == NV_TOKEN_NUMBER)
			break;
		if (tok->kind == NV_TOKEN_WORD &&
			(((list_starts[tok->list_word] >> NV_LIST_TIMEX) & 1) ||
			 (text[tok->start] >= '0' && text[tok->start] <= '9')))
			break;
	}
	return from;
}

/*
 * Per block of 64 tokens, the first span starting in or after it, for
 * nv_timex_first_from: quotes and allegations ask it of nearly every claim,
 * and on a long document a binary search over the spans missed the cache
 * at nearly every step.  Spans out of order (none are) keep the search.
 */
static void
index_spans(const nv_document *doc, nv_timex_result *out)
{
	out->index.first = NULL;
	out->index.blocks = 0;
	for (uint32_t k = 1; k < out->count; k++)
		if (out->spans[k - 1].first_token > out->spans[k].first_token)
			return;
	nv_token_index_build(&out->index, doc->arena, doc->token_count,
						 out->count ? &out->spans[0].first_token : NULL,
						 out->count, sizeof(nv_timex_span));
}

void
nv_find_timexes(const nv_document *doc, const nv_wordlists *lists, nv_timex_result *out)
{
	tagger		t = {.doc = doc, .lists = lists, .mapped = doc->word_lists == lists};
	nv_vec		spans = {0};

	find_classes(&t);

	for (uint32_t i = next_timex_start(&t, 0); i < doc->token_count; i = next_timex_start(&t, i))
	{
		expr		e;
		uint32_t	first;
		nv_timex_span *span;

		nv_check_interrupts();
		/* the line's end, found for lines where an expression may start */
		if (i >= t.limit)
			t.limit = nv_next_flagged(doc, i + 1, NV_TOKEN_NEWLINE_BEFORE);
		/* an expression at i, outside boilerplate */
		if (nv_is_boilerplate(doc, i) || (first = parse_at(&t, i, &e)) == UINT32_MAX || e.end <= i)
		{
			i++;
			continue;
		}
		if (e.kind == EXPR_SAME_DAY)
			first = same_day_opening(&t, first,
									 spans.count ? NV_VEC_AT(spans, nv_timex_span, spans.count - 1).end_token : 0);
		span = NV_VEC_PUSH(doc->arena, &spans, nv_timex_span);
		span->first_token = first;
		span->end_token = e.end;
		span->start = doc->tokens[first].start;
		span->end = doc->tokens[e.end - 1].end;
		if (e.kind == EXPR_SAME_DAY)
			resolve_same_day(spans.items, spans.count - 1, &span->value, &span->resolved);
		else
			resolve(&e, doc, &span->value, &span->resolved);
		i = e.end;
	}
	out->spans = spans.items;
	out->count = (uint32_t) spans.count;
	index_spans(doc, out);
}

uint32_t
nv_timex_first_from(const nv_timex_result *timexes, uint32_t i)
{
	uint32_t	low = 0;
	uint32_t	high = timexes->count;

	if (timexes->index.first != NULL)
		return (uint32_t) nv_token_index_find(&timexes->index, high ? &timexes->spans[0].first_token : NULL,
											  high, sizeof(nv_timex_span), i);

	while (low < high)
	{
		uint32_t	mid = low + (high - low) / 2;

		if (timexes->spans[mid].first_token < i)
			low = mid + 1;
		else
			high = mid;
	}
	return low;
}
