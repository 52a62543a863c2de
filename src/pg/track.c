/*
 * track.c — narrative.tracked_inserted(), the trigger that puts the facts
 * of the rows an INSERT or COPY adds to a tracked source (narrative.track())
 * into its tables of facts, and narrative.tracked_store(), which does the
 * same for refresh()'s batches.
 *
 * The rows are read through SPI (the statement's transition table, or a
 * batch of the source), and
 * each is run through the pipeline once.  Its facts go to the four tables
 * the way COPY fills a table: into slots, stored a batch at a time by
 * table_multi_insert, then the batch's index entries.  The statement of
 * tracked_extract_sql() does the same through the executor, and on a large
 * load that costs as much again as the extraction: every fact is
 * materialised twice (the function's rows, then the CTE the four inserts
 * read, which spills to disk past work_mem), four scans sort out the kinds,
 * and each fact is one executor insert.
 *
 * The direct path does only what that statement would do.  Where a table
 * of facts is not as track() made it (a trigger, a rule, a check or
 * not-null constraint, a column added or changed, a deferrable or
 * exclusion constraint), or the role is subject to its row security or may
 * not insert into it, the trigger runs the statement instead, and the
 * executor applies all of that.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/partition.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"

#include "narrative_pg.h"

/* Facts stored by one call of table_multi_insert, as COPY batches rows. */
#define BATCH_FACTS 1000

/* Source rows fetched from the transition table at a time. */
#define FETCH_ROWS 64

/* The tables of facts, in narrative.tracked's order. */
enum
{
	SINK_TIMEXES, SINK_MENTIONS, SINK_QUOTES, SINK_ALLEGATIONS, SINK_EXTRACTED, SINKS
};

static const fact_kind *const sink_kinds[SINK_EXTRACTED] = {
	&timex_kind, &mention_kind, &quote_kind, &allegation_kind
};

/* One table of facts being filled: its slots wait for the next batch. */
typedef struct fact_sink
{
	Relation	rel;
	ResultRelInfo *rri;
	TupleTableSlot *slots[BATCH_FACTS];
	int			used;
} fact_sink;

/* The facts of one statement's rows on their way to the tables. */
typedef struct fact_load
{
	EState	   *estate;
	CommandId	cid;
	int			keys;			/* the source's primary key columns */
	Datum		fingerprint;	/* the lexicon's, as text */
	fact_sink	sinks[SINKS];
} fact_load;

/* What narrative.tracked says of the source, read through SPI. */
typedef struct tracked_source
{
	Oid			tables[SINKS];
	char	   *rows_sql;		/* key columns, then body, lang, published */
	int			keys;
	Datum		fingerprint;
	Oid			timex_type;
} tracked_source;

static const char *const source_sql =
"SELECT t.timexes, t.mentions, t.quotes, t.allegations, t.extracted, "
"       pg_catalog.format('SELECT %s, %s FROM %s', "
"                         narrative.tracked_columns(k.key, 's'), narrative.tracked_call_args(t, 's'), $2), "
"       pg_catalog.cardinality(k.key), narrative.lexicon_fingerprint(), "
"       'narrative.timex'::pg_catalog.regtype "
"FROM narrative.tracked_config($1) t, narrative.tracked_key($1) k(key)";

/* The configuration of a tracked source whose rows a FROM clause (aliased
 * s) yields. */
