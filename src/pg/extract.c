/*
 * extract.c — the extraction functions: sentences(), detect_lang(),
 * timexes(), mentions(), quotes(), allegations() and track()'s
 * tracked_facts(), and what they share (argument checks, the memory
 * context of one call, character positions); extract() is in
 * extract_json.c.
 *
 * Each set-returning function parses its document once and materialises
 * its rows (InitMaterializedSRF).  All core allocation for one call goes to
 * a memory context of its own, deleted before returning, so a document
 * leaves nothing behind but its rows.
 */
#include "postgres.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/mman.h>

#include "access/detoast.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/toast_compression.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"

#include "narrative_pg.h"

/* The size of a transparent huge page on x86-64 and arm64 with 4 KB pages. */
#define HUGE_PAGE_BYTES (2 * 1024 * 1024)

/*
 * Asks the kernel to back the whole 2 MB pages of a large block with huge
 * pages.  A long document's arrays are tens of megabytes that glibc maps
 * afresh for each call and the kernel faults in 4 KB at a time:
 * mentions() of a 10 MB document took 22,300 page faults, 10,500 with the
 * advice, and ran 7% faster (12% on 1 MB documents); extract(), whose
 * jsonb buffer is advised too, 46,900 and 12,500, 10% faster.  That was
 * on a virtual machine where a fault costs microseconds.  Where
 * transparent huge pages are off, the advice does nothing.  Blocks under
 * 4 MB are left alone: they hold one whole huge page at most.
 */
void
narrative_advise_huge_pages(void *block, size_t size)
{
#ifdef MADV_HUGEPAGE
	uintptr_t	from = TYPEALIGN(HUGE_PAGE_BYTES, (uintptr_t) block);
	uintptr_t	to = TYPEALIGN_DOWN(HUGE_PAGE_BYTES, (uintptr_t) block + size);

	if (size >= 2 * HUGE_PAGE_BYTES && to > from)
		(void) madvise((void *) from, to - from, MADV_HUGEPAGE);	/* advice: failure changes nothing */
#endif
}

/*
 * Blocks of this size and more are mapped from the kernel for themselves
 * and unmapped when the core gives them back, unless kept for the
 * backend's next call (spare_blocks).  glibc serves blocks of up
 * to 32 MB from its heap once a larger one has been freed (its mmap
 * threshold follows the largest block freed), and keeps what is freed
 * there for the process: each step by which a long document's arrays grew
 * stayed resident to the end of the call.  allegations() of a 100 MB
 * document grew the backend by 8.1 times its size, 7.8 with its blocks of
 * 8 MB and more mapped.  Smaller blocks stay the context's.  Before the
 * spares were kept, blocks under 8 MB stayed the context's too, since a
 * block mapped afresh for each call came with its page faults.  Kept,
 * 1 MB is the better bound: glibc took the heap that held a 1 MB
 * document's arrays back to the kernel at the end of each call (brk, five
 * times a call) and faulted it in again on the next, and mentions() and
 * allegations() of the 1 MB bench document spent 16% of their time in the
 * kernel.  Mapped and kept, they take 0.83 of the time, extract() too,
 * and the 100 MB document's peak is as before (allegations() 7.85 times
 * its size, 7.89 with 8 MB).  From 2 MB on, a 1 MB document took 5%
 * longer again.
 */
#define MAPPED_BLOCK_MIN (1 * 1024 * 1024)

/*
 * Blocks of this size up to MAPPED_BLOCK_MIN are malloc'd for themselves
 * and kept as spares as the mapped ones are (always: a few hundred
 * kilobytes raise no peak), never handed back to glibc between calls.  In
 * a backend whose lexicon was built before its first document, glibc's
 * heap had a 100 KB document's arrays at its top and gave them back to
 * the kernel at the end of each call (brk, six times a call), and
 * allegations() of the 100 KB bench document took 1.25 times as long.
 * Mapped instead, extract() paid for mapping its token blocks afresh
 * (1.17 times as long on 100 KB).
 */
#define HEAP_BLOCK_MIN (128 * 1024)

/* A block's header, at the start of its mapping or allocation. */
typedef struct mapped_block
{
	struct mapped_block *next;
	struct mapped_block *prev;
	size_t		size;			/* of the whole mapping or allocation */
	uint64		kept_in;		/* a spare: the call that kept it */
	bool		heap;			/* malloc'd, not mapped (HEAP_BLOCK_MIN) */
} mapped_block;

static void
release_block(mapped_block *block)
{
	if (block->heap)
		free(block);
	else
		munmap(block, block->size);
}

#define MAPPED_HEADER MAXALIGN(sizeof(mapped_block))
/* The page the header is on, left out of MADV_FREE. */
#define MAPPED_HEADER_PAGE 4096

/*
 * Where an arena's blocks come from: its memory context, and the mapped
 * blocks it holds, unmapped by `unmap` when the context goes (an error
 * included), so a mapped block lives no longer than a palloc'd one,
 * though the context's statistics do not count it.
 */
typedef struct block_source
{
	MemoryContext context;
	mapped_block *mapped;
	MemoryContextCallback unmap;
} block_source;

