/*
 * narrative.c — the module's entry point: its magic block (and, later,
 * _PG_init).  Kept apart so that exactly one file defines PG_MODULE_MAGIC.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