static void
read_source(Oid source, const char *rows_from, tracked_source *config)
{
	Oid			argtypes[2] = {REGCLASSOID, TEXTOID};
	Datum		args[2] = {ObjectIdGetDatum(source), CStringGetTextDatum(rows_from)};
	HeapTuple	row;
	TupleDesc	desc;
	bool		isnull;

	if (SPI_execute_with_args(source_sql, 2, argtypes, args, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "narrative: reading the configuration of tracked table %u failed", source);
	row = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	for (int i = 0; i < SINKS; i++)
		config->tables[i] = DatumGetObjectId(SPI_getbinval(row, desc, i + 1, &isnull));
	config->rows_sql = SPI_getvalue(row, desc, 6);
	config->keys = DatumGetInt32(SPI_getbinval(row, desc, 7, &isnull));
	/* copied out of the tuple table, which the next SPI call frees */
	config->fingerprint = SPI_datumTransfer(SPI_getbinval(row, desc, 8, &isnull), false, -1);
	config->timex_type = DatumGetObjectId(SPI_getbinval(row, desc, 9, &isnull));
}

/* The type of a kind's column, by its letter in fact_kind.types. */
static Oid
column_type(char letter, Oid timex_type)
{
	switch (letter)
	{
		case 'i':
			return INT4OID;
		case 't':
			return TEXTOID;
		case 'b':
			return BOOLOID;
		case 'x':
			return timex_type;
		default:
			elog(ERROR, "narrative: no column type '%c'", letter);
	}
	return InvalidOid;
}

/*
 * Opens a table of facts (locked as INSERT locks it) and says why facts may
 * not be stored in it directly, or NULL if they may: it is as track() made
 * it, the key columns of the source rows (`rows`) then columns of `types`,
 * with nothing the executor would check or fire on an insert, and the role
 * may insert into it with no row security in the way.
 */
static const char *
sink_open(fact_load *load, fact_sink *sink, Oid relid, TupleDesc rows, const char *types, Oid timex_type)
{
	Relation	rel = table_open(relid, RowExclusiveLock);
	TupleDesc	desc = RelationGetDescr(rel);
	int			keys = load->keys;

	sink->rel = rel;
	if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relispartition)
		return "it is not a plain table";
	if (rel->trigdesc != NULL || rel->rd_rel->relhasrules)
		return "it has triggers or rules";
	if (desc->constr != NULL && (desc->constr->num_check > 0 || desc->constr->has_generated_stored))
		return "it has check constraints or generated columns";
	if (desc->natts != keys + (int) strlen(types))
		return "its columns are not the ones track() made";
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		Oid			type = i < keys ? TupleDescAttr(rows, i)->atttypid : column_type(types[i - keys], timex_type);

		if (att->attisdropped || att->attgenerated || att->atttypid != type)
			return "its columns are not the ones track() made";
		/* the key and n (or the fingerprint) are never null; the rest may be */
		if (att->attnotnull && i > keys)
			return "it has not-null constraints of its own";
	}
	if (pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		return "the role may not insert into it";
	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		return "its row security applies to the role";

	sink->rri = makeNode(ResultRelInfo);
	InitResultRelInfo(sink->rri, rel, 1, NULL, 0);
	ExecOpenIndices(sink->rri, false);
	for (int i = 0; i < sink->rri->ri_NumIndices; i++)
	{
		Form_pg_index index = sink->rri->ri_IndexRelationDescs[i]->rd_index;

		if (sink->rri->ri_IndexRelationInfo[i]->ii_ExclusionOps != NULL ||
			(index->indisunique && !index->indimmediate))
			return "it has deferrable or exclusion constraints";
	}
	return NULL;
}

static void
sink_close(fact_sink *sink)
{
	if (sink->rri != NULL)
		ExecCloseIndices(sink->rri);
	if (sink->rel != NULL)
		table_close(sink->rel, NoLock);	/* locked until the end of the transaction */
}

/*
 * Stores the batch, then its index entries an index at a time (the
 * executor's ExecInsertIndexTuples goes the other way, each row into every
 * index): one index's upper pages stay in the processor's cache through
 * the batch.  That made a tracked load of 10 MB 6% faster (median of 10
 * alternating runs).  Unique keys are checked as the executor checks them;
 * sink_open() refused the deferrable and exclusion constraints it alone
 * handles.
 */