/*
 * The mapped blocks a call gives back, kept for the backend's next call:
 * on a virtual machine whose host takes back the memory its guest frees
 * (free page reporting), each block mapped afresh cost its pages' first
 * touch again, and a second call on a 100 MB document spent as long in
 * the kernel as in the extension (1.3 s of 3 s for sentences()); with the
 * blocks kept, 0.15 s.  They are kept with MADV_FREE, so the kernel may
 * take their pages whenever it is short of memory, and only until the
 * next call ends: what that call did not reuse is unmapped then.
 *
 * A call keeps the blocks it holds at its end (extraction_end), and those
 * of its token arrays when it gives them back early, unless what it makes
 * after them could outgrow them (extraction: keep_token_blocks): a
 * set-returning function's rows go to a tuplestore of work_mem, so the
 * blocks it keeps raise no peak, while extract()'s jsonb grows past the
 * token arrays, which it unmaps.  Blocks a call outgrows are unmapped at
 * once.
 */
static mapped_block *spare_blocks;
static bool keep_blocks;
static uint64 calls_begun;		/* the number of the current call */

/* Gives back the spare blocks kept before the current call. */
static void
unmap_older_spare_blocks(void)
{
	mapped_block **at = &spare_blocks;

	while (*at != NULL)
	{
		mapped_block *block = *at;

		if (block->kept_in == calls_begun)
		{
			at = &block->next;
			continue;
		}
		*at = block->next;
		release_block(block);
	}
}

/* A source's blocks, at its context's end: kept as spares (the malloc'd
 * ones always, the mapped ones when keep_blocks says so) or unmapped. */
static void
unmap_blocks(void *arg)
{
	block_source *source = (block_source *) arg;

	while (source->mapped != NULL)
	{
		mapped_block *block = source->mapped;

		source->mapped = block->next;
		if (!keep_blocks && !block->heap)
		{
			munmap(block, block->size);
			continue;
		}
#ifdef MADV_FREE
		/* the header stays: it links the spares */
		if (!block->heap)
			(void) madvise((char *) block + MAPPED_HEADER_PAGE, block->size - MAPPED_HEADER_PAGE, MADV_FREE);
#endif
		block->kept_in = calls_begun;
		block->next = spare_blocks;
		spare_blocks = block;
	}
}

/* Deletes a context of the call, its mapped blocks kept as spares or
 * unmapped (unmap_blocks). */
static void
delete_keeping_blocks(MemoryContext context, bool keep)
{
	keep_blocks = keep;
	MemoryContextDelete(context);
	keep_blocks = false;
}

/* The smallest spare block of at least `mapping` bytes and at most twice
 * that, taken off the list; NULL if none. */
static mapped_block *
take_spare(size_t mapping)
{
	mapped_block **best = NULL;
	mapped_block *block;

	for (mapped_block **at = &spare_blocks; *at != NULL; at = &(*at)->next)
		if ((*at)->size >= mapping && (*at)->size / 2 <= mapping &&
			(best == NULL || (*at)->size < (*best)->size))
			best = at;
	if (best == NULL)
		return NULL;
	block = *best;
	*best = block->next;
	return block;
}

static void block_out_of_memory(const block_source *source, size_t size) pg_attribute_noreturn();

static void
block_out_of_memory(const block_source *source, size_t size)
{
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory"),
			 errdetail("Failed on request of size %zu in memory context \"%s\".",
					   size, source->context->name)));
	pg_unreachable();
}

static void *
context_alloc(void *ctx, size_t size)
{
	block_source *source = (block_source *) ctx;
	mapped_block *block;
	size_t		mapping;

	if (size < HEAP_BLOCK_MIN)
		return MemoryContextAllocHuge(source->context, size);
	if (!AllocHugeSizeIsValid(size))
		elog(ERROR, "invalid memory alloc request size %zu", size);
	mapping = MAPPED_HEADER + size;
	block = take_spare(mapping);
	if (block != NULL)
		mapping = block->size;
	else if (size < MAPPED_BLOCK_MIN)
	{
		if ((block = malloc(mapping)) == NULL)
			block_out_of_memory(source, size);
		block->heap = true;
	}
	else
	{
		block = mmap(NULL, mapping, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (block == MAP_FAILED)
			block_out_of_memory(source, size);
		narrative_advise_huge_pages(block, mapping);
		block->heap = false;
	}
	block->size = mapping;
	block->prev = NULL;
	block->next = source->mapped;
	if (block->next != NULL)
		block->next->prev = block;
	source->mapped = block;
	return (char *) block + MAPPED_HEADER;
}

static void
context_release(void *ctx, void *ptr)
{
	block_source *source = (block_source *) ctx;

	/* an arena holds a few mapped blocks at most: the list is short */
	for (mapped_block *block = source->mapped; block != NULL; block = block->next)
		if ((char *) block + MAPPED_HEADER == ptr)
		{
			if (block->prev != NULL)
				block->prev->next = block->next;
			else
				source->mapped = block->next;
			if (block->next != NULL)
				block->next->prev = block->prev;
			release_block(block);
			return;
		}
	pfree(ptr);					/* large arrays give back what they outgrew */
}

static nv_lang
lang_argument(text *lang)
{
	const char *code = VARDATA_ANY(lang);
	int			len = VARSIZE_ANY_EXHDR(lang);
	nv_lang		result = nv_lang_from_code(code, (size_t) len);

	if (result == NV_LANG_NONE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unsupported language \"%s\"", text_to_cstring(lang)),
				 errhint("Use 'id' (Indonesian), 'en' (English), or NULL to detect the language.")));
	return result;
}

