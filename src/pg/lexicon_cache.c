/*
 * lexicon_cache.c — the backend-local compiled lexicon.
 *
 * The tables narrative.actor, alias and cue are read through SPI and
 * compiled once per backend (src/core/lexicon.c) into a memory context of
 * its own under TopMemoryContext.  A statement trigger on each table sends a
 * relcache invalidation for it at commit (lexicon_changed), and our relcache
 * callback marks the cache stale, so every session rebuilds at its next use
 * after a change: the next statement sees the new lexicon.  A new lexicon is
 * compiled into a fresh context first and swapped in only when complete, so
 * an error while building leaks nothing and keeps the old one.
 *
 * The tables are read under a snapshot taken after their locks, not the
 * statement's: taking a lock reads the pending invalidations, and one that
 * arrived after the statement's snapshot was taken would otherwise be
 * consumed by a build that cannot see its change, leaving the session on
 * the old lexicon for good.  An invalidation that arrives during the build
 * leaves the cache stale, so the next call builds again.
 *
 * The queries are fixed strings naming everything with its schema (the
 * collation too), so neither the caller's search_path nor lexicon text
 * can change what they mean.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "common/cryptohash.h"
#include "common/sha2.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/procarray.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "builtin_data.h"
#include "narrative_pg.h"

typedef struct lexicon_cache
{
	MemoryContext context;
	nv_lexicon *lexicon;
	char		fingerprint[PG_SHA256_DIGEST_LENGTH * 2 + 1];
	Oid			relids[3];		/* actor, alias, cue */
	uint64		invalidations;	/* of the tables, received so far */
	bool		valid;
	bool		callback_registered;
} lexicon_cache;

static lexicon_cache cache;

/* The snapshot a build reads under; GetSnapshotData keeps its arrays. */
static SnapshotData build_snapshot = {SNAPSHOT_MVCC};

static void
lexicon_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == cache.relids[0] || relid == cache.relids[1] ||
		relid == cache.relids[2])
	{
		cache.valid = false;
		cache.invalidations++;
	}
}

static void *
lexicon_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
lexicon_release(void *ctx, void *ptr)
{
	pfree(ptr);
}

/* The lexicon tables' OIDs, by schema-qualified name. */
static void
lookup_relids(Oid *relids)
{
	static const char *const names[] = {"actor", "alias", "cue"};
	Oid			schema = get_namespace_oid("narrative", false);

	for (int k = 0; k < 3; k++)
	{
		relids[k] = get_relname_relid(names[k], schema);
		if (!OidIsValid(relids[k]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("lexicon table narrative.%s does not exist", names[k]),
					 errhint("The extension narrative is not installed properly.")));
	}
}

static void
hash_field(pg_cryptohash_ctx *hash, const char *value)
{
	/* a field and its end: NULL and '' hash differently */
	if (value)
		pg_cryptohash_update(hash, (const uint8 *) value, strlen(value) + 1);
	else
		pg_cryptohash_update(hash, (const uint8 *) "\xff", 1);
}

static nv_lang
langs_of(const char *lang)
{
	return lang ? nv_lang_from_code(lang, strlen(lang)) : NV_LANG_ANY;
}

/*
 * Reads the three tables in a fixed order (so the fingerprint is the same
 * on every server with the same rows) and compiles them.  Every column is
 * in the ORDER BY, so no row order is left to the table's physical order
 * even were the keys to change; the compiled lexicon does not depend on
 * the order either (cue forms that meet are ranked, lexicon.c).
 */