static void
sink_flush(fact_load *load, fact_sink *sink)
{
	ResultRelInfo *rri = sink->rri;
	ExprContext *econtext = GetPerTupleExprContext(load->estate);
	/* table_multi_insert leaks into the current context */
	MemoryContext caller = MemoryContextSwitchTo(econtext->ecxt_per_tuple_memory);

	table_multi_insert(sink->rel, sink->slots, sink->used, load->cid, 0, NULL);
	for (int k = 0; k < rri->ri_NumIndices; k++)
	{
		Relation	index = rri->ri_IndexRelationDescs[k];
		IndexInfo  *info = rri->ri_IndexRelationInfo[k];
		IndexUniqueCheck unique = index->rd_index->indisunique ? UNIQUE_CHECK_YES : UNIQUE_CHECK_NO;

		if (!info->ii_ReadyForInserts)
			continue;
		if (info->ii_Predicate != NIL && info->ii_PredicateState == NULL)
			info->ii_PredicateState = ExecPrepareQual(info->ii_Predicate, load->estate);
		for (int i = 0; i < sink->used; i++)
		{
			Datum		values[INDEX_MAX_KEYS];
			bool		isnull[INDEX_MAX_KEYS];

			ResetExprContext(econtext);
			econtext->ecxt_scantuple = sink->slots[i];
			if (info->ii_PredicateState != NULL && !ExecQual(info->ii_PredicateState, econtext))
				continue;
			FormIndexDatum(info, sink->slots[i], load->estate, values, isnull);
			index_insert(index, values, isnull, &sink->slots[i]->tts_tid, sink->rel, unique, false, info);
		}
	}
	ResetExprContext(econtext);
	MemoryContextSwitchTo(caller);
	for (int i = 0; i < sink->used; i++)
		ExecClearTuple(sink->slots[i]);
	sink->used = 0;
}

/* Adds a fact, the key columns then its own, to the sink's batch. */
static void
sink_put(fact_load *load, fact_sink *sink, const Datum *keys, const Datum *values, const bool *nulls,
		 int width)
{
	TupleTableSlot *slot = sink->slots[sink->used];

	CHECK_FOR_INTERRUPTS();		/* facts scale with the rows */
	if (slot == NULL)
	{
		MemoryContext caller = MemoryContextSwitchTo(load->estate->es_query_cxt);

		slot = sink->slots[sink->used] = table_slot_create(sink->rel, &load->estate->es_tupleTable);
		MemoryContextSwitchTo(caller);
	}
	ExecClearTuple(slot);
	memcpy(slot->tts_values, keys, load->keys * sizeof(Datum));
	memset(slot->tts_isnull, false, load->keys * sizeof(bool));
	memcpy(slot->tts_values + load->keys, values, width * sizeof(Datum));
	memcpy(slot->tts_isnull + load->keys, nulls, width * sizeof(bool));
	ExecStoreVirtualTuple(slot);
	ExecMaterializeSlot(slot);	/* the values go with the row's memory */
	if (++sink->used == BATCH_FACTS)
		sink_flush(load, sink);
}

/*
 * The facts of one source row (key columns, then body, lang and published)
 * and its fingerprint.  What the row needs is allocated in `row_context`,
 * reset after it.
 */