static int32
published_argument(DateADT published)
{
	if (DATE_NOT_FINITE(published))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("publication date must be finite, not \"%s\"",
						DATE_IS_NOBEGIN(published) ? "-infinity" : "infinity")));
	if (published < nv_day_from_civil(NV_YEAR_MIN, 1, 1) || published > nv_day_from_civil(NV_YEAR_MAX, 12, 31))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("publication date %s is out of range",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(published)))),
				 errdetail("Publication dates run from 0001-01-01 to 9999-12-31.")));
	/* DateADT counts days from 2000-01-01, like the core */
	return (int32) published;
}

static void
check_document_size(size_t len)
{
	if ((int64) len > (int64) narrative_max_document_kb * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document of %zu bytes exceeds narrative.max_document_size (%d kB)",
						len, narrative_max_document_kb),
				 errhint("Raise narrative.max_document_size, or split the document.")));
}

/* pglz data decompressed by the core's decoder into `result`, a varlena
 * with room for raw_len bytes of data and NV_PGLZ_SLACK more, its size
 * set; corrupt data is the error PostgreSQL's pglz_decompress_datum
 * raises. */
static void
decompress_pglz(const char *source, int32 source_len, struct varlena *result, int32 raw_len)
{
	if (!nv_pglz_decompress(source, (size_t) source_len, VARDATA(result), (size_t) raw_len))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg_internal("compressed pglz data is corrupt")));
	SET_VARSIZE(result, raw_len + VARHDRSZ);
}

/*
 * A document compressed by pglz in its row, as most articles of a few
 * kilobytes are: decompressed by the core's decoder (pglz.c), which takes
 * 0.46 of the time PostgreSQL's does on such articles, into palloc'd
 * memory as pg_detoast_datum_packed would.  Its size is checked before it
 * is decompressed.
 */
static text *
decompress_in_line(struct varlena *attr)
{
	int32		rawsize = (int32) VARDATA_COMPRESSED_GET_EXTSIZE(attr);
	struct varlena *result;

	check_document_size((size_t) rawsize);
	result = palloc((size_t) rawsize + VARHDRSZ + NV_PGLZ_SLACK);
	decompress_pglz((char *) attr + VARHDRSZ_COMPRESSED, (int32) VARSIZE(attr) - VARHDRSZ_COMPRESSED,
					result, rawsize);
	return (text *) result;
}

/*
 * The document detoasted.  One compressed by pglz in its row is
 * decompressed by decompress_in_line.  One stored out of line is read as
 * PostgreSQL's toast_fetch_datum reads it (its TOAST slices), and if
 * compressed by pglz decompressed by the core's decoder too: sentences()
 * of the 100 KB bench document took 0.72 of the time so, quotes() 0.92.
 * One of MAPPED_BLOCK_MIN bytes or more, compressed by pglz or not at
 * all, goes into a block of the call's own, mapped and kept for the next
 * call (spare_blocks), not into palloc'd memory, which glibc maps afresh
 * for each call and the kernel faults in page by page: sentences() of
 * the 100 MB bench document took 0.93 of the time read so.  Its size is
 * checked before it is read.
 */
static text *
fetch_document(extraction *x, text *doc)
{
	struct varlena *attr = (struct varlena *) doc;
	struct varatt_external toast_pointer;
	struct varlena *fetched;
	struct varlena *result;
	int32		extsize;
	int32		rawsize;
	bool		compressed;
	Relation	toastrel;

	if (VARATT_IS_COMPRESSED(attr) && VARDATA_COMPRESSED_GET_COMPRESS_METHOD(attr) == TOAST_PGLZ_COMPRESSION_ID)
		return decompress_in_line(attr);
	if (!VARATT_IS_EXTERNAL_ONDISK(attr))
		return (text *) pg_detoast_datum_packed(attr);
	VARATT_EXTERNAL_GET_POINTER(toast_pointer, attr);
	extsize = VARATT_EXTERNAL_GET_EXTSIZE(toast_pointer);
	rawsize = toast_pointer.va_rawsize - VARHDRSZ;
	/* VARATT_EXTERNAL_IS_COMPRESSED, whose comparison -Wsign-compare rejects */
	compressed = extsize < rawsize;
	if (compressed ? VARATT_EXTERNAL_GET_COMPRESS_METHOD(toast_pointer) != TOAST_PGLZ_COMPRESSION_ID
		: rawsize < MAPPED_BLOCK_MIN)
		return (text *) pg_detoast_datum_packed(attr);
	check_document_size((size_t) rawsize);
	if (rawsize < MAPPED_BLOCK_MIN)
		result = palloc((size_t) rawsize + VARHDRSZ + NV_PGLZ_SLACK);
	else
		result = nv_arena_alloc(&x->kept_arena, (size_t) rawsize + VARHDRSZ + NV_PGLZ_SLACK);
	if (compressed)
	{
		fetched = palloc((size_t) extsize + VARHDRSZ);
		SET_VARSIZE_COMPRESSED(fetched, extsize + VARHDRSZ);
	}
	else
	{
		fetched = result;		/* read where it stays */
		SET_VARSIZE(fetched, extsize + VARHDRSZ);
	}
	toastrel = table_open(toast_pointer.va_toastrelid, AccessShareLock);
	table_relation_fetch_toast_slice(toastrel, toast_pointer.va_valueid, extsize, 0, extsize, fetched);
	table_close(toastrel, AccessShareLock);
	if (compressed)
	{
		decompress_pglz((char *) fetched + VARHDRSZ_COMPRESSED, extsize + VARHDRSZ - VARHDRSZ_COMPRESSED,
						result, rawsize);
		pfree(fetched);
	}
	return (text *) result;
}

