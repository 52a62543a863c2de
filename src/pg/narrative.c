/*
 * narrative.c — the module's entry point: its magic block, the settings
 * it defines, and the hook that lets the core honour query cancellation.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "narrative.h"
#include "narrative_pg.h"

PG_MODULE_MAGIC;

/* narrative.max_document_size, in kilobytes */
int			narrative_max_document_kb = 256 * 1024;

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("narrative.max_document_size",
							"Largest document, in kilobytes, that the extraction functions accept.",
							"Larger documents are refused with an error instead of being processed.",
							&narrative_max_document_kb,
							256 * 1024,
							1,
							1024 * 1024,
							PGC_USERSET,
							GUC_UNIT_KB,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("narrative");
	nv_interrupt_hook = check_interrupts;
}