static void
load_row(fact_load *load, HeapTuple row, TupleDesc desc, MemoryContext row_context)
{
	Datum		keys[INDEX_MAX_KEYS];
	bool		isnull;
	Datum		doc,
				lang,
				published;
	bool		no_doc,
				no_lang,
				no_published;
	MemoryContext caller = MemoryContextSwitchTo(row_context);
	static const bool not_null[1] = {false};

	for (int i = 0; i < load->keys; i++)
		keys[i] = heap_getattr(row, i + 1, desc, &isnull);
	doc = heap_getattr(row, load->keys + 1, desc, &no_doc);
	lang = heap_getattr(row, load->keys + 2, desc, &no_lang);
	published = heap_getattr(row, load->keys + 3, desc, &no_published);
	if (!no_doc)
	{
		extraction x;
		extraction_results r;

		extraction_begin_document(&x, DatumGetTextPP(doc), no_lang ? NULL : DatumGetTextPP(lang),
								  !no_published, no_published ? 0 : DatumGetDateADT(published),
								  STAGE_ALLEGATIONS);
		extraction_run(&x, &r);
		MemoryContextSwitchTo(x.row);
		for (int s = 0; s < SINK_EXTRACTED; s++)
		{
			const fact_kind *kind = sink_kinds[s];
			uint32_t	count = fact_count(&r, kind);

			for (uint32_t k = 0; k < count; k++)
			{
				Datum		values[MAX_KIND_COLUMNS];
				bool		nulls[MAX_KIND_COLUMNS];

				kind->columns(&x, &r, k, values, nulls);
				sink_put(load, &load->sinks[s], keys, values, nulls, kind->width);
				MemoryContextReset(x.row);
			}
		}
		extraction_end(&x);
	}
	sink_put(load, &load->sinks[SINK_EXTRACTED], keys, &load->fingerprint, not_null, 1);
	MemoryContextSwitchTo(caller);
	MemoryContextReset(row_context);
}

/*
 * Stores the facts of the transition table's rows directly, if every table
 * of facts allows it: NULL then, else why one does not (nothing stored).
 */
static char *
load_directly(const tracked_source *config, const char *source_name)
{
	fact_load	load = {0};
	Portal		portal = SPI_cursor_open_with_args(NULL, config->rows_sql, 0, NULL, NULL, NULL, true, 0);
	char	   *refused = NULL;
	uint64		rows = 0;

	load.estate = CreateExecutorState();
	load.cid = GetCurrentCommandId(true);
	load.keys = config->keys;
	load.fingerprint = config->fingerprint;
	for (int s = 0; s < SINKS && refused == NULL; s++)
	{
		const char *why = sink_open(&load, &load.sinks[s], config->tables[s], portal->tupDesc,
									s < SINK_EXTRACTED ? sink_kinds[s]->types : "t", config->timex_type);

		if (why != NULL)
			refused = psprintf("%s: %s", RelationGetRelationName(load.sinks[s].rel), why);
	}
	if (refused == NULL)
	{
		MemoryContext row_context = AllocSetContextCreate(CurrentMemoryContext, "narrative tracked row",
														  ALLOCSET_DEFAULT_SIZES);

		for (;;)
		{
			SPI_cursor_fetch(portal, true, FETCH_ROWS);
			if (SPI_processed == 0)
				break;
			for (uint64 i = 0; i < SPI_processed; i++)
				load_row(&load, SPI_tuptable->vals[i], SPI_tuptable->tupdesc, row_context);
			rows += SPI_processed;
			SPI_freetuptable(SPI_tuptable);
		}
		for (int s = 0; s < SINKS; s++)
			if (load.sinks[s].used > 0)
				sink_flush(&load, &load.sinks[s]);
		MemoryContextDelete(row_context);
		/* what follows in this transaction sees the facts */
		CommandCounterIncrement();
		elog(DEBUG1, "narrative: stored the facts of " UINT64_FORMAT " rows of %s directly", rows, source_name);
	}
	SPI_cursor_close(portal);
	for (int s = 0; s < SINKS; s++)
		sink_close(&load.sinks[s]);
	ExecResetTupleTable(load.estate->es_tupleTable, false);
	FreeExecutorState(load.estate);
	return refused;
}

/*
 * Runs the statements of a text[], each given `fingerprint` as $1 if it is
 * not 0; each must succeed as `expected` (an SPI_OK_ code).
 */
static void
run_statements(Datum statements, Datum fingerprint, int expected)
{
	Datum	   *each;
	int			count;
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1] = {fingerprint};

	deconstruct_array(DatumGetArrayTypeP(statements), TEXTOID, -1, false, TYPALIGN_INT, &each, NULL, &count);
	for (int i = 0; i < count; i++)
		if (SPI_execute_with_args(TextDatumGetCString(each[i]), fingerprint != (Datum) 0 ? 1 : 0,
								  argtypes, args, NULL, false, 0) != expected)
			elog(ERROR, "narrative: a statement of narrative.track()'s failed: %s", TextDatumGetCString(each[i]));
}