/* The document's bytes, checked: UTF-8 and within the size limit. */
static void
document_argument(extraction *x, text *doc)
{
	const char *data = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	int			encoding = GetDatabaseEncoding();

	check_document_size(len);
	if (encoding == PG_SQL_ASCII)
	{
		/* SQL_ASCII stores any bytes: accept them only as valid UTF-8 */
		int			valid = pg_encoding_verifymbstr(PG_UTF8, data, (int) len);

		if (valid != (int) len)
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("document is not valid UTF-8 at byte %d", valid + 1),
					 errdetail("narrative reads UTF-8 text; this SQL_ASCII database holds other bytes.")));
		x->positions_in_bytes = true;
	}
	else if (encoding != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("narrative needs a UTF8 database, not %s", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
	x->doc.text = data;
	x->doc.len = len;
}

/* An arena whose chunks come from `context`, the large ones mapped. */
static void
context_arena(nv_arena *arena, nv_allocator *allocator, MemoryContext context)
{
	block_source *source = MemoryContextAllocZero(context, sizeof(block_source));

	source->context = context;
	source->unmap.func = unmap_blocks;
	source->unmap.arg = source;
	MemoryContextRegisterResetCallback(context, &source->unmap);
	allocator->alloc = context_alloc;
	allocator->release = context_release;
	allocator->ctx = source;
	nv_arena_init(arena, allocator);
}

/*
 * The call's memory context (a child of the current one) and the core's
 * word lists.  The core's arena draws on a child context, which extract()
 * gives back before writing its last arrays; the token arrays on another,
 * given back as soon as the stages are done; the kept arena on the call's
 * context itself, for what outlives the core's memory.
 */
static void
extraction_context(extraction *x, MemoryContext context)
{
	keep_blocks = false;		/* set only by delete_keeping_blocks */
	calls_begun++;
	x->caller = CurrentMemoryContext;
	x->context = context;
	x->core_context = AllocSetContextCreate(x->context, "narrative core", ALLOCSET_DEFAULT_SIZES);
	context_arena(&x->arena, &x->allocator, x->core_context);
	x->token_context = AllocSetContextCreate(x->context, "narrative tokens", ALLOCSET_DEFAULT_SIZES);
	context_arena(&x->token_arena, &x->token_allocator, x->token_context);
	context_arena(&x->kept_arena, &x->kept_allocator, x->context);
	x->lists = nv_wordlists_builtin();
}

/*
 * The token arrays are about four bytes per byte of text, most of what
 * the core holds; rows need only the spans the stages found (sentence
 * numbers come from the sentences, positions from the text).
 */
static void
extraction_release_tokens(extraction *x)
{
	delete_keeping_blocks(x->token_context, x->keep_token_blocks);
	x->token_context = NULL;
	x->doc.tokens = NULL;
	x->doc.token_count = 0;
	x->doc.folded = NULL;
	x->doc.folded_len = 0;
	x->doc.boilerplate = NULL;
}

/* Below this, what the core held is too little to hand back to the
 * system (a trim walks the whole heap). */
#define TRIM_AFTER_BYTES (1024 * 1024)

void
extraction_release_core(extraction *x)
{
	nv_sentence *sentences = nv_arena_alloc(&x->kept_arena,
											Max(x->doc.sentence_count, 1) * sizeof(nv_sentence));
	uint32_t   *sentence_blocks = nv_arena_alloc(&x->kept_arena,
												 Max(x->doc.sentence_index.blocks, 1) * sizeof(uint32_t));
	/* the character cursor's list of continuation bytes, if it made one */
	uint32_t   *continuations = NULL;

	memcpy(sentences, x->doc.sentences, x->doc.sentence_count * sizeof(nv_sentence));
	if (x->doc.sentence_index.first != NULL)
		memcpy(sentence_blocks, x->doc.sentence_index.first, x->doc.sentence_index.blocks * sizeof(uint32_t));
	if (x->cursor.continuations != NULL)
	{
		size_t		size = x->cursor.continuation_count * sizeof(uint32_t);

		continuations = nv_arena_alloc(&x->kept_arena, Max(size, 1));
		memcpy(continuations, x->cursor.continuations, size);
	}
	MemoryContextDelete(x->core_context);
	x->core_context = NULL;
	x->doc.sentences = sentences;
	if (x->doc.sentence_index.first != NULL)
		x->doc.sentence_index.first = sentence_blocks;
	x->doc.arena = &x->kept_arena;
	x->cursor.continuations = continuations;
#ifdef __GLIBC__

	/*
	 * Most of the core's memory is blocks of under a megabyte, which glibc
	 * keeps for the process once freed unless they happen to end its heap:
	 * on a long document that is tens of megabytes the caller, about to
	 * grow the result by as much, would never see again.
	 */
	if (x->doc.len >= TRIM_AFTER_BYTES)
		malloc_trim(0);
#endif
}

void
extraction_begin(extraction *x, FunctionCallInfo fcinfo, int published_arg, extraction_stage through)
{
	bool		has_published = published_arg >= 0 && !PG_ARGISNULL(published_arg);

	extraction_begin_document(x, (text *) PG_GETARG_RAW_VARLENA_P(0), PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1),
							  has_published, has_published ? PG_GETARG_DATEADT(published_arg) : 0,
							  through);
}

