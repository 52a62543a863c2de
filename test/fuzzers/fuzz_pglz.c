/*
 * fuzz_pglz.c — libFuzzer target: the core's pglz decoder (pglz.c) held to
 * PostgreSQL's own, pglz_compress and pglz_decompress from libpgcommon (the
 * server's development files), on three streams made of each input:
 *
 *   - the input compressed by PostgreSQL: decompressed to the input again;
 *   - that stream with one byte changed, at a place and to a value the
 *     input's first bytes choose: a stream nearly sound, where a decoder's
 *     checks are tried one at a time;
 *   - the input itself as a stream, its first two bytes the length asked.
 *
 * On each, the two decoders, given the same length, must agree: both
 * refuse the stream (PostgreSQL's checking the value complete, as detoast
 * does), or both give the same bytes.
 */
#include "postgres_fe.h"

#include "common/pg_lzcompress.h"

#include "fuzz_check.h"
#include "narrative.h"

/* Both decoders on one stream; PostgreSQL's input padded, as it may read
 * two bytes past a tag cut short before it refuses the tag. */
static void
check_stream(const char *source, size_t source_len, size_t raw_len)
{
	char	   *padded = malloc(source_len + 4);
	char	   *ours = malloc(raw_len + NV_PGLZ_SLACK);
	char	   *theirs = malloc(raw_len + 1);
	bool		ours_sound;
	bool		theirs_sound;

	FUZZ_CHECK(padded && ours && theirs);
	memcpy(padded, source, source_len);
	memset(padded + source_len, 0, 4);
	ours_sound = nv_pglz_decompress(source, source_len, ours, raw_len);
	theirs_sound = pglz_decompress(padded, (int32) source_len, theirs, (int32) raw_len, true) == (int32) raw_len;
	FUZZ_CHECK(ours_sound == theirs_sound);
	if (ours_sound)
		FUZZ_CHECK(memcmp(ours, theirs, raw_len) == 0);
	free(padded);
	free(ours);
	free(theirs);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	char	   *compressed;
	char	   *back;
	int32		len;

	if (size > 65536)
		return 0;
	compressed = malloc(PGLZ_MAX_OUTPUT(size) + 1);
	back = malloc(size + NV_PGLZ_SLACK);
	FUZZ_CHECK(compressed && back);
	len = pglz_compress(text, (int32) size, compressed, PGLZ_strategy_always);
	if (len >= 0)
	{
		FUZZ_CHECK(nv_pglz_decompress(compressed, (size_t) len, back, size));
		FUZZ_CHECK(memcmp(back, text, size) == 0);
		check_stream(compressed, (size_t) len, size);
		if (len > 0 && size >= 2)
		{
			compressed[((unsigned) data[0] << 8 | data[1]) % (unsigned) len] ^= (char) (data[size - 1] | 1);
			check_stream(compressed, (size_t) len, size);
		}
	}
	if (size >= 2)
		check_stream(text + 2, size - 2, (size_t) data[0] << 8 | data[1]);
	free(compressed);
	free(back);
	return 0;
}