/* The statement of tracked_extract_sql(), through the executor. */
static void
load_by_statement(Oid source, const char *rows_from, const tracked_source *config)
{
	Oid			argtypes[2] = {REGCLASSOID, TEXTOID};
	Datum		args[2] = {ObjectIdGetDatum(source), CStringGetTextDatum(rows_from)};
	bool		isnull;

	if (SPI_execute_with_args("SELECT narrative.tracked_extract_sql(narrative.tracked_config($1), narrative.tracked_key($1), $2)",
							  2, argtypes, args, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "narrative: reading the statement that stores the facts of %u failed", source);
	run_statements(SPI_datumTransfer(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull), false, -1),
				   config->fingerprint, SPI_OK_INSERT);
}

/* The source's name as messages give it (schema-qualified off the path). */
static char *
name_of(Oid source)
{
	return DatumGetCString(DirectFunctionCall1(regclassout, ObjectIdGetDatum(source)));
}

/*
 * Stores the facts of the source rows a FROM clause (aliased s) yields,
 * and their fingerprint: the lexicon's now, or `fingerprint` if given (the
 * caller read it before it chose the rows).
 */
static void
store_facts(Oid source, const char *source_name, const char *rows_from, text *fingerprint)
{
	tracked_source config;
	char	   *refused;

	read_source(source, rows_from, &config);
	if (fingerprint != NULL)
		config.fingerprint = PointerGetDatum(fingerprint);
	refused = load_directly(&config, source_name);
	if (refused != NULL)
	{
		load_by_statement(source, rows_from, &config);
		elog(DEBUG1, "narrative: stored the facts of the rows of %s by statement (%s)", source_name, refused);
	}
}

/*
 * The tracked source a trigger fired on, after checking it was fired as
 * track() makes it (`event`, statement level, after, with its transition
 * tables), and connects to SPI with them in sight.  A partition's rows
 * are tracked as its root's.
 */
static Oid
trigger_source(FunctionCallInfo fcinfo, const char *name, uint32 event)
{
	TriggerData *trigger = (TriggerData *) fcinfo->context;
	Relation	rel;
	Oid			source;

	if (!CALLED_AS_TRIGGER(fcinfo) || (trigger->tg_event & TRIGGER_EVENT_OPMASK) != event ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigger->tg_event) || !TRIGGER_FIRED_AFTER(trigger->tg_event) ||
		trigger->tg_newtable == NULL || (event == TRIGGER_EVENT_UPDATE && trigger->tg_oldtable == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("narrative.%s() must be fired AFTER %s FOR EACH STATEMENT with its transition tables",
						name, event == TRIGGER_EVENT_UPDATE ? "UPDATE" : "INSERT"),
				 errhint("narrative.track() makes the triggers of a tracked table.")));
	rel = trigger->tg_relation;
	source = RelationGetRelid(rel);
	if (rel->rd_rel->relispartition)
		source = llast_oid(get_partition_ancestors(source));
	if (SPI_connect() != SPI_OK_CONNECT || SPI_register_trigger_data(trigger) != SPI_OK_TD_REGISTER)
		elog(ERROR, "narrative: SPI_connect failed");
	return source;
}

/*
 * AFTER INSERT FOR EACH STATEMENT on a tracked source, REFERENCING NEW
 * TABLE AS narrative_inserted.
 */