void
extraction_begin_document(extraction *x, text *doc, text *lang_code, bool has_published,
						  DateADT published_date, extraction_stage through)
{
	nv_lang		lang = NV_LANG_NONE;
	int32		published = 0;

	memset(x, 0, sizeof(*x));
	x->keep_token_blocks = true;	/* extract() says otherwise */
	if (lang_code != NULL)
		lang = lang_argument(lang_code);
	if (has_published)
		published = published_argument(published_date);
	extraction_context(x, AllocSetContextCreate(CurrentMemoryContext, "narrative extraction",
												ALLOCSET_DEFAULT_SIZES));
	document_argument(x, fetch_document(x, doc));
	x->row = AllocSetContextCreate(x->context, "narrative row", ALLOCSET_SMALL_SIZES);

	x->through = through;
	x->lex = through >= STAGE_MENTIONS ? lexicon_current(NULL) : NULL;

	/*
	 * One lookup per token gives both its word-list and its lexicon id.
	 * Sentences alone, in a language given, look up a few words (before a
	 * full stop, at a line's start), which costs less than a lookup of
	 * every token.
	 */
	nv_prepare_document(&x->doc, &(nv_preparation) {
		.token_arena = &x->token_arena,
		.arena = &x->arena,
		.text = x->doc.text,
		.len = x->doc.len,
		.lex = x->lex,
		.lists = x->lists,
		.map_words = through > STAGE_SENTENCES || lang == NV_LANG_NONE,
		.lang = lang,
	});
	x->doc.has_published = has_published;
	x->doc.published = published;
}

void
extraction_end(extraction *x)
{
	MemoryContextSwitchTo(x->caller);
	/* the last call's blocks that this one did not take go; this one's
	 * are kept (unmap_blocks) */
	unmap_older_spare_blocks();
	delete_keeping_blocks(x->context, true);
	x->context = NULL;
}

int32
extraction_position(extraction *x, uint32_t byte)
{
	if (x->positions_in_bytes)
		return (int32) byte + 1;
	return (int32) nv_char_position(&x->doc, &x->cursor, byte);
}

Datum
extraction_text(extraction *x, uint32_t start, uint32_t end)
{
	return PointerGetDatum(cstring_to_text_with_len(x->doc.text + start, (int) (end - start)));
}

void
extraction_run(extraction *x, extraction_results *r)
{
	const nv_lexicon *lex = x->lex;
	int			through = x->through;

	memset(r, 0, sizeof(*r));
	nv_find_timexes(&x->doc, x->lists, &r->timexes);
	if (through >= STAGE_MENTIONS)
		nv_find_mentions(&x->doc, lex, x->lists, &r->mentions);
	if (through >= STAGE_QUOTES)
		nv_find_quotes(&x->doc, lex, x->lists, &r->mentions, &r->timexes, &r->quotes);
	if (through >= STAGE_ALLEGATIONS)
		nv_find_allegations(&x->doc, lex, x->lists, &r->mentions, &r->timexes, &r->quotes, &r->allegations);
	extraction_release_tokens(x);
}

/*
 * A row's values are built in x->row (the SRFs switch to it before their
 * first row), and the context is reset once the tuplestore has its copy:
 * a document of a million mentions holds one row's values at a time.
 */
void
extraction_put_row(extraction *x, ReturnSetInfo *rsinfo, Datum *values, bool *nulls)
{
	CHECK_FOR_INTERRUPTS();		/* rows scale with the document */
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	MemoryContextReset(x->row);
}

Datum
extraction_timex(extraction *x, const nv_timex *value)
{
	nv_timex   *copy = palloc(sizeof(nv_timex));

	*copy = *value;
	return TimexPGetDatum(copy);
}

/* A nullable text column. */
static void
column_cstring(Datum *values, bool *nulls, int i, const char *value)
{
	nulls[i] = value == NULL;
	values[i] = value ? CStringGetTextDatum(value) : (Datum) 0;
}