static void
lexicon_build(MemoryContext context, nv_lexicon **out, char *fingerprint)
{
	static const char *const queries[] = {
		"SELECT id, name, kind, country FROM narrative.actor"
		" ORDER BY id COLLATE pg_catalog.\"C\"",
		"SELECT alias, lang, actor FROM narrative.alias"
		" ORDER BY alias COLLATE pg_catalog.\"C\", lang COLLATE pg_catalog.\"C\", actor COLLATE pg_catalog.\"C\"",
		"SELECT word, lang, act FROM narrative.cue"
		" ORDER BY word COLLATE pg_catalog.\"C\", lang COLLATE pg_catalog.\"C\", act COLLATE pg_catalog.\"C\""
	};
	nv_allocator *allocator = MemoryContextAlloc(context, sizeof(nv_allocator));
	nv_lexicon *lex;
	pg_cryptohash_ctx *hash = pg_cryptohash_create(PG_SHA256);
	uint8		digest[PG_SHA256_DIGEST_LENGTH];

	allocator->alloc = lexicon_alloc;
	allocator->release = lexicon_release;
	allocator->ctx = context;
	lex = nv_lexicon_create(allocator);

	if (hash == NULL || pg_cryptohash_init(hash) < 0)
		elog(ERROR, "could not initialise SHA-256 for the lexicon fingerprint");
	/* the built-in word lists shape extraction too */
	for (const nv_builtin_file *f = nv_builtin_files; f->name; f++)
		pg_cryptohash_update(hash, (const uint8 *) f->text, f->len);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed while loading the narrative lexicon");
	for (int q = 0; q < 3; q++)
	{
		if (SPI_execute(queries[q], true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read the narrative lexicon: %s", queries[q]);
		for (uint64 row = 0; row < SPI_processed; row++)
		{
			HeapTuple	tuple = SPI_tuptable->vals[row];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			char	   *f[4] = {NULL, NULL, NULL, NULL};
			int			columns = q == 0 ? 4 : 3;

			if ((row & 0x3FF) == 0)
				CHECK_FOR_INTERRUPTS();
			for (int c = 0; c < columns; c++)
			{
				f[c] = SPI_getvalue(tuple, desc, c + 1);
				hash_field(hash, f[c]);
			}
			if (q == 0)
				nv_lexicon_add_actor(lex, f[0], f[1], f[2], f[3]);
			else if (q == 1)
				nv_lexicon_add_alias(lex, f[0], strlen(f[0]), langs_of(f[1]), f[2]);
			else if (nv_act_from_name(f[2]) >= 0)
				nv_lexicon_add_cue(lex, f[0], strlen(f[0]), langs_of(f[1]),
								   (nv_act) nv_act_from_name(f[2]));
		}
		hash_field(hash, "\x01");	/* table separator */
	}
	SPI_finish();
	nv_lexicon_add_wordlists(lex, nv_wordlists_builtin());

	if (pg_cryptohash_final(hash, digest, sizeof(digest)) < 0)
		elog(ERROR, "could not finish the lexicon fingerprint");
	pg_cryptohash_free(hash);
	for (int k = 0; k < PG_SHA256_DIGEST_LENGTH; k++)
		sprintf(fingerprint + 2 * k, "%02x", digest[k]);
	*out = lex;
}

const nv_lexicon *
lexicon_current(const char **fingerprint)
{
	if (!cache.callback_registered)
	{
		CacheRegisterRelcacheCallback(lexicon_invalidate, (Datum) 0);
		cache.callback_registered = true;
	}
	if (!cache.valid)
	{
		MemoryContext context;
		nv_lexicon *lex = NULL;
		char		digest[sizeof(cache.fingerprint)];
		uint64		invalidations_seen;

		lookup_relids(cache.relids);
		for (int k = 0; k < 3; k++)
			LockRelationOid(cache.relids[k], AccessShareLock);
		/* every change whose invalidation we have read is visible now */
		invalidations_seen = cache.invalidations;
		PushActiveSnapshot(GetSnapshotData(&build_snapshot));
		context = AllocSetContextCreate(TopMemoryContext, "narrative lexicon",
										ALLOCSET_DEFAULT_SIZES);
		PG_TRY();
		{
			lexicon_build(context, &lex, digest);
		}
		PG_CATCH();
		{
			/* the abort pops the snapshot */
			MemoryContextDelete(context);
			PG_RE_THROW();
		}
		PG_END_TRY();
		PopActiveSnapshot();

		if (cache.context)
			MemoryContextDelete(cache.context);
		cache.context = context;
		cache.lexicon = lex;
		memcpy(cache.fingerprint, digest, sizeof(digest));
		cache.valid = cache.invalidations == invalidations_seen;
	}
	if (fingerprint)
		*fingerprint = cache.fingerprint;
	return cache.lexicon;
}

/* Statement trigger on the lexicon tables: tell every backend at commit. */
PG_FUNCTION_INFO_V1(narrative_lexicon_changed);
Datum
narrative_lexicon_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigger = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("narrative.lexicon_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigger->tg_relation);
	return PointerGetDatum(NULL);
}

/*
 * Row trigger on the lexicon tables: only the extension's own scripts (and
 * superusers) mark a row builtin.  pg_dump leaves builtin rows out and
 * ALTER EXTENSION UPDATE replaces them, so a role the owner let write the
 * lexicon would otherwise lose a row it marked so.
 */
PG_FUNCTION_INFO_V1(narrative_lexicon_row_origin);
Datum
narrative_lexicon_row_origin(PG_FUNCTION_ARGS)
{
	TriggerData *trigger = (TriggerData *) fcinfo->context;
	Relation	relation;
	HeapTuple	row;
	int			column;
	bool		isnull;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_FOR_ROW(trigger->tg_event) ||
		!TRIGGER_FIRED_BEFORE(trigger->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("narrative.lexicon_row_origin() must be called as a BEFORE ROW trigger")));
	relation = trigger->tg_relation;
	row = TRIGGER_FIRED_BY_UPDATE(trigger->tg_event) ? trigger->tg_newtuple : trigger->tg_trigtuple;
	column = SPI_fnumber(RelationGetDescr(relation), "builtin");
	if (column <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table %s has no column \"builtin\"", RelationGetRelationName(relation))));

	if (DatumGetBool(heap_getattr(row, column, RelationGetDescr(relation), &isnull)) && !isnull &&
		!creating_extension && !superuser())
	{
		bool		was_builtin = false;

		if (TRIGGER_FIRED_BY_UPDATE(trigger->tg_event))
			was_builtin = DatumGetBool(heap_getattr(trigger->tg_trigtuple, column,
													RelationGetDescr(relation), &isnull)) && !isnull;
		if (!was_builtin)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("only the narrative extension's scripts may mark a row of narrative.%s builtin",
							RelationGetRelationName(relation)),
					 errdetail("pg_dump leaves builtin rows out and ALTER EXTENSION UPDATE replaces them, so the row would be lost."),
					 errhint("Leave builtin false (the default) for your own rows.")));
	}
	return PointerGetDatum(row);
}

PG_FUNCTION_INFO_V1(narrative_lexicon_fingerprint);
Datum
narrative_lexicon_fingerprint(PG_FUNCTION_ARGS)
{
	const char *fingerprint;

	(void) lexicon_current(&fingerprint);
	PG_RETURN_TEXT_P(cstring_to_text(fingerprint));
}