PG_FUNCTION_INFO_V1(narrative_tracked_inserted);
Datum
narrative_tracked_inserted(PG_FUNCTION_ARGS)
{
	MemoryContext caller = CurrentMemoryContext;
	Oid			source = trigger_source(fcinfo, "tracked_inserted", TRIGGER_EVENT_INSERT);
	char	   *source_name = name_of(source);

	PG_TRY();
	{
		store_facts(source, source_name, "narrative_inserted s", NULL);
	}
	PG_CATCH();
	{
		ErrorData  *error;

		MemoryContextSwitchTo(caller);
		error = CopyErrorData();
		if (error->sqlerrcode != ERRCODE_UNIQUE_VIOLATION)
			PG_RE_THROW();
		/* facts under a key no row has: left by rows that went with no
		 * trigger fired */
		FlushErrorState();
		ereport(ERROR,
				(errcode(ERRCODE_UNIQUE_VIOLATION),
				 errmsg("the tables of facts of %s already hold facts of a row inserted", source_name),
				 errdetail_internal("%s", error->message),
				 errhint("Rows removed with triggers disabled (or a partition detached) left them; CALL narrative.refresh(%s) forgets them.",
						 quote_literal_cstr(source_name))));
	}
	PG_END_TRY();
	SPI_finish();
	return PointerGetDatum(NULL);
}

/* The rows an UPDATE changed, the facts to forget first, from SQL. */
static const char *const updated_sql =
"SELECT c.changed, "
"       narrative.tracked_forget_sql(t, k.key, c.gone || ' b') "
"       OPERATOR(pg_catalog.||) narrative.tracked_forget_sql(t, k.key, c.changed || ' b') "
"FROM narrative.tracked_config($1) t, narrative.tracked_key($1) k(key), "
"     LATERAL (SELECT narrative.tracked_changed_sql(t, k.key, 'narrative_updated_new', 'narrative_updated_old'), "
"                     narrative.tracked_changed_sql(t, k.key, 'narrative_updated_old', 'narrative_updated_new')) "
"             AS c(changed, gone)";

/*
 * AFTER UPDATE FOR EACH STATEMENT, REFERENCING OLD TABLE AS
 * narrative_updated_old NEW TABLE AS narrative_updated_new.  Only the rows
 * whose body, lang or published changed, or whose key did, are extracted
 * again (the facts of the old key are forgotten); an UPDATE of other
 * columns costs a join of the transition tables and no extraction.
 */
PG_FUNCTION_INFO_V1(narrative_tracked_updated);
Datum
narrative_tracked_updated(PG_FUNCTION_ARGS)
{
	Oid			source = trigger_source(fcinfo, "tracked_updated", TRIGGER_EVENT_UPDATE);
	Oid			argtypes[1] = {REGCLASSOID};
	Datum		args[1] = {ObjectIdGetDatum(source)};
	char	   *changed;
	Datum		forget;
	bool		isnull;

	if (SPI_execute_with_args(updated_sql, 1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "narrative: reading the configuration of tracked table %u failed", source);
	changed = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	forget = SPI_datumTransfer(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull), false, -1);
	if (SPI_execute(psprintf("SELECT 1 FROM %s c LIMIT 1", changed), true, 1) != SPI_OK_SELECT)
		elog(ERROR, "narrative: reading the rows an UPDATE changed failed");
	if (SPI_processed > 0)
	{
		run_statements(forget, (Datum) 0, SPI_OK_DELETE);
		store_facts(source, name_of(source), psprintf("%s s", changed), NULL);
	}
	SPI_finish();
	return PointerGetDatum(NULL);
}

/*
 * tracked_store(source, rows_from, fingerprint): what the trigger does, for
 * the rows of a FROM clause (aliased s) over the source: refresh()'s
 * batches.
 */
PG_FUNCTION_INFO_V1(narrative_tracked_store);
Datum
narrative_tracked_store(PG_FUNCTION_ARGS)
{
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "narrative: SPI_connect failed");
	store_facts(PG_GETARG_OID(0), name_of(PG_GETARG_OID(0)), text_to_cstring(PG_GETARG_TEXT_PP(1)),
				PG_GETARG_TEXT_PP(2));
	SPI_finish();
	PG_RETURN_VOID();
}