/*
 * A name from one of the core's static tables (a kind of actor or of
 * quote, an act, a charge) as text, made once a backend and shared by the
 * rows, as a row's values are copied into its tuple: made for each row,
 * the two names of an allegation were a fifth of its columns' work.  The
 * table is keyed by the name's address, which a static table keeps.
 */
#define NAME_DATUMS 64

static Datum
name_datum(const char *name)
{
	static struct
	{
		const char *name;
		Datum		datum;
	}			made[NAME_DATUMS];
	uint32		at = (uint32) (((uintptr_t) name / sizeof(char *)) % NAME_DATUMS);

	for (int probes = 0; probes < NAME_DATUMS; probes++, at = (at + 1) % NAME_DATUMS)
	{
		if (made[at].name == name)
			return made[at].datum;
		if (made[at].name == NULL)
		{
			MemoryContext caller = MemoryContextSwitchTo(TopMemoryContext);

			made[at].datum = CStringGetTextDatum(name);
			MemoryContextSwitchTo(caller);
			made[at].name = name;
			return made[at].datum;
		}
	}
	return CStringGetTextDatum(name);	/* more names than the table holds */
}

/* The pos and len columns of a span, its start's position counted once. */
static void
column_pos_len(extraction *x, Datum *values, int i, uint32_t start, uint32_t end)
{
	int32		pos = extraction_position(x, start);

	values[i] = Int32GetDatum(pos);
	values[i + 1] = Int32GetDatum(extraction_position(x, end) - pos);
}

/* A nullable column of the document's text between two byte offsets. */
static void
column_span(extraction *x, Datum *values, bool *nulls, int i, uint32_t start, uint32_t end)
{
	nulls[i] = end <= start;
	values[i] = end > start ? extraction_text(x, start, end) : (Datum) 0;
}

/* A nullable timex column. */
static void
column_timex(extraction *x, Datum *values, bool *nulls, int i, bool present, const nv_timex *value)
{
	nulls[i] = !present;
	values[i] = present ? extraction_timex(x, value) : (Datum) 0;
}

/*
 * The columns of one row of each set-returning function, k-th of its kind
 * (numbered from 1 in column n).  The functions below return them, and
 * tracked_facts() lays all four out in one row.
 */
#define TIMEX_COLUMNS 6
#define MENTION_COLUMNS 10
#define QUOTE_COLUMNS 12
#define ALLEGATION_COLUMNS 12

/* timexes: n, surface, value, pos, len, sentence */
static void
timex_columns(extraction *x, const extraction_results *r, uint32_t k, Datum *values, bool *nulls)
{
	const nv_timex_span *span = &r->timexes.spans[k];

	memset(nulls, 0, TIMEX_COLUMNS * sizeof(bool));
	values[0] = Int32GetDatum((int32) k + 1);
	values[1] = extraction_text(x, span->start, span->end);
	column_timex(x, values, nulls, 2, span->resolved, &span->value);
	column_pos_len(x, values, 3, span->start, span->end);
	values[5] = Int32GetDatum((int32) nv_token_sentence(&x->doc, span->first_token) + 1);
}

/* mentions: n, surface, actor, name, kind, country, role, pos, len, sentence */
static void
mention_columns(extraction *x, const extraction_results *r, uint32_t k, Datum *values, bool *nulls)
{
	const nv_mention *m = &r->mentions.mentions[k];

	memset(nulls, 0, MENTION_COLUMNS * sizeof(bool));
	values[0] = Int32GetDatum((int32) k + 1);
	values[1] = extraction_text(x, m->start, m->end);
	values[2] = CStringGetTextDatum(m->id);
	values[3] = CStringGetTextDatum(m->name);
	values[4] = name_datum(nv_actor_kind_name(m->kind));
	column_cstring(values, nulls, 5, m->country);
	column_cstring(values, nulls, 6, m->role);
	column_pos_len(x, values, 7, m->start, m->end);
	values[9] = Int32GetDatum((int32) nv_token_sentence(&x->doc, m->first_token) + 1);
}

/* quotes: n, quote, kind, speaker, speaker_actor, speaker_role, cue, via,
 * said_on, pos, len, sentence */
static void
quote_columns(extraction *x, const extraction_results *r, uint32_t k, Datum *values, bool *nulls)
{
	const nv_quote *q = &r->quotes.quotes[k];

	memset(nulls, 0, QUOTE_COLUMNS * sizeof(bool));
	values[0] = Int32GetDatum((int32) k + 1);
	values[1] = extraction_text(x, q->start, q->end);
	values[2] = name_datum(nv_quote_kind_name(q->kind));
	column_span(x, values, nulls, 3, q->speaker_start, q->speaker_end);
	column_cstring(values, nulls, 4, q->speaker_actor);
	column_cstring(values, nulls, 5, q->speaker_role);
	column_span(x, values, nulls, 6, q->cue_start, q->cue_end);
	column_cstring(values, nulls, 7, q->via);
	column_timex(x, values, nulls, 8, q->has_said_on, &q->said_on);
	column_pos_len(x, values, 9, q->start, q->end);
	values[11] = Int32GetDatum((int32) q->sentence + 1);
}

/* allegations: n, accuser, act, accused, charge, hedged, said_on, about,
 * claim, pos, len, sentence */
static void
allegation_columns(extraction *x, const extraction_results *r, uint32_t k, Datum *values, bool *nulls)
{
	const nv_allegation *al = &r->allegations.allegations[k];

	memset(nulls, 0, ALLEGATION_COLUMNS * sizeof(bool));
	values[0] = Int32GetDatum((int32) k + 1);
	column_cstring(values, nulls, 1, al->accuser);
	values[2] = name_datum(nv_act_name(al->act));
	column_cstring(values, nulls, 3, al->accused);
	values[4] = name_datum(nv_charge_name(al->charge));
	values[5] = BoolGetDatum(al->hedged);
	column_timex(x, values, nulls, 6, al->has_said_on, &al->said_on);
	column_timex(x, values, nulls, 7, al->has_about, &al->about);
	values[8] = extraction_text(x, al->start, al->end);
	column_pos_len(x, values, 9, al->start, al->end);
	values[11] = Int32GetDatum((int32) al->sentence + 1);
}

/*
 * InitMaterializedSRF, with the tuple descriptor the executor expects of
 * the call where it gives one: the descriptor built from the function's
 * catalog row instead took 14,000 instructions a call, 4% of
 * allegations() over a 2 KB article.  The executor checks the rows'
 * descriptor against what it expects all the same.
 */
static void
begin_rows(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) && rsinfo->expectedDesc != NULL ?
						MAT_SRF_USE_EXPECTED_DESC : 0);
}

/* sentences(doc, lang): n, pos, len, sentence */
PG_FUNCTION_INFO_V1(narrative_sentences);
Datum
narrative_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	extraction	x;

	begin_rows(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, -1, STAGE_SENTENCES);
	MemoryContextSwitchTo(x.row);
	for (uint32_t s = 0; s < x.doc.sentence_count; s++)
	{
		const nv_sentence *sentence = &x.doc.sentences[s];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = Int32GetDatum((int32) s + 1);
		column_pos_len(&x, values, 1, sentence->start, sentence->end);
		values[3] = extraction_text(&x, sentence->start, sentence->end);
		extraction_put_row(&x, rsinfo, values, nulls);
	}
	extraction_end(&x);
	PG_RETURN_NULL();
}

/* detect_lang(doc): 'id', 'en' or NULL */
PG_FUNCTION_INFO_V1(narrative_detect_lang);
Datum
narrative_detect_lang(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	extraction	x;
	nv_lang		lang;
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	const char *data = VARDATA_ANY(doc);

	memset(&x, 0, sizeof(x));
	document_argument(&x, doc);
	/* a sample is enough, cut where a character starts */
	if (len > 64 * 1024)
	{
		len = 64 * 1024;
		while (len > 0 && ((unsigned char) data[len] & 0xC0) == 0x80)
			len--;
	}
	extraction_context(&x, AllocSetContextCreate(CurrentMemoryContext, "narrative detect_lang",
												 ALLOCSET_DEFAULT_SIZES));
	nv_tokenize(&x.doc, &x.arena, data, len);
	nv_wordlists_map_tokens(x.lists, &x.doc);
	lang = nv_detect_lang_tokens(&x.doc, x.lists);
	extraction_end(&x);
	if (lang == NV_LANG_NONE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(nv_lang_code(lang)));
}

/*
 * tracked_facts(doc, lang, published) returns the rows of timexes(),
 * mentions(), quotes() and allegations() from one run of the pipeline, for
 * the triggers of narrative.track(), which would otherwise run it four
 * times.  Each row is one fact, its columns laid out in one narrow row for
 * all kinds (a tuple of 15 columns costs the tuplestores that carry it far
 * less than one of the 41 columns side by side):
 *
 *   kind  n  pos  len  sentence  body  value1  value2  c1 .. c6  hedged
 *
 * and each kind's columns, in its function's order, go to these (the
 * layout 40_track.sql reads back):
 *
 *   't' timexes      n body value1 pos len sentence
 *   'm' mentions     n body c1 c2 c3 c4 c5 pos len sentence
 *   'q' quotes       n body c1 c2 c3 c4 c5 c6 value1 pos len sentence
 *   'a' allegations  n c1 c2 c3 c4 hedged value1 value2 body pos len sentence
 */
enum fact_column
{
	F_KIND, F_N, F_POS, F_LEN, F_SENTENCE, F_BODY, F_VALUE1, F_VALUE2,
	F_C1, F_C2, F_C3, F_C4, F_C5, F_C6, F_HEDGED, FACT_COLUMNS
};

const fact_kind timex_kind = {
	STAGE_TIMEXES, 't', TIMEX_COLUMNS, timex_columns, "itxiii",
	{F_N, F_BODY, F_VALUE1, F_POS, F_LEN, F_SENTENCE}
};
const fact_kind mention_kind = {
	STAGE_MENTIONS, 'm', MENTION_COLUMNS, mention_columns, "itttttt" "iii",
	{F_N, F_BODY, F_C1, F_C2, F_C3, F_C4, F_C5, F_POS, F_LEN, F_SENTENCE}
};
const fact_kind quote_kind = {
	STAGE_QUOTES, 'q', QUOTE_COLUMNS, quote_columns, "itttttttx" "iii",
	{F_N, F_BODY, F_C1, F_C2, F_C3, F_C4, F_C5, F_C6, F_VALUE1, F_POS, F_LEN, F_SENTENCE}
};
const fact_kind allegation_kind = {
	STAGE_ALLEGATIONS, 'a', ALLEGATION_COLUMNS, allegation_columns, "ittttbxxt" "iii",
	{F_N, F_C1, F_C2, F_C3, F_C4, F_HEDGED, F_VALUE1, F_VALUE2, F_BODY, F_POS, F_LEN, F_SENTENCE}
};

/* How many facts of a kind a run found. */
uint32_t
fact_count(const extraction_results *r, const fact_kind *kind)
{
	switch (kind->stage)
	{
		case STAGE_TIMEXES:
			return r->timexes.count;
		case STAGE_MENTIONS:
			return r->mentions.count;
		case STAGE_QUOTES:
			return r->quotes.count;
		case STAGE_ALLEGATIONS:
			return r->allegations.count;
		default:
			elog(ERROR, "narrative: no facts of stage %d", kind->stage);
	}
	return 0;
}

/*
 * The rows of a kind of fact, each in its function's columns, or (`laid_out`)
 * in tracked_facts()'s layout with the kind's letter first.
 */
static void
put_facts(extraction *x, ReturnSetInfo *rsinfo, const extraction_results *r, const fact_kind *kind,
		  bool laid_out)
{
	uint32_t	count = fact_count(r, kind);

	for (uint32_t k = 0; k < count; k++)
	{
		Datum		own[MAX_KIND_COLUMNS];
		bool		own_nulls[MAX_KIND_COLUMNS];
		Datum		values[FACT_COLUMNS];
		bool		nulls[FACT_COLUMNS];

		kind->columns(x, r, k, own, own_nulls);
		if (!laid_out)
		{
			extraction_put_row(x, rsinfo, own, own_nulls);
			continue;
		}
		memset(nulls, true, sizeof(nulls));
		values[F_KIND] = CharGetDatum(kind->letter);
		nulls[F_KIND] = false;
		for (int i = 0; i < kind->width; i++)
		{
			values[kind->layout[i]] = own[i];
			nulls[kind->layout[i]] = own_nulls[i];
		}
		extraction_put_row(x, rsinfo, values, nulls);
	}
}

/* A set-returning function of one kind of fact: the pipeline run up to
 * its stage, then its rows. */
static Datum
fact_function(FunctionCallInfo fcinfo, const fact_kind *kind)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	extraction	x;
	extraction_results r;

	begin_rows(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, 2, kind->stage);
	extraction_run(&x, &r);
	MemoryContextSwitchTo(x.row);
	put_facts(&x, rsinfo, &r, kind, false);
	extraction_end(&x);
	PG_RETURN_NULL();
}

/* timexes(doc, lang, published): n, surface, value, pos, len, sentence */
PG_FUNCTION_INFO_V1(narrative_timexes);
Datum
narrative_timexes(PG_FUNCTION_ARGS)
{
	return fact_function(fcinfo, &timex_kind);
}

/* mentions(doc, lang, published): n, surface, actor, name, kind, country,
 * role, pos, len, sentence */
PG_FUNCTION_INFO_V1(narrative_mentions);
Datum
narrative_mentions(PG_FUNCTION_ARGS)
{
	return fact_function(fcinfo, &mention_kind);
}

/* quotes(doc, lang, published): n, quote, kind, speaker, speaker_actor,
 * speaker_role, cue, via, said_on, pos, len, sentence */
PG_FUNCTION_INFO_V1(narrative_quotes);
Datum
narrative_quotes(PG_FUNCTION_ARGS)
{
	return fact_function(fcinfo, &quote_kind);
}

/* allegations(doc, lang, published): n, accuser, act, accused, charge,
 * hedged, said_on, about, claim, pos, len, sentence */
PG_FUNCTION_INFO_V1(narrative_allegations);
Datum
narrative_allegations(PG_FUNCTION_ARGS)
{
	return fact_function(fcinfo, &allegation_kind);
}

PG_FUNCTION_INFO_V1(narrative_tracked_facts);
Datum
narrative_tracked_facts(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	extraction	x;
	extraction_results r;

	begin_rows(fcinfo);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	extraction_begin(&x, fcinfo, 2, STAGE_ALLEGATIONS);
	extraction_run(&x, &r);
	MemoryContextSwitchTo(x.row);
	put_facts(&x, rsinfo, &r, &timex_kind, true);
	put_facts(&x, rsinfo, &r, &mention_kind, true);
	put_facts(&x, rsinfo, &r, &quote_kind, true);
	put_facts(&x, rsinfo, &r, &allegation_kind, true);
	extraction_end(&x);
	PG_RETURN_NULL();
}
